//! The encrypted values on PostgreSQL: the same columns and JSON fields as
//! on SQLite (`storage::secrets`), walked in keyset pages of the primary key
//! (a uuid there, and there is no rowid), and rewritten in one transaction:
//! the tables locked against other writers, each page's crypto split across
//! the cores while the previous page is written in one statement and read
//! back, and the old value of every changed row recorded in a backup file
//! that is complete on disk before the commit.

use std::io::Write;
use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::db::PgDatabase;
use crate::storage::secrets::{
    BATCH, Column, Owners, Row, SPECS, Slot, Visitor, across_cores, owner_by_id, row_labels,
    visit_row,
};
use crate::storage::{Described, Result, Rewritten, Schema, StorageError, quote_ident};

/// Why a walk stopped.
enum WalkError {
    Sql(postgres::Error),
    Backup(StorageError),
    /// A row that did not read back as written, or an id that is not a uuid.
    Check(String),
}

impl From<postgres::Error> for WalkError {
    fn from(e: postgres::Error) -> Self {
        WalkError::Sql(e)
    }
}

/// One column on PostgreSQL: the shared [`Column`] plus the statements of
/// the page walk, the batched update and its read-back.
struct PgColumn {
    col: Column,
    select: String,
    update: String,
}

/// A column's statements, prepared once for its whole walk, and the
/// portal its rows are read through.
struct Prepared {
    portal: postgres::Portal,
    update: Option<postgres::Statement>,
}

impl Prepared {
    fn new(
        tx: &mut postgres::Transaction,
        c: &PgColumn,
        write: bool,
    ) -> std::result::Result<Prepared, postgres::Error> {
        let select = tx.prepare(&c.select)?;
        Ok(Prepared {
            portal: tx.bind(&select, &[])?,
            update: if write {
                Some(tx.prepare(&c.update)?)
            } else {
                None
            },
        })
    }
}

/// The columns this schema has, with their statements. `types` gives each
/// column's SQL type (`json`, `character varying`, `text`), which the
/// batched update casts to.
fn columns(schema: &Schema, types: &dyn Fn(&str, &str) -> String) -> Vec<PgColumn> {
    SPECS
        .iter()
        .filter(|c| schema.has_column(c.table, c.column) && schema.has_column(c.table, c.id))
        .map(|spec| {
            let (name, owner, extra) = row_labels(schema, spec, "::text");
            let owner_by_id = owner_by_id(schema, spec);
            let (table, col, id) = (quote_ident(spec.table), quote_ident(spec.column), quote_ident(spec.id));
            PgColumn {
                // Read through a portal (a server-side cursor) in one
                // sequential scan: no keyset ORDER BY on a random uuid, whose
                // index order visits the heap at random once the table
                // outgrows the server's buffers. The portal keeps the
                // snapshot it was opened with, so this transaction's own
                // updates never show up in it.
                select: format!(
                    "SELECT t.{id}, {name}, {owner}, {extra}, t.{col}::text, t.ctid::text FROM {table} t WHERE t.{col} IS NOT NULL"
                ),
                // RETURNING reads back what the row now holds, in the same
                // statement (no second scan, no second round trip).
                update: format!(
                    "UPDATE {table} t SET {col} = v.new::{ty} FROM unnest($1::text[]::tid[], $2::text[]) AS v(tid, new) \
                     WHERE t.ctid = v.tid RETURNING t.{id}, t.{col}::text",
                    ty = types(spec.table, spec.column)
                ),
                col: Column {
                    owner_by_id,
                    spec,
                    label: format!("{}.{}", spec.table, spec.column),
                    select: String::new(),
                    update: String::new(),
                },
            }
        })
        .collect()
}

/// (id, ctid, old, new). The row is rewritten where the portal found it
/// (a TID scan of a page just read, instead of a random probe of the uuid
/// index): nobody else can move it, since the table lock keeps every other
/// writer out until the commit, and each row is written once.
type Change = (Uuid, String, String, String);

/// Where a row is: its uuid and its ctid.
type Located = (Uuid, String);

