//! Every encrypted value in a Langflow database, found the way Langflow 1.13's
//! `check-integrity` finds them (langflow/cli/integrity.py), skipping tables
//! and columns an older schema lacks; walked row by row in batches, so memory
//! stays flat as the database grows, and optionally rewritten in one
//! transaction (rotation). The caller decides what each value becomes; this
//! module knows where values live and how JSON columns nest them.

use rusqlite::{Connection, TransactionBehavior, params};
use serde_json::Value;

use super::Result;
use super::{Database, Schema, db_error};
use crate::crypto::looks_encrypted;

pub(crate) const BATCH: i64 = 2_000;

pub use crate::crypto::Cipher;

/// Ids are stored as 32 hex digits; Langflow prints them as dashed UUIDs.
pub fn dashed_uuid(id: &str) -> String {
    match uuid::Uuid::try_parse(id) {
        Ok(u) if id.len() == 32 => u.hyphenated().to_string(),
        _ => id.to_owned(),
    }
}

/// One encrypted value as the walk meets it. `value` is ciphertext; it is
/// never printed.
pub struct Slot<'a> {
    /// `table.column`, with the JSON map for JSON columns
    /// (`mcp_server.config.env`), as Langflow names it.
    pub column: &'a str,
    pub row_id: &'a str,
    pub name: Option<&'a str>,
    pub owner: Option<&'a str>,
    pub cipher: Cipher,
    pub value: &'a str,
    /// A Generic variable still holding a token on a 1.8+ schema: written by
    /// Langflow 1.5 to 1.7, read raw (and not counted) by Langflow 1.8+.
    pub legacy_generic: bool,
}

/// Where a value lives, kept for reports (never the value). Ordered by
/// column, then row.
#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct ValueRef {
    pub column: String,
    pub row_id: String,
    pub name: Option<String>,
    pub owner: Option<String>,
}

impl ValueRef {
    pub fn of(slot: &Slot) -> ValueRef {
        ValueRef {
            column: slot.column.to_owned(),
            row_id: slot.row_id.to_owned(),
            name: slot.name.map(str::to_owned),
            owner: slot.owner.map(str::to_owned),
        }
    }

