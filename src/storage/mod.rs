//! The Langflow database: opening it safely, reading its schema and revision,
//! and the queries commands need. Commands call these typed functions and
//! never build SQL themselves.

pub mod apikeys;
pub mod authz;
pub mod contract;
pub mod delete;
pub mod error;
pub mod flowfile;
pub mod pg;
pub mod pyjson;
mod revisions;
pub mod sealed;
pub mod secrets;
pub mod users;
pub mod variables;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};
#[cfg(unix)]
use std::os::unix::fs::PermissionsExt;

pub use contract::{ApiKeys, Backend, Described, KeyChange, Users, Variables};
pub use error::{Result, StorageError};

/// How long to wait on another process's lock before saying it is locked.
const BUSY_TIMEOUT: Duration = Duration::from_millis(2_000);

/// The Langflow release whose migrations produced an Alembic revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Release {
    pub major: u16,
    pub minor: u16,
}

impl std::fmt::Display for Release {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

impl Release {
    pub const V1_8: Release = Release { major: 1, minor: 8 };
}

/// The release that introduced `revision`, from the table generated out of
/// the published langflow-base wheels (`scripts/gen_revisions.py`).
pub fn release_of(revision: &str) -> Option<Release> {
    revisions::REVISIONS
        .iter()
        .find(|(rev, _)| *rev == revision)
        .map(|(_, release)| *release)
}

/// Whether `revision` is the head of a published release.
pub fn is_release_head(revision: &str) -> Option<Release> {
    revisions::HEADS
        .iter()
        .find(|(_, heads)| heads.contains(&revision))
        .map(|(release, _)| *release)
}

/// An open database.
pub struct Database {
    conn: Connection,
    path: PathBuf,
    schema: Schema,
}

/// What the database has: tables, their columns and its Alembic revision.
#[derive(Debug, Clone, Default)]
pub struct Schema {
    pub tables: BTreeMap<String, BTreeSet<String>>,
    pub revisions: Vec<String>,
}

impl Schema {
    pub fn has_table(&self, table: &str) -> bool {
        self.tables.contains_key(table)
    }

    pub fn has_column(&self, table: &str, column: &str) -> bool {
        self.tables.get(table).is_some_and(|c| c.contains(column))
    }

    /// Langflow's: it has Alembic's table and Langflow's core tables.
    pub fn is_langflow(&self) -> bool {
        ["alembic_version", "user", "apikey", "variable"]
            .iter()
            .all(|t| self.has_table(t))
    }

    pub fn revision(&self) -> Option<&str> {
        match self.revisions.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// The release whose rules apply, when the revision is known.
    pub fn release(&self) -> Option<Release> {
        self.revision().and_then(release_of)
    }

    /// Up to 1.7 Langflow encrypted Generic variables too.
    pub fn encrypts_generic_variables(&self) -> bool {
        self.release().is_some_and(|r| r < Release::V1_8)
    }
}

pub(crate) fn db_error(path: &Path, err: rusqlite::Error) -> StorageError {
    let path = path.to_path_buf();
    if let rusqlite::Error::SqliteFailure(e, _) = &err {
        return match e.code {
            ErrorCode::NotADatabase => StorageError::NotSqlite(path),
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => StorageError::Locked(path),
            ErrorCode::ReadOnly => StorageError::ReadOnly { path, reason: None },
            ErrorCode::CannotOpen | ErrorCode::PermissionDenied => StorageError::CannotOpen(path),
            ErrorCode::DatabaseCorrupt => StorageError::Corrupt(path),
            _ => StorageError::Sql { path, source: err },
        };
    }
    StorageError::Sql { path, source: err }
}

impl Database {
    /// Opens an existing database for reading only, leaving the disk as it
    /// was: no write is possible (`query_only`), and no `-wal`/`-shm` file is
    /// left behind.
    pub fn open_read_only(path: &Path) -> Result<Database> {
        let conn = Self::read_only_connection(path)?;
        Self::finish_open(conn, path)
    }

    /// Whether the SQLite file at `path` has every one of `tables`, read as
    /// [`Database::open_read_only`] reads (nothing left behind), without
    /// reading the schema's columns: a cheap look before choosing a product.
    pub fn has_tables(path: &Path, tables: &[&str]) -> bool {
        let Ok(conn) = Self::read_only_connection(path) else {
            return false;
        };
        tables.iter().all(|t| {
            conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
                [t],
                |r| r.get::<_, bool>(0),
            )
            .unwrap_or(false)
        })
    }

