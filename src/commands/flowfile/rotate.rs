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
use crate::commands::secret_key::{ColumnStats, crash_point, new_key_env, rotation_lock};
use crate::crypto::flowfile::MasterKey;
use crate::error::{Error, Result, exit};
use crate::keyfile;
use crate::settings::flowfile::{MasterKeySource, STORE_FILE, STORE_KEY_FILE};
use crate::settings::{Settings, Source};
use crate::storage::Database;
use crate::storage::flowfile::SealedSlot;
use crate::ui::context::Ctx;

/// The files of a Flowfile key change, beside the database.
struct Places {
    db: PathBuf,
    /// Not a file Flowfile reads: the name the lock, the pending key and the
    /// key backups are derived from.
    key_file: PathBuf,
    pending: PathBuf,
}

/// The rotation lock of this Flowfile database (held by generate --write too).
pub(crate) fn lock_for(settings: &Settings) -> Result<crate::commands::secret_key::RotationLock> {
    rotation_lock(&places(settings)?.key_file)
}

/// Held by a write that encrypts (`secret set`) from before it reads the
/// master key until its commit: it waits for a rotation in progress (up to
/// 30 s), and a rotation waits for it, so no secret is ever sealed under a
/// key being replaced. A rotation a crash left half-done is settled first.
pub(crate) fn guard_for_encrypting(
    ctx: &Ctx,
    db: &Database,
) -> Result<(keyfile::KeyLock, Option<MasterKey>)> {
    let at = places(&ctx.settings)?;
    let lock = keyfile::KeyLock::exclusive_within(&at.key_file, std::time::Duration::from_secs(30))
        .map_err(crate::commands::secret_key::lock_error)?;
    let installed = settle_locked(ctx, db, &at)?;
    Ok((lock, installed))
}

fn places(settings: &Settings) -> Result<Places> {
    let db = super::database_path(settings)?;
    let dir = db
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let key_file = dir.join("flowfile_master_key");
    Ok(Places {
        pending: keyfile::pending_path(&key_file),
        key_file,
        db,
    })
}

/// Where the new key must go after the commit, or what the operator must do.
enum Home {
    Store(PathBuf),
    EnvFile(PathBuf),
    /// The process environment or a Docker secret: flowadmin cannot change
    /// it; the operator must.
    Outside(String),
}

fn home(settings: &Settings) -> Result<Home> {
    Ok(match settings.master_key_source()? {
        MasterKeySource::Store { dir, .. } => Home::Store(dir),
        MasterKeySource::Env(Source::EnvFile { path, .. }) => Home::EnvFile(path),
        MasterKeySource::Env(source) => Home::Outside(format!(
            "FLOWFILE_MASTER_KEY ({source}): change it to the new key before starting Flowfile"
        )),
        MasterKeySource::DockerSecret(path) => Home::Outside(format!(
            "the Docker secret {}: replace it with the new key before starting Flowfile",
            path.display()
        )),
        MasterKeySource::NoneInDocker => {
            return Err(Error::key("no master key: FLOWFILE_MODE is docker and neither FLOWFILE_MASTER_KEY nor the Docker secret is set")
                .hint("set FLOWFILE_MASTER_KEY as Flowfile's container has it (or --env-file with its .env)"));
        }
    })
}

/// Puts the new key where Flowfile reads it; returns (what was done, what
/// the operator must still do).
fn install(home: &Home, key: &MasterKey) -> Result<(Option<String>, Option<String>)> {
    match home {
        Home::Store(dir) => {
            keyfile::store::write_entry(
                dir,
                STORE_FILE,
                STORE_KEY_FILE,
                "master_key",
                key.expose(),
            )?;
            Ok((
                Some(format!(
                    "the master key in {} was replaced",
                    dir.join(STORE_FILE).display()
                )),
                None,
            ))
        }
        Home::EnvFile(path) => {
            keyfile::rewrite_env_var(path, "FLOWFILE_MASTER_KEY", key.expose())?;
            Ok((
                Some(format!(
                    "FLOWFILE_MASTER_KEY in {} now holds the new key",
                    path.display()
                )),
                None,
            ))
        }
        Home::Outside(what) => Ok((None, Some(format!("ACTION NEEDED: {what}")))),
    }
}