    /// The row as Langflow's check names it: dashed id, then name and owner.
    pub fn describe_row(&self) -> String {
        let known: Vec<String> = [
            self.name.clone(),
            self.owner.as_ref().map(|o| format!("owner {o}")),
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect();
        let id = dashed_uuid(&self.row_id);
        if known.is_empty() {
            id
        } else {
            format!("{id} ({})", known.join(", "))
        }
    }

    pub fn describe(&self) -> String {
        format!("{} row {}", self.column, self.describe_row())
    }
}

/// Decides per value (`Some`: its replacement; `None`: kept); called from
/// several threads at once.
pub type Visitor<'a> = dyn Fn(&Slot) -> Option<String> + Sync + 'a;

#[derive(Clone, Copy)]
enum Kind {
    /// Fernet tokens; `always`: every non-null value counts, not only `gAAAAA...`.
    Fernet {
        always: bool,
    },
    /// Credentials, and Generic values that 1.5 to 1.7 encrypted.
    Variable,
    FolderAuth,
    McpConfig,
    Sso,
}

pub(crate) struct Spec {
    pub(crate) table: &'static str,
    pub(crate) column: &'static str,
    pub(crate) id: &'static str,
    name: &'static str,
    kind: Kind,
}

pub(crate) const SPECS: [Spec; 9] = [
    Spec {
        table: "variable",
        column: "value",
        id: "id",
        name: "name",
        kind: Kind::Variable,
    },
    Spec {
        table: "apikey",
        column: "api_key",
        id: "id",
        name: "name",
        kind: Kind::Fernet { always: false },
    },
    Spec {
        table: "user",
        column: "store_api_key",
        id: "id",
        name: "username",
        kind: Kind::Fernet { always: false },
    },
    Spec {
        table: "deployment_provider_account",
        column: "api_key",
        id: "id",
        name: "name",
        kind: Kind::Fernet { always: false },
    },
    // Nothing writes this payload in plaintext, so every value counts.
    Spec {
        table: "connection_secret",
        column: "encrypted_payload",
        id: "connection_id",
        name: "",
        kind: Kind::Fernet { always: true },
    },
    Spec {
        table: "trigger",
        column: "signing_secret_encrypted",
        id: "id",
        name: "name",
        kind: Kind::Fernet { always: false },
    },
    Spec {
        table: "folder",
        column: "auth_settings",
        id: "id",
        name: "name",
        kind: Kind::FolderAuth,
    },
    Spec {
        table: "mcp_server",
        column: "config",
        id: "id",
        name: "name",
        kind: Kind::McpConfig,
    },
    Spec {
        table: "sso_config",
        column: "client_secret_encrypted",
        id: "id",
        name: "display_name",
        kind: Kind::Sso,
    },
];

const FOLDER_FIELDS: [&str; 2] = ["oauth_client_secret", "api_key"];
const MCP_MAPS: [&str; 2] = ["env", "headers"];

/// A spec resolved against this schema: the SQL for its name and owner.
pub(crate) struct Column {
    pub(crate) spec: &'static Spec,
    pub(crate) label: String,
    pub(crate) select: String,
    pub(crate) update: String,
    /// The select reads the owner's `user_id`, named from [`Owners`] (a
    /// lookup in memory, not a subquery per row).
    pub(crate) owner_by_id: bool,
}

/// Every user's name by id, read once per walk (see [`owner_by_id`]).
pub(crate) type Owners = std::collections::HashMap<String, String>;

/// A row as read: (rowid, id, name, owner, extra, value).
pub(crate) struct Row {
    pub(crate) rowid: i64,
    pub(crate) id: String,
    pub(crate) name: Option<String>,
    pub(crate) owner: Option<String>,
    pub(crate) extra: Option<String>,
    pub(crate) value: String,
}

/// Whether a column's rows name their owner by `user_id` (named from
/// [`Owners`], one read of the user table, instead of a subquery per row:
/// on a large table that subquery was a quarter of the walk).
pub(crate) fn owner_by_id(s: &Schema, spec: &Spec) -> bool {
    s.has_column("user", "id")
        && s.has_column("user", "username")
        && s.has_column(spec.table, "user_id")
}

/// The SQL for a value's name, owner and (for variables) type, on either
/// backend: `cast` is what makes each a text (`::text` on PostgreSQL, nothing
/// on SQLite); `"user"` is quoted, as PostgreSQL needs and SQLite accepts.
pub(crate) fn row_labels(s: &Schema, spec: &Spec, cast: &str) -> (String, String, String) {
    let has_users = s.has_column("user", "id") && s.has_column("user", "username");
    let name = if !spec.name.is_empty() && s.has_column(spec.table, spec.name) {
        format!("t.\"{}\"{cast}", spec.name)
    } else if spec.table == "connection_secret" && s.has_column("connection", "name") {
        format!("(SELECT c.name{cast} FROM connection c WHERE c.id = t.connection_id)")
    } else {
        format!("NULL{cast}")
    };
    let owner = if !has_users {
        format!("NULL{cast}")
    } else if owner_by_id(s, spec) {
        // The id, named from [`Owners`] as the rows are read.
        format!("t.user_id{cast}")
    } else if spec.table == "connection_secret" && s.has_column("connection", "owner_id") {
        format!(
            "(SELECT u.username{cast} FROM connection c JOIN \"user\" u ON u.id = c.owner_id WHERE c.id = t.connection_id)"
        )
    } else {
        format!("NULL{cast}")
    };
    let extra = if spec.table == "variable" && s.has_column("variable", "type") {
        format!("t.type{cast}")
    } else {
        format!("NULL{cast}")
    };
    (name, owner, extra)
}

impl Database {
    fn secret_columns(&self) -> Vec<Column> {
        let s = &self.schema;
        SPECS
            .iter()
            .filter(|c| s.has_column(c.table, c.column) && s.has_column(c.table, c.id))
            .map(|spec| {
                let (name, owner, extra) = row_labels(s, spec, "");
                Column {
                    owner_by_id: owner_by_id(s, spec),
                    spec,
                    label: format!("{}.{}", spec.table, spec.column),
                    select: format!(
                        "SELECT t.rowid, t.\"{id}\", {name}, {owner}, {extra}, t.\"{col}\" FROM \"{table}\" t \
                         WHERE t.rowid > ?1 AND t.\"{col}\" IS NOT NULL ORDER BY t.rowid LIMIT ?2",
                        id = spec.id,
                        col = spec.column,
                        table = spec.table
                    ),
                    update: format!("UPDATE \"{}\" SET \"{}\" = ?1 WHERE rowid = ?2", spec.table, spec.column),
                }
            })
            .collect()
    }

    /// Rows in the tables that hold encrypted values (for a progress bar).
    pub fn secret_row_estimate(&self) -> Result<u64> {
        let mut total = 0;
        for c in self.secret_columns() {
            total += self
                .count(
                    c.spec.table,
                    Some(&format!("\"{}\" IS NOT NULL", c.spec.column)),
                )?
                .unwrap_or(0);
        }
        Ok(total)
    }