    fn read_only_connection(path: &Path) -> Result<Connection> {
        check_is_file(path)?;
        let ro = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = if wal_path(path).exists() {
            // A live (or crashed) writer's WAL: read through it, as it stands.
            Self::try_open(path, ro, false)?
        } else if sibling_exists(path, "-journal") && is_writable(path) {
            // A rollback journal a crashed writer left must be rolled back
            // before the file reads consistently: only a writer can.
            let rw = OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let conn = Self::try_open(path, rw, false)?;
            conn.pragma_update(None, "query_only", true)
                .map_err(|e| db_error(path, e))?;
            conn
        } else {
            // No WAL and no journal pending: the main file is the whole
            // database. Read as immutable, which writes nothing at all: no
            // -wal/-shm made and removed (a read-only connection would make
            // them and leave them behind), no folder changed, so a command
            // that only reads never writes, and a kill leaves nothing. A
            // writer starting meanwhile writes to its new WAL, not to the
            // file read here.
            Self::try_open(path, ro, true)?
        };
        Ok(conn)
    }

    /// Opens a Langflow database for writing. Refuses a revision flowadmin
    /// does not know (its rules may differ) unless `allow_unknown_revision`.
    /// Every write then runs in one IMMEDIATE transaction.
    pub fn open_for_write(path: &Path, allow_unknown_revision: bool) -> Result<Database> {
        let db = Self::open_writable_file(path)?;
        db.require_langflow()?;
        if db.schema.release().is_none() && !allow_unknown_revision {
            return Err(db.unknown_revision());
        }
        Ok(db)
    }

    /// Opens a Flowfile database for writing, at a release flowadmin knows
    /// (unless `allow_unknown_revision`).
    pub(crate) fn open_flowfile_for_write(
        path: &Path,
        allow_unknown_revision: bool,
    ) -> Result<Database> {
        let db = Self::open_writable_file(path)?;
        db.require_flowfile()?;
        if db.schema.flowfile_release().is_none() && !allow_unknown_revision {
            return Err(db.unknown_revision());
        }
        Ok(db)
    }

    fn unknown_revision(&self) -> StorageError {
        StorageError::UnknownRevision {
            path: self.path.clone(),
            revision: if self.schema.revisions.is_empty() {
                "none".to_owned()
            } else {
                self.schema.revisions.join(", ")
            },
        }
    }