fn read_key_file(path: &Path, what: &str) -> Result<MasterKey> {
    let text = keyfile::read_key_text(path, what)?;
    MasterKey::from_secret_file(&text).map_err(|e| {
        Error::key(format!("{}: {e}", path.display()))
            .hint("give a file holding a Flowfile master key")
    })
}

fn opens_all(key: &MasterKey, db: &Database) -> Result<bool> {
    Ok(crate::integrity::verify_flowfile(key, db)?.all_open())
}

/// A `flowfile_master_key.new` left by an interrupted rotation: removed if
/// the configured key still opens every value (it never committed), else
/// installed if it opens them all (it did), else an error that says how to
/// finish. Takes the rotation lock. Returns the key now in force when it
/// installed one (the settings read before still hold the old one).
pub(crate) fn settle_interrupted(ctx: &Ctx, db: &Database) -> Result<Option<MasterKey>> {
    let at = places(&ctx.settings)?;
    if !at.pending.exists() {
        return Ok(None);
    }
    let _lock = rotation_lock(&at.key_file)?;
    settle_locked(ctx, db, &at)
}

/// What a killed run left beside the database (a half-made copy of the
/// catalog, with every sealed secret; temp files holding keys) and beside
/// an env file it rewrites. Only under the exclusive rotation lock.
fn remove_leftovers(ctx: &Ctx, at: &Places) {
    let dir = at.key_file.parent().unwrap_or(Path::new("."));
    let mut places = vec![(
        dir.to_path_buf(),
        vec![
            keyfile::TEMP_PREFIX.to_owned(),
            keyfile::backup_temp_prefix(&at.db),
        ],
    )];
    if let Ok(Home::EnvFile(env_file)) = home(&ctx.settings)
        && let Ok(real) = std::fs::canonicalize(env_file)
        && let Some(env_dir) = real.parent()
    {
        places.push((env_dir.to_path_buf(), vec![keyfile::TEMP_PREFIX.to_owned()]));
    }
    for (dir, prefixes) in places {
        for removed in keyfile::remove_stale_temps(&dir, &prefixes) {
            ctx.out.note(format!(
                "removed {}, left by an interrupted flowadmin run",
                removed.display()
            ));
        }
    }
}

fn settle_locked(ctx: &Ctx, db: &Database, at: &Places) -> Result<Option<MasterKey>> {
    if !at.pending.exists() {
        return Ok(None);
    }
    let out = &ctx.out;
    if let Ok(current) = ctx.settings.master_key()
        && opens_all(&current, db)?
    {
        std::fs::remove_file(&at.pending).map_err(|e| Error::io(at.pending.display(), e))?;
        keyfile::sync_folder(&at.pending)?;
        out.warn(format!(
            "note: removed {}: a rotation had stopped before its commit, and the master key opens every value",
            at.pending.display()
        ));
        return Ok(None);
    }
    let new = read_key_file(&at.pending, "interrupted rotation's key file")?;
    if !opens_all(&new, db)? {
        return Err(Error::key(format!(
            "{} is left from an interrupted rotation, but neither it nor the configured master key opens every value",
            at.pending.display()
        ))
        .hint("finish with `flowadmin secret-key rotate --new-key-file <that file> --old-key-file <the old key's backup>`"));
    }
    let (done, action) = install(&home(&ctx.settings)?, &new)?;
    if action.is_none() {
        std::fs::remove_file(&at.pending).map_err(|e| Error::io(at.pending.display(), e))?;
        keyfile::sync_folder(&at.pending)?;
    }
    out.warn(format!(
        "note: finished an interrupted rotation: the database was already under the new master key{}",
        done.map(|d| format!("; {d}")).unwrap_or_default()
    ));
    if let Some(action) = action {
        out.warn(format!("{action} (it is in {})", at.pending.display()));
    }
    Ok(Some(new))
}