    /// Up to `limit` encrypted values from the first rows of each column,
    /// read-only: enough to tell whether a key belongs to this database.
    pub fn sample_secrets(&self, limit: usize) -> Result<Vec<(Cipher, String)>> {
        let generic_too = self.schema.encrypts_generic_variables();
        let found = std::sync::Mutex::new(Vec::new());
        for c in self.secret_columns() {
            let room = limit.saturating_sub(found.lock().expect("not poisoned").len());
            if room == 0 {
                break;
            }
            let rows: Vec<Row> = (|| {
                let mut stmt = self.conn.prepare_cached(&c.select)?;
                let rows = stmt.query_map(params![i64::MIN, room as i64], read_row)?;
                rows.collect::<rusqlite::Result<_>>()
            })()
            .map_err(|e| db_error(&self.path, e))?;
            for row in &rows {
                visit_row(&c, row, generic_too, &|slot| {
                    found
                        .lock()
                        .expect("not poisoned")
                        .push((slot.cipher, slot.value.to_owned()));
                    None
                });
            }
        }
        let mut found = found.into_inner().expect("not poisoned");
        found.truncate(limit);
        Ok(found)
    }

    /// Every user's name by id (empty without a `user` table).
    fn owners(&self) -> Result<Owners> {
        if !(self.schema.has_column("user", "id") && self.schema.has_column("user", "username")) {
            return Ok(Owners::new());
        }
        let err = |e| db_error(&self.path, e);
        let mut stmt = self
            .conn
            .prepare("SELECT id, username FROM \"user\"")
            .map_err(err)?;
        let rows = stmt
            .query_map([], |r| Ok((text_of(r, 0)?, text_of(r, 1)?)))
            .map_err(err)?;
        let mut owners = Owners::new();
        for row in rows {
            if let (Some(id), Some(name)) = row.map_err(err)? {
                owners.entry(id).or_insert(name);
            }
        }
        Ok(owners)
    }

    /// Calls `f` for every encrypted value, read-only.
    pub fn visit_secrets(&self, f: &(dyn Fn(&Slot) + Sync)) -> Result<()> {
        let generic_too = self.schema.encrypts_generic_variables();
        let owners = self.owners()?;
        for c in self.secret_columns() {
            walk(&self.conn, &c, &owners, false, generic_too, &|slot| {
                f(slot);
                None
            })
            .map_err(|e| db_error(&self.path, e))?;
        }
        Ok(())
    }

    /// Rewrites values in one IMMEDIATE transaction: `f` says what each value
    /// becomes (and must itself check that a replacement opens with the new
    /// key); every replaced value is read back from the database right after
    /// its batch is written and compared with what was written. `commit_if`
    /// then decides whether to commit. Returns whether it committed.
    pub fn rewrite_secrets(
        &mut self,
        f: &Visitor,
        commit_if: &mut dyn FnMut() -> bool,
    ) -> Result<bool> {
        let generic_too = self.schema.encrypts_generic_variables();
        let columns = self.secret_columns();
        let owners = self.owners()?;
        self.rewrite_in_one_transaction(commit_if, |tx| {
            columns
                .iter()
                .try_for_each(|c| walk(tx, c, &owners, true, generic_too, f))
        })
    }

