//! `flowadmin secret-key ...`: one file per subcommand, plus finishing an
//! interrupted rotation (shared by `rotate` and `check`).

mod check;
mod generate;
mod rollback;
mod rotate;

use std::path::Path;

use crate::cli::SecretKeyCommand;
use crate::crypto::{Keyring, SecretKey};
use crate::error::{Error, Result};
use crate::integrity;
use crate::keyfile::{self, KeyLock, LockError};
use crate::settings::{KeySource, Settings, Source};
use crate::storage::SecretSource;
use crate::ui::context::Ctx;
use crate::ui::output::{Output, shell_quote};

pub fn run(ctx: &Ctx, command: &SecretKeyCommand) -> Result<()> {
    match command {
        SecretKeyCommand::Generate(args) => generate::run(ctx, args),
        SecretKeyCommand::Rotate(args) => rotate::run(ctx, args),
        SecretKeyCommand::Check(args) => check::run(ctx, args),
        SecretKeyCommand::Rollback(args) => rollback::run(ctx, args),
    }
}

/// The keyrings a key file can mean ([`keyfile::possible_keys`]).
pub(crate) fn keyrings_from_file(path: &Path) -> Result<Vec<Keyring>> {
    let text = keyfile::read_key_text(path, "key file")?;
    let mut rings = Vec::new();
    let mut first_err = None;
    for candidate in keyfile::possible_keys(&text) {
        match SecretKey::new(candidate).keyring() {
            Ok(ring) => rings.push(ring),
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    if rings.is_empty() {
        return Err(match first_err {
            Some(e) => {
                let e = Error::from(e);
                Error::key(format!("{}: {}", path.display(), e.message))
                    .hint(e.hint.unwrap_or_default())
            }
            None => Error::key(format!("the key file {} is empty", path.display()))
                .hint("give the file that holds the key"),
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

/// Held while the key changes: the rotation marker (so a second rotation is
/// refused at once) and the key lock, exclusively (waiting for commands that
/// encrypt to finish their write). Two key changes never interleave,
/// whatever `--force` says.
pub(crate) struct RotationLock {
    _marker: KeyLock,
    pub(crate) key: KeyLock,
}

pub(crate) fn rotation_lock(key_file: &Path) -> Result<RotationLock> {
    let marker = KeyLock::rotating(key_file).map_err(lock_error)?;
    let key = KeyLock::exclusive_within(key_file, WAIT_FOR_ROTATION).map_err(|e| match e {
        LockError::Busy(path) => Error::database(format!(
            "the secret key has been in use by another flowadmin command for {} s (it holds {})",
            WAIT_FOR_ROTATION.as_secs(),
            path.display()
        ))
        .hint("let that command finish, then try again"),
        other => lock_error(other),
    })?;
    Ok(RotationLock {
        _marker: marker,
        key,
    })
}

pub(crate) fn lock_error(err: LockError) -> Error {
    match err {
        LockError::Busy(path) => Error::database(format!(
            "another flowadmin is changing the secret key (it holds {})",
            path.display()
        ))
        .hint("wait for it to finish, then run `flowadmin secret-key check`"),
        LockError::Io(path, e) => Error::other(format!(
            "cannot open the lock file {}: {}",
            path.display(),
            crate::error::io_reason(&e)
        ))
        .hint("run as the user that owns the config dir"),
    }
}

/// Removes what a killed run left (temp files holding keys beside the key
/// file and the env file, half-made backups of this database). Only under
/// the exclusive rotation lock.
pub(crate) fn remove_leftovers(
    settings: &Settings,
    db_path: Option<&Path>,
    _lock: &KeyLock,
    out: &Output,
) {
    let keys = vec![keyfile::TEMP_PREFIX.to_owned()];
    // A server database's backup is written in the config dir.
    let config_temps = vec![
        keyfile::TEMP_PREFIX.to_owned(),
        crate::storage::pg::secrets::old_values_temp_prefix().to_owned(),
    ];
    let mut places = vec![(settings.config_dir.clone(), config_temps)];
    if let Some(env_file) = env_file_of(&settings.key_source())
        && let Ok(real) = std::fs::canonicalize(env_file)
        && let Some(dir) = real.parent()
    {
        places.push((dir.to_path_buf(), keys));
    }
    if let Some(db) = db_path
        && let Some(dir) = db.parent()
    {
        places.push((dir.to_path_buf(), vec![keyfile::backup_temp_prefix(db)]));
    }
    for (dir, prefixes) in places {
        for removed in keyfile::remove_stale_temps(&dir, &prefixes) {
            out.note(format!(
                "removed {}, left by an interrupted flowadmin run",
                removed.display()
            ));
        }
    }
}

/// What settling an interrupted rotation did.
pub(crate) struct Settled {
    pub message: String,
    /// Something the operator must still do (never hidden by -q).
    pub action: Option<String>,
}

/// Finds `secret_key.new` left by an interrupted rotation and settles it:
/// stale (the rotation never committed) is removed; committed is finished
/// (renamed over `secret_key`, the env file rewritten). The caller holds the
/// exclusive rotation lock.
pub(crate) fn settle_interrupted(
    settings: &Settings,
    db: &dyn SecretSource,
    _lock: &KeyLock,
) -> Result<Option<Settled>> {
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
        return Ok(Some(Settled {
            message: format!(
                "removed {}: a rotation had stopped before its commit, and the current key opens every value",
                pending.display()
            ),
            action: None,
        }));
    }
    let new_text = keyfile::read_key_text(&pending, "interrupted rotation's key file")?;
    let new_ring = SecretKey::new(new_text.as_str()).keyring()?;
    if !opens_all(&new_ring)? {
        return Err(Error::key(format!(
            "{pending_shown} is left from an interrupted rotation, but neither it nor the configured key opens every value (some were written under each)",
            pending_shown = pending.display()
        )).hint(format!(
            "finish the rotation with `flowadmin secret-key rotate --new-key-file {pending_q} --old-key-file {key_q}` (add --old-key-file for each secret_key.backup.* that may hold an earlier key)",
            pending_q = shell_quote(&pending.display().to_string()),
            key_q = shell_quote(&key_file.display().to_string())
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
    Ok(Some(Settled {
        message,
        action: process_env_warning(&source, &key_file),
    }))
}

/// Before a command reads the key: clears what a killed run left and
/// settles a leftover `secret_key.new` as `secret-key check` does (when no
/// rotation is running), then holds the key lock shared (waiting for a
/// rotation in progress to finish), so no rotation starts until the returned
/// guard is dropped. `None` when there is no config dir to lock.
pub(crate) fn settled_key_guard(
    settings: &Settings,
    db: &dyn SecretSource,
    out: &Output,
) -> Result<Option<KeyLock>> {
    let key_file = settings.secret_key_path();
    let pending = keyfile::pending_path(&key_file);
    for _ in 0..3 {
        if settings.config_dir.is_dir() {
            match KeyLock::exclusive(&key_file) {
                Ok(lock) => {
                    remove_leftovers(settings, db.file(), &lock, out);
                    if let Some(settled) = settle_interrupted(settings, db, &lock)? {
                        out.warn(format!("note: {}", settled.message));
                        if let Some(action) = settled.action {
                            out.warn(action);
                        }
                    }
                }
                // A rotation is running: the shared lock below waits for it.
                Err(LockError::Busy(_)) => {}
                // A user who may not write the config dir reads as it is,
                // unless there is a rotation to settle.
                Err(LockError::Io(..)) if !pending.exists() => {}
                Err(e) => return Err(lock_error(e)),
            }
        }
        let shared = KeyLock::shared(&key_file, WAIT_FOR_ROTATION).map_err(lock_error)?;
        if !pending.exists() {
            return Ok(shared);
        }
    }
    Err(Error::database(format!(
        "{} keeps appearing while flowadmin waits (a rotation is running)",
        pending.display()
    ))
    .hint("try again when it has finished"))
}

/// The key a command that only reads decrypts with, and the shared key
/// lock when its file is there (a rotation in progress finishes first). It
/// writes nothing: no lock file is created, nothing is settled or removed,
/// so it works on a read-only config dir. While a `secret_key.new` is
/// beside the key (a rotation running or interrupted), whichever of the two
/// keys opens this database's values is used, and a note says so; the next
/// command that writes (or `secret-key check`) settles it. `None` when no
/// usable key is configured.
pub(crate) fn key_for_reading(
    settings: &Settings,
    db: &dyn SecretSource,
    out: &Output,
) -> Result<(Option<KeyLock>, Option<Keyring>)> {
    let key_file = settings.secret_key_path();
    let lock = KeyLock::shared_if_present(&key_file, WAIT_FOR_ROTATION).map_err(lock_error)?;
    let configured = crate::commands::keyring_if_any(settings);
    let pending = keyfile::pending_path(&key_file);
    let Ok(text) = std::fs::read_to_string(&pending) else {
        return Ok((lock, configured));
    };
    if let Some(ring) = &configured
        && !crate::integrity::key_fits(ring, db, [])?.is_wrong_key()
    {
        return Ok((lock, configured));
    }
    for candidate in keyfile::possible_keys(&text) {
        if let Ok(ring) = SecretKey::new(candidate).keyring()
            && crate::integrity::key_fits(&ring, db, [])?.opened > 0
        {
            out.warn(format!(
                "note: {} is left from a rotation (running or interrupted) and the database is under it: read with that key; `flowadmin secret-key check` finishes the rotation",
                pending.display()
            ));
            return Ok((lock, Some(ring)));
        }
    }
    Ok((lock, configured))
}

/// How long a command that encrypts waits for a rotation to finish.
const WAIT_FOR_ROTATION: std::time::Duration = std::time::Duration::from_secs(30);

pub(crate) use crate::keychange::crash_point;

/// What a rotation did to one column's values (both products' rotations).
#[derive(Debug, Default, Clone, serde::Serialize)]
pub(crate) struct ColumnStats {
    pub(crate) reencrypted: u64,
    pub(crate) already_current: u64,
    pub(crate) skipped: u64,
    pub(crate) failed: u64,
}

impl ColumnStats {
    /// The sum over every column.
    pub(crate) fn total<'a>(columns: impl IntoIterator<Item = &'a ColumnStats>) -> ColumnStats {
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
    pub(crate) fn line(&self, column: &str) -> String {
        format!(
            "  {column}: {} re-encrypted, {} current, {} skipped, {} failed",
            self.reencrypted, self.already_current, self.skipped, self.failed
        )
    }
}

/// The value of `--new-key-env VAR` (set and not empty).
pub(crate) fn new_key_env<'a>(settings: &'a Settings, var: &str) -> Result<&'a str> {
    settings
        .env()
        .get(var)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| {
            Error::not_found(format!(
                "--new-key-env {var}: that environment variable is not set"
            ))
            .hint("export it (or use --new-key-file)")
        })
}

/// A given new key that `doctor` would flag is refused (exit 2) unless
/// `--allow-weak-key`: every secret would be only as safe as it.
pub(crate) fn refuse_weak_key(text: &str, allow: bool) -> Result<()> {
    match crate::crypto::weakness(text) {
        Some(why) if !allow => Err(Error::usage(format!(
            "the new key is weak: {why}, so nothing was changed"
        ))
        .hint("let flowadmin generate one (omit --new-key-file/--new-key-env), or pass --allow-weak-key")),
        _ => Ok(()),
    }
}

/// The one error line of a rotation that left values behind (exit 5): the
/// report above names them.
pub(crate) fn not_all_current(totals: &ColumnStats, failed: usize, written: bool) -> Error {
    Error::key(format!(
        "{} value(s) {} not under the new key ({} skipped, {failed} failed)",
        totals.skipped + failed as u64,
        if written { "are" } else { "would be" },
        totals.skipped
    ))
    .hint("re-encrypt them with `flowadmin secret-key rotate --old-key-file <the key they were written with>`")
    .after_report()
}
