//! `flowadmin secret-key rotate` on Flowfile, which cannot rotate its own
//! master key: every `$ffsec$` value, for every owner and wherever it is
//! stored, re-encrypted under the new master key's derivation for that
//! owner, in one transaction, with the guarantees of the Langflow rotation.
//!
//! Beside the database (`<db dir>/`): `flowfile_master_key.backup.<stamp>`
//! (the old key), `<db>.backup-<stamp>` (a copy of the database), and
//! `flowfile_master_key.new` (the new key, written before the commit). After
//! the commit the new key goes where Flowfile reads it (the secure store, or
//! the `--env-file`'s `FLOWFILE_MASTER_KEY` line), then the `.new` file is
//! removed. A crash at any instant leaves a file whose key opens every value,
//! and the next `rotate` or `secret-key check` finishes the job.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::json;

use crate::cli::SecretKeyRotateArgs;
use crate::commands::secret_key::{new_key_env, not_all_current, refuse_weak_key};
use crate::crypto::flowfile::MasterKey;
use crate::error::{Error, Result, exit};
use crate::keychange::flowfile::{FlowfileHome, Home, read_key_file};
use crate::keychange::{
    ColumnStats, KeyHome, RotationLock, before_change, install_after_commit, rotation_lock,
};
use crate::keyfile;
use crate::settings::Settings;
use crate::storage::flowfile::FlowfileDb;
use crate::storage::flowfile::SealedSlot;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, req: &SecretKeyRotateArgs) -> Result<()> {
    let settings = &ctx.settings;
    let db_path = super::database_path(settings)?;
    let (lock, mut db, shared) = open_for_rotation(ctx, req, &db_path)?;
    let (new_key, generated) = chosen_new_key(settings, req)?;
    let home = Home::of(settings)?;
    let installed = match &lock {
        Some(lock) => {
            let keys = FlowfileHome::new(settings, &db, db_path.clone());
            let installed =
                before_change(&keys, &lock.key, &keys.temp_places(), &new_key, &ctx.out)?;
            let dir = keys.key_file().parent().unwrap_or(Path::new("."));
            keyfile::check_folder_writable(dir, "the new key file and the backups")?;
            home.check_writable()?;
            installed
        }
        None => None,
    };
    let olds = old_keys(settings, req, installed, &new_key)?;
    // The bar counts the `secrets` rows: nearly every sealed value is one.
    let bar = crate::ui::progress::bar(ctx, || db.counts().map(|c| c.secrets))?;
    if let Some(bar) = &bar {
        bar.set_message(if req.dry_run {
            "checking"
        } else {
            "re-encrypting"
        });
    }
    let decider = Decider {
        olds: &olds,
        new_key: &new_key,
        skip_undecryptable: req.skip_undecryptable,
        state: Mutex::default(),
        seen: std::sync::atomic::AtomicU64::new(0),
        bar,
    };
    let started = std::time::Instant::now();
    let (committed, backups) = match req.dry_run {
        true => {
            db.visit_sealed(&|slot| {
                decider.decide(slot);
            })?;
            (false, Vec::new())
        }
        false => commit_in_order(settings, &mut db, &db_path, req.no_backup, &decider)?,
    };
    let elapsed = started.elapsed().as_secs_f64();
    if let Some(bar) = &decider.bar {
        bar.finish_and_clear();
    }
    let (columns, mut failed) = decider.state.into_inner().expect("not poisoned");
    failed.sort();
    if !req.dry_run && !committed {
        return Err(rolled_back(&failed));
    }
    let (notes, actions) = match committed {
        true => finish_after_commit(
            &FlowfileHome::new(settings, &db, db_path.clone()),
            &new_key,
            shared,
        )?,
        false => (Vec::new(), Vec::new()),
    };
    drop::<Option<RotationLock>>(lock);
    let outcome = Outcome {
        committed,
        columns,
        failed,
        backups,
        elapsed,
        notes,
        actions,
        shared,
        shown_key: generated.then(|| new_key.expose().to_owned()),
    };
    if committed {
        let pending = keyfile::pending_path(&crate::keychange::flowfile::key_file_for(&db_path));
        crate::ui::output::record_commit(
            format!(
                "the rotation committed: every secret is now under the new master key, which is in {}",
                home.shown(&pending)
            ),
            &outcome.actions,
            outcome.code(),
        );
    }
    report(ctx, req, &new_key, &outcome)
}

/// The error of a rotation that some value stopped: the first 20 named.
fn rolled_back(failed: &[String]) -> Error {
    let shown: Vec<&str> = failed.iter().take(20).map(String::as_str).collect();
    Error::key(format!(
        "{} value(s) do not open with the old master key(s), so nothing was changed (rolled back): {}",
        failed.len(),
        shown.join("; ")
    ))
    .hint("pass the key they were written with as --old-key-file, or --skip-undecryptable to leave them")
}