    /// The one transaction of a key change's rewrite, for both products:
    /// IMMEDIATE (the write lock first), `walk` rewrites every value in it,
    /// then `commit_if` decides. Returns whether it committed.
    pub(crate) fn rewrite_in_one_transaction(
        &mut self,
        commit_if: &mut dyn FnMut() -> bool,
        walk: impl FnOnce(&rusqlite::Transaction) -> rusqlite::Result<()>,
    ) -> Result<bool> {
        let path = self.path.clone();
        let err = |e| db_error(&path, e);
        // A fixed page cache (16 MiB, whatever the database size) keeps memory
        // flat as the database grows; at 4 MiB or less the one big transaction
        // spills pages to the WAL so often that it runs 10-30% slower, and
        // 64 MiB bought no speed (timed on 1M values from bench_db).
        self.conn
            .pragma_update(None, "cache_size", -16_384)
            .map_err(err)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        walk(&tx).map_err(err)?;
        if commit_if() {
            tx.commit().map_err(err)?;
            Ok(true)
        } else {
            tx.rollback().map_err(err)?;
            Ok(false)
        }
    }
}

/// Visits the values inside one stored column value; returns the new column
/// text when `f` replaced any.
pub(crate) fn visit_row(c: &Column, row: &Row, generic_too: bool, f: &Visitor) -> Option<String> {
    let is_generic = row.extra.as_deref() == Some("Generic");
    let whole = |label: &str, cipher: Cipher, value: &str| -> Option<String> {
        let slot = Slot {
            column: label,
            row_id: &row.id,
            name: row.name.as_deref(),
            owner: row.owner.as_deref(),
            cipher,
            value,
            legacy_generic: c.spec.table == "variable" && is_generic && !generic_too,
        };
        f(&slot)
    };
    let text = row.value.as_str();
    match c.spec.kind {
        Kind::Fernet { always } => (always || looks_encrypted(text))
            .then(|| whole(&c.label, Cipher::Fernet, text))
            .flatten(),
        Kind::Variable => looks_encrypted(text)
            .then(|| whole(&c.label, Cipher::Fernet, text))
            .flatten(),
        Kind::Sso => (!text.is_empty())
            .then(|| whole(&c.label, Cipher::SsoEnvelope, text))
            .flatten(),
        Kind::FolderAuth => {
            let Ok(Value::Object(mut map)) = serde_json::from_str::<Value>(text) else {
                return None;
            };
            let mut changed = false;
            for field in FOLDER_FIELDS {
                if let Some(Value::String(v)) = map.get(field)
                    && looks_encrypted(v)
                    && let Some(new) = whole(&c.label, Cipher::Fernet, v)
                {
                    map.insert(field.to_owned(), Value::String(new));
                    changed = true;
                }
            }
            changed.then(|| super::pyjson::dumps(&Value::Object(map)))
        }
        Kind::McpConfig => {
            let Ok(Value::Object(mut config)) = serde_json::from_str::<Value>(text) else {
                return None;
            };
            let mut changed = false;
            for map_name in MCP_MAPS {
                let label = format!("{}.{map_name}", c.label);
                if let Some(Value::Object(secrets)) = config.get_mut(map_name) {
                    for v in secrets.values_mut() {
                        if let Value::String(s) = v
                            && looks_encrypted(s)
                            && let Some(new) = whole(&label, Cipher::Fernet, s)
                        {
                            *s = new;
                            changed = true;
                        }
                    }
                }
            }
            let label = format!("{}.args", c.label);
            if let Some(Value::Array(args)) = config.get_mut("args") {
                // mcp-proxy `--headers NAME VALUE`: the values are secrets.
                let mut i = 0;
                while i + 2 < args.len() {
                    if args[i].as_str() == Some("--headers") {
                        if let Value::String(s) = &mut args[i + 2]
                            && looks_encrypted(s)
                            && let Some(new) = whole(&label, Cipher::Fernet, s)
                        {
                            *s = new;
                            changed = true;
                        }
                        i += 3;
                    } else {
                        i += 1;
                    }
                }
            }
            changed.then(|| super::pyjson::dumps(&Value::Object(config)))
        }
    }
}

fn read_row(r: &rusqlite::Row) -> rusqlite::Result<Row> {
    read_row_named(r, None)
}

/// A row; with `owners`, its owner column is a user id, named from them
/// (the id is looked up as read, never allocated).
fn read_row_named(r: &rusqlite::Row, owners: Option<&Owners>) -> rusqlite::Result<Row> {
    let owner = match owners {
        None => text_of(r, 3)?,
        Some(owners) => match r.get_ref(3)? {
            rusqlite::types::ValueRef::Text(id) => std::str::from_utf8(id)
                .ok()
                .and_then(|id| owners.get(id))
                .cloned(),
            _ => None,
        },
    };
    Ok(Row {
        rowid: r.get(0)?,
        id: text_of(r, 1)?.unwrap_or_default(),
        name: text_of(r, 2)?,
        owner,
        extra: text_of(r, 4)?,
        value: text_of(r, 5)?.unwrap_or_default(),
    })
}

fn text_of(row: &rusqlite::Row, idx: usize) -> rusqlite::Result<Option<String>> {
    use rusqlite::types::ValueRef;
    Ok(match row.get_ref(idx)? {
        ValueRef::Null => None,
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(match std::str::from_utf8(t) {
            Ok(text) => text.to_owned(),
            Err(_) => String::from_utf8_lossy(t).into_owned(),
        }),
        ValueRef::Integer(i) => Some(i.to_string()),
        ValueRef::Real(r) => Some(r.to_string()),
    })
}

/// Maps `f` over a page of `items`, split across the machine's cores (one
/// thread for a small page), while this thread runs `meanwhile` (the
/// previous page's writes): the crypto is the cost, and it overlaps the
/// database's I/O. The walks of all three stores use it.
pub(crate) fn across_cores<T: Sync, R: Send, W>(
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
    meanwhile: impl FnOnce() -> W,
) -> (Vec<R>, W) {
    // Asked once: on Linux the answer reads cgroup files.
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let threads = *THREADS.get_or_init(|| {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8)
    });
    let workers = if threads > 1 && items.len() >= 256 {
        threads
    } else {
        1
    };
    let chunk = items.len().div_ceil(workers).max(1);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        let done = meanwhile();
        let results = handles
            .into_iter()
            .flat_map(|h| h.join().expect("a visitor panicked"))
            .collect();
        (results, done)
    })
}

