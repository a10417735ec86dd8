//! A Flowfile database (flowfile 0.23.3, Alembic head `035`; SQLite, WAL,
//! foreign keys not enforced): recognised by its tables, read for the check
//! and the secret commands, and every `$ffsec$` value wherever it is stored
//! (not only `secrets`: `notification_channels.webhook_url_encrypted` and
//! any column a later release adds) walked and, for a key rotation,
//! rewritten in one transaction. Opened through the same safe SQLite handle
//! as Langflow's ([`Database`]).

use std::collections::BTreeMap;

use rusqlite::params;

use super::{Database, Result, Schema, StorageError, db_error};
use crate::crypto::flowfile::PREFIX;

/// Alembic heads of the Flowfile releases flowadmin knows.
pub const KNOWN_HEADS: [(&str, &str); 1] = [("035", "0.23.3")];

const BATCH: i64 = 2_000;

impl Schema {
    /// Flowfile's: its users, secrets and API-key tables and Alembic's.
    pub fn is_flowfile(&self) -> bool {
        ["alembic_version", "users", "secrets", "flow_api_keys"]
            .iter()
            .all(|t| self.has_table(t))
    }

    /// The Flowfile release whose head this is.
    pub fn flowfile_release(&self) -> Option<&'static str> {
        let rev = self.revision()?;
        KNOWN_HEADS.iter().find(|(h, _)| *h == rev).map(|(_, r)| *r)
    }
}

/// Counts `db check` reports for Flowfile.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct FlowfileCounts {
    pub users: u64,
    pub admins: u64,
    pub disabled_users: u64,
    pub api_keys: u64,
    pub api_consumers: u64,
    pub secrets: u64,
}

/// A Flowfile user (the hash is never printed).
#[derive(Debug, Clone, serde::Serialize)]
pub struct FlowfileUser {
    pub id: i64,
    pub username: String,
    pub email: Option<String>,
    pub disabled: bool,
    pub is_admin: bool,
    pub must_change_password: bool,
}

/// A row of `secrets` (the value is ciphertext, never printed).
#[derive(Debug, Clone, serde::Serialize)]
pub struct FlowfileSecret {
    pub id: i64,
    pub name: String,
    pub user_id: Option<i64>,
    pub owner: Option<String>,
    #[serde(skip)]
    pub stored: String,
}

/// One encrypted value where it is stored. `value` is ciphertext.
pub struct SealedSlot<'a> {
    /// `table.column`
    pub column: &'a str,
    /// The row's `id` (its rowid when the table has none).
    pub row_id: i64,
    /// The row's `name`, when the table has one.
    pub name: Option<&'a str>,
    pub value: &'a str,
}

/// A column that holds (or may hold) encrypted values.
struct SealedColumn {
    table: String,
    column: String,
    label: String,
    /// Every non-empty value counts (`secrets.encrypted_value`, where a legacy
    /// master-key token has no prefix), or only `$ffsec$` ones.
    all: bool,
}

fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

impl Database {
    /// Refuses anything but a Flowfile database.
    pub fn require_flowfile(&self) -> Result<()> {
        if self.schema.is_flowfile() {
            return Ok(());
        }
        Err(StorageError::NotLangflow {
            path: self.path.clone(),
            what: if self.schema.tables.is_empty() {
                "an empty SQLite database"
            } else {
                "a SQLite database, but not Flowfile's (no alembic_version, users, secrets and flow_api_keys tables)"
            },
        })
    }

    pub fn flowfile_counts(&self) -> Result<FlowfileCounts> {
        let n = |table: &str, filter: Option<&str>| -> Result<u64> {
            Ok(self.count(table, filter)?.unwrap_or(0))
        };
        Ok(FlowfileCounts {
            users: n("users", None)?,
            admins: n("users", Some("is_admin = 1"))?,
            disabled_users: n("users", Some("disabled = 1"))?,
            api_keys: n("flow_api_keys", None)?,
            api_consumers: n("api_consumers", None)?,
            secrets: n("secrets", None)?,
        })
    }

