//! Langflow's side of the key-change engine: its key home (`secret_key` in
//! the config dir, plus an `--env-file`'s `LANGFLOW_SECRET_KEY`), the old
//! keys a change keeps, and the guards of commands that read or encrypt.

use std::path::{Path, PathBuf};

use super::rotate::{Judged, KeySide, Report, Sealer};
use super::settle::{Installed, KeyHome};
use crate::crypto::{Cipher, Keyring, SecretKey};
use crate::error::{Error, Result};
use crate::integrity;
use crate::keyfile;
use crate::settings::{KeySource, Settings, Source};
use crate::storage::sealed::{LangflowValues, SealedStore};
use crate::storage::secrets::Slot;
use crate::storage::{SecretSource, Store};
use crate::text::shell_quote;

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
            "finish the rotation with {} (add --old-key-file for each secret_key.backup.* that may hold an earlier key)",
            crate::error::Next::FinishRotation {
                new_key_file: shell_quote(&pending.display().to_string()),
                old_key_file: shell_quote(&self.key_file.display().to_string()),
            }
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

/// The keys of one Langflow rotation: the old ones that may open values,
/// and the new one.
pub struct LangflowKeys {
    pub olds: Vec<Keyring>,
    pub new_key: SecretKey,
    pub new_ring: Keyring,
}

/// A Langflow rotation: its keys and settings, as the engine's
/// [`Sealer`](super::rotate::Sealer) and [`KeySide`](super::rotate::KeySide).
pub struct LangflowRotation<'a> {
    pub settings: &'a Settings,
    pub keys: LangflowKeys,
    /// "new key", or "restored key" when a rollback puts the old one back.
    pub noun: &'static str,
    key_file: PathBuf,
}

impl<'a> LangflowRotation<'a> {
    pub fn new(settings: &'a Settings, keys: LangflowKeys, noun: &'static str) -> Self {
        LangflowRotation {
            key_file: settings.secret_key_path(),
            settings,
            keys,
            noun,
        }
    }

    /// On a server another client (a Langflow on another host) may have
    /// connected after the rotation listed the sessions and written under
    /// the old key meanwhile: after the commit every value is checked again
    /// with the new key, and any that does not open is reported (exit 5)
    /// with what to do.
    fn written_meanwhile(&self, db: &Store, report: &mut Report) -> Result<()> {
        let skipped = report.totals().skipped as usize;
        db.wait_for_other_writers()?;
        let after = integrity::verify(&self.keys.new_ring, db.secrets())?;
        let late = after
            .failed
            .len()
            .saturating_sub(skipped + report.failed.len());
        if late == 0 {
            return Ok(());
        }
        let names: Vec<String> = after.failed.iter().take(10).map(|v| v.describe()).collect();
        report.failed.push(format!(
            "{late} value(s) written under the old key by another client during the rotation"
        ));
        let old_key = report
            .backups
            .iter()
            .find(|b| b.to_string_lossy().contains("secret_key.backup."))
            .map_or("<the old key's backup>".to_owned(), |b| {
                b.display().to_string()
            });
        report.actions.push(format!(
            "ACTION NEEDED: {late} value(s) do not open with the new key (another client wrote them under the old key while the rotation ran; first: {}): restart every Langflow with the new key, then re-encrypt them with {}",
            names.join("; "),
            crate::error::Next::FinishRotation {
                new_key_file: self.key_file.display().to_string(),
                old_key_file: old_key,
            }
        ));
        Ok(())
    }
}

impl Sealer<LangflowValues<'_>> for LangflowRotation<'_> {
    fn judge(&self, slot: &Slot) -> Judged {
        let LangflowKeys { olds, new_ring, .. } = &self.keys;
        // Old keys first: in a first run nearly every value opens with one,
        // which saves trying the new key; a value none opens may already be
        // under the new key (a rerun). The new key is never an old one.
        let mut plain = olds
            .iter()
            .find_map(|ring| ring.open(slot.cipher, slot.value).map(|(_, plain)| plain));
        if plain.is_none()
            && let Some((_, opened)) = new_ring.open(slot.cipher, slot.value)
        {
            // Under the new key already; but a token not in the canonical
            // form only some cryptography releases read is rewritten.
            if slot.cipher != Cipher::Fernet || crate::crypto::is_canonical_token(slot.value) {
                return Judged::Current;
            }
            plain = Some(opened);
        }
        let Some(plain) = plain else {
            return Judged::Unopened;
        };
        // A replacement is used only once it opens with the new key; it is
        // then read back from the database after its batch is written.
        let token = new_ring.seal(slot.cipher, &plain);
        match new_ring.open(slot.cipher, &token) {
            Some(_) => Judged::Resealed(token),
            None => Judged::Unverified,
        }
    }
}

impl KeySide<LangflowValues<'_>> for LangflowRotation<'_> {
    fn product(&self) -> &'static str {
        "Langflow"
    }

    fn noun(&self) -> &'static str {
        "key"
    }

    fn new_noun(&self) -> &'static str {
        self.noun
    }

    fn key_file(&self) -> &Path {
        &self.key_file
    }

    fn new_key(&self) -> &str {
        self.keys.new_key.expose()
    }

    fn keep_old_keys(&self, stamp: &str) -> Result<Vec<PathBuf>> {
        keep_old_keys(self.settings, &self.key_file, stamp)
    }

    /// The key text the rotation replaces: a key that changed meanwhile
    /// (Langflow writing its environment key over the file) stops it.
    fn key_in_force(&self) -> Option<String> {
        match self.settings.key_source() {
            KeySource::Env(_) => self
                .settings
                .secret_key()
                .ok()
                .map(|k| k.expose().to_owned()),
            KeySource::File(path) => std::fs::read(path)
                .ok()
                .map(|b| String::from_utf8_lossy(&b).into_owned()),
            _ => None,
        }
    }

    fn changed_meanwhile(&self) -> Error {
        Error::key(
            "the configured secret key changed on disk while rotating (did Langflow start and write its key?), so nothing was changed (rolled back)",
        )
        .hint(format!("check {} and run the rotation again", self.key_file.display()))
    }

    fn installed_at(&self) -> String {
        self.key_file.display().to_string()
    }

    /// `secret_key.new` renamed over `secret_key` and the env file rewritten
    /// ([`super::install_after_commit`]); on a server, the values checked
    /// again for late writers.
    fn after_commit(&self, store: &LangflowValues<'_>, report: &mut Report) -> Result<()> {
        let home = LangflowHome::new(self.settings, store.db.secrets()).naming(self.noun);
        let installed = super::install_after_commit(&home, &self.keys.new_key)?;
        report.notes.extend(installed.done);
        report.actions.extend(installed.action);
        if store.served() {
            self.written_meanwhile(store.db, report)?;
        }
        Ok(())
    }
}
