//! Langflow's side of the key-change engine: its key home (`secret_key` in
//! the config dir, plus an `--env-file`'s `LANGFLOW_SECRET_KEY`), the old
//! keys a change keeps, and the guards of commands that read or encrypt.

use std::path::{Path, PathBuf};

use super::lock::{WAIT_FOR_ROTATION, lock_error};
use super::settle::{Installed, KeyHome, remove_leftovers, settle};
use crate::crypto::{Keyring, SecretKey};
use crate::error::{Error, Result};
use crate::integrity;
use crate::keyfile::{self, KeyLock, LockError};
use crate::settings::{KeySource, Settings, Source};
use crate::storage::SecretSource;
use crate::ui::output::{Output, shell_quote};

/// Langflow's key home, for one database.
pub struct LangflowHome<'a> {
    pub settings: &'a Settings,
    pub db: &'a dyn SecretSource,
    key_file: PathBuf,
    /// How the key installed is named: "new key", or "restored key" for a
    /// rollback (the old key going back).
    key_noun: &'static str,
}

impl<'a> LangflowHome<'a> {
    pub fn new(settings: &'a Settings, db: &'a dyn SecretSource) -> Self {
        LangflowHome {
            settings,
            db,
            key_file: settings.secret_key_path(),
            key_noun: "new key",
        }
    }

    /// The same home, its installed key named `noun`.
    pub fn naming(mut self, noun: &'static str) -> Self {
        self.key_noun = noun;
        self
    }
}

impl KeyHome for LangflowHome<'_> {
    type Key = SecretKey;

    fn key_file(&self) -> &Path {
        &self.key_file
    }

    fn noun(&self) -> &'static str {
        "key"
    }

    fn configured(&self) -> Option<SecretKey> {
        let key = self.settings.secret_key().ok()?;
        key.keyring().ok().map(|_| key)
    }

    fn read_key(&self, path: &Path, what: &str) -> Result<SecretKey> {
        let key = SecretKey::new(keyfile::read_key_text(path, what)?.as_str());
        key.keyring()?;
        Ok(key)
    }

    fn opens_all(&self, key: &SecretKey) -> Result<bool> {
        integrity::opens_everything(&key.keyring()?, self.db)
    }

    /// `secret_key.new` renamed over `secret_key`, then the env file's line
    /// rewritten; the process environment only the operator can change.
    fn install(&self, key: &SecretKey, pending: &Path) -> Result<Installed> {
        let source = self.settings.key_source();
        keyfile::replace(pending, &self.key_file)?;
        let noun = self.key_noun;
        let mut done = vec![format!("{} now holds the {noun}", self.key_file.display())];
        if let Some(env_file) = env_file_of(&source) {
            keyfile::rewrite_env_file(env_file, key.expose())?;
            done.push(format!(
                "LANGFLOW_SECRET_KEY in {} now holds the {noun}",
                env_file.display()
            ));
        }
        Ok(Installed {
            done,
            action: process_env_warning(&source, &self.key_file),
            keep_pending: false,
        })
    }

    fn stuck(&self, pending: &Path) -> Error {
        Error::key(format!(
            "{} is left from an interrupted rotation, but neither it nor the configured key opens every value (some were written under each)",
            pending.display()
        )).hint(format!(
            "finish the rotation with `flowadmin secret-key rotate --new-key-file {} --old-key-file {}` (add --old-key-file for each secret_key.backup.* that may hold an earlier key)",
            shell_quote(&pending.display().to_string()),
            shell_quote(&self.key_file.display().to_string())
        ))
    }
}

/// Where a killed Langflow key change may have left temp files: beside the
/// key file (and a server database's old values), beside the env file, and
/// beside a SQLite database (a half-made backup).
pub fn temp_places(settings: &Settings, db_file: Option<&Path>) -> Vec<(PathBuf, Vec<String>)> {
    let config_temps = vec![
        keyfile::TEMP_PREFIX.to_owned(),
        crate::storage::pg::secrets::old_values_temp_prefix().to_owned(),
    ];
    let mut places = vec![(settings.config_dir.clone(), config_temps)];
    if let Some(env_file) = env_file_of(&settings.key_source())
        && let Ok(real) = std::fs::canonicalize(env_file)
        && let Some(dir) = real.parent()
    {
        places.push((dir.to_path_buf(), vec![keyfile::TEMP_PREFIX.to_owned()]));
    }
    if let Some(db) = db_file
        && let Some(dir) = db.parent()
    {
        places.push((dir.to_path_buf(), vec![keyfile::backup_temp_prefix(db)]));
    }
    places
}