/// The rotation lock (not for a dry run), the database, and whether
/// another process has it open (refused unless --force).
fn open_for_rotation(
    ctx: &Ctx,
    req: &SecretKeyRotateArgs,
    db_path: &Path,
) -> Result<(Option<RotationLock>, FlowfileDb, bool)> {
    let settings = &ctx.settings;
    let lock = match req.dry_run {
        true => None,
        false => Some(rotation_lock(&crate::keychange::flowfile::key_file_for(
            db_path,
        ))?),
    };
    let mut db = match req.dry_run {
        true => super::open_readable(settings)?,
        false => super::open_writable(settings)?,
    };
    let shared = !req.dry_run && !db.try_lock_exclusive()?;
    if shared && !req.force {
        return Err(Error::database(format!(
            "{} is open in another process (a running Flowfile keeps encrypting with the old master key)",
            db_path.display()
        ))
        .hint("stop Flowfile first, or pass --force if you are sure nothing writes to it"));
    }
    Ok((lock, db, shared))
}

/// The new master key (given, and then not weak unless allowed; or
/// generated) and whether it was generated (so shown once).
fn chosen_new_key(settings: &Settings, req: &SecretKeyRotateArgs) -> Result<(MasterKey, bool)> {
    let key = match (&req.new_key_file, &req.new_key_env) {
        (Some(path), _) => read_key_file(path, "new key file")?,
        (None, Some(var)) => {
            let text = new_key_env(settings, var)?;
            MasterKey::from_env(text).map_err(|e| {
                Error::key(format!("--new-key-env {var}: {e}"))
                    .hint("give a Fernet key (flowadmin secret-key generate)")
            })?
        }
        (None, None) => return Ok((MasterKey::generate(), true)),
    };
    refuse_weak_key(key.expose(), req.allow_weak_key)?;
    Ok((key, false))
}

/// Old keys: one an interrupted rotation installed, the configured one and
/// every --old-key-file, never the new one.
fn old_keys(
    settings: &Settings,
    req: &SecretKeyRotateArgs,
    installed: Option<MasterKey>,
    new_key: &MasterKey,
) -> Result<Vec<MasterKey>> {
    let mut olds: Vec<MasterKey> = installed.into_iter().collect();
    match settings.master_key() {
        Ok(k) if k.expose() != new_key.expose() => olds.push(k),
        Ok(_) => {}
        Err(e) if req.old_key_files.is_empty() => return Err(e),
        Err(_) => {}
    }
    for file in &req.old_key_files {
        let k = read_key_file(file, "old key file")?;
        if k.expose() != new_key.expose() {
            olds.push(k);
        }
    }
    if olds.is_empty() {
        return Err(Error::usage("the new master key is the one already configured and no --old-key-file was given, so there is nothing to rotate")
            .hint("give a different new key, or the old key with --old-key-file to finish a rotation"));
    }
    Ok(olds)
}

/// What each sealed value becomes, counted per column.
struct Decider<'a> {
    olds: &'a [MasterKey],
    new_key: &'a MasterKey,
    skip_undecryptable: bool,
    state: Mutex<(std::collections::BTreeMap<String, ColumnStats>, Vec<String>)>,
    /// Values decided so far, for the progress bar (on a terminal only).
    seen: std::sync::atomic::AtomicU64,
    bar: Option<indicatif::ProgressBar>,
}

impl Decider<'_> {
    fn decide(&self, slot: &SealedSlot) -> Option<String> {
        let plain = self.olds.iter().find_map(|k| k.open(slot.value));
        let current = plain.is_none() && self.new_key.open(slot.value).is_some();
        let resealed = plain
            .as_ref()
            .and_then(|p| self.new_key.reseal_like(slot.value, p))
            .filter(|v| self.new_key.open(v).is_some());
        let seen = self.seen.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        if let Some(bar) = &self.bar
            && seen.is_multiple_of(1024)
        {
            bar.set_position(seen);
        }
        let mut st = self.state.lock().expect("not poisoned");
        let (columns, failed) = &mut *st;
        // Looked up by &str: a column's name is allocated once, not per value.
        if !columns.contains_key(slot.column) {
            columns.insert(slot.column.to_owned(), ColumnStats::default());
        }
        let c = columns.get_mut(slot.column).expect("inserted above");
        match (current, resealed) {
            (true, _) => {
                c.already_current += 1;
                None
            }
            (false, Some(v)) => {
                c.reencrypted += 1;
                Some(v)
            }
            (false, None) if self.skip_undecryptable && plain.is_none() => {
                c.skipped += 1;
                None
            }
            (false, None) => {
                c.failed += 1;
                let name = slot.name.map(|n| format!(" ({n})")).unwrap_or_default();
                failed.push(format!("{} row {}{name}", slot.column, slot.row_id));
                None
            }
        }
    }

    fn nothing_failed(&self) -> bool {
        self.state.lock().expect("not poisoned").1.is_empty()
    }
}

