//! `flowadmin secret-key ...`: one file per subcommand, plus finishing an
//! interrupted rotation (shared by `rotate` and `check`).

mod check;
mod generate;
mod rotate;

use std::path::Path;

use crate::cli::SecretKeyCommand;
use crate::crypto::{Keyring, SecretKey};
use crate::error::{Error, Result};
use crate::integrity;
use crate::keyfile;
use crate::output::Output;
use crate::settings::{KeySource, Settings, Source};
use crate::storage::Database;

pub fn run(settings: &Settings, out: &Output, command: &SecretKeyCommand) -> Result<u8> {
    match command {
        SecretKeyCommand::Generate { write, format } => {
            generate::run(settings, out, *write, *format)
        }
        SecretKeyCommand::Rotate {
            new_key_file,
            new_key_env,
            old_key_files,
            dry_run,
            no_backup,
            skip_undecryptable,
            force,
        } => rotate::run(
            settings,
            out,
            rotate::Request {
                new_key_file: new_key_file.as_deref(),
                new_key_env: new_key_env.as_deref(),
                old_key_files,
                dry_run: *dry_run,
                no_backup: *no_backup,
                skip_undecryptable: *skip_undecryptable,
                force: *force,
            },
        ),
        SecretKeyCommand::Check { key_file } => check::run(settings, out, key_file.as_deref()),
    }
}

/// The keyrings a key file can mean: the text as Langflow reads it, and
/// (for a file written with a trailing newline) the text without it.
pub(crate) fn keyrings_from_file(path: &Path) -> Result<Vec<Keyring>> {
    let bytes = std::fs::read(path).map_err(|e| {
        Error::Key(format!(
            "cannot read the key file {} ({}); check the path and its permissions",
            path.display(),
            e.kind()
        ))
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::Key(format!("the key file {} is not UTF-8 text", path.display())))?;
    let mut rings = Vec::new();
    let mut first_err = None;
    let trimmed = text.trim_end_matches(['\n', '\r']).to_owned();
    for candidate in [text.clone(), trimmed]
        .into_iter()
        .filter(|c| !c.is_empty())
    {
        match SecretKey::new(candidate).keyring() {
            Ok(ring) => rings.push(ring),
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
        if text.trim_end_matches(['\n', '\r']) == text {
            break;
        }
    }
    if rings.is_empty() {
        return Err(match first_err {
            Some(e) => Error::Key(format!("{}: {e}", path.display())),
            None => Error::Key(format!("the key file {} is empty", path.display())),
        });
    }
    Ok(rings)
}

/// When the configured key came from `--env-file`, that file.
pub(crate) fn env_file_of(source: &KeySource) -> Option<&Path> {
    match source {
        KeySource::Env(Source::EnvFile { path, .. }) => Some(path),
        _ => None,
    }
}

/// What the operator must still do when the key came from the process
/// environment (Langflow writes LANGFLOW_SECRET_KEY over secret_key at start).
pub(crate) fn process_env_warning(source: &KeySource, key_file: &Path) -> Option<String> {
    matches!(source, KeySource::Env(Source::Env(_))).then(|| {
        format!(
            "ACTION NEEDED: LANGFLOW_SECRET_KEY is set in the environment Langflow runs with; change it to the new key (now in {}) or unset it before starting Langflow, or Langflow will write the old key back and the values will not open",
            key_file.display()
        )
    })
}

/// Finds `secret_key.new` left by an interrupted rotation and settles it:
/// stale (the rotation never committed) is removed; committed is finished
/// (renamed over `secret_key`, the env file rewritten). Returns what it did.
pub(crate) fn settle_interrupted(settings: &Settings, db: &Database) -> Result<Option<String>> {
    let key_file = settings.secret_key_path();
    let pending = keyfile::pending_path(&key_file);
    if !pending.exists() {
        return Ok(None);
    }
    let opens_all = |ring: &Keyring| integrity::opens_everything(ring, db);
    let configured = settings.secret_key().and_then(|k| Ok(k.keyring()?));
    if let Ok(ring) = &configured
        && opens_all(ring)?
    {
        std::fs::remove_file(&pending).map_err(|e| Error::io(pending.display(), e))?;
        keyfile::sync_folder(&pending)?;
        return Ok(Some(format!(
            "removed {}: a rotation had stopped before its commit, and the current key opens every value",
            pending.display()
        )));
    }
    let new_text =
        std::fs::read_to_string(&pending).map_err(|e| Error::io(pending.display(), e))?;
    let new_ring = SecretKey::new(new_text.clone()).keyring()?;
    if !opens_all(&new_ring)? {
        return Err(Error::Key(format!(
            "{} exists but neither it nor the configured key opens every value; find the key the values were written with (the secret_key.backup.* files hold earlier keys) and pass it with --old-key-file",
            pending.display()
        )));
    }
    keyfile::replace(&pending, &key_file)?;
    let source = settings.key_source();
    let mut message = format!(
        "finished an interrupted rotation: the database was already under the new key, which now replaces {}",
        key_file.display()
    );
    if let Some(env_file) = env_file_of(&source) {
        keyfile::rewrite_env_file(env_file, &new_text)?;
        message.push_str(&format!(
            ", and LANGFLOW_SECRET_KEY in {} was updated",
            env_file.display()
        ));
    }
    if let Some(warning) = process_env_warning(&source, &key_file) {
        message.push_str(&format!(". {warning}"));
    }
    Ok(Some(message))
}
