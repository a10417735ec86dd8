//! `flowadmin secret-key rotate`: every encrypted value re-encrypted under a
//! new key in one transaction, verified before commit, in an order on disk
//! that leaves a key that opens every value at any instant.

use std::path::Path;

use super::refuse_partial_key;
use crate::cli::SecretKeyRotateArgs;
use crate::commands::key_change::{new_key_env, refuse_weak_key, render, rotate_with_bar};
use crate::commands::{open_readable, open_writable};
use crate::crypto::{Keyring, SecretKey, token_urlsafe};
use crate::error::{Error, Result};
use crate::keychange::langflow::{
    LangflowHome, LangflowKeys, LangflowRotation, env_file_of, keyrings_from_file, temp_places,
};
use crate::keychange::{before_change, rotation_lock};
use crate::keyfile;
use crate::settings::Settings;
use crate::storage::Store;
use crate::storage::sealed::LangflowValues;
use crate::ui::context::Ctx;

fn new_key(settings: &Settings, req: &SecretKeyRotateArgs) -> Result<(SecretKey, bool)> {
    if let Some(path) = req.new_key_file.as_deref() {
        let text = keyfile::read_key_text(path, "new key file")?;
        // Written to secret_key exactly as used, so a trailing newline is dropped.
        refuse_weak_key(keyfile::as_given(&text), req.allow_weak_key)?;
        let key = SecretKey::new(keyfile::as_given(&text).to_owned());
        refuse_partial_key(&key)?;
        return Ok((key, false));
    }
    if let Some(var) = req.new_key_env.as_deref() {
        let text = new_key_env(settings, var)?;
        refuse_weak_key(text, req.allow_weak_key)?;
        let key = SecretKey::new(text.to_owned());
        refuse_partial_key(&key)?;
        return Ok((key, false));
    }
    Ok((SecretKey::new(token_urlsafe(32).to_string()), true))
}

/// Every file the rotation writes or renames after its commit must be
/// writable now, or nothing is done: the env file, the key file's folder,
/// and the backup's folder.
fn preflight(settings: &Settings, db: &Store, req: &SecretKeyRotateArgs) -> Result<()> {
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
        let backup_at = db.backup_path(&settings.config_dir, "stamp");
        let db_dir = backup_at
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        keyfile::check_folder_writable(db_dir, "the database backup")?;
    }
    Ok(())
}

/// Old keys: the configured one (if any, and unless it is the new one) and
/// every --old-key-file.
fn choose_keys(
    settings: &Settings,
    req: &SecretKeyRotateArgs,
    new_key: SecretKey,
) -> Result<LangflowKeys> {
    let mut olds: Vec<Keyring> = Vec::new();
    let configured = settings.secret_key();
    let configured_is_new = configured
        .as_ref()
        .is_ok_and(|k| k.expose() == new_key.expose());
    match &configured {
        Ok(_) if configured_is_new => {}
        Ok(key) => olds.push(key.keyring()?),
        Err(e) if req.old_key_files.is_empty() => return Err(e.clone()),
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
        return Err(Error::usage(
            "the new key is the key already configured and no --old-key-file was given, so there is nothing to rotate",
        )
        .hint("give a different new key, or the old key with --old-key-file to finish a rotation"));
    }
    Ok(LangflowKeys {
        olds,
        new_key,
        new_ring,
    })
}

pub fn run(ctx: &Ctx, req: &SecretKeyRotateArgs) -> Result<()> {
    run_to(ctx, req, None)
}

/// A rotation to `preset` (a rollback's old key, exactly as it was) or to
/// the key `req` names or generates.
pub(super) fn run_to(
    ctx: &Ctx,
    req: &SecretKeyRotateArgs,
    preset: Option<SecretKey>,
) -> Result<()> {
    let settings = &ctx.settings;
    let key_file = settings.secret_key_path();
    // The new key is judged before anything is locked or opened.
    let restoring = preset.is_some();
    let (new_key, generated) = match preset {
        Some(key) => (key, false),
        None => new_key(settings, req)?,
    };
    // Whatever --force says, two rotations never interleave.
    let lock = match req.dry_run {
        true => None,
        false => Some(rotation_lock(&key_file)?),
    };
    let mut db = match req.dry_run {
        true => open_readable(settings)?,
        false => open_writable(settings)?,
    };
    crate::keyuse::langflow::refuse_short_key_on_old_schema(&new_key, db.schema())?;
    if let Some(lock) = &lock {
        let home = LangflowHome::new(settings, db.secrets());
        let places = temp_places(settings, db.file());
        before_change(&home, &lock.key, &places, &new_key, &ctx.out)?;
        preflight(settings, &db, req)?;
    }
    let keys = choose_keys(settings, req, new_key)?;
    let noun = if restoring { "restored key" } else { "new key" };
    let rotation = LangflowRotation::new(settings, keys, noun);
    let mut store = LangflowValues {
        db: &mut db,
        config_dir: &settings.config_dir,
    };
    let mut report = rotate_with_bar(ctx, &mut store, &rotation, req)?;
    drop(lock);
    if generated {
        report.shown_key = Some(rotation.keys.new_key.expose().to_owned());
    }
    render(ctx, &report)
}