/// The key-change protocol up to the commit ([`crate::keychange`], as for
/// Langflow): a copy of the catalog and the old key under a stamp no backup
/// uses yet, the new key pending, then the one transaction, committed only
/// if every value was decided and the configured key is still the one
/// read. Returns whether it committed, and the backups.
fn commit_in_order(
    settings: &Settings,
    db: &mut FlowfileDb,
    db_path: &Path,
    no_backup: bool,
    decider: &Decider,
) -> Result<(bool, Vec<PathBuf>)> {
    let key_file = crate::keychange::flowfile::key_file_for(db_path);
    let replaced = settings.master_key().ok().map(|k| k.expose().to_owned());
    let path_for = |stamp: &str| {
        let mut path = db_path.as_os_str().to_owned();
        path.push(format!(".backup-{stamp}"));
        PathBuf::from(path)
    };
    let take = |target: &Path| db.backup_to(target).map(|()| true).map_err(Into::into);
    let prepared = crate::keychange::prepare(
        &key_file,
        decider.new_key.expose(),
        crate::keychange::DatabaseBackup {
            path_for: &path_for,
            take: (!no_backup).then_some(&take as crate::keychange::TakeBackup),
        },
        |stamp| {
            let Some(old) = decider.olds.first() else {
                return Ok(Vec::new());
            };
            let key_backup = keyfile::backup_path(&key_file, stamp);
            keyfile::write_private(&key_backup, old.expose().as_bytes())?;
            Ok(vec![key_backup])
        },
    )?;
    let mut key_changed = false;
    let rewritten = db
        .rewrite_sealed(&|slot| decider.decide(slot), &mut || {
            key_changed = settings.master_key().ok().map(|k| k.expose().to_owned()) != replaced;
            decider.nothing_failed() && !key_changed
        })
        .map(|committed| crate::storage::Rewritten {
            committed,
            backup: None,
        });
    let concluded = crate::keychange::conclude(prepared, rewritten)?;
    if key_changed {
        return Err(Error::key("the configured master key changed while rotating, so nothing was changed (rolled back)")
            .hint("check where Flowfile keeps it (`flowadmin db locate`) and run the rotation again"));
    }
    Ok((concluded.committed, concluded.backups))
}

/// After the commit: the new key where Flowfile reads it (the `.new` file
/// then removed), or what the operator must do. Returns (notes, actions).
fn finish_after_commit(
    home: &FlowfileHome,
    new_key: &MasterKey,
    shared: bool,
) -> Result<(Vec<String>, Vec<String>)> {
    let installed = install_after_commit(home, new_key)?;
    let pending = keyfile::pending_path(home.key_file());
    let mut actions: Vec<String> = installed
        .action
        .map(|a| {
            format!(
                "{a} (the new key is in {}; remove it once done)",
                pending.display()
            )
        })
        .into_iter()
        .collect();
    if shared {
        actions.push(format!(
            "WARNING: another process (a running Flowfile?) had {} open during this forced rotation; it keeps the OLD master key until it is restarted: restart it now",
            home.db_path.display()
        ));
    }
    Ok((installed.done, actions))
}

/// Everything the report shows.
struct Outcome {
    committed: bool,
    columns: std::collections::BTreeMap<String, ColumnStats>,
    failed: Vec<String>,
    backups: Vec<PathBuf>,
    elapsed: f64,
    notes: Vec<String>,
    actions: Vec<String>,
    shared: bool,
    shown_key: Option<String>,
}

impl Outcome {
    /// 0 only when every value is now under the new key.
    fn code(&self) -> u8 {
        let totals = ColumnStats::total(self.columns.values());
        match self.failed.is_empty() && totals.skipped == 0 {
            true => 0,
            false => exit::KEY,
        }
    }
}

fn report(ctx: &Ctx, req: &SecretKeyRotateArgs, new_key: &MasterKey, o: &Outcome) -> Result<()> {
    let out = &ctx.out;
    let totals = ColumnStats::total(o.columns.values());
    if out.json_mode() {
        out.json(&json!({
            "product": "flowfile",
            "dry_run": req.dry_run,
            "committed": o.committed,
            "columns": o.columns,
            "totals": totals,
            "failed": o.failed,
            "backups": o.backups,
            "new_key": o.shown_key,
            "new_key_fingerprint": new_key.fingerprint(),
            "seconds": o.elapsed,
            "notes": o.notes,
            "actions_needed": o.actions,
            "other_process_had_database_open": o.shared,
        }))?;
    } else {
        out.line(format!(
            "{} {} value(s) under the new master key; {} already under it, {} skipped, {} failed ({:.2} s)",
            if req.dry_run { "would re-encrypt" } else { "re-encrypted" },
            totals.reencrypted,
            totals.already_current,
            totals.skipped,
            totals.failed,
            o.elapsed
        ))?;
        for (column, c) in &o.columns {
            out.line(c.line(column))?;
        }
        for f in &o.failed {
            out.line(format!("  does not open: {f}"))?;
        }
        if req.dry_run {
            out.line("dry run: nothing written")?;
        } else {
            for b in &o.backups {
                out.line(format!(
                    "backup: {}",
                    crate::ui::output::escape(&b.display().to_string())
                ))?;
            }
            if let Some(key) = &o.shown_key {
                out.line(format!("new master key (shown once): {key}"))?;
            }
        }
        for n in &o.notes {
            out.note(n);
        }
    }
    for a in &o.actions {
        out.warn(a);
    }
    if o.code() != 0 {
        return Err(not_all_current(&totals, o.failed.len(), !req.dry_run));
    }
    Ok(())
}