pub fn run(ctx: &Ctx, req: &SecretKeyRotateArgs) -> Result<()> {
    let settings = &ctx.settings;
    let at = places(settings)?;
    let (lock, mut db, shared) = open_for_rotation(ctx, req, &at)?;
    let (new_key, generated) = chosen_new_key(settings, req)?;
    let home = home(settings)?;
    let installed = match &lock {
        Some(_) => prepare_locked(ctx, &db, &at, &home, &new_key)?,
        None => None,
    };
    let olds = old_keys(settings, req, installed, &new_key)?;
    let decider = Decider {
        olds: &olds,
        new_key: &new_key,
        skip_undecryptable: req.skip_undecryptable,
        state: Mutex::default(),
    };
    let started = std::time::Instant::now();
    let (committed, backups) = if req.dry_run {
        db.visit_sealed(&|slot| {
            decider.decide(slot);
        })?;
        (false, Vec::new())
    } else {
        commit_in_order(settings, &mut db, &at, req.no_backup, &decider)?
    };
    let elapsed = started.elapsed().as_secs_f64();
    let (columns, mut failed) = decider.state.into_inner().expect("not poisoned");
    failed.sort();
    if !req.dry_run && !committed {
        let shown: Vec<&str> = failed.iter().take(20).map(String::as_str).collect();
        return Err(Error::key(format!(
            "{} value(s) do not open with the old master key(s), so nothing was changed (rolled back): {}",
            failed.len(),
            shown.join("; ")
        ))
        .hint("pass the key they were written with as --old-key-file, or --skip-undecryptable to leave them"));
    }
    let (notes, actions) = match committed {
        true => finish_after_commit(&at, &home, &new_key, shared)?,
        false => (Vec::new(), Vec::new()),
    };
    drop(lock);
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
        crate::ui::output::record_commit(
            format!(
                "the rotation committed: every secret is now under the new master key, which is in {}",
                home_text(&home, &at)
            ),
            &outcome.actions,
            outcome.code(),
        );
    }
    report(ctx, req, &new_key, &outcome)
}