    pub fn flowfile_users(&self) -> Result<Vec<FlowfileUser>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, coalesce(username, ''), email, coalesce(disabled, 0), coalesce(is_admin, 0), \
                 coalesce(must_change_password, 0) FROM users ORDER BY id",
            )
            .map_err(|e| db_error(&self.path, e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(FlowfileUser {
                    id: r.get(0)?,
                    username: r.get(1)?,
                    email: r.get(2)?,
                    disabled: r.get::<_, i64>(3)? != 0,
                    is_admin: r.get::<_, i64>(4)? != 0,
                    must_change_password: r.get::<_, i64>(5)? != 0,
                })
            })
            .map_err(|e| db_error(&self.path, e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| db_error(&self.path, e))
    }

    /// The rows of `secrets`, optionally one user's, by owner then name.
    pub fn flowfile_secrets(&self, user_id: Option<i64>) -> Result<Vec<FlowfileSecret>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT s.id, coalesce(s.name, ''), s.user_id, u.username, coalesce(s.encrypted_value, '') \
                 FROM secrets s LEFT JOIN users u ON u.id = s.user_id \
                 WHERE ?1 IS NULL OR s.user_id = ?1 ORDER BY u.username, s.name, s.id",
            )
            .map_err(|e| db_error(&self.path, e))?;
        let rows = stmt
            .query_map([user_id], |r| {
                Ok(FlowfileSecret {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    user_id: r.get(2)?,
                    owner: r.get(3)?,
                    stored: r.get(4)?,
                })
            })
            .map_err(|e| db_error(&self.path, e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| db_error(&self.path, e))
    }

    /// Every text column that holds a `$ffsec$` value, plus
    /// `secrets.encrypted_value` whatever it holds.
    fn sealed_columns(&self) -> Result<Vec<SealedColumn>> {
        let err = |e| db_error(&self.path, e);
        let mut out = Vec::new();
        for (table, columns) in &self.schema.tables {
            if table.starts_with("sqlite_") || table == "alembic_version" {
                continue;
            }
            for column in columns {
                let all = table == "secrets" && column == "encrypted_value";
                let sql = format!(
                    "SELECT EXISTS (SELECT 1 FROM {t} WHERE typeof({c}) = 'text' AND substr({c}, 1, {n}) = ?1)",
                    t = quote(table),
                    c = quote(column),
                    n = PREFIX.len()
                );
                let has: bool = self
                    .conn
                    .query_row(&sql, [PREFIX], |r| r.get(0))
                    .map_err(err)?;
                if has || all {
                    out.push(SealedColumn {
                        table: table.clone(),
                        column: column.clone(),
                        label: format!("{table}.{column}"),
                        all,
                    });
                }
            }
        }
        Ok(out)
    }

    fn sealed_select(&self, c: &SealedColumn) -> String {
        let id = if self.schema.has_column(&c.table, "id") {
            "t.\"id\""
        } else {
            "t.rowid"
        };
        let name = if self.schema.has_column(&c.table, "name") {
            "t.\"name\""
        } else {
            "NULL"
        };
        let filter = if c.all {
            format!(
                "typeof(t.{col}) = 'text' AND t.{col} <> ''",
                col = quote(&c.column)
            )
        } else {
            format!(
                "typeof(t.{col}) = 'text' AND substr(t.{col}, 1, {n}) = '{PREFIX}'",
                col = quote(&c.column),
                n = PREFIX.len()
            )
        };
        format!(
            "SELECT t.rowid, {id}, {name}, t.{col} FROM {table} t WHERE t.rowid > ?1 AND {filter} ORDER BY t.rowid LIMIT ?2",
            col = quote(&c.column),
            table = quote(&c.table)
        )
    }

    /// Calls `f` for every encrypted value, read-only.
    pub fn visit_sealed(&self, f: &(dyn Fn(&SealedSlot) + Sync)) -> Result<()> {
        for c in self.sealed_columns()? {
            walk_sealed(&self.conn, &c, &self.sealed_select(&c), false, &|slot| {
                f(slot);
                None
            })
            .map_err(|e| db_error(&self.path, e))?;
        }
        Ok(())
    }

    /// Rewrites values in one IMMEDIATE transaction: `f` says what each value
    /// becomes (`None`: kept); every replaced value is read back and
    /// compared; `commit_if` then decides. Returns whether it committed.
    pub fn rewrite_sealed(
        &mut self,
        f: &(dyn Fn(&SealedSlot) -> Option<String> + Sync),
        commit_if: &mut dyn FnMut() -> bool,
    ) -> Result<bool> {
        let path = self.path.clone();
        let err = |e| db_error(&path, e);
        let columns = self.sealed_columns()?;
        let selects: Vec<String> = columns.iter().map(|c| self.sealed_select(c)).collect();
        self.conn
            .pragma_update(None, "cache_size", -16_384)
            .map_err(err)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(err)?;
        for (c, select) in columns.iter().zip(&selects) {
            walk_sealed(&tx, c, select, true, f).map_err(err)?;
        }
        if commit_if() {
            tx.commit().map_err(err)?;
            Ok(true)
        } else {
            tx.rollback().map_err(err)?;
            Ok(false)
        }
    }
}

