//! A Langflow database on PostgreSQL, read side: its schema and revision,
//! the counts `db check` reports, and every encrypted value, walked as on
//! SQLite. Writes on PostgreSQL are not served yet (exit 7).

use std::cell::RefCell;
use std::collections::BTreeSet;

use super::connect;
use super::url::Target;
use crate::storage::{ApiKeys, Described, Users, Variables};
use crate::storage::{Counts, Result, Schema, StorageError};

/// A failed statement: the server's own message (it names no password),
/// told apart where the operator's next step differs.
pub(crate) fn server_sql(at: &str, e: postgres::Error) -> StorageError {
    use postgres::error::SqlState;
    let at = at.to_owned();
    let io = std::error::Error::source(&e).is_some_and(|s| s.is::<std::io::Error>());
    let shut_down = e.code().is_some_and(|c| {
        [
            SqlState::ADMIN_SHUTDOWN,
            SqlState::CRASH_SHUTDOWN,
            SqlState::CANNOT_CONNECT_NOW,
        ]
        .contains(c)
    });
    if let Some(seconds) = super::relay::stalled() {
        return StorageError::ServerSilent { at, seconds };
    }
    if e.is_closed() || io || shut_down {
        return StorageError::ServerLost { at };
    }
    let reason = e
        .as_db_error()
        .map(|d| d.message().to_owned())
        .unwrap_or_else(|| e.to_string());
    match e.code() {
        Some(c) if *c == SqlState::LOCK_NOT_AVAILABLE || *c == SqlState::QUERY_CANCELED => {
            StorageError::ServerBusy { at, reason }
        }
        Some(c) if *c == SqlState::INSUFFICIENT_PRIVILEGE => {
            StorageError::ServerDenied { at, reason }
        }
        Some(c) if *c == SqlState::READ_ONLY_SQL_TRANSACTION => {
            StorageError::ServerDenied { at, reason }
        }
        _ => StorageError::ServerSql { at, reason },
    }
}

/// The transaction-scoped advisory lock every administrative write takes
/// ("flowwrit" in ASCII); the key-change locks are in `secrets.rs`.
pub(crate) const ADMIN_LOCK: i64 = 0x666C_6F77_7772_6974;
/// How long an administrative write waits for a lock (the advisory lock,
/// a row Langflow's route holds).
const ADMIN_WAIT: &str = "30s";

pub struct PgDatabase {
    pub(super) client: RefCell<postgres::Client>,
    at: String,
    dbname: String,
    schema: Schema,
    /// The sessions a key change's transaction held back, as seen just
    /// before its commit: their writes land right after it.
    pub(super) held_back: RefCell<Vec<i32>>,
}

impl PgDatabase {
    /// Connects and reads the schema (tables of the current schema and
    /// their columns, then the Alembic revision).
    pub fn open(target: &Target) -> Result<PgDatabase> {
        let mut client = connect::connect(target)?;
        let at = target.describe();
        let sql_error = |e| server_sql(&at, e);
        let mut schema = Schema::default();
        let rows = client
            .query_typed(
                // pg_catalog, not information_schema: the same tables and
                // columns (of the first schema on the search path), about
                // ten times cheaper for the server to plan and run.
                "SELECT c.relname::text, a.attname::text FROM pg_attribute a \
                 JOIN pg_class c ON c.oid = a.attrelid \
                 WHERE c.relnamespace = current_schema()::regnamespace \
                   AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped \
                 ORDER BY 1, a.attnum",
                &[],
            )
            .map_err(sql_error)?;
        for row in rows {
            let (table, column): (String, String) = (row.get(0), row.get(1));
            schema
                .tables
                .entry(table)
                .or_insert_with(BTreeSet::new)
                .insert(column);
        }
        if schema.has_table("alembic_version") {
            schema.revisions = client
                .query_typed(
                    "SELECT version_num::text FROM alembic_version ORDER BY 1",
                    &[],
                )
                .map_err(sql_error)?
                .iter()
                .map(|r| r.get(0))
                .collect();
        }
        Ok(PgDatabase {
            client: RefCell::new(client),
            at,
            dbname: target.dbname.clone(),
            schema,
            held_back: RefCell::default(),
        })
    }

    /// The database's name on its server.
    pub fn dbname(&self) -> &str {
        &self.dbname
    }

    /// `user@host:port/dbname`, never the password.
    pub fn at(&self) -> &str {
        &self.at
    }

    pub(crate) fn sql_error(&self, e: postgres::Error) -> StorageError {
        server_sql(&self.at, e)
    }

