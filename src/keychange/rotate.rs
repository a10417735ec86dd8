//! The one rotation driver, for both products: claim the database, decide
//! every value (from every core), take the protocol's steps up to the one
//! transaction, commit only when
//! every value was decided and the key in force is still the one read,
//! install the new key, and say what was done. A product gives its
//! [`Sealer`] (how a value opens and is sealed again under the new key) and
//! its side of the key home ([`KeySide`]); the command chooses the keys
//! and renders the [`Report`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Mutex, RwLock};

use super::ColumnStats;
use crate::error::{Error, Result, exit};
use crate::keyfile;
use crate::storage::StorageError;
use crate::storage::sealed::{SealedStore, SealedValue, SlotOf};

/// What one value becomes under the new key.
pub enum Judged {
    /// Already under the new key, in a form every reader takes.
    Current,
    /// Opened with an old key and sealed again; the new token opens with the
    /// new key.
    Resealed(String),
    /// Opened, but its new token did not open with the new key.
    Unverified,
    /// No key opens it.
    Unopened,
}

/// Opens and reseals one value for a product and a key set (called from
/// several threads at once).
pub trait Sealer<S: SealedStore + ?Sized>: Sync {
    fn judge(&self, slot: &SlotOf<'_, S>) -> Judged;
}

/// A product's side of a rotation: its names, its key files, and what
/// happens once the values are under the new key.
pub trait KeySide<S: SealedStore + ?Sized> {
    /// "Langflow" or "Flowfile".
    fn product(&self) -> &'static str;
    /// How the key is named: "key" or "master key".
    fn noun(&self) -> &'static str;
    /// How the key a run installs is named: "new key", "restored key"...
    fn new_noun(&self) -> &'static str;
    /// The name the lock, the pending key and the key backups derive from.
    fn key_file(&self) -> &Path;
    /// The new key's text, for the pending file.
    fn new_key(&self) -> &str;
    /// Writes the old key(s) under `stamp`; returns their files.
    fn keep_old_keys(&self, stamp: &str) -> Result<Vec<PathBuf>>;
    /// The key in force, read again just before the commit.
    fn key_in_force(&self) -> Option<String>;
    /// The error when that key changed meanwhile (nothing committed).
    fn changed_meanwhile(&self) -> Error;
    /// Where the product reads the new key from once installed, for messages.
    fn installed_at(&self) -> String;
    /// After the commit: the new key installed, and anything the product
    /// checks then (a server's late writers), into `report`.
    fn after_commit(&self, store: &S, report: &mut Report) -> Result<()>;
}

/// What the operator asked of the rotation.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub dry_run: bool,
    pub no_backup: bool,
    pub skip_undecryptable: bool,
    /// Rotate although another process has the database open.
    pub force: bool,
}

/// What a rotation did, for the command to render.
#[derive(Debug, Default)]
pub struct Report {
    pub product: &'static str,
    pub new_noun: &'static str,
    pub dry_run: bool,
    pub committed: bool,
    pub columns: BTreeMap<String, ColumnStats>,
    /// Each value that stopped the rotation (or was left), described.
    pub failed: Vec<String>,
    pub backups: Vec<PathBuf>,
    pub key_file: PathBuf,
    /// The new key, when it was generated here (shown once).
    pub shown_key: Option<String>,
    /// The new key's fingerprint, where the product has one (Flowfile).
    pub fingerprint: Option<String>,
    pub seconds: f64,
    pub notes: Vec<String>,
    /// What the operator must still do (never hidden by -q).
    pub actions: Vec<String>,
    /// Another process had the database open (a forced rotation).
    pub shared: bool,
}

/// Counters of one column, bumped from every core.
#[derive(Default)]
struct Counts {
    reencrypted: AtomicU64,
    already_current: AtomicU64,
    skipped: AtomicU64,
    failed: AtomicU64,
}

/// Counts what each value becomes. The counters are atomics under a read
/// lock (a column's entry is made once, under the write lock); only the
/// rare failures take a mutex. (One mutex for everything cost a rotation of
/// 1M values about 15% in contention.)
struct Decider<'a, S: SealedStore + ?Sized> {
    sealer: &'a dyn Sealer<S>,
    skip_undecryptable: bool,
    columns: RwLock<BTreeMap<String, Counts>>,
    failed: Mutex<Vec<String>>,
    seen: AtomicU64,
    progress: Option<&'a (dyn Fn(u64) + Sync)>,
}