/// Reads one column in rowid pages, the crypto of each page split across
/// the cores; with `write`, each page's new values are written (and read
/// back) before the next page is read, so memory stays flat.
fn walk_sealed(
    conn: &rusqlite::Connection,
    c: &SealedColumn,
    select: &str,
    write: bool,
    f: &(dyn Fn(&SealedSlot) -> Option<String> + Sync),
) -> rusqlite::Result<()> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let mut after = i64::MIN;
    loop {
        type PageRow = (i64, i64, Option<String>, String);
        let page: Vec<PageRow> = {
            let mut stmt = conn.prepare_cached(select)?;
            let rows = stmt.query_map(params![after, BATCH], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let Some(last) = page.last() else {
            return Ok(());
        };
        after = last.0;
        let workers = if threads > 1 && page.len() >= 256 {
            threads
        } else {
            1
        };
        let chunk = page.len().div_ceil(workers).max(1);
        let results: Vec<Option<String>> = std::thread::scope(|scope| {
            let handles: Vec<_> = page
                .chunks(chunk)
                .map(|rows| {
                    scope.spawn(move || {
                        rows.iter()
                            .map(|(_, id, name, value)| {
                                f(&SealedSlot {
                                    column: &c.label,
                                    row_id: *id,
                                    name: name.as_deref(),
                                    value,
                                })
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("a visitor panicked"))
                .collect()
        });
        if write {
            let changed: Vec<(i64, String)> = page
                .iter()
                .zip(results)
                .filter_map(|(row, new)| new.map(|n| (row.0, n)))
                .collect();
            write_back(conn, c, &changed)?;
        }
        if (page.len() as i64) < BATCH {
            return Ok(());
        }
    }
}

/// Writes the new values and reads each back, comparing.
fn write_back(
    tx: &rusqlite::Connection,
    c: &SealedColumn,
    updates: &[(i64, String)],
) -> rusqlite::Result<()> {
    let update = format!(
        "UPDATE {} SET {} = ?1 WHERE rowid = ?2",
        quote(&c.table),
        quote(&c.column)
    );
    let read = format!(
        "SELECT {} FROM {} WHERE rowid = ?1",
        quote(&c.column),
        quote(&c.table)
    );
    let mut up = tx.prepare_cached(&update)?;
    let mut back = tx.prepare_cached(&read)?;
    for (rowid, new) in updates {
        up.execute(params![new, rowid])?;
        let stored: Option<String> = back.query_row([rowid], |r| r.get(0))?;
        if stored.as_deref() != Some(new.as_str()) {
            return Err(rusqlite::Error::ToSqlConversionFailure(
                format!(
                    "{} rowid {rowid} did not read back as written; nothing was committed",
                    c.label
                )
                .into(),
            ));
        }
    }
    Ok(())
}

/// Users by id, for naming owners in reports.
pub fn usernames(users: &[FlowfileUser]) -> BTreeMap<i64, String> {
    users.iter().map(|u| (u.id, u.username.clone())).collect()
}