/// Reads the next page from the portal: the rows and where each is.
fn page(
    tx: &mut postgres::Transaction,
    c: &PgColumn,
    st: &Prepared,
    max: i64,
    owners: &Owners,
) -> std::result::Result<(Vec<Row>, Vec<Located>), WalkError> {
    let rows = tx.query_portal(&st.portal, max as i32)?;
    let mut out = Vec::with_capacity(rows.len());
    let mut ids = Vec::with_capacity(rows.len());
    for r in &rows {
        let id: Uuid = r.try_get(0).map_err(|_| {
            WalkError::Check(format!("{} has an id that is not a uuid", c.col.label))
        })?;
        ids.push((id, r.get::<_, String>(5)));
        out.push(Row {
            rowid: 0,
            id: id.simple().to_string(),
            name: r.get(1),
            owner: if c.col.owner_by_id {
                r.get::<_, Option<&str>>(2)
                    .and_then(|id| owners.get(id))
                    .cloned()
            } else {
                r.get(2)
            },
            extra: r.get(3),
            value: r.get::<_, Option<String>>(4).unwrap_or_default(),
        });
    }
    Ok((out, ids))
}

/// Writes a page's changes in one statement, which returns what each row
/// now holds: compared with what was written, then the old values go to the
/// backup.
fn write_changes(
    client: &mut postgres::Transaction,
    c: &PgColumn,
    st: &Prepared,
    changes: Vec<Change>,
    backup: &mut Option<OldValues>,
) -> std::result::Result<(), WalkError> {
    let Some(update) = st.update.as_ref().filter(|_| !changes.is_empty()) else {
        return Ok(());
    };
    let tids: Vec<&str> = changes.iter().map(|c| c.1.as_str()).collect();
    let news: Vec<&str> = changes.iter().map(|c| c.3.as_str()).collect();
    let stored: std::collections::HashMap<Uuid, Option<String>> = client
        .query(update, &[&tids, &news])?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let wrong = changes
        .iter()
        .find(|(id, _, _, new)| stored.get(id).and_then(|t| t.as_deref()) != Some(new.as_str()));
    if stored.len() != changes.len() || wrong.is_some() {
        return Err(WalkError::Check(format!(
            "{} row {} did not read back as written",
            c.col.label,
            wrong.map_or_else(|| "?".to_owned(), |w| w.0.to_string())
        )));
    }
    if let Some(backup) = backup {
        for (id, _, old, _) in &changes {
            backup
                .record(c.col.spec.table, c.col.spec.id, c.col.spec.column, id, old)
                .map_err(WalkError::Backup)?;
        }
    }
    Ok(())
}

/// Walks one column. Each page is read whole, its crypto split across the
/// cores while this thread writes the previous page's changes. `write`
/// false: read-only.
fn walk(
    client: &mut postgres::Transaction,
    c: &PgColumn,
    generic_too: bool,
    f: &Visitor,
    write: bool,
    owners: &Owners,
    backup: &mut Option<OldValues>,
) -> std::result::Result<(), WalkError> {
    let st = Prepared::new(client, c, write)?;
    let mut pending: Vec<Change> = Vec::new();
    loop {
        let (batch, ids) = page(client, c, &st, BATCH, owners)?;
        let full = batch.len() as i64 == BATCH;
        let previous = std::mem::take(&mut pending);
        let (results, written) = across_cores(
            &batch,
            |r| visit_row(&c.col, r, generic_too, f),
            || write_changes(client, c, &st, previous, backup),
        );
        written?;
        if write {
            pending = batch
                .into_iter()
                .zip(ids)
                .zip(results)
                .filter_map(|((row, (id, tid)), new)| new.map(|n| (id, tid, row.value, n)))
                .collect();
        }
        if !full {
            return write_changes(client, c, &st, pending, backup);
        }
    }
}

/// The backup of a rotation on PostgreSQL: there is no file to copy, so the
/// old value of every row it changes, as a SQL script that puts them back
/// in one transaction. Written under a temp name (0600, the folder's owner)
/// and renamed into place, synced, before the commit.
pub(crate) struct OldValues {
    file: std::io::BufWriter<tempfile::NamedTempFile>,
    target: PathBuf,
}

/// The prefix of a backup still being written (removed if a kill left it).
pub fn old_values_temp_prefix() -> &'static str {
    ".flowadmin-backup-values-"
}