    fn count(&self, sql: &str) -> Result<u64> {
        let n: i64 = self
            .client
            .borrow_mut()
            .query_one(sql, &[])
            .map_err(|e| self.sql_error(e))?
            .get(0);
        Ok(n as u64)
    }
}

/// One stored API key, as the key check needs it (the key is never printed).
struct KeyRow {
    user_id: String,
    stored: String,
    expires_at: Option<String>,
    active: bool,
}

/// A timestamp as the SQLite side reports it: naive UTC text.
fn time_text(at: Option<chrono::DateTime<chrono::Utc>>) -> Option<String> {
    at.map(|t| crate::storage::stored_time(t.naive_utc()))
}

/// Ids as 32 hex digits, as on SQLite (PostgreSQL's uuid text is dashed),
/// so every id a command holds has one form.
const ID: &str = "replace(%s::text, '-', '')";

fn id(col: &str) -> String {
    ID.replace("%s", col)
}

/// Every parameter declared `text` (the SQL casts where a column is not),
/// for `query_typed`: Parse, Bind and Execute go in one round trip, where
/// `query` first prepares (a second one). A command is a handful of such
/// statements, and on a remote server each round trip is the cost.
fn as_text<'a>(
    args: &'a [&'a (dyn postgres::types::ToSql + Sync)],
) -> Vec<(
    &'a (dyn postgres::types::ToSql + Sync),
    postgres::types::Type,
)> {
    args.iter()
        .map(|a| (*a, postgres::types::Type::TEXT))
        .collect()
}

impl PgDatabase {
    fn user_select(&self) -> String {
        format!(
            "SELECT {}, u.username::text, u.is_active, u.is_superuser, u.create_at, u.last_login_at, \
             (SELECT count(*) FROM apikey k WHERE k.user_id = u.id), u.password::text, {} FROM \"user\" u",
            id("u.id"),
            if self.schema.has_column("user", "retired_at") {
                "u.retired_at"
            } else {
                "NULL::timestamptz"
            }
        )
    }

    fn user_from(row: &postgres::Row) -> crate::storage::users::User {
        crate::storage::users::User {
            id: row.get(0),
            username: row.get(1),
            is_active: row.get::<_, Option<bool>>(2).unwrap_or(false),
            is_superuser: row.get::<_, Option<bool>>(3).unwrap_or(false),
            created_at: time_text(row.get(4)),
            last_login_at: time_text(row.get(5)),
            api_keys: row.get::<_, i64>(6) as u64,
            password_hash: row.get::<_, Option<String>>(7).unwrap_or_default(),
            retired_at: time_text(row.get(8)),
        }
    }

    fn users_where(
        &self,
        filter: &str,
        args: &[&(dyn postgres::types::ToSql + Sync)],
    ) -> Result<Vec<crate::storage::users::User>> {
        let sql = format!("{} {filter} ORDER BY u.username", self.user_select());
        let rows = self
            .client
            .borrow_mut()
            .query_typed(&sql, &as_text(args))
            .map_err(|e| self.sql_error(e))?;
        Ok(rows.iter().map(Self::user_from).collect())
    }

    fn variables_where(
        &self,
        filter: &str,
        args: &[&(dyn postgres::types::ToSql + Sync)],
    ) -> Result<Vec<crate::storage::variables::VariableRow>> {
        let has = |c: &str| self.schema.has_column("variable", c);
        let sql = format!(
            "SELECT {}, v.name::text, v.type::text, {}, u.username::text, {}, {}, {}, {}, v.value::text \
             FROM variable v LEFT JOIN \"user\" u ON u.id = v.user_id {filter} \
             ORDER BY u.username, v.name, v.id",
            id("v.id"),
            id("v.user_id"),
            if has("created_at") {
                "v.created_at"
            } else {
                "NULL::timestamptz"
            },
            if has("updated_at") {
                "v.updated_at"
            } else {
                "NULL::timestamptz"
            },
            if has("default_fields") {
                "v.default_fields::text"
            } else {
                "NULL::text"
            },
            if has("is_environment_managed") {
                "v.is_environment_managed"
            } else {
                "NULL::boolean"
            },
        );
        let rows = self
            .client
            .borrow_mut()
            .query(&sql, args)
            .map_err(|e| self.sql_error(e))?;
        Ok(rows
            .iter()
            .map(|r| {
                let fields: Option<String> = r.get(7);
                crate::storage::variables::VariableRow {
                    id: r.get(0),
                    name: r.get(1),
                    kind: r.get(2),
                    user_id: r.get(3),
                    owner: r.get(4),
                    created_at: time_text(r.get(5)),
                    updated_at: time_text(r.get(6)),
                    default_fields: fields
                        .as_deref()
                        .and_then(|f| serde_json::from_str(f).ok())
                        .unwrap_or_default(),
                    is_environment_managed: r.get(8),
                    stored: crate::text::Redacted(
                        r.get::<_, Option<String>>(9).unwrap_or_default(),
                    ),
                }
            })
            .collect())
    }
}

