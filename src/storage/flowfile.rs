//! A Flowfile database (flowfile 0.23.3, Alembic head `035`; SQLite, WAL,
//! foreign keys not enforced): recognised by its tables, read for the check
//! and the secret commands, and every `$ffsec$` value wherever it is stored
//! (not only `secrets`: `notification_channels.webhook_url_encrypted` and
//! any column a later release adds) walked and, for a key rotation,
//! rewritten in one transaction. Opened through the same safe SQLite handle
//! as Langflow's ([`Database`]).

use std::collections::BTreeMap;

use rusqlite::params;

use super::{Database, Result, Schema, StorageError, db_error, quote_ident};
use crate::crypto::flowfile::PREFIX;

/// Alembic heads of the Flowfile releases flowadmin knows.
pub const KNOWN_HEADS: [(&str, &str); 1] = [("035", "0.23.3")];

const BATCH: i64 = 2_000;

/// The tables that make a database Flowfile's.
pub const FLOWFILE_TABLES: [&str; 4] = ["alembic_version", "users", "secrets", "flow_api_keys"];

impl Schema {
    /// Flowfile's: its users, secrets and API-key tables and Alembic's.
    pub fn is_flowfile(&self) -> bool {
        FLOWFILE_TABLES.iter().all(|t| self.has_table(t))
    }

    /// The Flowfile release whose head this is.
    pub fn flowfile_release(&self) -> Option<&'static str> {
        let rev = self.revision()?;
        KNOWN_HEADS.iter().find(|(h, _)| *h == rev).map(|(_, r)| *r)
    }
}

/// A Flowfile catalog: its own handle, over the same SQLite machinery as
/// Langflow's [`Database`] but with only Flowfile's queries (integer ids,
/// per-owner sealed secrets, API consumers). Opening one refuses any other
/// database.
pub struct FlowfileDb {
    db: Database,
}

impl FlowfileDb {
    /// Opens a Flowfile catalog for reading only (nothing left on disk).
    pub fn open_read_only(path: &std::path::Path) -> Result<FlowfileDb> {
        let db = Database::open_read_only(path)?;
        db.require_flowfile()?;
        Ok(FlowfileDb { db })
    }

    /// Opens a Flowfile catalog for writing, at a release flowadmin knows
    /// (unless `allow_unknown_revision`).
    pub fn open_for_write(
        path: &std::path::Path,
        allow_unknown_revision: bool,
    ) -> Result<FlowfileDb> {
        Ok(FlowfileDb {
            db: Database::open_flowfile_for_write(path, allow_unknown_revision)?,
        })
    }

    pub fn path(&self) -> &std::path::Path {
        self.db.path()
    }

    pub fn schema(&self) -> &Schema {
        self.db.schema()
    }

    /// SQLite's journal mode.
    pub fn journal_mode(&self) -> Result<String> {
        super::Described::journal_mode(&self.db)
    }

    /// An online copy of the whole file (a backup before a key change).
    pub fn backup_to(&self, target: &std::path::Path) -> Result<()> {
        self.db.backup_to(target)
    }

