//! Deleting a user on PostgreSQL, where the foreign keys are enforced and
//! none is deferrable: the graph is read from `pg_constraint`, the rows are
//! found as on SQLite (CASCADE and Langflow's ORM cascades delete, SET NULL
//! and nullable NO ACTION columns elsewhere are nulled), and the deletes run
//! children first, all in one transaction. The plan shown is recomputed
//! under row locks before anything is written; if it changed meanwhile,
//! nothing is.

use std::collections::BTreeSet;

use postgres::GenericClient;
use postgres::error::SqlState;

use super::db::PgDatabase;
use crate::storage::delete::{DeletePlan, ForeignKey, OnDelete, Walk, walk};
use crate::storage::{Result, StorageError, quote_ident};

/// Rows are named by `ctid` inside the one transaction that plans and
/// deletes them; every row met is locked (`FOR UPDATE`) when writing, so no
/// other session can move it before the delete.
type Rows = BTreeSet<String>;

struct Found {
    rows: Walk<String>,
    /// The tables of `rows.delete`, children before the parents they point at.
    order: Vec<String>,
}

/// Children before parents: a table goes once no other table still to go
/// points at it, so the server's own SET NULL never rewrites (and so moves)
/// a row that is itself still to be deleted. What a cycle leaves is
/// appended as it comes (the delete retries those).
fn children_first(tables: &BTreeSet<String>, fks: &[ForeignKey]) -> Vec<String> {
    let mut left: BTreeSet<String> = tables.clone();
    let mut order = Vec::new();
    while !left.is_empty() {
        let free: Vec<String> = left
            .iter()
            .filter(|t| {
                !fks.iter()
                    .any(|fk| &fk.parent == *t && fk.child != fk.parent && left.contains(&fk.child))
            })
            .cloned()
            .collect();
        let next = if free.is_empty() {
            left.iter().cloned().collect()
        } else {
            free
        };
        for t in next {
            left.remove(&t);
            order.push(t);
        }
    }
    order
}

fn foreign_keys(
    tx: &mut impl GenericClient,
) -> std::result::Result<Vec<ForeignKey>, postgres::Error> {
    // Single-column keys (every one Langflow declares); a multi-column one
    // the walk does not follow is still enforced by the server, which then
    // refuses the delete and nothing is changed.
    let rows = tx.query(
        "SELECT cc.relname::text, a.attname::text, pc.relname::text, af.attname::text, \
                c.confdeltype::text, NOT a.attnotnull \
         FROM pg_constraint c \
         JOIN pg_class cc ON cc.oid = c.conrelid \
         JOIN pg_class pc ON pc.oid = c.confrelid \
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
         JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1] \
         WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 \
           AND cc.relnamespace = current_schema()::regnamespace \
           AND pc.relnamespace = current_schema()::regnamespace \
         ORDER BY 1, 2, 3",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|r| ForeignKey {
            child: r.get(0),
            from: r.get(1),
            parent: r.get(2),
            to: r.get(3),
            on_delete: match r.get::<_, String>(4).as_str() {
                "c" => OnDelete::Cascade,
                "n" | "d" => OnDelete::SetNull,
                _ => OnDelete::NoAction,
            },
            nullable: r.get(5),
        })
        .collect())
}