impl<S: SealedStore + ?Sized> Decider<'_, S> {
    fn bump(&self, column: &str, which: impl Fn(&Counts) -> &AtomicU64) {
        if let Some(c) = self.columns.read().expect("not poisoned").get(column) {
            which(c).fetch_add(1, Relaxed);
            return;
        }
        let mut map = self.columns.write().expect("not poisoned");
        which(map.entry(column.to_owned()).or_default()).fetch_add(1, Relaxed);
    }

    fn decide(&self, slot: &SlotOf<'_, S>) -> Option<String> {
        let judged = self.sealer.judge(slot);
        let seen = self.seen.fetch_add(1, Relaxed) + 1;
        if let Some(progress) = self.progress
            && seen.is_multiple_of(1024)
        {
            progress(seen);
        }
        let column = slot.column();
        let failure = match judged {
            Judged::Current => {
                self.bump(column, |c| &c.already_current);
                return None;
            }
            Judged::Resealed(token) => {
                self.bump(column, |c| &c.reencrypted);
                return Some(token);
            }
            Judged::Unopened if self.skip_undecryptable => {
                self.bump(column, |c| &c.skipped);
                return None;
            }
            Judged::Unverified => format!(
                "{} (re-encrypted value did not open with the new key)",
                slot.describe()
            ),
            Judged::Unopened => slot.describe(),
        };
        self.bump(column, |c| &c.failed);
        self.failed.lock().expect("not poisoned").push(failure);
        None
    }

    fn nothing_failed(&self) -> bool {
        self.failed.lock().expect("not poisoned").is_empty()
    }

    fn into_report(self, report: &mut Report) {
        let columns = self.columns.into_inner().expect("not poisoned");
        report.columns = columns
            .into_iter()
            .map(|(name, c)| {
                let stats = ColumnStats {
                    reencrypted: c.reencrypted.into_inner(),
                    already_current: c.already_current.into_inner(),
                    skipped: c.skipped.into_inner(),
                    failed: c.failed.into_inner(),
                };
                (name, stats)
            })
            .collect();
        report.failed = self.failed.into_inner().expect("not poisoned");
        report.failed.sort();
    }
}

/// The rotation, whole: claim, walk (or rewrite), conclude, install,
/// record. A value that stops it, or a key that changed meanwhile, rolls
/// it all back (an error).
pub fn rotate<S: SealedStore + ?Sized>(
    store: &mut S,
    sealer: &dyn Sealer<S>,
    side: &dyn KeySide<S>,
    options: Options,
    progress: Option<&(dyn Fn(u64) + Sync)>,
) -> Result<Report> {
    let mut report = Report {
        product: side.product(),
        new_noun: side.new_noun(),
        dry_run: options.dry_run,
        key_file: side.key_file().to_path_buf(),
        shared: claim(store, side, options)?,
        ..Report::default()
    };
    let decider = Decider {
        sealer,
        skip_undecryptable: options.skip_undecryptable,
        columns: RwLock::default(),
        failed: Mutex::default(),
        seen: AtomicU64::new(0),
        progress,
    };
    let started = std::time::Instant::now();
    if options.dry_run {
        store.visit(&|slot| {
            decider.decide(slot);
        })?;
    } else {
        let (committed, backups) = commit_in_order(store, side, options, &decider)?;
        report.committed = committed;
        report.backups = backups;
    }
    report.seconds = started.elapsed().as_secs_f64();
    decider.into_report(&mut report);
    if !options.dry_run && !report.committed {
        return Err(rolled_back(side, &report.failed));
    }
    if report.committed {
        if report.shared {
            report.actions.push(format!(
                "WARNING: another process (a running {}?) had {} open during this forced rotation; it keeps encrypting and decrypting with the OLD {} until it is restarted with the new one: restart it now",
                side.product(),
                store.location(),
                side.noun()
            ));
        }
        // Recorded first, so a failure from here on still says it committed.
        record(side, &report);
        side.after_commit(store, &mut report)?;
        record(side, &report);
    }
    Ok(report)
}

fn record<S: SealedStore + ?Sized>(side: &dyn KeySide<S>, report: &Report) {
    crate::error::record_commit(
        format!(
            "the rotation committed: every value is now under the {}, which is in {}",
            side.new_noun(),
            side.installed_at()
        ),
        &report.actions,
        report.exit_code(),
    );
}