/// Reads one column in rowid batches. A batch is read in full before `f`
/// runs on it, split across the machine's cores (the crypto is the cost),
/// while this thread writes the previous batch's updates: reads and writes
/// never share a cursor, and the writes overlap the next batch's crypto.
fn walk(
    conn: &Connection,
    c: &Column,
    owners: &Owners,
    write: bool,
    generic_too: bool,
    f: &Visitor,
) -> rusqlite::Result<()> {
    let read_back = format!(
        "SELECT rowid, \"{col}\" FROM \"{table}\" WHERE rowid BETWEEN ?1 AND ?2",
        col = c.spec.column,
        table = c.spec.table
    );
    // Writes a batch's updates, then reads them back and compares: what the
    // database now holds is exactly what was checked before writing.
    let write_updates = |updates: Vec<(i64, String)>| -> rusqlite::Result<()> {
        let (Some(first), Some(last)) = (updates.first().map(|u| u.0), updates.last().map(|u| u.0))
        else {
            return Ok(());
        };
        let mut stmt = conn.prepare_cached(&c.update)?;
        for (rowid, new) in &updates {
            stmt.execute(params![new, rowid])?;
        }
        let mut stored = std::collections::HashMap::with_capacity(updates.len());
        let mut back = conn.prepare_cached(&read_back)?;
        let rows = back.query_map(params![first, last], |r| {
            Ok((r.get::<_, i64>(0)?, text_of(r, 1)?))
        })?;
        for row in rows {
            let (rowid, text) = row?;
            stored.insert(rowid, text);
        }
        for (rowid, new) in &updates {
            if stored.get(rowid).and_then(|t| t.as_deref()) != Some(new.as_str()) {
                return Err(rusqlite::Error::ToSqlConversionFailure(Box::<
                    dyn std::error::Error + Send + Sync,
                >::from(
                    format!(
                    "{}.{} rowid {rowid} did not read back as written; nothing was committed",
                    c.spec.table, c.spec.column
                )
                )));
            }
        }
        Ok(())
    };
    let owners = c.owner_by_id.then_some(owners);
    let read = |after: i64| -> rusqlite::Result<Vec<Row>> {
        let mut stmt = conn.prepare_cached(&c.select)?;
        let rows = stmt.query_map(params![after, BATCH], |r| read_row_named(r, owners))?;
        rows.collect()
    };
    let mut batch = read(i64::MIN)?;
    let mut pending: Vec<(i64, String)> = Vec::new();
    loop {
        let Some(last) = batch.last().map(|r| r.rowid) else {
            return write_updates(pending);
        };
        let full = batch.len() as i64 >= BATCH;
        let previous = std::mem::take(&mut pending);
        // While the cores work on this batch, this thread writes the last
        // one's updates, or (when only reading) reads the next batch.
        // Measured: reading ahead as well as writing slows a rotation (the
        // two compete for this thread while the cores are busy).
        let (results, (written, ahead)) = across_cores(
            &batch,
            |r| visit_row(c, r, generic_too, f),
            || {
                let written = write_updates(previous);
                let ahead = (!write && full).then(|| read(last));
                (written, ahead)
            },
        );
        written?;
        let next = match ahead {
            Some(next) => next?,
            None if full => read(last)?,
            None => Vec::new(),
        };
        if write {
            pending = batch
                .iter()
                .zip(results)
                .filter_map(|(row, new)| new.map(|n| (row.rowid, n)))
                .collect();
        }
        batch = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_print_dashed() {
        assert_eq!(
            dashed_uuid("f9cce3c66e4e4197970e86fdb7512c4d"),
            "f9cce3c6-6e4e-4197-970e-86fdb7512c4d"
        );
        assert_eq!(dashed_uuid("not-an-id"), "not-an-id");
    }
}