    /// Any SQLite file, opened to write, or refused before anything changes.
    fn open_writable_file(path: &Path) -> Result<Database> {
        check_is_file(path)?;
        // Refused before SQLite opens it: a connection that cannot write
        // would still create -wal and -shm files owned by this user, which
        // the service user could then not write.
        if let Err(e) = std::fs::OpenOptions::new().write(true).open(path) {
            return Err(StorageError::ReadOnly {
                path: path.to_path_buf(),
                reason: Some(crate::error::io_reason(&e)),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Self::try_open(path, flags, false)?;
        let db = Self::finish_open(conn, path)?;
        if db.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
            return Err(StorageError::ReadOnly {
                path: path.to_path_buf(),
                reason: None,
            });
        }
        Ok(db)
    }

    fn try_open(path: &Path, flags: OpenFlags, immutable: bool) -> Result<Connection> {
        let conn = if immutable {
            let uri = format!("file:{}?immutable=1", uri_escape(path));
            Connection::open_with_flags(uri, flags)
        } else {
            Connection::open_with_flags(path, flags)
        }
        .map_err(|e| db_error(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| db_error(path, e))?;
        // As Langflow runs SQLite (the bundled SQLite defaults this to on):
        // references are kept by the application, see storage::delete.
        conn.pragma_update(None, "foreign_keys", false)
            .map_err(|e| db_error(path, e))?;
        // Reading the schema is the first real access: a bad header, a lock
        // or a missing -shm shows up here.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
            .map_err(|e| db_error(path, e))?;
        Ok(conn)
    }

    fn finish_open(conn: Connection, path: &Path) -> Result<Database> {
        let schema = read_schema(&conn).map_err(|e| db_error(path, e))?;
        Ok(Database {
            conn,
            path: path.to_path_buf(),
            schema,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    /// Rows in `table`, or `None` when the schema lacks it (storage's own
    /// filters only: no caller outside storage passes SQL).
    pub(crate) fn count(&self, table: &str, filter: Option<&str>) -> Result<Option<u64>> {
        if !self.schema.has_table(table) {
            return Ok(None);
        }
        let sql = match filter {
            Some(f) => format!("SELECT count(*) FROM \"{table}\" WHERE {f}"),
            None => format!("SELECT count(*) FROM \"{table}\""),
        };
        self.conn
            .query_row(&sql, [], |r| r.get::<_, i64>(0))
            .map(|n| Some(n as u64))
            .map_err(|e| db_error(&self.path, e))
    }
}

/// What can stop a write: the database itself (mapped to a typed error once,
/// in [`Database::write`]) or a rule found inside the transaction.
pub(crate) enum TxError {
    Sql(rusqlite::Error),
    Refused(StorageError),
}

impl From<rusqlite::Error> for TxError {
    fn from(e: rusqlite::Error) -> Self {
        TxError::Sql(e)
    }
}

impl From<StorageError> for TxError {
    fn from(e: StorageError) -> Self {
        TxError::Refused(e)
    }
}

pub(crate) type TxResult<T> = std::result::Result<T, TxError>;

impl Database {
    /// Runs `f` in one IMMEDIATE transaction (the write lock taken first, so
    /// nothing read inside can change before the commit) and commits when it
    /// returns `Ok`; an error rolls everything back.
    pub(crate) fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction, &Schema) -> TxResult<T>,
    ) -> Result<T> {
        self.write_then(true, f)
    }

    /// [`Database::write`], rolled back at the end when `commit` is false (a
    /// dry run that takes every step of the real one).
    pub(crate) fn write_then<T>(
        &mut self,
        commit: bool,
        f: impl FnOnce(&rusqlite::Transaction, &Schema) -> TxResult<T>,
    ) -> Result<T> {
        let path = &self.path;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| db_error(path, e))?;
        let value = f(&tx, &self.schema).map_err(|e| match e {
            TxError::Sql(e) => db_error(path, e),
            TxError::Refused(e) => e,
        })?;
        if commit {
            tx.commit().map_err(|e| db_error(path, e))?;
        } else {
            tx.rollback().map_err(|e| db_error(path, e))?;
        }
        Ok(value)
    }

    /// Deletes exactly one row by id, or nothing (`gone` says what vanished).
    pub(crate) fn delete_one(
        &mut self,
        table: &'static str,
        id: impl rusqlite::ToSql,
        gone: &'static str,
    ) -> Result<()> {
        self.write(|tx, _| {
            let n = tx.execute(&format!("DELETE FROM \"{table}\" WHERE id = ?1"), [id])?;
            if n != 1 {
                return Err(StorageError::Vanished(gone).into());
            }
            Ok(())
        })
    }
}

impl Database {
    /// Takes and keeps an exclusive lock for as long as this connection is
    /// open, if no other process has the database open (even idle, as a
    /// running Langflow does). Returns false, holding nothing, when another
    /// process has it.
    pub fn try_lock_exclusive(&mut self) -> Result<bool> {
        let path = self.path.clone();
        let err = |e| db_error(&path, e);
        self.conn
            .busy_timeout(Duration::from_millis(0))
            .map_err(err)?;
        self.conn
            .pragma_update(None, "locking_mode", "EXCLUSIVE")
            .map_err(err)?;
        let locked = self.conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;");
        self.conn.busy_timeout(BUSY_TIMEOUT).map_err(err)?;
        match locked {
            Ok(()) => Ok(true),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(e.code, ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) =>
            {
                // Share the file as before: the others keep reading and writing.
                let _ = self.conn.execute_batch("ROLLBACK");
                self.conn
                    .pragma_update(None, "locking_mode", "NORMAL")
                    .map_err(err)?;
                Ok(false)
            }
            Err(e) => Err(err(e)),
        }
    }

    /// An online backup of the whole database to a new file, written under
    /// a temp name and renamed only when complete, so a kill never leaves a
    /// file that looks like a backup but is not one. It holds every secret
    /// the database holds: mode 0600, owned like its folder.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let tmp = tempfile::Builder::new()
            .prefix(&crate::keyfile::backup_temp_prefix(&self.path))
            .permissions(std::fs::Permissions::from_mode(0o600))
            .tempfile_in(dir)
            .map_err(|e| {
                StorageError::file(format!("cannot create a backup in {}", dir.display()), &e)
            })?;
        let mut dst = Connection::open(tmp.path()).map_err(|e| db_error(target, e))?;
        let backup =
            rusqlite::backup::Backup::new(&self.conn, &mut dst).map_err(|e| db_error(target, e))?;
        backup
            .run_to_completion(1024, Duration::from_millis(0), None)
            .map_err(|e| db_error(target, e))?;
        drop(backup);
        dst.close().map_err(|(_, e)| db_error(target, e))?;
        let file_error = |e: std::io::Error| StorageError::file(target.display().to_string(), &e);
        tmp.as_file().sync_all().map_err(file_error)?;
        if let Some(owner) = crate::keyfile::Owner::new_in(dir) {
            owner.apply(tmp.as_file()).map_err(file_error)?;
        }
        tmp.persist_noclobber(target).map_err(|e| {
            StorageError::file(
                format!("cannot create the backup {}", target.display()),
                &e.error,
            )
        })?;
        sync_folder_of(target)
    }
}

/// Anything whose encrypted values can be walked.
pub trait SecretSource {
    fn visit_secrets(&self, f: &(dyn Fn(&secrets::Slot) + Sync)) -> Result<()>;
    /// Up to `limit` values from the first rows of each column.
    fn sample_secrets(&self, limit: usize) -> Result<Vec<(crate::crypto::Cipher, String)>>;
    /// The file behind it, when it is a file (for cleaning up beside it).
    fn file(&self) -> Option<&Path>;
    /// Before a write that encrypts reads and checks its key: holds the
    /// database's own key-use lock shared until the command ends, so a key
    /// change from another host waits for it, and it for a key change (a
    /// file's lock beside the key covers SQLite, which one host serves).
    fn hold_key_use(&self) -> Result<()> {
        Ok(())
    }
}

impl SecretSource for Database {
    fn visit_secrets(&self, f: &(dyn Fn(&secrets::Slot) + Sync)) -> Result<()> {
        Database::visit_secrets(self, f)
    }

    fn sample_secrets(&self, limit: usize) -> Result<Vec<(crate::crypto::Cipher, String)>> {
        Database::sample_secrets(self, limit)
    }

    fn file(&self) -> Option<&Path> {
        Some(self.path())
    }
}

impl SecretSource for pg::db::PgDatabase {
    fn visit_secrets(&self, f: &(dyn Fn(&secrets::Slot) + Sync)) -> Result<()> {
        pg::db::PgDatabase::visit_secrets(self, f)
    }

    fn sample_secrets(&self, limit: usize) -> Result<Vec<(crate::crypto::Cipher, String)>> {
        pg::db::PgDatabase::sample_secrets(self, limit)
    }

    fn file(&self) -> Option<&Path> {
        None
    }

    fn hold_key_use(&self) -> Result<()> {
        pg::db::PgDatabase::hold_key_use(self)
    }
}

/// A Langflow database on either backend, opened for reading: what a
/// command that only reads holds, without knowing which backend it is.
// One per process, made once and never moved in a loop: boxing buys nothing.
#[allow(clippy::large_enum_variant)]
pub enum Store {
    Sqlite(Database),
    Postgres(pg::db::PgDatabase),
}

// Commands hold a `Store` and call the contract's traits through it,
// without matching on the backend.
impl std::ops::Deref for Store {
    type Target = dyn Backend;

    fn deref(&self) -> &(dyn Backend + 'static) {
        match self {
            Store::Sqlite(db) => db,
            Store::Postgres(db) => db,
        }
    }
}

impl std::ops::DerefMut for Store {
    fn deref_mut(&mut self) -> &mut (dyn Backend + 'static) {
        match self {
            Store::Sqlite(db) => db,
            Store::Postgres(db) => db,
        }
    }
}

/// An SQL identifier, quoted (the same on both backends; `"user"` needs it
/// on PostgreSQL, where it is a reserved word).
pub(crate) fn quote_ident(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

/// A new row id as Langflow writes it: a UUID4 as 32 lowercase hex digits.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// A datetime as Langflow stores it on SQLite: naive UTC
/// `YYYY-MM-DD HH:MM:SS.ffffff`.
pub fn stored_time(at: chrono::NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M:%S%.6f").to_string()
}

/// Now, as Langflow stores datetimes ([`stored_time`]).
pub fn now_text() -> String {
    stored_time(chrono::Utc::now().naive_utc())
}

/// The figures `db check` reports.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Counts {
    pub users: u64,
    pub superusers: u64,
    pub inactive_users: u64,
    pub api_keys: u64,
    pub variables_by_type: BTreeMap<String, u64>,
}

fn check_is_file(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => Ok(()),
        Ok(_) => Err(StorageError::NotAFile {
            path: path.to_path_buf(),
            what: crate::outfile::Node::followed(path).noun(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(StorageError::Missing(path.to_path_buf()))
        }
        Err(e) => Err(StorageError::Unreachable {
            path: path.to_path_buf(),
            reason: crate::error::io_reason(&e),
        }),
    }
}

/// Makes a new file's folder entry durable.
fn sync_folder_of(path: &Path) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| StorageError::file(format!("cannot sync the folder {}", dir.display()), &e))
}

fn is_writable(path: &Path) -> bool {
    std::fs::OpenOptions::new().write(true).open(path).is_ok()
        && path
            .parent()
            .map(|d| {
                if d.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    d
                }
            })
            .and_then(|d| std::fs::metadata(d).ok())
            .is_some_and(|m| !m.permissions().readonly())
}

fn sibling_exists(path: &Path, suffix: &str) -> bool {
    let mut os = path.as_os_str().to_owned();
    os.push(suffix);
    Path::new(&os).exists()
}

fn wal_path(path: &Path) -> PathBuf {
    let mut os = path.as_os_str().to_owned();
    os.push("-wal");
    PathBuf::from(os)
}

fn uri_escape(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '?' | '#' | '%' => out.push_str(&format!("%{:02X}", c as u32)),
            _ => out.push(c),
        }
    }
    out
}