    /// See [`Database::try_lock_exclusive`].
    pub fn try_lock_exclusive(&mut self) -> Result<bool> {
        self.db.try_lock_exclusive()
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
    pub stored: crate::text::Redacted<String>,
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

impl Database {
    /// Refuses anything but a Flowfile database.
    pub(crate) fn require_flowfile(&self) -> Result<()> {
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
}

impl FlowfileDb {
    pub fn counts(&self) -> Result<FlowfileCounts> {
        let n = |table: &str, filter: Option<&str>| -> Result<u64> {
            Ok(self.db.count(table, filter)?.unwrap_or(0))
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

    pub fn users(&self) -> Result<Vec<FlowfileUser>> {
        let mut stmt = self
            .db
            .conn
            .prepare(
                "SELECT id, coalesce(username, ''), email, coalesce(disabled, 0), coalesce(is_admin, 0), \
                 coalesce(must_change_password, 0) FROM users ORDER BY id",
            )
            .map_err(|e| db_error(&self.db.path, e))?;
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
            .map_err(|e| db_error(&self.db.path, e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| db_error(&self.db.path, e))
    }

    /// The rows of `secrets`, optionally one user's, by owner then name.
    pub fn secrets(&self, user_id: Option<i64>) -> Result<Vec<FlowfileSecret>> {
        let mut stmt = self
            .db
            .conn
            .prepare(
                "SELECT s.id, coalesce(s.name, ''), s.user_id, u.username, coalesce(s.encrypted_value, '') \
                 FROM secrets s LEFT JOIN users u ON u.id = s.user_id \
                 WHERE ?1 IS NULL OR s.user_id = ?1 ORDER BY u.username, s.name, s.id",
            )
            .map_err(|e| db_error(&self.db.path, e))?;
        let rows = stmt
            .query_map([user_id], |r| {
                Ok(FlowfileSecret {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    user_id: r.get(2)?,
                    owner: r.get(3)?,
                    stored: crate::text::Redacted(r.get(4)?),
                })
            })
            .map_err(|e| db_error(&self.db.path, e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| db_error(&self.db.path, e))
    }

    /// Every text column that holds a `$ffsec$` value, plus
    /// `secrets.encrypted_value` whatever it holds.
    fn sealed_columns(&self) -> Result<Vec<SealedColumn>> {
        let err = |e| db_error(&self.db.path, e);
        let mut out = Vec::new();
        for table in self.db.schema.tables.keys() {
            if table.starts_with("sqlite_") || table == "alembic_version" {
                continue;
            }
            // Text columns only (a full scan each), and of `secrets` only the
            // value: its name and iv never hold one.
            let mut stmt = self
                .db
                .conn
                .prepare("SELECT name, upper(type) FROM pragma_table_info(?1)")
                .map_err(err)?;
            let columns: Vec<(String, String)> = stmt
                .query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(err)?
                .collect::<rusqlite::Result<_>>()
                .map_err(err)?;
            for (column, ty) in &columns {
                let all = table == "secrets" && column == "encrypted_value";
                let textual = ty.is_empty()
                    || ["CHAR", "TEXT", "CLOB", "JSON"]
                        .iter()
                        .any(|t| ty.contains(t));
                if !all && (!textual || table == "secrets") {
                    continue;
                }
                let sql = format!(
                    "SELECT EXISTS (SELECT 1 FROM {t} WHERE typeof({c}) = 'text' AND substr({c}, 1, {n}) = ?1)",
                    t = quote_ident(table),
                    c = quote_ident(column),
                    n = PREFIX.len()
                );
                let has: bool = self
                    .db
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

    /// Queries giving the highest user id any stored secret names: the
    /// `secrets.user_id` column and the id inside every `$ffsec$1$<id>$`.
    fn owner_id_queries(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        if self.db.schema.has_column("secrets", "user_id") {
            out.push("SELECT max(user_id) FROM secrets".to_owned());
        }
        for c in self.sealed_columns()? {
            out.push(format!(
                "SELECT max(CAST(substr({c}, {start}) AS INTEGER)) FROM {t} WHERE typeof({c}) = 'text' AND substr({c}, 1, {n}) = '{PREFIX}'",
                t = quote_ident(&c.table),
                c = quote_ident(&c.column),
                start = PREFIX.len() + 1,
                n = PREFIX.len()
            ));
        }
        Ok(out)
    }

    fn sealed_select(&self, c: &SealedColumn) -> String {
        let id = if self.db.schema.has_column(&c.table, "id") {
            "t.\"id\""
        } else {
            "t.rowid"
        };
        let name = if self.db.schema.has_column(&c.table, "name") {
            "t.\"name\""
        } else {
            "NULL"
        };
        let filter = if c.all {
            format!(
                "typeof(t.{col}) = 'text' AND t.{col} <> ''",
                col = quote_ident(&c.column)
            )
        } else {
            format!(
                "typeof(t.{col}) = 'text' AND substr(t.{col}, 1, {n}) = '{PREFIX}'",
                col = quote_ident(&c.column),
                n = PREFIX.len()
            )
        };
        format!(
            "SELECT t.rowid, {id}, {name}, t.{col} FROM {table} t WHERE t.rowid > ?1 AND {filter} ORDER BY t.rowid LIMIT ?2",
            col = quote_ident(&c.column),
            table = quote_ident(&c.table)
        )
    }

    /// Calls `f` for every encrypted value, read-only.
    pub fn visit_sealed(&self, f: &(dyn Fn(&SealedSlot) + Sync)) -> Result<()> {
        for c in self.sealed_columns()? {
            walk_sealed(&self.db.conn, &c, &self.sealed_select(&c), false, &|slot| {
                f(slot);
                None
            })
            .map_err(|e| db_error(&self.db.path, e))?;
        }
        Ok(())
    }

    /// Up to `limit` encrypted values from the first rows of each column,
    /// read-only: enough to tell whether a key belongs to this database.
    pub fn sample_sealed(&self, limit: usize) -> Result<Vec<String>> {
        let err = |e| db_error(&self.db.path, e);
        let mut found = Vec::new();
        for c in self.sealed_columns()? {
            let room = limit.saturating_sub(found.len());
            if room == 0 {
                break;
            }
            let mut stmt = self.db.conn.prepare(&self.sealed_select(&c)).map_err(err)?;
            let values = stmt
                .query_map(params![i64::MIN, room as i64], |r| r.get::<_, String>(3))
                .map_err(err)?;
            for v in values {
                found.push(v.map_err(err)?);
            }
        }
        Ok(found)
    }

    /// Rewrites values in one IMMEDIATE transaction: `f` says what each value
    /// becomes (`None`: kept); every replaced value is read back and
    /// compared; `commit_if` then decides. Returns whether it committed.
    pub fn rewrite_sealed(
        &mut self,
        f: &(dyn Fn(&SealedSlot) -> Option<String> + Sync),
        commit_if: &mut dyn FnMut() -> bool,
    ) -> Result<bool> {
        let columns = self.sealed_columns()?;
        let selects: Vec<String> = columns.iter().map(|c| self.sealed_select(c)).collect();
        self.db.rewrite_in_one_transaction(commit_if, |tx| {
            columns
                .iter()
                .zip(&selects)
                .try_for_each(|(c, select)| walk_sealed(tx, c, select, true, f))
        })
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
    type PageRow = (i64, i64, Option<String>, String);
    let read = |after: i64| -> rusqlite::Result<Vec<PageRow>> {
        let mut stmt = conn.prepare_cached(select)?;
        let rows = stmt.query_map(params![after, BATCH], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        rows.collect()
    };
    let mut after = i64::MIN;
    let mut pending: Vec<(i64, String)> = Vec::new();
    loop {
        let page = read(after)?;
        let Some(last) = page.last() else {
            return write_back(conn, c, &pending);
        };
        after = last.0;
        // While the cores decide this page, this thread writes the last
        // one's new values (as Langflow's walk does): the writer's time
        // hides behind the crypto's.
        let previous = std::mem::take(&mut pending);
        let (results, written) = super::secrets::across_cores(
            &page,
            |(_, id, name, value)| {
                f(&SealedSlot {
                    column: &c.label,
                    row_id: *id,
                    name: name.as_deref(),
                    value,
                })
            },
            || write_back(conn, c, &previous),
        );
        written?;
        if write {
            pending = page
                .iter()
                .zip(results)
                .filter_map(|(row, new)| new.map(|n| (row.0, n)))
                .collect();
        }
        if (page.len() as i64) < BATCH {
            return write_back(conn, c, &pending);
        }
    }
}

/// Writes new values by rowid, each read back (`RETURNING`) and compared.
fn write_back(
    tx: &rusqlite::Connection,
    c: &SealedColumn,
    updates: &[(i64, String)],
) -> rusqlite::Result<()> {
    if updates.is_empty() {
        return Ok(());
    }
    let update = format!(
        "UPDATE {t} SET {c} = ?1 WHERE rowid = ?2 RETURNING {c}",
        t = quote_ident(&c.table),
        c = quote_ident(&c.column)
    );
    let mut up = tx.prepare_cached(&update)?;
    for (rowid, new) in updates {
        let stored: Option<String> = up.query_row(params![new, rowid], |r| r.get(0))?;
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

/// A new Flowfile user, as Flowfile's own admin endpoint writes one.
pub struct NewFlowfileUser<'a> {
    pub username: &'a str,
    /// Flowfile's default is `<username>@flowfile.app`.
    pub email: Option<&'a str>,
    pub full_name: Option<&'a str>,
    pub password_hash: &'a str,
    pub is_admin: bool,
    pub must_change_password: bool,
}

/// The rows a Flowfile user's deletion removes, table by table.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct FlowfileDeletePlan {
    pub delete: BTreeMap<String, usize>,
}

/// Flowfile 0.23.3's credential tables keyed by `user_id`, with the
/// resource type their sharing grants name (`sharing.RESOURCE_REGISTRY`).
const PERSONAL: [(&str, &str); 5] = [
    ("secrets", "secret"),
    ("database_connections", "database_connection"),
    ("cloud_storage_connections", "cloud_connection"),
    ("google_analytics_connections", "ga_connection"),
    ("kafka_connections", "kafka_connection"),
];

/// Flowfile's reserved principal name (`sharing.INTERNAL_SERVICE_USERNAME`).
pub const RESERVED_USERNAME: &str = "_internal_service";

impl FlowfileDb {
    /// Creates a user (booleans all set: Flowfile's columns have no SQL
    /// defaults); names and emails must be unused.
    pub fn create_user(&mut self, new: &NewFlowfileUser) -> Result<FlowfileUser> {
        let email = new
            .email
            .map(str::to_owned)
            .unwrap_or_else(|| format!("{}@flowfile.app", new.username));
        let owned = self.owner_id_queries()?;
        let id = self.db.write(|tx, _| {
            let taken: Option<String> = tx
                .query_row(
                    "SELECT username FROM users WHERE username = ?1 OR email = ?2",
                    params![new.username, email],
                    |r| r.get(0),
                )
                .map(Some)
                .or_else(|e| match e {
                    rusqlite::Error::QueryReturnedNoRows => Ok(None),
                    e => Err(e),
                })?;
            if let Some(name) = taken {
                return Err(StorageError::UserExists(name).into());
            }
            // SQLite hands a new row max(id)+1, which may be a deleted
            // user's id whose secrets are still sealed under it (Flowfile
            // derives the key from the id): never an id anything names.
            let mut floor: i64 = 0;
            for sql in &owned {
                let highest: Option<i64> = tx.query_row(sql, [], |r| r.get(0))?;
                floor = floor.max(highest.unwrap_or(0));
            }
            tx.execute(
                "INSERT INTO users (id, username, email, full_name, hashed_password, disabled, is_admin, must_change_password) \
                 SELECT max(?7, coalesce(max(id), 0)) + 1, ?1, ?2, ?3, ?4, 0, ?5, ?6 FROM users",
                params![
                    new.username,
                    email,
                    new.full_name,
                    new.password_hash,
                    new.is_admin,
                    new.must_change_password,
                    floor
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.users()?
            .into_iter()
            .find(|u| u.id == id)
            .ok_or(StorageError::Vanished("user"))
    }

    /// Sets `disabled`; whether anything changed.
    pub fn set_disabled(&mut self, id: i64, disabled: bool) -> Result<bool> {
        self.db.write(|tx, _| {
            Ok(tx.execute(
                "UPDATE users SET disabled = ?1 WHERE id = ?2 AND coalesce(disabled, 0) <> ?1",
                params![disabled, id],
            )? > 0)
        })
    }

    /// A new password hash; `must_change_password` as an admin reset sets it.
    pub fn set_password(&mut self, id: i64, hash: &str, must_change: bool) -> Result<()> {
        self.db.write(|tx, _| {
            let n = tx.execute(
                "UPDATE users SET hashed_password = ?1, must_change_password = ?2 WHERE id = ?3",
                params![hash, must_change, id],
            )?;
            if n != 1 {
                return Err(StorageError::Vanished("user").into());
            }
            Ok(())
        })
    }

    /// The statements that delete a user as Flowfile's own admin endpoint
    /// does (its credential rows and their sharing grants, its group
    /// memberships, workspace projects, notification channels with their
    /// outbox and rules), plus its API keys and consumers (with their
    /// endpoint grants), so no secret, share or key is left pointing at a
    /// missing user. Catalog content stays, as in Flowfile.
    fn delete_statements(&self) -> Vec<(String, String)> {
        let has = |t: &str, c: &str| self.db.schema.has_column(t, c);
        let mut out = Vec::new();
        for (table, kind) in PERSONAL {
            if !has(table, "user_id") {
                continue;
            }
            if has("resource_grants", "resource_id") {
                out.push((
                    "resource_grants".to_owned(),
                    format!(
                        "DELETE FROM resource_grants WHERE resource_type = '{kind}' AND resource_id IN (SELECT id FROM \"{table}\" WHERE user_id = ?1)"
                    ),
                ));
            }
            out.push((
                table.to_owned(),
                format!("DELETE FROM \"{table}\" WHERE user_id = ?1"),
            ));
        }
        for (table, col) in [
            ("user_group_memberships", "user_id"),
            ("workspace_projects", "owner_id"),
        ] {
            if has(table, col) {
                out.push((
                    table.to_owned(),
                    format!("DELETE FROM \"{table}\" WHERE \"{col}\" = ?1"),
                ));
            }
        }
        if has("notification_channels", "owner_id") {
            if has("notification_outbox", "channel_id") {
                out.push((
                    "notification_outbox".to_owned(),
                    "DELETE FROM notification_outbox WHERE channel_id IN (SELECT id FROM notification_channels WHERE owner_id = ?1)".to_owned(),
                ));
            }
            if has("notification_rules", "owner_id") {
                out.push((
                    "notification_rules".to_owned(),
                    "DELETE FROM notification_rules WHERE owner_id = ?1".to_owned(),
                ));
            }
            out.push((
                "notification_channels".to_owned(),
                "DELETE FROM notification_channels WHERE owner_id = ?1".to_owned(),
            ));
        }
        if has("flow_api_keys", "owner_id") {
            let consumer =
                if has("flow_api_keys", "consumer_id") && has("api_consumers", "owner_id") {
                    " OR consumer_id IN (SELECT id FROM api_consumers WHERE owner_id = ?1)"
                } else {
                    ""
                };
            out.push((
                "flow_api_keys".to_owned(),
                format!("DELETE FROM flow_api_keys WHERE owner_id = ?1{consumer}"),
            ));
        }
        if has("api_consumers", "owner_id") {
            if has("api_consumer_endpoints", "consumer_id") {
                out.push((
                    "api_consumer_endpoints".to_owned(),
                    "DELETE FROM api_consumer_endpoints WHERE consumer_id IN (SELECT id FROM api_consumers WHERE owner_id = ?1)".to_owned(),
                ));
            }
            out.push((
                "api_consumers".to_owned(),
                "DELETE FROM api_consumers WHERE owner_id = ?1".to_owned(),
            ));
        }
        out.push((
            "users".to_owned(),
            "DELETE FROM users WHERE id = ?1".to_owned(),
        ));
        out
    }

    /// What deleting user `id` removes, counted read-only: each statement's
    /// rows are counted before any is deleted, which gives the same numbers
    /// (every subquery reads a table that is deleted from later).
    pub fn plan_delete(&self, id: i64) -> Result<FlowfileDeletePlan> {
        let mut plan = FlowfileDeletePlan::default();
        for (table, sql) in self.delete_statements() {
            let count = sql.replacen("DELETE FROM", "SELECT count(*) FROM", 1);
            let n: i64 = self
                .db
                .conn
                .query_row(&count, [id], |r| r.get(0))
                .map_err(|e| db_error(&self.db.path, e))?;
            if n > 0 {
                *plan.delete.entry(table).or_default() += n as usize;
            }
        }
        Ok(plan)
    }

    /// Deletes user `id` in one transaction; nothing if the rows differ
    /// from `plan` (someone wrote meanwhile).
    pub fn delete_user(&mut self, id: i64, plan: &FlowfileDeletePlan) -> Result<()> {
        let statements = self.delete_statements();
        self.db.write(|tx, _| {
            let mut done = FlowfileDeletePlan::default();
            for (table, sql) in &statements {
                let n = tx.execute(sql, [id])?;
                if n > 0 {
                    *done.delete.entry(table.clone()).or_default() += n;
                }
            }
            if done.delete != plan.delete {
                return Err(StorageError::Vanished("plan (rows changed since it was made)").into());
            }
            Ok(())
        })
    }

    /// What still references secret `id`: a foreign key from another table
    /// (a connection's password, a Kafka key...) or a sharing grant.
    pub fn secret_references(&self, id: i64) -> Result<Vec<String>> {
        let err = |e| db_error(&self.db.path, e);
        let mut found = Vec::new();
        for table in self.db.schema.tables.keys() {
            if table == "secrets" {
                continue;
            }
            let mut stmt = self
                .db
                .conn
                .prepare(
                    "SELECT \"from\" FROM pragma_foreign_key_list(?1) WHERE \"table\" = 'secrets'",
                )
                .map_err(err)?;
            let cols: Vec<String> = stmt
                .query_map([table], |r| r.get(0))
                .map_err(err)?
                .collect::<rusqlite::Result<_>>()
                .map_err(err)?;
            for col in cols {
                let n: i64 = self
                    .db
                    .conn
                    .query_row(
                        &format!(
                            "SELECT count(*) FROM {} WHERE {} = ?1",
                            quote_ident(table),
                            quote_ident(&col)
                        ),
                        [id],
                        |r| r.get(0),
                    )
                    .map_err(err)?;
                if n > 0 {
                    found.push(format!("{table}.{col} ({n} row(s))"));
                }
            }
        }
        if self.db.schema.has_column("resource_grants", "resource_id") {
            let n: i64 = self
                .db
                .conn
                .query_row(
                    "SELECT count(*) FROM resource_grants WHERE resource_type = 'secret' AND resource_id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .map_err(err)?;
            if n > 0 {
                found.push(format!("a share with {n} group(s) (resource_grants)"));
            }
        }
        Ok(found)
    }

    /// Creates or replaces the owner's secret `name` (`iv` is "" as Flowfile
    /// writes it); returns (id, created).
    pub fn upsert_secret(&mut self, user_id: i64, name: &str, sealed: &str) -> Result<(i64, bool)> {
        self.db.write(|tx, _| {
            let ids: Vec<i64> = {
                let mut stmt = tx.prepare("SELECT id FROM secrets WHERE user_id = ?1 AND name = ?2 ORDER BY id")?;
                stmt.query_map(params![user_id, name], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?
            };
            match ids.as_slice() {
                [] => {
                    tx.execute(
                        "INSERT INTO secrets (name, encrypted_value, iv, user_id) VALUES (?1, ?2, '', ?3)",
                        params![name, sealed, user_id],
                    )?;
                    Ok((tx.last_insert_rowid(), true))
                }
                [one] => {
                    tx.execute("UPDATE secrets SET encrypted_value = ?1 WHERE id = ?2", params![sealed, one])?;
                    Ok((*one, false))
                }
                many => Err(StorageError::DuplicateVariables {
                    name: name.to_owned(),
                    count: many.len(),
                }
                .into()),
            }
        })
    }

    /// Imports secrets `(owner id, owner name, name, sealed value)` in one
    /// transaction (rolled back when `commit` is false, or at the first
    /// refusal): all or nothing.
    pub fn import_secrets(
        &mut self,
        rows: &[(i64, &str, &str, String)],
        on_conflict: super::variables::OnConflict,
        commit: bool,
    ) -> Result<Vec<super::variables::Imported>> {
        use super::variables::{Imported, OnConflict};
        self.db.write_then(commit, |tx, _| {
            let mut find = tx.prepare("SELECT id FROM secrets WHERE user_id = ?1 AND name = ?2 ORDER BY id")?;
            let mut done = Vec::with_capacity(rows.len());
            for (user_id, owner, name, sealed) in rows {
                let ids: Vec<i64> = find
                    .query_map(params![user_id, name], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                match (ids.as_slice(), on_conflict) {
                    ([], _) => {
                        tx.execute(
                            "INSERT INTO secrets (name, encrypted_value, iv, user_id) VALUES (?1, ?2, '', ?3)",
                            params![name, sealed, user_id],
                        )?;
                        done.push(Imported::Created);
                    }
                    ([_], OnConflict::Skip) => done.push(Imported::Skipped),
                    ([_], OnConflict::Fail) => {
                        return Err(StorageError::VariableExists {
                            name: (*name).to_owned(),
                            owner: (*owner).to_owned(),
                        }
                        .into());
                    }
                    ([one], OnConflict::Overwrite) => {
                        tx.execute("UPDATE secrets SET encrypted_value = ?1 WHERE id = ?2", params![sealed, one])?;
                        done.push(Imported::Updated);
                    }
                    (many, _) => {
                        return Err(StorageError::DuplicateVariables {
                            name: (*name).to_owned(),
                            count: many.len(),
                        }
                        .into());
                    }
                }
            }
            Ok(done)
        })
    }

    pub fn delete_secret(&mut self, id: i64) -> Result<()> {
        self.db.delete_one("secrets", id, "secret")
    }
}

impl FlowfileDb {
    /// A user's stored bcrypt hash (for verifying; never printed).
    pub fn password_hash(&self, id: i64) -> Result<String> {
        self.db
            .conn
            .query_row(
                "SELECT coalesce(hashed_password, '') FROM users WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .map_err(|e| db_error(&self.db.path, e))
    }
}

/// A Flowfile API consumer: the service account keys belong to.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FlowfileConsumer {
    pub id: i64,
    pub name: String,
    pub owner_id: i64,
    pub owner: Option<String>,
    pub enabled: bool,
    /// Published endpoints it is granted (a key works only for those).
    pub endpoints: u64,
}

/// A Flowfile API key as listed: never the key, only its prefix.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FlowfileApiKey {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    pub consumer: Option<String>,
    pub owner: Option<String>,
    pub enabled: bool,
    pub created_at: Option<String>,
    pub expires_at: Option<String>,
    pub last_used_at: Option<String>,
    /// Whether its consumer exists and is enabled (a key works only then).
    #[serde(skip)]
    pub consumer_enabled: bool,
}

impl FlowfileDb {
    pub fn consumers(&self) -> Result<Vec<FlowfileConsumer>> {
        let endpoints = if self.db.schema.has_table("api_consumer_endpoints") {
            "(SELECT count(*) FROM api_consumer_endpoints e WHERE e.consumer_id = c.id)"
        } else {
            "0"
        };
        let sql = format!(
            "SELECT c.id, c.name, c.owner_id, u.username, coalesce(c.enabled, 0), {endpoints} \
             FROM api_consumers c LEFT JOIN users u ON u.id = c.owner_id ORDER BY c.name, c.id"
        );
        let mut stmt = self
            .db
            .conn
            .prepare(&sql)
            .map_err(|e| db_error(&self.db.path, e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(FlowfileConsumer {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    owner_id: r.get(2)?,
                    owner: r.get(3)?,
                    enabled: r.get::<_, i64>(4)? != 0,
                    endpoints: r.get::<_, i64>(5)? as u64,
                })
            })
            .map_err(|e| db_error(&self.db.path, e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| db_error(&self.db.path, e))
    }

    /// Keys, optionally one owner's, newest first.
    pub fn api_keys(&self, owner_id: Option<i64>) -> Result<Vec<FlowfileApiKey>> {
        let mut stmt = self
            .db
            .conn
            .prepare(
                "SELECT k.id, k.name, k.key_prefix, c.name, u.username, coalesce(k.enabled, 0), \
                 k.created_at, k.expires_at, k.last_used_at, coalesce(c.enabled, 0) \
                 FROM flow_api_keys k LEFT JOIN api_consumers c ON c.id = k.consumer_id \
                 LEFT JOIN users u ON u.id = k.owner_id \
                 WHERE ?1 IS NULL OR k.owner_id = ?1 ORDER BY k.created_at DESC, k.id DESC",
            )
            .map_err(|e| db_error(&self.db.path, e))?;
        let text = |r: &rusqlite::Row, i| -> rusqlite::Result<Option<String>> {
            use rusqlite::types::ValueRef;
            Ok(match r.get_ref(i)? {
                ValueRef::Null => None,
                ValueRef::Text(t) => Some(String::from_utf8_lossy(t).into_owned()),
                other => Some(format!("{other:?}")),
            })
        };
        let rows = stmt
            .query_map([owner_id], |r| {
                Ok(FlowfileApiKey {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    prefix: r.get(2)?,
                    consumer: r.get(3)?,
                    owner: r.get(4)?,
                    enabled: r.get::<_, i64>(5)? != 0,
                    created_at: text(r, 6)?,
                    expires_at: text(r, 7)?,
                    last_used_at: text(r, 8)?,
                    consumer_enabled: r.get::<_, i64>(9)? != 0,
                })
            })
            .map_err(|e| db_error(&self.db.path, e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| db_error(&self.db.path, e))
    }

    /// Stores a new key (its SHA-256 hash and 12-character prefix only) for
    /// a consumer, owned by the consumer's owner, as Flowfile stores one.
    pub fn insert_api_key(
        &mut self,
        consumer: &FlowfileConsumer,
        name: &str,
        hash: &str,
        prefix: &str,
        expires_at: Option<&str>,
    ) -> Result<i64> {
        self.db.write(|tx, _| {
            tx.execute(
                "INSERT INTO flow_api_keys (endpoint_id, owner_id, name, key_hash, key_prefix, enabled, expires_at, created_at, consumer_id) \
                 VALUES (NULL, ?1, ?2, ?3, ?4, 1, ?5, CURRENT_TIMESTAMP, ?6)",
                params![consumer.owner_id, name, hash, prefix, expires_at, consumer.id],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// The id of the key whose hash is `hash`.
    pub fn api_key_by_hash(&self, hash: &str) -> Result<Option<i64>> {
        self.db
            .conn
            .query_row(
                "SELECT id FROM flow_api_keys WHERE key_hash = ?1",
                [hash],
                |r| r.get(0),
            )
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(db_error(&self.db.path, e)),
            })
    }

    pub fn delete_api_key(&mut self, id: i64) -> Result<()> {
        self.db.delete_one("flow_api_keys", id, "key")
    }
}