/// The rotation lock (not for a dry run), the database, and whether
/// another process has it open (refused unless --force).
fn open_for_rotation(
    ctx: &Ctx,
    req: &SecretKeyRotateArgs,
    at: &Places,
) -> Result<(
    Option<crate::commands::secret_key::RotationLock>,
    Database,
    bool,
)> {
    let settings = &ctx.settings;
    let lock = match req.dry_run {
        true => None,
        false => Some(rotation_lock(&at.key_file)?),
    };
    let mut db = match req.dry_run {
        true => super::open_readable(settings)?,
        false => super::open_writable(settings)?,
    };
    let shared = !req.dry_run && !db.try_lock_exclusive()?;
    if shared && !req.force {
        return Err(Error::database(format!(
            "{} is open in another process (a running Flowfile keeps encrypting with the old master key)",
            at.db.display()
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
    crate::commands::secret_key::refuse_weak_key(key.expose(), req.allow_weak_key)?;
    Ok((key, false))
}

/// Under the rotation lock: what a killed run left is removed, an
/// interrupted rotation settled (unless this run finishes that very one),
/// and every file written after the commit checked writable now. Returns
/// the key an interrupted rotation installed.
fn prepare_locked(
    ctx: &Ctx,
    db: &Database,
    at: &Places,
    home: &Home,
    new_key: &MasterKey,
) -> Result<Option<MasterKey>> {
    let finishing = std::fs::read_to_string(&at.pending)
        .ok()
        .and_then(|t| MasterKey::from_secret_file(&t).ok())
        .is_some_and(|k| k.expose() == new_key.expose());
    remove_leftovers(ctx, at);
    let installed = match finishing {
        true => None,
        false => settle_locked(ctx, db, at)?,
    };
    let dir = at.key_file.parent().unwrap_or(Path::new("."));
    keyfile::check_folder_writable(dir, "the new key file and the backups")?;
    match home {
        Home::Store(dir) => {
            keyfile::check_file_writable(&dir.join(STORE_FILE), "the secure store")?
        }
        Home::EnvFile(path) => keyfile::check_file_writable(path, "the env file")?,
        Home::Outside(_) => {}
    }
    Ok(installed)
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
}

impl Decider<'_> {
    fn decide(&self, slot: &SealedSlot) -> Option<String> {
        let plain = self.olds.iter().find_map(|k| k.open(slot.value));
        let current = plain.is_none() && self.new_key.open(slot.value).is_some();
        let resealed = plain
            .as_ref()
            .and_then(|p| self.new_key.reseal_like(slot.value, p))
            .filter(|v| self.new_key.open(v).is_some());
        let mut st = self.state.lock().expect("not poisoned");
        let (columns, failed) = &mut *st;
        let c = columns.entry(slot.column.to_owned()).or_default();
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
    db: &mut Database,
    at: &Places,
    no_backup: bool,
    decider: &Decider,
) -> Result<(bool, Vec<PathBuf>)> {
    let replaced = settings.master_key().ok().map(|k| k.expose().to_owned());
    let path_for = |stamp: &str| {
        let mut path = at.db.as_os_str().to_owned();
        path.push(format!(".backup-{stamp}"));
        PathBuf::from(path)
    };
    let take = |target: &Path| db.backup_to(target).map(|()| true).map_err(Into::into);
    let prepared = crate::keychange::prepare(
        &at.key_file,
        decider.new_key.expose(),
        crate::keychange::DatabaseBackup {
            path_for: &path_for,
            take: (!no_backup).then_some(&take as crate::keychange::TakeBackup),
        },
        |stamp| {
            let Some(old) = decider.olds.first() else {
                return Ok(Vec::new());
            };
            let key_backup = keyfile::backup_path(&at.key_file, stamp);
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
    at: &Places,
    home: &Home,
    new_key: &MasterKey,
    shared: bool,
) -> Result<(Vec<String>, Vec<String>)> {
    let (done, action) = install(home, new_key).map_err(|e| {
        Error::key(format!(
            "the rotation committed, so the database is now under the new master key, which is in {}, but installing it failed: {e}",
            at.pending.display()
        ))
        .hint("fix that, then run `flowadmin secret-key check` to finish")
    })?;
    let notes: Vec<String> = done.into_iter().collect();
    let mut actions = Vec::new();
    match action {
        None => {
            std::fs::remove_file(&at.pending).map_err(|e| Error::io(at.pending.display(), e))?;
            keyfile::sync_folder(&at.pending)?;
        }
        Some(action) => actions.push(format!(
            "{action} (the new key is in {}; remove it once done)",
            at.pending.display()
        )),
    }
    crash_point("after-rename");
    if shared {
        actions.push(format!(
            "WARNING: another process (a running Flowfile?) had {} open during this forced rotation; it keeps the OLD master key until it is restarted: restart it now",
            at.db.display()
        ));
    }
    Ok((notes, actions))
}

fn home_text(home: &Home, at: &Places) -> String {
    match home {
        Home::Store(dir) => dir.join(STORE_FILE).display().to_string(),
        Home::EnvFile(path) => path.display().to_string(),
        Home::Outside(_) => at.pending.display().to_string(),
    }
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
        return Err(crate::commands::secret_key::not_all_current(
            &totals,
            o.failed.len(),
            !req.dry_run,
        ));
    }
    Ok(())
}