fn read_schema(conn: &Connection) -> rusqlite::Result<Schema> {
    let mut schema = Schema::default();
    let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?;
    let names: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for name in names {
        let mut cols = conn.prepare("SELECT name FROM pragma_table_info(?1)")?;
        let columns = cols
            .query_map([&name], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<BTreeSet<_>>>()?;
        schema.tables.insert(name, columns);
    }
    if schema.has_table("alembic_version") {
        let mut stmt = conn.prepare("SELECT version_num FROM alembic_version ORDER BY 1")?;
        schema.revisions = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(schema)
}

/// Creates a scratch database with Langflow 1.13's user, apikey, variable and
/// folder tables (the DDL of a real 1.13 database), in WAL mode, at the 1.13
/// head revision. Refuses an existing file.
pub fn init_scratch(path: &Path) -> Result<()> {
    if path.exists() {
        return Err(StorageError::Exists(path.to_path_buf()));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(StorageError::NoFolder(dir.to_path_buf()));
    }
    // Build in a temp file beside the target, then rename: a failure leaves nothing behind.
    let tmp = tempfile::Builder::new()
        .prefix(".flowadmin-init-")
        .tempfile_in(dir)
        .map_err(|e| {
            StorageError::file(format!("cannot create a file in {}", dir.display()), &e)
        })?;
    let tmp_path = tmp.path().to_path_buf();
    {
        let err = |e| db_error(&tmp_path, e);
        let mut conn = Connection::open(&tmp_path).map_err(err)?;
        let tx = conn.transaction().map_err(err)?;
        tx.execute_batch(include_str!("ddl_1_13.sql"))
            .map_err(err)?;
        tx.execute(
            "INSERT INTO alembic_version (version_num) VALUES (?1)",
            [revisions::HEADS.last().expect("heads").1[0]],
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        // WAL as Langflow runs it; checkpointed on close so the file stands alone.
        conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))
            .map_err(err)?;
        conn.close().map_err(|(_, e)| err(e))?;
    }
    tmp.as_file()
        .sync_all()
        .map_err(|e| StorageError::file(tmp_path.display().to_string(), &e))?;
    // A new file takes its folder's owner (under sudo too), mode 0600: the
    // database will hold secrets.
    if let Some(owner) = crate::keyfile::Owner::new_in(dir) {
        owner
            .apply(tmp.as_file())
            .map_err(|e| StorageError::file(tmp_path.display().to_string(), &e))?;
    }
    tmp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            StorageError::Exists(path.to_path_buf())
        } else {
            StorageError::file(path.display().to_string(), &e.error)
        }
    })?;
    Ok(())
}