/// Walks the graph from the user row; `lock` takes a row lock on each row met.
fn find(
    tx: &mut impl GenericClient,
    user_id: &str,
    lock: bool,
) -> std::result::Result<Option<Found>, postgres::Error> {
    let fks = foreign_keys(tx)?;
    let for_update = if lock { " FOR UPDATE OF c" } else { "" };
    let root = tx.query_opt(
        &format!("SELECT c.ctid::text FROM \"user\" c WHERE c.id = $1::text::uuid{for_update}"),
        &[&user_id],
    )?;
    let Some(root) = root else {
        return Ok(None);
    };
    let root: String = root.get(0);
    let rows = walk(&fks, root, |fk, parent, rows| {
        let ctids: Vec<&str> = rows.iter().map(String::as_str).collect();
        let sql = format!(
            "SELECT c.ctid::text FROM {child} c WHERE c.{from} IN \
             (SELECT p.{to} FROM {parent} p WHERE p.ctid = ANY($1::text[]::tid[])){for_update}",
            child = quote_ident(&fk.child),
            from = quote_ident(&fk.from),
            to = quote_ident(&fk.to),
            parent = quote_ident(parent),
        );
        Ok::<Rows, postgres::Error>(
            tx.query(&sql, &[&ctids])?
                .iter()
                .map(|r| r.get(0))
                .collect(),
        )
    })?;
    let found = Found {
        order: children_first(&rows.delete.keys().cloned().collect(), &fks),
        rows,
    };
    Ok(Some(found))
}

impl PgDatabase {
    /// Works out every row that deleting `user_id` deletes or detaches,
    /// reading only (a read-only transaction, rolled back).
    pub(crate) fn plan_delete(&self, user_id: &str) -> Result<DeletePlan> {
        let found = self.in_transaction(true, |tx| Ok(Ok(find(tx, user_id, false)?)))?;
        let found = found.ok_or(StorageError::Vanished("user"))?;
        Ok(found.rows.plan())
    }

    /// Carries out `plan` in one transaction: the rows are found again under
    /// row locks, and if they are not what the plan says (someone wrote
    /// meanwhile) nothing is changed. Nulls first, then deletes, a table
    /// at a time, children before parents (a table whose delete the server
    /// still refuses is retried after the others).
    pub(crate) fn delete_as_planned(&self, user_id: &str, plan: &DeletePlan) -> Result<()> {
        self.in_transaction(false, |tx| {
            tx.batch_execute("SET LOCAL lock_timeout = '5s'")?;
            let Some(found) = find(tx, user_id, true)? else {
                return Ok(Err(StorageError::Vanished("user")));
            };
            if !found.rows.plan().same_rows(plan) {
                return Ok(Err(StorageError::Vanished(
                    "plan (rows changed since it was made)",
                )));
            }
            for ((table, column), rows) in &found.rows.null {
                let ctids: Vec<&str> = rows.iter().map(String::as_str).collect();
                tx.execute(
                    &format!(
                        "UPDATE {} SET {} = NULL WHERE ctid = ANY($1::text[]::tid[])",
                        quote_ident(table),
                        quote_ident(column)
                    ),
                    &[&ctids],
                )?;
            }
            let mut pending: Vec<(&String, &Rows)> = found
                .order
                .iter()
                .map(|t| (t, &found.rows.delete[t]))
                .collect();
            while !pending.is_empty() {
                let before = pending.len();
                let mut refused = Vec::new();
                let mut blocker = None;
                for (table, rows) in pending {
                    let ctids: Vec<&str> = rows.iter().map(String::as_str).collect();
                    let mut sp = tx.savepoint("flowadmin_delete")?;
                    let done = sp.execute(
                        &format!(
                            "DELETE FROM {} WHERE ctid = ANY($1::text[]::tid[])",
                            quote_ident(table)
                        ),
                        &[&ctids],
                    );
                    match done {
                        Ok(_) => sp.commit()?,
                        Err(e) if e.code() == Some(&SqlState::FOREIGN_KEY_VIOLATION) => {
                            sp.rollback()?;
                            // The table whose rows still point in.
                            blocker.get_or_insert_with(|| {
                                e.as_db_error()
                                    .and_then(|d| d.table().map(str::to_owned))
                                    .unwrap_or_else(|| table.clone())
                            });
                            refused.push((table, rows));
                        }
                        Err(e) => return Err(e),
                    }
                }
                if refused.len() == before {
                    // No progress: a row outside the walk still points in.
                    return Ok(Err(StorageError::WouldDangle {
                        count: refused.len(),
                        table: blocker.unwrap_or_default(),
                    }));
                }
                pending = refused;
            }
            Ok(Ok(()))
        })
    }
}
