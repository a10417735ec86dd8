//! Deleting a user so that no row points at it afterwards. Langflow runs
//! SQLite with `foreign_keys` off and cascades in its ORM, so flowadmin walks
//! the schema's own foreign keys (`PRAGMA foreign_key_list`) from the user row:
//! CASCADE deletes, SET NULL / SET DEFAULT nulls, and NO ACTION deletes the
//! tables Langflow's ORM cascades (and nulls a nullable column elsewhere,
//! deleting only where the column cannot be null).

use std::collections::{BTreeMap, BTreeSet};

use super::{Database, db_error};
use super::{Result, StorageError};

/// Tables whose rows Langflow's ORM deletes with their owner (User's
/// `cascade="delete"` relationships) though the schema says NO ACTION.
pub(crate) const ORM_CASCADES: [&str; 5] = ["apikey", "variable", "folder", "flow", "file"];

#[derive(Debug, Clone)]
struct ForeignKey {
    child: String,
    from: String,
    parent: String,
    to: String,
    on_delete: String,
    nullable: bool,
}

/// What deleting a user does, table by table.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct DeletePlan {
    /// table -> rows deleted
    pub delete: BTreeMap<String, usize>,
    /// "table.column" -> rows whose reference is set to NULL
    pub set_null: BTreeMap<String, usize>,
    #[serde(skip)]
    delete_rows: BTreeMap<String, BTreeSet<i64>>,
    #[serde(skip)]
    null_rows: BTreeMap<(String, String), BTreeSet<i64>>,
}

impl DeletePlan {
    /// A plan known by its counts only (PostgreSQL finds its rows again
    /// inside the transaction that deletes them).
    pub(crate) fn counted(
        delete: BTreeMap<String, usize>,
        set_null: BTreeMap<String, usize>,
    ) -> DeletePlan {
        DeletePlan {
            delete,
            set_null,
            ..DeletePlan::default()
        }
    }

    /// Whether two plans touch the same number of rows in the same places.
    pub(crate) fn same_rows(&self, other: &DeletePlan) -> bool {
        self.delete == other.delete && self.set_null == other.set_null
    }

    pub fn total_rows(&self) -> usize {
        self.delete.values().sum::<usize>() + self.set_null.values().sum::<usize>()
    }
}