/// What a rewrite of the encrypted values did.
pub struct Rewritten {
    pub committed: bool,
    /// The backup of the old values, when the rewrite wrote one.
    pub backup: Option<PathBuf>,
}

impl KeyChange for Database {
    fn claim_for_key_change(&mut self) -> Result<Vec<String>> {
        Ok(if self.try_lock_exclusive()? {
            Vec::new()
        } else {
            vec![format!(
                "another process has {} open",
                self.path().display()
            )]
        })
    }

    /// Nothing to wait for: the change held the file exclusively.
    fn wait_for_other_writers(&self) -> Result<()> {
        Ok(())
    }

    /// Beside the file.
    fn backup_path(&self, _config_dir: &Path, stamp: &str) -> PathBuf {
        let mut name = self.path().as_os_str().to_owned();
        name.push(format!(".backup-{stamp}"));
        PathBuf::from(name)
    }

    fn copy_before_rewrite(&self, target: &Path) -> Result<bool> {
        self.backup_to(target).map(|()| true)
    }

    fn secret_row_estimate(&self) -> Result<u64> {
        Database::secret_row_estimate(self)
    }

    fn rewrite_secrets(
        &mut self,
        f: &secrets::Visitor,
        commit_if: &mut dyn FnMut() -> bool,
        _old_values: Option<&Path>,
    ) -> Result<Rewritten> {
        Ok(Rewritten {
            committed: Database::rewrite_secrets(self, f, commit_if)?,
            backup: None,
        })
    }
}

