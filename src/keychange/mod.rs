//! The key-change protocol, written once for both products (below the
//! commands, above storage, crypto and key files). A product supplies what
//! differs: where its database backup goes and how it is taken, which old
//! keys it keeps, and the one-transaction rewrite of its sealed values. The
//! order on disk, the unique backup stamp, the pending key file, the crash
//! points and the clean-up of a change that did not commit live here:
//!
//! 1. a stamp no backup of this database or key uses yet (`<stamp>-1`...);
//! 2. the database backup (SQLite: a copy of the file, before the rewrite;
//!    PostgreSQL: the old values, written by the rewrite itself);
//! 3. the old key(s), 0600, under the same stamp;
//! 4. the new key in `<key file>.new` (0600, fsync): crash point
//!    `before-commit`;
//! 5. the product's rewrite, one transaction: crash point `after-commit`;
//!    not committed: the pending key and this run's backups are removed; a
//!    commit whose answer was lost keeps them all, for the next command to
//!    settle by what the database opens with;
//! 6. then the product installs the new key where it is read: crash point
//!    `after-rename`.
//!
//! A crash at any instant leaves a key on disk that opens every value.

pub mod flowfile;
pub mod langflow;
mod lock;
mod settle;

pub use lock::{RotationLock, WAIT_FOR_ROTATION, exclusive_key_lock, lock_error, rotation_lock};
pub use settle::{
    Installed, KeyHome, KeyText, Settled, before_change, install_after_commit, remove_leftovers,
    settle,
};

use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::keyfile;
use crate::storage::{Rewritten, StorageError};

/// Steps 1 to 4 done: what [`conclude`] needs after the rewrite.
pub struct Prepared {
    pending: PathBuf,
    backups: Vec<PathBuf>,
    old_values: Option<PathBuf>,
}

impl Prepared {
    /// Where a rewrite that writes its own backup (PostgreSQL's old values)
    /// writes it; None with `--no-backup`.
    pub fn old_values(&self) -> Option<&Path> {
        self.old_values.as_deref()
    }
}

/// Takes a database backup at a path: true when it did, false when the
/// rewrite writes it instead.
pub type TakeBackup<'a> = &'a dyn Fn(&Path) -> Result<bool>;

/// What a product's database backup is, for [`prepare`].
pub struct DatabaseBackup<'a> {
    /// Its path for a stamp.
    pub path_for: &'a dyn Fn(&str) -> PathBuf,
    /// Takes it before the rewrite (true), or leaves it to the rewrite
    /// (false: PostgreSQL); None when the operator asked for no backup.
    pub take: Option<TakeBackup<'a>>,
}

/// Steps 1 to 4: the stamp, the database backup, the old keys (`keep`
/// writes them under the stamp and returns their files), the pending key.
pub fn prepare(
    key_file: &Path,
    new_key: &str,
    database: DatabaseBackup,
    keep: impl FnOnce(&str) -> Result<Vec<PathBuf>>,
) -> Result<Prepared> {
    let stamp = keyfile::free_stamp(|stamp| {
        (database.path_for)(stamp).exists() || keyfile::backup_path(key_file, stamp).exists()
    });
    let db_backup = (database.path_for)(&stamp);
    let mut backups = Vec::new();
    if let Some(take) = database.take
        && take(&db_backup)?
    {
        backups.push(db_backup.clone());
    }
    backups.extend(keep(&stamp)?);
    let pending = keyfile::pending_path(key_file);
    keyfile::write_private(&pending, new_key.as_bytes())?;
    crash_point("before-commit");
    Ok(Prepared {
        pending,
        backups,
        old_values: database.take.is_some().then_some(db_backup),
    })
}

/// What the protocol did up to and including the commit.
pub struct Concluded {
    pub committed: bool,
    /// This run's backups (empty when nothing was committed).
    pub backups: Vec<PathBuf>,
}

/// Step 5's outcome: committed (crash point), not committed (clean-up), or
/// failed. A commit that may have happened keeps every file.
pub fn conclude(
    prepared: Prepared,
    rewritten: std::result::Result<Rewritten, StorageError>,
) -> Result<Concluded> {
    let Prepared {
        pending,
        mut backups,
        ..
    } = prepared;
    let clean_up = |backups: &mut Vec<PathBuf>| {
        let _ = std::fs::remove_file(&pending);
        for backup in backups.drain(..) {
            let _ = std::fs::remove_file(backup);
        }
    };
    match rewritten {
        Ok(r) if r.committed => {
            backups.extend(r.backup);
            crash_point("after-commit");
            Ok(Concluded {
                committed: true,
                backups,
            })
        }
        Ok(_) => {
            clean_up(&mut backups);
            Ok(Concluded {
                committed: false,
                backups,
            })
        }
        Err(e @ StorageError::CommitUncertain { .. }) => Err(e.into()),
        Err(e) => {
            clean_up(&mut backups);
            Err(e.into())
        }
    }
}

/// For the crash tests only: `FLOWADMIN_TEST_CRASH_AT=<point>` aborts the
/// process at that point of the protocol, as a power cut would (no
/// destructor, no cleanup). Compiled in only with the `test-hooks` feature:
/// the binary users run ignores the variable.
/// For the tests of concurrent writers: at `point`, when
/// FLOWADMIN_TEST_PAUSE_AT names it, waits (at most 60 s) until the file
/// FLOWADMIN_TEST_PAUSE_FILE exists, so a test can prove with the server
/// that another client's write is queued before the rotation commits. Only
/// in builds with the `test-hooks` feature.
pub fn pause_point(point: &str) {
    #[cfg(feature = "test-hooks")]
    if std::env::var("FLOWADMIN_TEST_PAUSE_AT").is_ok_and(|p| p == point)
        && let Some(file) = std::env::var_os("FLOWADMIN_TEST_PAUSE_FILE")
    {
        let until = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while !std::path::Path::new(&file).exists() && std::time::Instant::now() < until {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
    #[cfg(not(feature = "test-hooks"))]
    let _ = point;
}

pub fn crash_point(point: &str) {
    #[cfg(feature = "test-hooks")]
    if std::env::var("FLOWADMIN_TEST_CRASH_AT").is_ok_and(|p| p == point) {
        std::process::abort();
    }
    #[cfg(not(feature = "test-hooks"))]
    let _ = point;
}

/// What a key change did to one column's values (both products).
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct ColumnStats {
    pub reencrypted: u64,
    pub already_current: u64,
    pub skipped: u64,
    pub failed: u64,
}

impl ColumnStats {
    /// The sum over every column.
    pub fn total<'a>(columns: impl IntoIterator<Item = &'a ColumnStats>) -> ColumnStats {
        columns
            .into_iter()
            .fold(ColumnStats::default(), |mut acc, c| {
                acc.reencrypted += c.reencrypted;
                acc.already_current += c.already_current;
                acc.skipped += c.skipped;
                acc.failed += c.failed;
                acc
            })
    }

    /// The report's line for `column`.
    pub fn line(&self, column: &str) -> String {
        format!(
            "  {column}: {} re-encrypted, {} current, {} skipped, {} failed",
            self.reencrypted, self.already_current, self.skipped, self.failed
        )
    }
}
