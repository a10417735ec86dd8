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

use std::path::Path;

use crate::cli::SecretKeyRotateArgs;
use crate::commands::key_change::{new_key_env, refuse_weak_key, render, rotate_with_bar};
use crate::crypto::flowfile::MasterKey;
use crate::error::{Error, Result};
use crate::keychange::flowfile::{FlowfileHome, FlowfileRotation, Home, lock_for, read_key_file};
use crate::keychange::{KeyHome, before_change};
use crate::keyfile;
use crate::settings::Settings;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, req: &SecretKeyRotateArgs) -> Result<()> {
    let settings = &ctx.settings;
    let db_path = super::database_path(settings)?;
    // Whatever --force says, two rotations never interleave.
    let lock = match req.dry_run {
        true => None,
        false => Some(lock_for(&db_path)?),
    };
    let mut db = match req.dry_run {
        true => super::open_readable(settings)?,
        false => super::open_writable(settings)?,
    };
    let (new_key, generated) = chosen_new_key(settings, req)?;
    let installed = match &lock {
        Some(lock) => {
            let home = FlowfileHome::new(settings, &db, db_path.clone());
            let installed =
                before_change(&home, &lock.key, &home.temp_places(), &new_key, &ctx.out)?;
            let dir = home.key_file().parent().unwrap_or(Path::new("."));
            keyfile::check_folder_writable(dir, "the new key file and the backups")?;
            Home::of(settings)?.check_writable()?;
            installed
        }
        None => None,
    };
    let olds = old_keys(settings, req, installed, &new_key)?;
    let rotation = FlowfileRotation::new(settings, db_path, olds, new_key)?;
    let mut report = rotate_with_bar(ctx, &mut db, &rotation, req)?;
    drop(lock);
    report.fingerprint = Some(rotation.new_key.fingerprint());
    if generated {
        report.shown_key = Some(rotation.new_key.expose().to_owned());
    }
    render(ctx, &report)
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