/// The keyrings a key file can mean ([`keyfile::possible_keys`]).
pub fn keyrings_from_file(path: &Path) -> Result<Vec<Keyring>> {
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
pub fn env_file_of(source: &KeySource) -> Option<&Path> {
    match source {
        KeySource::Env(Source::EnvFile { path, .. }) => Some(path),
        _ => None,
    }
}

/// What the operator must still do when the key came from the process
/// environment (Langflow writes LANGFLOW_SECRET_KEY over secret_key at start).
pub fn process_env_warning(source: &KeySource, key_file: &Path) -> Option<String> {
    matches!(source, KeySource::Env(Source::Env(_))).then(|| {
        format!(
            "ACTION NEEDED: LANGFLOW_SECRET_KEY is set in the environment Langflow runs with; change it to the new key (now in {}) or unset it before starting Langflow, or Langflow will write the old key back and the values will not open",
            key_file.display()
        )
    })
}

/// The old key kept whatever its source, so every database backup has the
/// key that opens it: the key file copied (`secret_key.backup.<stamp>`), and
/// a key from the environment or an env file that the file does not hold
/// written beside it (`secret_key.backup.<stamp>` when there is no file,
/// else `secret_key.backup.<stamp>.env`), 0600.
pub fn keep_old_keys(settings: &Settings, key_file: &Path, stamp: &str) -> Result<Vec<PathBuf>> {
    let file_key = std::fs::read(key_file)
        .ok()
        .map(|b| keyfile::as_langflow_reads(&String::from_utf8_lossy(&b)));
    let mut kept: Vec<PathBuf> = keyfile::backup(key_file, stamp)?.into_iter().collect();
    if let (KeySource::Env(_), Ok(key)) = (settings.key_source(), settings.secret_key())
        && file_key.as_deref() != Some(key.expose())
    {
        let target = match file_key {
            Some(_) => keyfile::backup_path(key_file, &format!("{stamp}.env")),
            None => keyfile::backup_path(key_file, stamp),
        };
        keyfile::write_private(&target, key.expose().as_bytes())?;
        kept.push(target);
    }
    Ok(kept)
}

/// Before a command reads the key to write with it: clears what a killed
/// run left and settles a leftover `secret_key.new` as `secret-key check`
/// does (when no key change is running), then holds the key lock shared
/// (waiting for a change in progress to finish), so none starts until the
/// returned guard is dropped. `None` when there is no config dir to lock.
pub fn settled_key_guard(
    settings: &Settings,
    db: &dyn SecretSource,
    out: &Output,
) -> Result<Option<KeyLock>> {
    let home = LangflowHome::new(settings, db);
    let pending = keyfile::pending_path(home.key_file());
    for _ in 0..3 {
        if settings.config_dir.is_dir() {
            match KeyLock::exclusive(home.key_file()) {
                Ok(lock) => {
                    remove_leftovers(&temp_places(settings, db.file()), &lock, out);
                    if let Some(settled) = settle(&home, &lock)? {
                        settled.tell(out);
                    }
                }
                // A key change is running: the shared lock below waits for it.
                Err(LockError::Busy(_)) => {}
                // A user who may not write the config dir reads as it is,
                // unless there is a key change to settle.
                Err(LockError::Io(..)) if !pending.exists() => {}
                Err(e) => return Err(lock_error(e)),
            }
        }
        let shared = KeyLock::shared(home.key_file(), WAIT_FOR_ROTATION).map_err(lock_error)?;
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
/// lock when its file is there (a key change in progress finishes first).
/// It writes nothing: no lock file is created, nothing is settled or
/// removed, so it works on a read-only config dir. While a `secret_key.new`
/// is beside the key, whichever of the two keys opens this database's
/// values is used, and a note says so; the next command that writes (or
/// `secret-key check`) settles it. `None` when no usable key is configured.
pub fn key_for_reading(
    settings: &Settings,
    db: &dyn SecretSource,
    out: &Output,
) -> Result<(Option<KeyLock>, Option<Keyring>)> {
    let key_file = settings.secret_key_path();
    let lock = KeyLock::shared_if_present(&key_file, WAIT_FOR_ROTATION).map_err(lock_error)?;
    let configured = settings.secret_key().ok().and_then(|k| k.keyring().ok());
    let pending = keyfile::pending_path(&key_file);
    let Ok(text) = std::fs::read_to_string(&pending) else {
        return Ok((lock, configured));
    };
    if let Some(ring) = &configured
        && !integrity::key_fits(ring, db, [])?.is_wrong_key()
    {
        return Ok((lock, configured));
    }
    for candidate in keyfile::possible_keys(&text) {
        if let Ok(ring) = SecretKey::new(candidate).keyring()
            && integrity::key_fits(&ring, db, [])?.opened > 0
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

/// The configured key for a write that encrypts: a key change left
/// half-done is settled first, the key lock is held shared until the
/// returned guard is dropped (no change can start in between), and so is
/// the database's key-use lock (a change from another host waits, or has
/// finished). Only then are the values read and checked: the key must open
/// this database's existing values, or a valid but wrong key would store
/// values Langflow cannot decrypt. `related` reads the stored values the
/// write touches (one owner's variables), all checked, under those locks.
/// A database with no encrypted value yet takes any key.
pub fn key_for_encrypting(
    settings: &Settings,
    db: &dyn SecretSource,
    schema: &crate::storage::Schema,
    out: &Output,
    related: &dyn Fn() -> Result<Vec<String>>,
) -> Result<(Keyring, Option<KeyLock>)> {
    let guard = settled_key_guard(settings, db, out)?;
    db.hold_key_use()?;
    let key = settings.secret_key()?;
    refuse_short_key_on_old_schema(&key, schema)?;
    let ring = key.keyring()?;
    let related = related()?;
    let fit = integrity::key_fits(&ring, db, related.iter().map(String::as_str))?;
    if fit.is_wrong_key() {
        return Err(Error::key(format!(
            "the configured secret key ({}) opens none of the {} encrypted values checked in this database, so a value written with it could not be decrypted by Langflow; nothing changed",
            settings.key_source(),
            fit.checked
        ))
        .hint("configure the key Langflow uses (see `flowadmin db locate` and `flowadmin db check`)"));
    }
    Ok((ring, guard))
}

/// Langflow up to 1.10.0 reads a short key only through its `random.seed`
/// derivation, and 1.10.1 (which shares 1.10's schema) also through SHA-256,
/// which flowadmin seals with, as Langflow 1.13 does (it never seals with
/// the legacy derivation). On a schema of 1.10 or earlier, then, a value
/// sealed with a short key could open for nobody running that database:
/// refused, before anything is written.
pub fn refuse_short_key_on_old_schema(
    key: &SecretKey,
    schema: &crate::storage::Schema,
) -> Result<()> {
    let old = schema.release().is_some_and(|r| {
        r <= crate::storage::Release {
            major: 1,
            minor: 10,
        }
    });
    if !old || key.char_len() >= crate::crypto::MINIMUM_SECRET_KEY_LENGTH {
        return Ok(());
    }
    let release = schema.release().map(|r| r.to_string()).unwrap_or_default();
    Err(Error::policy(format!(
        "the secret key is {} characters long and this database is Langflow {release}'s: Langflow up to 1.10.0 reads a short key only through its old random.seed derivation, and flowadmin seals only as Langflow 1.10.1+ does, so a value written now could open for nobody running this database; nothing was changed",
        key.char_len()
    ))
    .hint("rotate to a strong key first (`flowadmin secret-key rotate` generates one every Langflow release reads), then write"))
}