/// A SQL string literal that means `text` whatever `standard_conforming_strings` says.
fn literal(text: &str) -> String {
    format!("E'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

impl OldValues {
    fn create(target: &Path, at: &str) -> Result<OldValues> {
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let fail = |e: &std::io::Error| {
            StorageError::file(format!("cannot write the backup {}", target.display()), e)
        };
        let tmp = tempfile::Builder::new()
            .prefix(old_values_temp_prefix())
            .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .tempfile_in(dir)
            .map_err(|e| fail(&e))?;
        if let Some(owner) = crate::keyfile::Owner::new_in(dir) {
            owner.apply(tmp.as_file()).map_err(|e| fail(&e))?;
        }
        let mut file = std::io::BufWriter::new(tmp);
        writeln!(
            file,
            "-- flowadmin: the encrypted values of {at} as they were before a key rotation,\n\
             -- readable with the key saved beside this file (secret_key.backup.<same stamp>).\n\
             -- To undo the rotation, run this in one transaction, then put that key back:\n\
             --   psql \"$LANGFLOW_DATABASE_URL\" -v ON_ERROR_STOP=1 -f THIS_FILE\n\
             BEGIN;"
        )
        .map_err(|e| fail(&e))?;
        Ok(OldValues {
            file,
            target: target.to_path_buf(),
        })
    }

    fn record(&mut self, table: &str, id_col: &str, col: &str, id: &Uuid, old: &str) -> Result<()> {
        writeln!(
            self.file,
            "UPDATE {} SET {} = {} WHERE {} = '{}';",
            quote_ident(table),
            quote_ident(col),
            literal(old),
            quote_ident(id_col),
            id.hyphenated()
        )
        .map_err(|e| {
            StorageError::file(
                format!("cannot write the backup {}", self.target.display()),
                &e,
            )
        })
    }

    /// Completes the file and puts it in place; returns where.
    fn finish(mut self) -> Result<PathBuf> {
        let fail = |e: &std::io::Error, target: &Path| {
            StorageError::file(format!("cannot write the backup {}", target.display()), e)
        };
        writeln!(self.file, "COMMIT;").map_err(|e| fail(&e, &self.target))?;
        let tmp = self
            .file
            .into_inner()
            .map_err(|e| fail(e.error(), &self.target))?;
        tmp.as_file()
            .sync_all()
            .map_err(|e| fail(&e, &self.target))?;
        tmp.persist_noclobber(&self.target)
            .map_err(|e| fail(&e.error, &self.target))?;
        crate::keyfile::sync_folder(&self.target).map_err(|e| StorageError::File {
            what: format!("cannot sync the folder of {}", self.target.display()),
            reason: e.to_string(),
        })?;
        Ok(self.target)
    }
}

impl PgDatabase {
    fn walk_error(&self, e: WalkError) -> StorageError {
        match e {
            WalkError::Sql(e) => self.sql_error(e),
            WalkError::Backup(e) => e,
            WalkError::Check(reason) => StorageError::ServerSql {
                at: self.at().to_owned(),
                reason: format!("{reason}; nothing was committed"),
            },
        }
    }

    /// Every user's name by id (the dashed text of the uuid), read once.
    fn owners(&self) -> Result<Owners> {
        let s = self.schema();
        if !(s.has_column("user", "id") && s.has_column("user", "username")) {
            return Ok(Owners::new());
        }
        let rows = self
            .client
            .borrow_mut()
            .query_typed("SELECT id::text, username::text FROM \"user\"", &[])
            .map_err(|e| self.sql_error(e))?;
        let mut owners = Owners::new();
        for r in &rows {
            if let (Some(id), Some(name)) =
                (r.get::<_, Option<String>>(0), r.get::<_, Option<String>>(1))
            {
                owners.entry(id).or_insert(name);
            }
        }
        Ok(owners)
    }

    fn pg_columns(&self) -> Vec<PgColumn> {
        columns(self.schema(), &|_, _| "text".to_owned())
    }

    /// Calls `f` for every encrypted value, read-only.
    pub fn visit_secrets(&self, f: &(dyn Fn(&Slot) + Sync)) -> Result<()> {
        self.visit(f)
    }

    /// Up to `limit` encrypted values from the first rows of each column,
    /// read by one statement in one round trip (a portal per column would
    /// be three each: the key check of every encrypting write pays it).
    pub fn sample_secrets(&self, limit: usize) -> Result<Vec<(crate::crypto::Cipher, String)>> {
        let cols = self.pg_columns();
        if cols.is_empty() {
            return Ok(Vec::new());
        }
        let per_column = limit.max(1);
        let sql = cols
            .iter()
            .enumerate()
            .map(|(i, c)| {
                format!(
                    "(SELECT {i}, s.id::text, s.name, s.owner, s.extra, s.value \
                     FROM ({}) AS s(id, name, owner, extra, value, tid) LIMIT {per_column})",
                    c.select
                )
            })
            .collect::<Vec<_>>()
            .join(" UNION ALL ");
        let rows = self
            .client
            .borrow_mut()
            .query_typed(&sql, &[])
            .map_err(|e| self.sql_error(e))?;
        let generic_too = self.schema().encrypts_generic_variables();
        let found = std::sync::Mutex::new(Vec::new());
        let keep = |slot: &Slot| {
            found
                .lock()
                .expect("not poisoned")
                .push((slot.cipher, slot.value.to_owned()));
            None
        };
        for r in &rows {
            let Some(c) = cols.get(r.get::<_, i32>(0) as usize) else {
                continue;
            };
            let row = Row {
                rowid: 0,
                id: r.get::<_, String>(1).replace('-', ""),
                name: r.get(2),
                owner: r.get(3),
                extra: r.get(4),
                value: r.get::<_, Option<String>>(5).unwrap_or_default(),
            };
            visit_row(&c.col, &row, generic_too, &keep);
        }
        let mut found = found.into_inner().expect("not poisoned");
        found.truncate(limit);
        Ok(found)
    }

    fn visit(&self, f: &(dyn Fn(&Slot) + Sync)) -> Result<()> {
        let generic_too = self.schema().encrypts_generic_variables();
        let visitor = |slot: &Slot| {
            f(slot);
            None
        };
        // The names are only labels (for reports): read before the walk's
        // snapshot.
        let owners = self.owners()?;
        let mut client = self.client.borrow_mut();
        let mut tx = client.transaction().map_err(|e| self.sql_error(e))?;
        tx.batch_execute("SET TRANSACTION READ ONLY")
            .map_err(|e| self.sql_error(e))?;
        for c in self.pg_columns() {
            walk(
                &mut tx,
                &c,
                generic_too,
                &visitor,
                false,
                &owners,
                &mut None,
            )
            .map_err(|e| self.walk_error(e))?;
        }
        tx.rollback().map_err(|e| self.sql_error(e))
    }

    /// Rows in the tables that hold encrypted values (for a progress bar).
    pub fn secret_row_estimate(&self) -> Result<u64> {
        let mut total = 0u64;
        let mut client = self.client.borrow_mut();
        for c in self.pg_columns() {
            let sql = format!(
                "SELECT count(*) FROM {} WHERE {} IS NOT NULL",
                quote_ident(c.col.spec.table),
                quote_ident(c.col.spec.column)
            );
            let n: i64 = client
                .query_one(&sql, &[])
                .map_err(|e| self.sql_error(e))?
                .get(0);
            total += n as u64;
        }
        Ok(total)
    }

    /// Rewrites values in one transaction, as the SQLite twin does: `f`
    /// says what each value becomes; every replaced value is read back and
    /// compared; `commit_if` decides. The tables that hold secrets are
    /// locked first (`SHARE ROW EXCLUSIVE`: others read, writers wait until
    /// the commit, so none writes under the old key meanwhile); waiting for
    /// that lock gives up after 5 s. With `backup`, the old value of every
    /// changed row goes to that file, complete before the commit.
    pub fn rewrite_secrets(
        &self,
        f: &Visitor,
        commit_if: &mut dyn FnMut() -> bool,
        backup: Option<&Path>,
    ) -> Result<Rewritten> {
        let generic_too = self.schema().encrypts_generic_variables();
        let owners = self.owners()?;
        let mut client = self.client.borrow_mut();
        let types = column_types(&mut client, self.schema()).map_err(|e| self.sql_error(e))?;
        let cols = columns(self.schema(), &|t, c| {
            types
                .get(&(t.to_owned(), c.to_owned()))
                .cloned()
                .unwrap_or_else(|| "text".to_owned())
        });
        let mut tx = client.transaction().map_err(|e| self.sql_error(e))?;
        let tables: std::collections::BTreeSet<String> =
            cols.iter().map(|c| quote_ident(c.col.spec.table)).collect();
        let lock = format!(
            "SET LOCAL lock_timeout = '5s'; LOCK TABLE {} IN SHARE ROW EXCLUSIVE MODE",
            tables.into_iter().collect::<Vec<_>>().join(", ")
        );
        tx.batch_execute(&lock).map_err(|e| self.sql_error(e))?;
        let mut old_values = match backup {
            Some(path) => Some(OldValues::create(path, self.at())?),
            None => None,
        };
        for c in &cols {
            walk(&mut tx, c, generic_too, f, true, &owners, &mut old_values)
                .map_err(|e| self.walk_error(e))?;
        }
        if !commit_if() {
            tx.rollback().map_err(|e| self.sql_error(e))?;
            return Ok(Rewritten {
                committed: false,
                backup: None,
            });
        }
        // Who waits for this transaction's row and table locks: their
        // writes land right after the commit, and the check after it waits
        // for them (not for those queued on the session's advisory locks,
        // which wait until the session ends).
        let waiting = tx
            .query(
                "SELECT DISTINCT pid FROM pg_locks WHERE NOT granted AND locktype <> 'advisory' \
                 AND pg_backend_pid() = ANY(pg_blocking_pids(pid))",
                &[],
            )
            .map_err(|e| self.sql_error(e))?;
        *self.held_back.borrow_mut() = waiting.iter().map(|r| r.get(0)).collect();
        // The backup is on disk before the commit; if the commit then
        // fails it only describes the values as they still are.
        let kept = match old_values {
            Some(values) => Some(values.finish()?),
            None => None,
        };
        // A failed commit keeps the backup: a lost reply may hide a commit
        // that happened, and otherwise the file only restores what is there.
        tx.commit().map_err(|e| match self.sql_error(e) {
            StorageError::ServerLost { at } | StorageError::ServerSilent { at, .. } => {
                StorageError::CommitUncertain { at }
            }
            other => other,
        })?;
        Ok(Rewritten {
            committed: true,
            backup: kept,
        })
    }
}

/// Each secret column's SQL type, as the batched update must cast to.
fn column_types(
    client: &mut postgres::Client,
    schema: &Schema,
) -> std::result::Result<std::collections::HashMap<(String, String), String>, postgres::Error> {
    let mut out = std::collections::HashMap::new();
    for spec in SPECS
        .iter()
        .filter(|c| schema.has_column(c.table, c.column))
    {
        let row = client.query_opt(
            "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a \
             JOIN pg_class c ON c.oid = a.attrelid \
             WHERE c.relname = $1 AND c.relnamespace = current_schema()::regnamespace AND a.attname = $2",
            &[&spec.table, &spec.column],
        )?;
        if let Some(row) = row {
            out.insert((spec.table.to_owned(), spec.column.to_owned()), row.get(0));
        }
    }
    Ok(out)
}

/// Langflow's own start-up lock (ASCII "Langflow"): it holds it while it
/// migrates, and an instance that cannot take it waits before starting.
const LANGFLOW_MIGRATION_LOCK: i64 = 0x4C61_6E67_666C_6F77;
/// flowadmin's key-change lock (ASCII "flowadmn"): two key changes on one
/// database never interleave, whichever host or config dir they run from.
const KEY_CHANGE_LOCK: i64 = 0x666C_6F77_6164_6D6E;
/// The key-use lock (ASCII "flowkeys"): writes that encrypt hold it shared
/// from before they check their key until their session ends; a key change
/// holds it exclusively from before it reads the keys, on whichever host.
const KEY_USE_LOCK: i64 = 0x666C_6F77_6B65_7973;
/// How long either side waits for the other.
const KEY_USE_WAIT: &str = "30s";

impl PgDatabase {
    /// See [`crate::storage::Store::wait_for_other_writers`].
    /// The sessions the key change held back get up to 30 s to finish
    /// their statement (however loaded the server), then any other active
    /// one up to `limit`. A held-back session counts as done once it has
    /// been idle for 500 ms: a client that prepares its statement first
    /// (libpq, asyncpg, this crate) is idle between the prepare the lock
    /// held back and the execute that writes; one idle in a transaction
    /// that has written is waited for until it ends.
    pub fn wait_for_other_writers(&self, limit: std::time::Duration) -> Result<()> {
        let held_back = std::mem::take(&mut *self.held_back.borrow_mut());
        if !held_back.is_empty() {
            self.wait_until_none(
                "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY($1) \
                 AND (state = 'active' OR clock_timestamp() - state_change < interval '500 ms' \
                 OR (state = 'idle in transaction' AND backend_xid IS NOT NULL))",
                &[&held_back],
                std::time::Duration::from_secs(30),
            )?;
        }
        self.wait_until_none(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
             AND pid <> pg_backend_pid() AND state = 'active'",
            &[],
            limit,
        )
    }

    /// Polls `count` (every 50 ms) until it is 0 or `limit` has passed.
    fn wait_until_none(
        &self,
        count: &str,
        params: &[&(dyn postgres::types::ToSql + Sync)],
        limit: std::time::Duration,
    ) -> Result<()> {
        let deadline = std::time::Instant::now() + limit;
        let mut client = self.client.borrow_mut();
        loop {
            let busy: i64 = client
                .query_one(count, params)
                .map_err(|e| self.sql_error(e))?
                .get(0);
            if busy == 0 || std::time::Instant::now() >= deadline {
                return Ok(());
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    /// See [`crate::storage::SecretSource::hold_key_use`]: waits up to 30 s
    /// for a key change in progress (then exit 6).
    pub fn hold_key_use(&self) -> Result<()> {
        let mut client = self.client.borrow_mut();
        client
            .batch_execute(&format!(
                "SET lock_timeout = '{KEY_USE_WAIT}'; SELECT pg_advisory_lock_shared({KEY_USE_LOCK}); RESET lock_timeout"
            ))
            .map_err(|e| match self.sql_error(e) {
                StorageError::ServerBusy { at, .. } => StorageError::KeyChangeRunning(at),
                other => other,
            })
    }
}

impl PgDatabase {
    /// Before a key change: takes flowadmin's advisory lock and Langflow's
    /// start-up lock for the rest of this session (released when it ends,
    /// even by a kill), so no other rotation runs and no Langflow instance
    /// starts (and starts encrypting with the old key) meanwhile. Returns
    /// the other sessions on this database (a running Langflow keeps idle
    /// pooled connections), described for the operator.
    pub fn claim_for_key_change(&self) -> Result<Vec<String>> {
        let mut client = self.client.borrow_mut();
        let err = |e| self.sql_error(e);
        let took = |client: &mut postgres::Client,
                    key: i64|
         -> std::result::Result<bool, postgres::Error> {
            Ok(client
                .query_one("SELECT pg_try_advisory_lock($1)", &[&key])?
                .get(0))
        };
        if !took(&mut client, KEY_CHANGE_LOCK).map_err(err)? {
            return Err(StorageError::KeyChangeRunning(self.at().to_owned()));
        }
        if !took(&mut client, LANGFLOW_MIGRATION_LOCK).map_err(err)? {
            return Err(StorageError::LangflowStarting(self.at().to_owned()));
        }
        // Writers that encrypt, on any host, finish first; later ones wait,
        // then find the new key and refuse their old one.
        client
            .batch_execute(&format!(
                "SET lock_timeout = '{KEY_USE_WAIT}'; SELECT pg_advisory_lock({KEY_USE_LOCK}); RESET lock_timeout"
            ))
            .map_err(|e| match self.sql_error(e) {
                StorageError::ServerBusy { at, .. } => StorageError::KeyInUse(at),
                other => other,
            })?;
        // Only what every role may see of other sessions (a role without
        // pg_read_all_stats gets NULL for address and state).
        let rows = client
            .query(
                "SELECT pid, coalesce(usename::text, '?'), coalesce(application_name, ''), \
                        coalesce(host(client_addr), 'local'), coalesce(state, '?') \
                 FROM pg_stat_activity \
                 WHERE datname = current_database() AND pid <> pg_backend_pid() AND usename IS NOT NULL \
                   AND coalesce(backend_type, 'client backend') = 'client backend' ORDER BY pid",
                &[],
            )
            .map_err(err)?;
        Ok(rows
            .iter()
            .map(|r| {
                let app: String = r.get(2);
                format!(
                    "pid {} ({}@{}{}, {})",
                    r.get::<_, i32>(0),
                    r.get::<_, String>(1),
                    r.get::<_, String>(3),
                    if app.is_empty() {
                        String::new()
                    } else {
                        format!(", application {app:?}")
                    },
                    r.get::<_, String>(4)
                )
            })
            .collect())
    }
}
