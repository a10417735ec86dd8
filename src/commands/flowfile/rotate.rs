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

pub fn run(ctx: &Ctx, req: &SecretKeyRotateArgs) -> Result<u8> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let at = places(settings)?;
    let lock = if req.dry_run {
        None
    } else {
        Some(rotation_lock(&at.key_file)?)
    };
    let mut db = if req.dry_run {
        super::open_readable(settings)?
    } else {
        super::open_writable(settings)?
    };
    let shared = !req.dry_run && !db.try_lock_exclusive()?;
    if shared && !req.force {
        return Err(Error::database(format!(
            "{} is open in another process (a running Flowfile keeps encrypting with the old master key)",
            at.db.display()
        ))
        .hint("stop Flowfile first, or pass --force if you are sure nothing writes to it"));
    }
    let new_key = match (&req.new_key_file, &req.new_key_env) {
        (Some(path), _) => (read_key_file(path, "new key file")?, false),
        (None, Some(var)) => {
            let text = new_key_env(settings, var)?;
            let key = MasterKey::from_env(text).map_err(|e| {
                Error::key(format!("--new-key-env {var}: {e}"))
                    .hint("give a Fernet key (flowadmin secret-key generate)")
            })?;
            (key, false)
        }
        (None, None) => (MasterKey::generate(), true),
    };
    let (new_key, generated) = new_key;
    if !generated {
        crate::commands::secret_key::refuse_weak_key(new_key.expose(), req.allow_weak_key)?;
    }
    let home = home(settings)?;
    let mut installed = None;
    if lock.is_some() {
        let finishing = std::fs::read_to_string(&at.pending)
            .ok()
            .and_then(|t| MasterKey::from_secret_file(&t).ok())
            .is_some_and(|k| k.expose() == new_key.expose());
        remove_leftovers(ctx, &at);
        if !finishing {
            installed = settle_locked(ctx, &db, &at)?;
        }
        // Everything written after the commit must be writable now.
        let dir = at.key_file.parent().unwrap_or(Path::new("."));
        keyfile::check_folder_writable(dir, "the new key file and the backups")?;
        match &home {
            Home::Store(dir) => {
                keyfile::check_file_writable(&dir.join(STORE_FILE), "the secure store")?
            }
            Home::EnvFile(path) => keyfile::check_file_writable(path, "the env file")?,
            Home::Outside(_) => {}
        }
    }
    // Old keys: the configured one and every --old-key-file, not the new one.
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
    let replaced = settings.master_key().ok().map(|k| k.expose().to_owned());

    let state = Mutex::new((
        std::collections::BTreeMap::<String, ColumnStats>::new(),
        Vec::<String>::new(),
    ));
    let decide = |slot: &SealedSlot| -> Option<String> {
        let plain = olds.iter().find_map(|k| k.open(slot.value));
        let current = plain.is_none() && new_key.open(slot.value).is_some();
        let resealed = plain
            .as_ref()
            .and_then(|p| new_key.reseal_like(slot.value, p))
            .filter(|v| new_key.open(v).is_some());
        let mut st = state.lock().expect("not poisoned");
        let (columns, failed) = &mut *st;
        let c = columns.entry(slot.column.to_owned()).or_default();
        let name = slot.name.map(|n| format!(" ({n})")).unwrap_or_default();
        match (current, resealed) {
            (true, _) => {
                c.already_current += 1;
                None
            }
            (false, Some(v)) => {
                c.reencrypted += 1;
                Some(v)
            }
            (false, None) if req.skip_undecryptable && plain.is_none() => {
                c.skipped += 1;
                None
            }
            (false, None) => {
                c.failed += 1;
                failed.push(format!("{} row {}{name}", slot.column, slot.row_id));
                None
            }
        }
    };
    let started = std::time::Instant::now();
    let mut backups: Vec<PathBuf> = Vec::new();
    let mut key_changed = false;
    let committed = if req.dry_run {
        db.visit_sealed(&|slot| {
            decide(slot);
        })?;
        false
    } else {
        let db_backup_at = |stamp: &str| {
            let mut path = at.db.as_os_str().to_owned();
            path.push(format!(".backup-{stamp}"));
            PathBuf::from(path)
        };
        let stamp = keyfile::free_stamp(|stamp| {
            db_backup_at(stamp).exists() || keyfile::backup_path(&at.key_file, stamp).exists()
        });
        let key_backup = keyfile::backup_path(&at.key_file, &stamp);
        let db_backup = db_backup_at(&stamp);
        if !req.no_backup {
            db.backup_to(&db_backup)?;
            backups.push(db_backup);
        }
        if let Some(old) = olds.first() {
            keyfile::write_private(&key_backup, old.expose().as_bytes())?;
            backups.push(key_backup);
        }
        keyfile::write_private(&at.pending, new_key.expose().as_bytes())?;
        crash_point("before-commit");
        let result = db.rewrite_sealed(&decide, &mut || {
            key_changed = settings.master_key().ok().map(|k| k.expose().to_owned()) != replaced;
            state.lock().expect("not poisoned").1.is_empty() && !key_changed
        });
        let committed = match result {
            Ok(c) => c,
            Err(e) => {
                let _ = std::fs::remove_file(&at.pending);
                return Err(e.into());
            }
        };
        if !committed {
            let _ = std::fs::remove_file(&at.pending);
            for b in backups.drain(..) {
                let _ = std::fs::remove_file(b);
            }
        } else {
            crash_point("after-commit");
        }
        committed
    };
    let elapsed = started.elapsed().as_secs_f64();
    let (columns, mut failed) = state.into_inner().expect("not poisoned");
    failed.sort();
    if key_changed {
        return Err(Error::key("the configured master key changed while rotating, so nothing was changed (rolled back)")
            .hint("check where Flowfile keeps it (`flowadmin db locate`) and run the rotation again"));
    }
    if !req.dry_run && !committed {
        let shown: Vec<&str> = failed.iter().take(20).map(String::as_str).collect();
        return Err(Error::key(format!(
            "{} value(s) do not open with the old master key(s), so nothing was changed (rolled back): {}",
            failed.len(),
            shown.join("; ")
        ))
        .hint("pass the key they were written with as --old-key-file, or --skip-undecryptable to leave them"));
    }
    let (mut notes, mut actions) = (Vec::new(), Vec::new());
    if committed {
        let (done, action) = install(&home, &new_key).map_err(|e| {
            Error::key(format!(
                "the rotation committed, so the database is now under the new master key, which is in {}, but installing it failed: {e}",
                at.pending.display()
            ))
            .hint("fix that, then run `flowadmin secret-key check` to finish")
        })?;
        notes.extend(done);
        match action {
            None => {
                std::fs::remove_file(&at.pending)
                    .map_err(|e| Error::io(at.pending.display(), e))?;
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
    }
    drop(lock);
    let totals = ColumnStats::total(columns.values());
    let code = if failed.is_empty() && totals.skipped == 0 {
        0
    } else {
        exit::KEY
    };
    if committed {
        let home_text = match &home {
            Home::Store(dir) => dir.join(STORE_FILE).display().to_string(),
            Home::EnvFile(path) => path.display().to_string(),
            Home::Outside(_) => at.pending.display().to_string(),
        };
        crate::ui::output::record_commit(
            format!(
                "the rotation committed: every secret is now under the new master key, which is in {home_text}"
            ),
            &actions,
            code,
        );
    }
    let shown_key = generated.then(|| new_key.expose().to_owned());
    if out.json_mode() {
        out.json(&json!({
            "product": "flowfile",
            "dry_run": req.dry_run,
            "committed": committed,
            "columns": columns,
            "totals": totals,
            "failed": failed,
            "backups": backups,
            "new_key": shown_key,
            "new_key_fingerprint": new_key.fingerprint(),
            "seconds": elapsed,
            "notes": notes,
            "actions_needed": actions,
            "other_process_had_database_open": shared,
        }))?;
    } else {
        out.line(format!(
            "{} {} value(s) under the new master key; {} already under it, {} skipped, {} failed ({elapsed:.2} s)",
            if req.dry_run { "would re-encrypt" } else { "re-encrypted" },
            totals.reencrypted,
            totals.already_current,
            totals.skipped,
            totals.failed
        ))?;
        for (column, c) in &columns {
            out.line(c.line(column))?;
        }
        for f in &failed {
            out.line(format!("  does not open: {f}"))?;
        }
        if req.dry_run {
            out.line("dry run: nothing written")?;
        } else {
            for b in &backups {
                out.line(format!(
                    "backup: {}",
                    crate::ui::output::escape(&b.display().to_string())
                ))?;
            }
            if let Some(key) = &shown_key {
                out.line(format!("new master key (shown once): {key}"))?;
            }
        }
        for n in &notes {
            out.note(n);
        }
    }
    for a in &actions {
        out.warn(a);
    }
    if code != 0 {
        return Err(crate::commands::secret_key::not_all_current(
            &totals,
            failed.len(),
            !req.dry_run,
        ));
    }
    Ok(code)
}
