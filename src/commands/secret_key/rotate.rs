//! `flowadmin secret-key rotate`: every encrypted value re-encrypted under a
//! new key in one transaction, verified before commit, in an order on disk
//! that leaves a key that opens every value at any instant.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use serde_json::json;

use super::{
    env_file_of, keyrings_from_file, process_env_warning, read_key_file, remove_leftovers,
    rotation_lock, settle_interrupted,
};
use crate::cli::SecretKeyRotateArgs;
use crate::crypto::{Keyring, SecretKey, token_urlsafe};
use crate::error::{Error, Result};
use crate::keyfile;
use crate::settings::{KeySource, Settings};
use crate::storage::Database;
use crate::storage::secrets::{Rewrite, Slot, ValueRef};
use crate::ui::context::Ctx;

#[derive(Debug, Default, Clone, serde::Serialize)]
struct ColumnStats {
    reencrypted: u64,
    already_current: u64,
    skipped: u64,
    failed: u64,
}

#[derive(Default)]
struct State {
    columns: BTreeMap<String, ColumnStats>,
    failed: Vec<String>,
    seen: u64,
}

fn new_key(settings: &Settings, req: &SecretKeyRotateArgs) -> Result<(SecretKey, bool)> {
    if let Some(path) = req.new_key_file.as_deref() {
        let text = read_key_file(path, "new key file")?;
        // Written to secret_key exactly as used, so a trailing newline is dropped.
        return Ok((
            SecretKey::new(text.trim_end_matches(['\n', '\r']).to_owned()),
            false,
        ));
    }
    if let Some(var) = req.new_key_env.as_deref() {
        let value = settings
            .env()
            .get(var)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| {
                Error::not_found(format!(
                    "--new-key-env {var}: that environment variable is not set"
                ))
                .hint("export it (or use --new-key-file)")
            })?;
        return Ok((SecretKey::new(value.to_owned()), false));
    }
    Ok((SecretKey::new(token_urlsafe(32).to_string()), true))
}