fn ids(set: &BTreeSet<i64>) -> String {
    set.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

impl Database {
    fn foreign_keys(&self) -> Result<Vec<ForeignKey>> {
        let err = |e| db_error(&self.path, e);
        let mut out = Vec::new();
        for table in self.schema.tables.keys() {
            let mut stmt = self
                .conn
                .prepare("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?1)")
                .map_err(err)?;
            let rows: Vec<(String, String, Option<String>, String)> = stmt
                .query_map([table], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .map_err(err)?
                .collect::<rusqlite::Result<_>>()
                .map_err(err)?;
            for (parent, from, to, on_delete) in rows {
                let nullable: bool = self
                    .conn
                    .query_row(
                        "SELECT \"notnull\" = 0 FROM pragma_table_info(?1) WHERE name = ?2",
                        [table, &from],
                        |r| r.get(0),
                    )
                    .map_err(err)?;
                out.push(ForeignKey {
                    child: table.clone(),
                    from,
                    parent,
                    to: to.unwrap_or_else(|| "rowid".into()),
                    on_delete: on_delete.to_uppercase(),
                    nullable,
                });
            }
        }
        Ok(out)
    }

    /// Works out every row that deleting `user_id` deletes or detaches.
    pub fn plan_user_delete(&self, user_id: &str) -> Result<DeletePlan> {
        let err = |e| db_error(&self.path, e);
        let fks = self.foreign_keys()?;
        let mut plan = DeletePlan::default();
        let root: i64 = self
            .conn
            .query_row("SELECT rowid FROM user WHERE id = ?1", [user_id], |r| {
                r.get(0)
            })
            .map_err(err)?;
        let mut queue: Vec<(String, BTreeSet<i64>)> = vec![("user".into(), BTreeSet::from([root]))];
        plan.delete_rows
            .entry("user".into())
            .or_default()
            .insert(root);
        while let Some((parent, rows)) = queue.pop() {
            for fk in fks.iter().filter(|fk| fk.parent == parent) {
                let sql = format!(
                    "SELECT c.rowid FROM \"{child}\" c WHERE c.\"{from}\" IN (SELECT p.\"{to}\" FROM \"{parent}\" p WHERE p.rowid IN ({ids}))",
                    child = fk.child,
                    from = fk.from,
                    to = fk.to,
                    parent = parent,
                    ids = ids(&rows)
                );
                let mut stmt = self.conn.prepare(&sql).map_err(err)?;
                let found: BTreeSet<i64> = stmt
                    .query_map([], |r| r.get(0))
                    .map_err(err)?
                    .collect::<rusqlite::Result<_>>()
                    .map_err(err)?;
                if found.is_empty() {
                    continue;
                }
                let deletes = match fk.on_delete.as_str() {
                    "CASCADE" => true,
                    "SET NULL" | "SET DEFAULT" => false,
                    _ => ORM_CASCADES.contains(&fk.child.as_str()) || !fk.nullable,
                };
                if deletes {
                    let already = plan.delete_rows.entry(fk.child.clone()).or_default();
                    let new: BTreeSet<i64> = found.difference(already).copied().collect();
                    if !new.is_empty() {
                        already.extend(&new);
                        queue.push((fk.child.clone(), new));
                    }
                } else {
                    plan.null_rows
                        .entry((fk.child.clone(), fk.from.clone()))
                        .or_default()
                        .extend(found);
                }
            }
        }
        // A row that goes needs no detaching.
        for ((table, _), rows) in plan.null_rows.iter_mut() {
            if let Some(deleted) = plan.delete_rows.get(table) {
                rows.retain(|r| !deleted.contains(r));
            }
        }
        plan.null_rows.retain(|_, rows| !rows.is_empty());
        plan.delete = plan
            .delete_rows
            .iter()
            .map(|(t, r)| (t.clone(), r.len()))
            .collect();
        plan.set_null = plan
            .null_rows
            .iter()
            .map(|((t, c), r)| (format!("{t}.{c}"), r.len()))
            .collect();
        Ok(plan)
    }

    /// Carries out a plan in one transaction, and rolls it back if it would
    /// leave any foreign-key violation that was not there before.
    pub fn execute_user_delete(&mut self, plan: &DeletePlan) -> Result<()> {
        self.write(|tx, _| {
            let violations = || -> rusqlite::Result<BTreeSet<(String, i64)>> {
                let mut stmt =
                    tx.prepare("SELECT \"table\", rowid FROM pragma_foreign_key_check")?;
                let rows = stmt.query_map([], |r| {
                    Ok((r.get(0)?, r.get::<_, Option<i64>>(1)?.unwrap_or(-1)))
                })?;
                rows.collect()
            };
            let before = violations()?;
            for ((table, column), rows) in &plan.null_rows {
                let sql = format!(
                    "UPDATE \"{table}\" SET \"{column}\" = NULL WHERE rowid IN ({})",
                    ids(rows)
                );
                tx.execute(&sql, [])?;
            }
            for (table, rows) in &plan.delete_rows {
                let sql = format!("DELETE FROM \"{table}\" WHERE rowid IN ({})", ids(rows));
                tx.execute(&sql, [])?;
            }
            let after = violations()?;
            let new: Vec<_> = after.difference(&before).collect();
            if let Some(first) = new.first() {
                // Returning an error rolls the transaction back.
                return Err(StorageError::WouldDangle {
                    count: new.len(),
                    table: first.0.clone(),
                }
                .into());
            }
            Ok(())
        })
    }
}
