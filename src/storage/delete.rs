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

/// What a foreign key does to its child rows when the parent row goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OnDelete {
    Cascade,
    /// SET NULL or SET DEFAULT.
    SetNull,
    /// NO ACTION or RESTRICT: the application decides.
    NoAction,
}

/// One single-column foreign key, as either backend's catalog gives it.
#[derive(Debug, Clone)]
pub(crate) struct ForeignKey {
    pub(crate) child: String,
    pub(crate) from: String,
    pub(crate) parent: String,
    pub(crate) to: String,
    pub(crate) on_delete: OnDelete,
    pub(crate) nullable: bool,
}

impl ForeignKey {
    /// Whether the child rows go with the parent (else their reference is
    /// nulled): CASCADE, Langflow's ORM cascades, and a NO ACTION column
    /// that cannot be null.
    fn deletes_child(&self) -> bool {
        match self.on_delete {
            OnDelete::Cascade => true,
            OnDelete::SetNull => false,
            OnDelete::NoAction => ORM_CASCADES.contains(&self.child.as_str()) || !self.nullable,
        }
    }
}

/// Every row deleting a user deletes or detaches, named by whatever names a
/// row on the backend (SQLite's rowid, PostgreSQL's ctid).
#[derive(Debug, Clone)]
pub(crate) struct Walk<R> {
    /// table -> rows deleted
    pub(crate) delete: BTreeMap<String, BTreeSet<R>>,
    /// (table, column) -> rows whose reference is set to NULL
    pub(crate) null: BTreeMap<(String, String), BTreeSet<R>>,
}

/// Walks the graph from `root`, a row of `user`; `children(fk, parent,
/// rows)` gives the rows of `fk.child` that point at those `parent` rows.
/// The one rule set for both backends.
pub(crate) fn walk<R: Ord + Clone, E>(
    fks: &[ForeignKey],
    root: R,
    mut children: impl FnMut(&ForeignKey, &str, &BTreeSet<R>) -> std::result::Result<BTreeSet<R>, E>,
) -> std::result::Result<Walk<R>, E> {
    let mut found = Walk {
        delete: BTreeMap::from([("user".to_owned(), BTreeSet::from([root.clone()]))]),
        null: BTreeMap::new(),
    };
    let mut queue: Vec<(String, BTreeSet<R>)> = vec![("user".to_owned(), BTreeSet::from([root]))];
    while let Some((parent, rows)) = queue.pop() {
        for fk in fks.iter().filter(|fk| fk.parent == parent) {
            let hits = children(fk, &parent, &rows)?;
            if hits.is_empty() {
                continue;
            }
            if fk.deletes_child() {
                let already = found.delete.entry(fk.child.clone()).or_default();
                let new: BTreeSet<R> = hits.difference(already).cloned().collect();
                if !new.is_empty() {
                    already.extend(new.iter().cloned());
                    queue.push((fk.child.clone(), new));
                }
            } else {
                found
                    .null
                    .entry((fk.child.clone(), fk.from.clone()))
                    .or_default()
                    .extend(hits);
            }
        }
    }
    // A row that goes needs no detaching.
    for ((table, _), rows) in found.null.iter_mut() {
        if let Some(deleted) = found.delete.get(table) {
            rows.retain(|r| !deleted.contains(r));
        }
    }
    found.null.retain(|_, rows| !rows.is_empty());
    Ok(found)
}

impl<R> Walk<R> {
    /// The plan a person reads: rows per table.
    pub(crate) fn plan(&self) -> DeletePlan {
        DeletePlan {
            delete: self
                .delete
                .iter()
                .map(|(t, r)| (t.clone(), r.len()))
                .collect(),
            set_null: self
                .null
                .iter()
                .map(|((t, c), r)| (format!("{t}.{c}"), r.len()))
                .collect(),
            rows: None,
        }
    }
}

/// What deleting a user does, table by table.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct DeletePlan {
    /// table -> rows deleted
    pub delete: BTreeMap<String, usize>,
    /// "table.column" -> rows whose reference is set to NULL
    pub set_null: BTreeMap<String, usize>,
    /// SQLite's rows by rowid (PostgreSQL finds its rows again inside the
    /// transaction that deletes them).
    #[serde(skip)]
    rows: Option<Walk<i64>>,
}

impl DeletePlan {
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
                    on_delete: match on_delete.to_uppercase().as_str() {
                        "CASCADE" => OnDelete::Cascade,
                        "SET NULL" | "SET DEFAULT" => OnDelete::SetNull,
                        _ => OnDelete::NoAction,
                    },
                    nullable,
                });
            }
        }
        Ok(out)
    }

    /// Works out every row that deleting `user_id` deletes or detaches.
    pub(crate) fn plan_delete(&self, user_id: &str) -> Result<DeletePlan> {
        let err = |e| db_error(&self.path, e);
        let fks = self.foreign_keys()?;
        let root: i64 = self
            .conn
            .query_row("SELECT rowid FROM user WHERE id = ?1", [user_id], |r| {
                r.get(0)
            })
            .map_err(err)?;
        let rows = walk(&fks, root, |fk, parent, rows| {
            let sql = format!(
                "SELECT c.rowid FROM \"{child}\" c WHERE c.\"{from}\" IN (SELECT p.\"{to}\" FROM \"{parent}\" p WHERE p.rowid IN ({ids}))",
                child = fk.child,
                from = fk.from,
                to = fk.to,
                ids = ids(rows)
            );
            let mut stmt = self.conn.prepare(&sql).map_err(err)?;
            stmt.query_map([], |r| r.get(0))
                .map_err(err)?
                .collect::<rusqlite::Result<BTreeSet<i64>>>()
                .map_err(err)
        })?;
        Ok(DeletePlan {
            rows: Some(rows.clone()),
            ..rows.plan()
        })
    }

    /// Carries out a plan in one transaction, and rolls it back if it would
    /// leave any foreign-key violation that was not there before.
    pub(crate) fn delete_as_planned(&mut self, plan: &DeletePlan) -> Result<()> {
        let Some(rows) = &plan.rows else {
            return Err(StorageError::Vanished("plan (made for another backend)"));
        };
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
            for ((table, column), rows) in &rows.null {
                let sql = format!(
                    "UPDATE \"{table}\" SET \"{column}\" = NULL WHERE rowid IN ({})",
                    ids(rows)
                );
                tx.execute(&sql, [])?;
            }
            for (table, rows) in &rows.delete {
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