impl KeyChange for pg::db::PgDatabase {
    fn claim_for_key_change(&mut self) -> Result<Vec<String>> {
        pg::db::PgDatabase::claim_for_key_change(self)
    }

    fn wait_for_other_writers(&self) -> Result<()> {
        pg::db::PgDatabase::wait_for_other_writers(self, Duration::from_secs(3))
    }

    /// In the config dir, named after the database (there is no file).
    fn backup_path(&self, config_dir: &Path, stamp: &str) -> PathBuf {
        config_dir.join(format!(
            "{}.backup-{stamp}.sql",
            self.dbname().replace('/', "_")
        ))
    }

    fn copy_before_rewrite(&self, _target: &Path) -> Result<bool> {
        Ok(false)
    }

    fn secret_row_estimate(&self) -> Result<u64> {
        pg::db::PgDatabase::secret_row_estimate(self)
    }

    fn rewrite_secrets(
        &mut self,
        f: &secrets::Visitor,
        commit_if: &mut dyn FnMut() -> bool,
        old_values: Option<&Path>,
    ) -> Result<Rewritten> {
        pg::db::PgDatabase::rewrite_secrets(self, f, commit_if, old_values)
    }
}

impl Described for Database {
    fn kind(&self) -> contract::Kind {
        contract::Kind::Sqlite
    }

    /// Refuses anything but a Langflow database, with a message that says so.
    fn schema(&self) -> &Schema {
        &self.schema
    }

    fn location(&self) -> String {
        self.path.display().to_string()
    }

    fn require_langflow(&self) -> Result<()> {
        if self.schema.is_langflow() {
            return Ok(());
        }
        if self.schema.tables.is_empty() {
            return Err(StorageError::NoSchemaYet(self.path.display().to_string()));
        }
        let what = {
            "a SQLite database, but not Langflow's (no alembic_version, user, apikey and variable tables)"
        };
        Err(StorageError::NotLangflow {
            path: self.path.clone(),
            what,
        })
    }

    /// The journal mode the file is in. WAL is recorded in the file's header
    /// (bytes 18-19 are 2); a connection that cannot use WAL (a read-only or
    /// immutable open) would report `delete`, so the header decides.
    fn journal_mode(&self) -> Result<String> {
        let mut header = [0u8; 20];
        let in_header = std::fs::File::open(&self.path)
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header))
            .is_ok()
            && header[18] == 2
            && header[19] == 2;
        if in_header {
            return Ok("wal".into());
        }
        self.conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(|e| db_error(&self.path, e))
    }

    /// Counts the check reports.
    fn counts(&self) -> Result<Counts> {
        let mut variables_by_type = BTreeMap::new();
        if self.schema.has_table("variable") {
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT coalesce(type, '(none)'), count(*) FROM variable GROUP BY 1 ORDER BY 1",
                )
                .map_err(|e| db_error(&self.path, e))?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
                })
                .map_err(|e| db_error(&self.path, e))?;
            for row in rows {
                let (k, v) = row.map_err(|e| db_error(&self.path, e))?;
                variables_by_type.insert(k, v);
            }
        }
        Ok(Counts {
            users: self.count("user", None)?.unwrap_or(0),
            superusers: self.count("user", Some("is_superuser = 1"))?.unwrap_or(0),
            inactive_users: self.count("user", Some("is_active = 0"))?.unwrap_or(0),
            api_keys: self.count("apikey", None)?.unwrap_or(0),
            variables_by_type,
        })
    }
}