/// A stamp for which neither backup name exists yet: backups never overwrite.
fn unique_backup_names(db_path: &Path, key_file: &Path) -> (String, PathBuf) {
    let base = keyfile::utc_stamp();
    (0..)
        .map(|n| {
            if n == 0 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .map(|stamp| {
            let mut name = db_path.as_os_str().to_owned();
            name.push(format!(".backup-{stamp}"));
            (stamp, PathBuf::from(name))
        })
        .find(|(stamp, db_backup)| {
            !db_backup.exists() && !keyfile::backup_path(key_file, stamp).exists()
        })
        .expect("some suffix is free")
}

/// The key text the rotation replaces, as read under the rotation lock:
/// checked again just before the commit, so a key that changed meanwhile
/// (Langflow writing its environment key over the file) stops the rotation.
fn key_on_disk(settings: &Settings) -> Option<String> {
    let source = settings.key_source();
    match &source {
        KeySource::Env(_) => settings.secret_key().ok().map(|k| k.expose().to_owned()),
        KeySource::File(path) => std::fs::read(path)
            .ok()
            .map(|b| String::from_utf8_lossy(&b).into_owned()),
        _ => None,
    }
}

/// Every file the rotation writes or renames after its commit must be
/// writable now, or nothing is done: the env file, the key file's folder,
/// and the database's folder for the backup.
fn preflight(settings: &Settings, db_path: &Path, req: &SecretKeyRotateArgs) -> Result<()> {
    let key_file = settings.secret_key_path();
    let config_dir = key_file.parent().unwrap_or(Path::new("."));
    keyfile::check_folder_writable(config_dir, "the new key file")?;
    if std::fs::symlink_metadata(&key_file).is_ok() {
        keyfile::check_file_writable(&key_file, "the key file")?;
    }
    if let Some(env_file) = env_file_of(&settings.key_source()) {
        keyfile::check_file_writable(env_file, "the env file")?;
    }
    if !req.no_backup {
        let db_dir = db_path.parent().unwrap_or(Path::new("."));
        keyfile::check_folder_writable(db_dir, "the database backup")?;
    }
    Ok(())
}

/// What an error after the commit must say: the database is already under
/// the new key, and where that key is.
fn after_commit(err: Error, key_at: &Path) -> Error {
    Error::key(format!(
        "the rotation committed, so the database is now under the new key, which is in {}, but finishing failed: {err}",
        key_at.display()
    ))
    .hint("fix that, then run `flowadmin secret-key check` to finish (Langflow must be given that key)")
}

pub fn run(ctx: &Ctx, req: &SecretKeyRotateArgs) -> Result<u8> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let target = settings.database()?;
    let db_path = target.sqlite_path()?.to_path_buf();
    let key_file = settings.secret_key_path();
    let pending = keyfile::pending_path(&key_file);
    // Whatever --force says, two rotations never interleave.
    let lock = if req.dry_run {
        None
    } else {
        Some(rotation_lock(&key_file)?)
    };
    let mut db = if req.dry_run {
        let db = Database::open_read_only(&db_path)?;
        db.require_langflow()?;
        db
    } else {
        Database::open_for_write(&db_path, settings.allow_unknown_revision)?
    };
    // Another process with the database open: refused unless --force, and
    // then the operator hears that it still works with the old key.
    let shared_with_others = !req.dry_run && !db.try_lock_exclusive()?;
    if shared_with_others && !req.force {
        return Err(Error::database(format!(
            "{} is open in another process (a running Langflow keeps encrypting with the old key)",
            db_path.display()
        ))
        .hint("stop Langflow first, or pass --force if you are sure nothing writes to it"));
    }
    let (new_key, generated) = new_key(settings, req)?;
    let key_source = settings.key_source();
    if let Some(lock) = &lock {
        remove_leftovers(settings, Some(&db_path), lock, out);
        // Finishing that very rotation (--new-key-file secret_key.new) is
        // this run's job; any other leftover is settled first, as check does.
        let finishing = std::fs::read_to_string(&pending)
            .is_ok_and(|t| t.trim_end_matches(['\n', '\r']) == new_key.expose());
        if !finishing && let Some(settled) = settle_interrupted(settings, &db, lock)? {
            out.warn(format!("note: {}", settled.message));
            if let Some(action) = settled.action {
                out.warn(action);
            }
        }
        preflight(settings, &db_path, req)?;
    }
    let replaced = key_on_disk(settings);

    // Old keys: the configured one (if any, and unless it is the new one)
    // and every --old-key-file.
    let mut olds: Vec<Keyring> = Vec::new();
    let configured = settings.secret_key();
    let configured_is_new = configured
        .as_ref()
        .is_ok_and(|k| k.expose() == new_key.expose());
    match &configured {
        Ok(_) if configured_is_new => {}
        Ok(key) => olds.push(key.keyring()?),
        Err(e) if req.old_key_files.is_empty() => return Err(Error::key(e.to_string())),
        Err(_) => {}
    }
    for file in &req.old_key_files {
        olds.extend(keyrings_from_file(file)?);
    }
    let new_ring = new_key.keyring()?;
    // An old key that is the new one (say, --old-key-file of the new key on a
    // rerun) would only re-encrypt finished values: leave it out.
    let probe = new_ring.encrypt(b"probe");
    olds.retain(|ring| ring.decrypt(&probe).is_none());
    if configured_is_new && olds.is_empty() {
        return Err(Error::usage("the new key is the key already configured and no --old-key-file was given, so there is nothing to rotate").hint("give a different new key, or the old key with --old-key-file to finish a rotation"));
    }

    let state = Mutex::new(State::default());
    let bar = crate::ui::progress::bar(ctx, db.secret_row_estimate()?);
    if let Some(bar) = &bar {
        bar.set_message(if req.dry_run {
            "checking"
        } else {
            "re-encrypting"
        });
    }
    let started = Instant::now();
    // Decides each value; runs on several threads, so the counters sit behind a lock
    // taken after the crypto, not around it.
    let decide = |slot: &Slot| -> Rewrite {
        // Old keys first: in a first run nearly every value opens with one,
        // which saves trying the new key; a value none opens may already be
        // under the new key (a rerun). The new key is never an old one.
        let plain = olds
            .iter()
            .find_map(|ring| ring.open(slot.cipher, slot.value).map(|(_, plain)| plain));
        let current = plain.is_none() && new_ring.open(slot.cipher, slot.value).is_some();
        // A replacement is used only once it opens with the new key; it is
        // then read back from the database after its batch is written.
        let rewrite = plain
            .as_ref()
            .map(|p| new_ring.seal(slot.cipher, p))
            .filter(|token| new_ring.open(slot.cipher, token).is_some());
        let unverified = plain.is_some() && rewrite.is_none();
        let mut st = state.lock().expect("not poisoned");
        st.seen += 1;
        if let Some(bar) = &bar
            && st.seen.is_multiple_of(1024)
        {
            bar.set_position(st.seen);
        }
        if !st.columns.contains_key(slot.column) {
            st.columns
                .insert(slot.column.to_owned(), ColumnStats::default());
        }
        let stats = st.columns.get_mut(slot.column).expect("inserted above");
        match (current, rewrite) {
            (true, _) => {
                stats.already_current += 1;
                Rewrite::Keep
            }
            (false, Some(token)) => {
                stats.reencrypted += 1;
                Rewrite::Replace(token)
            }
            (false, None) if unverified => {
                stats.failed += 1;
                st.failed.push(format!(
                    "{} (re-encrypted value did not open with the new key)",
                    ValueRef::of(slot).describe()
                ));
                Rewrite::Keep
            }
            (false, None) if req.skip_undecryptable => {
                stats.skipped += 1;
                Rewrite::Keep
            }
            (false, None) => {
                stats.failed += 1;
                st.failed.push(ValueRef::of(slot).describe());
                Rewrite::Keep
            }
        }
    };

    let mut backups = Vec::new();
    let mut key_changed_meanwhile = false;
    let committed = if req.dry_run {
        db.visit_secrets(&|slot| {
            decide(slot);
        })?;
        false
    } else {
        let (stamp, db_backup) = unique_backup_names(&db_path, &key_file);
        if !req.no_backup {
            db.backup_to(&db_backup)?;
            backups.push(db_backup);
        }
        if let Some(key_backup) = keyfile::backup(&key_file, &stamp)? {
            backups.push(key_backup);
        }
        keyfile::write_private(&pending, new_key.expose().as_bytes())?;
        let committed = db.rewrite_secrets(&decide, &mut || {
            // Under the lock no other flowadmin changes the key; anything else
            // that did (Langflow at start) means the old key is not the one read.
            key_changed_meanwhile = key_on_disk(settings) != replaced;
            state.lock().expect("not poisoned").failed.is_empty() && !key_changed_meanwhile
        })?;
        if !committed {
            // Nothing changed: drop the pending key and this run's backups.
            let _ = std::fs::remove_file(&pending);
            for backup in backups.drain(..) {
                let _ = std::fs::remove_file(backup);
            }
        }
        committed
    };
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let mut state = state.into_inner().expect("not poisoned");
    state.failed.sort();
    let elapsed = started.elapsed().as_secs_f64();

    if key_changed_meanwhile {
        return Err(Error::key("the configured secret key changed on disk while rotating (did Langflow start and write its key?), so nothing was changed (rolled back)").hint(format!(
            "check {} and run the rotation again",
            key_file.display()
        )));
    }
    let failures = state.failed.clone();
    if !req.dry_run && !committed {
        let shown: Vec<&str> = failures.iter().take(20).map(String::as_str).collect();
        return Err(Error::key(format!(
            "{} value(s) do not open with the old key(s), so nothing was changed (rolled back): {}{}",
            failures.len(),
            shown.join("; "),
            if failures.len() > shown.len() {
                format!("; and {} more", failures.len() - shown.len())
            } else {
                String::new()
            }
        )).hint("pass the key they were written with as --old-key-file, or --skip-undecryptable to leave them"));
    }

    let mut notes = Vec::new();
    let mut actions = Vec::new();
    if committed {
        keyfile::replace(&pending, &key_file).map_err(|e| after_commit(e, &pending))?;
        if let Some(env_file) = env_file_of(&key_source) {
            keyfile::rewrite_env_file(env_file, new_key.expose())
                .map_err(|e| after_commit(e, &key_file))?;
            notes.push(format!(
                "LANGFLOW_SECRET_KEY in {} now holds the new key",
                env_file.display()
            ));
        }
        if let Some(warning) = process_env_warning(&key_source, &key_file) {
            actions.push(warning);
        }
        if shared_with_others {
            actions.push(format!(
                "WARNING: another process (a running Langflow?) had {} open during this forced rotation; it keeps encrypting and decrypting with the OLD key until it is restarted with the new one: restart it now",
                db_path.display()
            ));
        }
    }
    drop(lock);
    let totals = state
        .columns
        .values()
        .fold(ColumnStats::default(), |mut acc, c| {
            acc.reencrypted += c.reencrypted;
            acc.already_current += c.already_current;
            acc.skipped += c.skipped;
            acc.failed += c.failed;
            acc
        });
    if out.json_mode() {
        out.json(&json!({
            "dry_run": req.dry_run,
            "committed": committed,
            "columns": state.columns,
            "totals": totals,
            "failed": failures,
            "backups": backups,
            "key_file": key_file,
            "new_key": generated.then(|| new_key.expose().to_owned()),
            "seconds": elapsed,
            "notes": notes.iter().chain(&actions).collect::<Vec<_>>(),
            "actions_needed": actions,
            "other_process_had_database_open": shared_with_others,
        }))?;
        for action in &actions {
            out.warn(action);
        }
    } else {
        let verb = if req.dry_run {
            "would re-encrypt"
        } else {
            "re-encrypted"
        };
        out.line(format!(
            "{verb} {} value(s) under the new key; {} already under it, {} skipped, {} failed ({:.2} s)",
            totals.reencrypted, totals.already_current, totals.skipped, totals.failed, elapsed
        ))?;
        for (column, c) in &state.columns {
            out.line(format!(
                "  {column}: {} re-encrypted, {} current, {} skipped, {} failed",
                c.reencrypted, c.already_current, c.skipped, c.failed
            ))?;
        }
        for failure in &failures {
            out.line(format!("  does not open: {failure}"))?;
        }
        if req.dry_run {
            out.line("dry run: nothing written")?;
        } else {
            for b in &backups {
                out.line(format!("backup: {}", b.display()))?;
            }
            out.line(format!("the new key is in {}", key_file.display()))?;
            if generated {
                out.line(format!("new key (shown once): {}", new_key.expose()))?;
            }
        }
        for note in &notes {
            out.note(note);
        }
        for action in &actions {
            out.warn(action);
        }
    }
    // 0 only when every value is now under the new key (skipped ones are not).
    Ok(if failures.is_empty() && totals.skipped == 0 {
        0
    } else {
        crate::error::exit::KEY
    })
}