impl PgDatabase {
    /// Opens for writing: Langflow's database at a revision flowadmin knows
    /// (unless `allow_unknown_revision`), as on SQLite.
    pub fn open_for_write(target: &Target, allow_unknown_revision: bool) -> Result<PgDatabase> {
        let db = PgDatabase::open(target)?;
        db.require_langflow()?;
        if db.schema.release().is_none() && !allow_unknown_revision {
            let revision = if db.schema.revisions.is_empty() {
                "none".to_owned()
            } else {
                db.schema.revisions.join(", ")
            };
            return Err(StorageError::UnknownRevision {
                path: std::path::PathBuf::from(&db.at),
                revision,
            });
        }
        Ok(db)
    }

    /// Runs `f` in one transaction. It commits only when `f` returns
    /// `Ok(Ok(_))` and the transaction is not read-only; a refusal
    /// (`Ok(Err(_))`) or a failed statement rolls everything back.
    pub(crate) fn in_transaction<T>(
        &self,
        read_only: bool,
        f: impl FnOnce(&mut postgres::Transaction) -> std::result::Result<Result<T>, postgres::Error>,
    ) -> Result<T> {
        self.transact(read_only, !read_only, f)
    }

    /// A write transaction rolled back at the end unless `commit` (a dry run
    /// that takes every step of the real one).
    pub(crate) fn write_then<T>(
        &self,
        commit: bool,
        f: impl FnOnce(&mut postgres::Transaction) -> std::result::Result<Result<T>, postgres::Error>,
    ) -> Result<T> {
        self.transact(false, commit, f)
    }

    fn transact<T>(
        &self,
        read_only: bool,
        commit: bool,
        f: impl FnOnce(&mut postgres::Transaction) -> std::result::Result<Result<T>, postgres::Error>,
    ) -> Result<T> {
        let mut client = self.client.borrow_mut();
        let mut tx = client.transaction().map_err(|e| self.sql_error(e))?;
        if read_only {
            tx.batch_execute("SET TRANSACTION READ ONLY")
                .map_err(|e| self.sql_error(e))?;
        } else {
            // Administrative writes (users, API keys, variables, teams,
            // roles, state) of every flowadmin serialise on one lock held
            // to the end of the transaction; each reads and checks its rules
            // after taking it, so it sees what the one before committed.
            // Waits are bounded: a lock another session never releases ends
            // in an error, not a hang.
            tx.batch_execute(&format!(
                "SET LOCAL lock_timeout = '{ADMIN_WAIT}'; SELECT pg_advisory_xact_lock({ADMIN_LOCK})"
            ))
            .map_err(|e| self.sql_error(e))?;
        }
        let value = f(&mut tx).map_err(|e| self.sql_error(e))?;
        if !commit || value.is_err() {
            tx.rollback().map_err(|e| self.sql_error(e))?;
        } else {
            // No answer to a COMMIT: it may have happened.
            tx.commit().map_err(|e| match self.sql_error(e) {
                StorageError::ServerLost { at } | StorageError::ServerSilent { at, .. } => {
                    StorageError::CommitUncertain { at }
                }
                other => other,
            })?;
        }
        value
    }
}

impl PgDatabase {
    /// The rows that could store `key`: by its hash when the schema has
    /// one, else every active row (compared by the caller).
    fn key_rows(&self, key: &str, by_hash: bool) -> Result<Vec<KeyRow>> {
        let hash_filter = if by_hash {
            "api_key_hash = $1"
        } else if self.schema.has_column("apikey", "api_key_hash") {
            "api_key_hash IS NULL AND $1::text IS NOT NULL"
        } else {
            "$1::text IS NOT NULL"
        };
        let expires = if self.supports_key_expiry() {
            "expires_at"
        } else {
            "NULL::timestamptz"
        };
        let sql = format!(
            "SELECT {}, {}, api_key::text, {expires}, coalesce(is_active, false) FROM apikey WHERE {hash_filter} ORDER BY id",
            id("id"),
            id("user_id")
        );
        let digest = crate::crypto::api_key_hash(key);
        let rows = self
            .client
            .borrow_mut()
            .query_typed(&sql, &as_text(&[&digest]))
            .map_err(|e| self.sql_error(e))?;
        Ok(rows
            .iter()
            .map(|r| KeyRow {
                user_id: r.get(1),
                stored: r.get(2),
                expires_at: time_text(r.get(3)),
                active: r.get(4),
            })
            .collect())
    }