/// Another process with the database open: refused unless --force (then
/// the report warns that it still works with the old key). Returns whether
/// there was one.
fn claim<S: SealedStore + ?Sized>(
    store: &mut S,
    side: &dyn KeySide<S>,
    options: Options,
) -> Result<bool> {
    if options.dry_run {
        return Ok(false);
    }
    let others = store.claim()?;
    if others.is_empty() || options.force {
        return Ok(!others.is_empty());
    }
    let who = match store.served() {
        true => format!(
            "{} other session(s) are connected to {}: {}",
            others.len(),
            store.location(),
            others.join("; ")
        ),
        false => format!("{} is open in another process", store.location()),
    };
    Err(Error::database(format!(
        "{who} (a running {} keeps encrypting with the old {})",
        side.product(),
        side.noun()
    ))
    .hint(format!(
        "stop {} first, or pass --force if you are sure nothing writes to it",
        side.product()
    )))
}

/// The protocol up to the commit (the module doc of [`super`]): a stamp no
/// backup uses yet, the database backup (SQLite: a copy of the file;
/// PostgreSQL: the old values, written inside the transaction), the old
/// key kept, the new key pending, then the one transaction, committed only
/// if every value was decided and the key in force is still the one read.
/// Not committed: the pending key and this run's backups are removed; a
/// commit whose answer was lost keeps them all, for the next command to
/// settle. Returns whether it committed, and the backups.
fn commit_in_order<S: SealedStore + ?Sized>(
    store: &mut S,
    side: &dyn KeySide<S>,
    options: Options,
    decider: &Decider<S>,
) -> Result<(bool, Vec<PathBuf>)> {
    let replaced = side.key_in_force();
    let key_file = side.key_file();
    let stamp = keyfile::free_stamp(|stamp| {
        store.backup_path(stamp).exists() || keyfile::backup_path(key_file, stamp).exists()
    });
    let db_backup = store.backup_path(&stamp);
    let mut backups = Vec::new();
    if !options.no_backup && store.take_backup(&db_backup)? {
        backups.push(db_backup.clone());
    }
    backups.extend(side.keep_old_keys(&stamp)?);
    let pending = keyfile::pending_path(key_file);
    keyfile::write_private(&pending, side.new_key().as_bytes())?;
    super::crash_point("before-commit");
    let mut changed = false;
    let rewritten = store.rewrite(
        &|slot| decider.decide(slot),
        &mut || {
            super::pause_point("before-commit-statement");
            // Under the lock no other flowadmin changes the key; anything
            // else that did (the product at start) means the old key is not
            // the one read.
            changed = side.key_in_force() != replaced;
            decider.nothing_failed() && !changed
        },
        (!options.no_backup).then_some(db_backup.as_path()),
    );
    let clean_up = |backups: &mut Vec<PathBuf>| {
        let _ = std::fs::remove_file(&pending);
        for backup in backups.drain(..) {
            let _ = std::fs::remove_file(backup);
        }
    };
    match rewritten {
        Ok(r) if r.committed => {
            backups.extend(r.backup);
            super::crash_point("after-commit");
            Ok((true, backups))
        }
        Ok(_) if changed => {
            clean_up(&mut backups);
            Err(side.changed_meanwhile())
        }
        Ok(_) => {
            clean_up(&mut backups);
            Ok((false, backups))
        }
        Err(e @ StorageError::CommitUncertain { .. }) => Err(e.into()),
        Err(e) => {
            clean_up(&mut backups);
            Err(e.into())
        }
    }
}

/// The error of a rotation that some value stopped: the first 20 named.
fn rolled_back<S: SealedStore + ?Sized>(side: &dyn KeySide<S>, failed: &[String]) -> Error {
    let shown: Vec<&str> = failed.iter().take(20).map(String::as_str).collect();
    let more = failed.len() - shown.len();
    Error::key(format!(
        "{} value(s) do not open with the old {}(s), so nothing was changed (rolled back): {}{}",
        failed.len(),
        side.noun(),
        shown.join("; "),
        if more > 0 { format!("; and {more} more") } else { String::new() }
    ))
    .hint("pass the key they were written with as --old-key-file, or --skip-undecryptable to leave them")
}

impl Report {
    pub fn totals(&self) -> ColumnStats {
        ColumnStats::total(self.columns.values())
    }

    /// 0 only when every value is now under the new key (skipped ones are not).
    pub fn exit_code(&self) -> u8 {
        match self.failed.is_empty() && self.totals().skipped == 0 {
            true => 0,
            false => exit::KEY,
        }
    }
}
