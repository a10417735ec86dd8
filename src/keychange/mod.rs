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
//! [`rotate`] drives it for both products.
//!
//! A crash at any instant leaves a key on disk that opens every value.

pub mod flowfile;
pub mod langflow;
mod lock;
pub mod rotate;
mod settle;

pub use lock::{RotationLock, WAIT_FOR_ROTATION, exclusive_key_lock, lock_error, rotation_lock};
pub use settle::{
    Installed, KeyHome, KeyText, Settled, before_change, install_after_commit, remove_leftovers,
    settle,
};

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

/// For the crash tests only: `FLOWADMIN_TEST_CRASH_AT=<point>` aborts the
/// process at that point of the protocol, as a power cut would (no
/// destructor, no cleanup). Compiled in only with the `test-hooks` feature:
/// the binary users run ignores the variable.
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