    fn matches(stored: &str, key: &str, keyring: Option<&crate::crypto::Keyring>) -> bool {
        stored == key
            || keyring
                .and_then(|k| k.decrypt(stored))
                .is_some_and(|(_, plain)| plain.as_slice() == key.as_bytes())
    }
}

impl Users for PgDatabase {
    fn plan_user_delete(&self, user_id: &str) -> Result<crate::storage::delete::DeletePlan> {
        self.plan_delete(user_id)
    }

    fn execute_user_delete(
        &mut self,
        user_id: &str,
        plan: &crate::storage::delete::DeletePlan,
    ) -> Result<()> {
        self.delete_as_planned(user_id, plan)
    }

    fn list_users(&self) -> Result<Vec<crate::storage::users::User>> {
        self.users_where("", &[])
    }

    /// The user named exactly `name`, else the one whose name matches it
    /// with the database's own `lower()` (Langflow's unique index).
    fn find_user(&self, name: &str) -> Result<Option<crate::storage::users::User>> {
        let mut exact = self.users_where("WHERE u.username = $1", &[&name])?;
        if let Some(user) = exact.pop() {
            return Ok(Some(user));
        }
        let mut folded = self.users_where("WHERE lower(u.username) = lower($1)", &[&name])?;
        match folded.len() {
            0 | 1 => Ok(folded.pop()),
            count => Err(StorageError::AmbiguousUser {
                name: name.to_owned(),
                count,
                list: folded
                    .iter()
                    .map(|u| u.username.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }
}

impl ApiKeys for PgDatabase {
    fn key_storage(&self) -> crate::storage::apikeys::KeyStorage {
        use crate::storage::apikeys::KeyStorage;
        if self.schema.has_column("apikey", "api_key_hash") {
            return KeyStorage::EncryptedWithHash;
        }
        match self.schema.release() {
            Some(r) if r >= crate::storage::Release::V1_8 => KeyStorage::Encrypted,
            _ => KeyStorage::Plaintext,
        }
    }

    fn supports_key_expiry(&self) -> bool {
        self.schema.has_column("apikey", "expires_at")
    }

    /// Calls `f` with each key, newest first, as the rows arrive (not all
    /// of them held at once).
    fn visit_api_keys(
        &self,
        user_id: Option<&str>,
        f: &mut dyn FnMut(crate::storage::apikeys::ApiKeyRow),
    ) -> Result<()> {
        use postgres::fallible_iterator::FallibleIterator;
        let col = |c: &str| {
            if self.schema.has_column("apikey", c) {
                format!("k.{c}")
            } else {
                "NULL::timestamptz".into()
            }
        };
        let sql = format!(
            "SELECT {}, k.name::text, {}, u.username::text, {}, {}, coalesce(k.total_uses, 0)::bigint, \
             coalesce(k.is_active, false), {}, k.api_key::text \
             FROM apikey k LEFT JOIN \"user\" u ON u.id = k.user_id \
             WHERE ($1::text IS NULL OR k.user_id = $1::text::uuid) ORDER BY k.created_at DESC, k.id",
            id("k.id"),
            id("k.user_id"),
            col("created_at"),
            col("last_used_at"),
            col("expires_at")
        );
        let mut client = self.client.borrow_mut();
        let mut rows = client
            .query_typed_raw(&sql, [(user_id, postgres::types::Type::TEXT)])
            .map_err(|e| self.sql_error(e))?;
        while let Some(r) = rows.next().map_err(|e| self.sql_error(e))? {
            f(crate::storage::apikeys::ApiKeyRow {
                id: r.get(0),
                name: r.get(1),
                user_id: r.get(2),
                owner: r.get(3),
                created_at: time_text(r.get(4)),
                last_used_at: time_text(r.get(5)),
                total_uses: r.get(6),
                is_active: r.get(7),
                expires_at: time_text(r.get(8)),
                stored: crate::text::Redacted(r.get(9)),
            });
        }
        Ok(())
    }

    /// The id of the row that stores `key`, active or not.
    fn find_api_key_by_secret(
        &self,
        key: &str,
        keyring: Option<&crate::crypto::Keyring>,
    ) -> Result<Option<String>> {
        let sql = format!(
            "SELECT {}, api_key::text, api_key_hash::text FROM apikey ORDER BY id",
            id("id")
        );
        let has_hash = self.schema.has_column("apikey", "api_key_hash");
        let sql = if has_hash {
            sql
        } else {
            format!(
                "SELECT {}, api_key::text, NULL::text FROM apikey ORDER BY id",
                id("id")
            )
        };
        let digest = crate::crypto::api_key_hash(key);
        let rows = self
            .client
            .borrow_mut()
            .query(&sql, &[])
            .map_err(|e| self.sql_error(e))?;
        Ok(rows
            .iter()
            .find(|r| {
                r.get::<_, Option<String>>(2).as_deref() == Some(digest.as_str())
                    || Self::matches(&r.get::<_, String>(1), key, keyring)
            })
            .map(|r| r.get(0)))
    }

    /// The owner of `key` when Langflow would accept it (see the SQLite twin).
    fn authenticate_api_key(
        &self,
        key: &str,
        keyring: Option<&crate::crypto::Keyring>,
    ) -> Result<Option<crate::storage::users::User>> {
        if key.is_empty() {
            return Ok(None);
        }
        let has_hash = self.schema.has_column("apikey", "api_key_hash");
        let mut candidates: Vec<_> = if has_hash {
            self.key_rows(key, true)?
                .into_iter()
                .filter(|r| r.active)
                .collect()
        } else {
            Vec::new()
        };
        if candidates.len() > 1 {
            return Ok(None); // Langflow refuses a hash shared by several keys
        }
        if candidates.is_empty() {
            candidates = self
                .key_rows(key, false)?
                .into_iter()
                .filter(|r| r.active && Self::matches(&r.stored, key, keyring))
                .take(1)
                .collect();
        }
        let Some(KeyRow {
            user_id,
            expires_at,
            ..
        }) = candidates.pop()
        else {
            return Ok(None);
        };
        if expires_at
            .as_deref()
            .is_some_and(crate::storage::users::is_past)
        {
            return Ok(None);
        }
        let user = self
            .users_where("WHERE replace(u.id::text, '-', '') = $1", &[&user_id])?
            .pop();
        Ok(user.filter(|u| u.is_active))
    }
}

impl Variables for PgDatabase {
    fn list_variables(
        &self,
        user_id: Option<&str>,
    ) -> Result<Vec<crate::storage::variables::VariableRow>> {
        match user_id {
            Some(uid) => self.variables_where("WHERE v.user_id = $1::text::uuid", &[&uid]),
            None => self.variables_where("", &[]),
        }
    }

    fn find_variables(
        &self,
        user_id: &str,
        name: &str,
    ) -> Result<Vec<crate::storage::variables::VariableRow>> {
        self.variables_where(
            "WHERE v.user_id = $1::text::uuid AND v.name = $2",
            &[&user_id, &name],
        )
    }
}

impl Described for PgDatabase {
    fn kind(&self) -> crate::storage::contract::Kind {
        crate::storage::contract::Kind::Postgres
    }

    fn schema(&self) -> &Schema {
        &self.schema
    }

    fn location(&self) -> String {
        self.at.clone()
    }

    fn journal_mode(&self) -> Result<String> {
        Ok("server (PostgreSQL)".to_owned())
    }

    fn require_langflow(&self) -> Result<()> {
        if self.schema.is_langflow() {
            return Ok(());
        }
        if self.schema.tables.is_empty() {
            return Err(StorageError::NoSchemaYet(format!(
                "the PostgreSQL database {}",
                self.at
            )));
        }
        Err(StorageError::NotLangflowServer {
            at: self.at.clone(),
            what: "a database, but not Langflow's (no alembic_version, user, apikey and variable tables)",
        })
    }

    fn counts(&self) -> Result<Counts> {
        let mut variables_by_type = std::collections::BTreeMap::new();
        if self.schema.has_table("variable") {
            let rows = self
                .client
                .borrow_mut()
                .query(
                    "SELECT coalesce(type::text, '(none)'), count(*) FROM variable GROUP BY 1 ORDER BY 1",
                    &[],
                )
                .map_err(|e| self.sql_error(e))?;
            for row in rows {
                variables_by_type.insert(row.get::<_, String>(0), row.get::<_, i64>(1) as u64);
            }
        }
        Ok(Counts {
            users: self.count("SELECT count(*) FROM \"user\"")?,
            superusers: self.count("SELECT count(*) FROM \"user\" WHERE is_superuser")?,
            inactive_users: self.count("SELECT count(*) FROM \"user\" WHERE NOT is_active")?,
            api_keys: self.count("SELECT count(*) FROM apikey")?,
            variables_by_type,
        })
    }
}
