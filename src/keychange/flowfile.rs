//! Flowfile's side of the key-change engine. Flowfile cannot change its own
//! master key; its home is the secure store (`master_key` in the config
//! dir's store), an env file's `FLOWFILE_MASTER_KEY` line, or a place only
//! the operator can change (the process environment, a Docker secret). The
//! lock, the pending key and the key backups sit beside the database, under
//! the name `flowfile_master_key`.

use std::path::{Path, PathBuf};

use super::lock::{RotationLock, rotation_lock};
use super::rotate::{Judged, KeySide, Report, Sealer};
use super::settle::{Installed, KeyHome};
use crate::crypto::flowfile::MasterKey;
use crate::error::{Error, Result};
use crate::keyfile;
use crate::settings::flowfile::{MasterKeySource, STORE_FILE, STORE_KEY_FILE};
use crate::settings::{Settings, Source};
use crate::storage::flowfile::{FlowfileDb, SealedSlot};

/// Where the new key must go after the commit, or what the operator must do.
pub enum Home {
    Store(PathBuf),
    EnvFile(PathBuf),
    /// The process environment or a Docker secret: flowadmin cannot change
    /// it; the operator must.
    Outside(String),
}

impl Home {
    pub fn of(settings: &Settings) -> Result<Home> {
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

    /// The file Flowfile will read the new key from, for messages.
    pub fn shown(&self, pending: &Path) -> String {
        match self {
            Home::Store(dir) => dir.join(STORE_FILE).display().to_string(),
            Home::EnvFile(path) => path.display().to_string(),
            Home::Outside(_) => pending.display().to_string(),
        }
    }

    /// Every file written after the commit must be writable before it.
    pub fn check_writable(&self) -> Result<()> {
        match self {
            Home::Store(dir) => {
                keyfile::check_file_writable(&dir.join(STORE_FILE), "the secure store")
            }
            Home::EnvFile(path) => keyfile::check_file_writable(path, "the env file"),
            Home::Outside(_) => Ok(()),
        }
    }
}

/// Flowfile's key home, for one SQLite catalog.
pub struct FlowfileHome<'a> {
    pub settings: &'a Settings,
    pub db: &'a FlowfileDb,
    pub db_path: PathBuf,
    key_file: PathBuf,
}

impl<'a> FlowfileHome<'a> {
    pub fn new(settings: &'a Settings, db: &'a FlowfileDb, db_path: PathBuf) -> Self {
        FlowfileHome {
            settings,
            db,
            key_file: key_file_for(&db_path),
            db_path,
        }
    }

    /// Where a killed Flowfile key change may have left temp files: beside
    /// the database (keys, a half-made copy of the catalog) and beside an
    /// env file it rewrites.
    pub fn temp_places(&self) -> Vec<(PathBuf, Vec<String>)> {
        let dir = self.key_file.parent().unwrap_or(Path::new("."));
        let mut places = vec![(
            dir.to_path_buf(),
            vec![
                keyfile::TEMP_PREFIX.to_owned(),
                keyfile::backup_temp_prefix(&self.db_path),
            ],
        )];
        if let Ok(Home::EnvFile(env_file)) = Home::of(self.settings)
            && let Ok(real) = std::fs::canonicalize(env_file)
            && let Some(env_dir) = real.parent()
        {
            places.push((env_dir.to_path_buf(), vec![keyfile::TEMP_PREFIX.to_owned()]));
        }
        places
    }
}

/// Not a file Flowfile reads: the name the lock, the pending key and the
/// key backups of this catalog derive from.
pub fn key_file_for(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("flowfile_master_key")
}

/// A master key from a file (`secret_key` style: the key text alone).
pub fn read_key_file(path: &Path, what: &str) -> Result<MasterKey> {
    let text = keyfile::read_key_text(path, what)?;
    MasterKey::from_secret_file(&text).map_err(|e| {
        Error::key(format!("{}: {e}", path.display()))
            .hint("give a file holding a Flowfile master key")
    })
}

impl KeyHome for FlowfileHome<'_> {
    type Key = MasterKey;

    fn key_file(&self) -> &Path {
        &self.key_file
    }

    fn noun(&self) -> &'static str {
        "master key"
    }

    fn configured(&self) -> Option<MasterKey> {
        self.settings.master_key().ok()
    }

    fn read_key(&self, path: &Path, what: &str) -> Result<MasterKey> {
        read_key_file(path, what)
    }

    fn opens_all(&self, key: &MasterKey) -> Result<bool> {
        Ok(crate::integrity::verify_flowfile(key, self.db)?.all_open())
    }

    fn install(&self, key: &MasterKey, _pending: &Path) -> Result<Installed> {
        let (done, action) = match Home::of(self.settings)? {
            Home::Store(dir) => {
                keyfile::store::write_entry(
                    &dir,
                    STORE_FILE,
                    STORE_KEY_FILE,
                    "master_key",
                    key.expose(),
                )?;
                let file = dir.join(STORE_FILE);
                let done = format!("the master key in {} was replaced", file.display());
                (Some(done), None)
            }
            Home::EnvFile(path) => {
                keyfile::rewrite_env_var(&path, "FLOWFILE_MASTER_KEY", key.expose())?;
                let done = format!(
                    "FLOWFILE_MASTER_KEY in {} now holds the new key",
                    path.display()
                );
                (Some(done), None)
            }
            Home::Outside(what) => (None, Some(format!("ACTION NEEDED: {what}"))),
        };
        Ok(Installed {
            done: done.into_iter().collect(),
            keep_pending: action.is_some(),
            action,
        })
    }

    fn stuck(&self, pending: &Path) -> Error {
        Error::key(format!(
            "{} is left from an interrupted rotation, but neither it nor the configured master key opens every value",
            pending.display()
        ))
        .hint(format!("finish with {}", crate::error::Next::FinishRotation {
            new_key_file: "<that file>".into(),
            old_key_file: "<the old key's backup>".into(),
        }))
    }
}

/// The rotation lock of a Flowfile catalog (held by generate --write too).
pub fn lock_for(db_path: &Path) -> Result<RotationLock> {
    rotation_lock(&key_file_for(db_path))
}

/// A Flowfile rotation: its keys, and where the new key goes, as the
/// engine's [`Sealer`] and [`KeySide`].
pub struct FlowfileRotation<'a> {
    pub settings: &'a Settings,
    /// The old keys, never the new one; the first is kept in a backup.
    pub olds: Vec<MasterKey>,
    pub new_key: MasterKey,
    pub db_path: PathBuf,
    key_file: PathBuf,
    home: Home,
}

impl<'a> FlowfileRotation<'a> {
    pub fn new(
        settings: &'a Settings,
        db_path: PathBuf,
        olds: Vec<MasterKey>,
        new_key: MasterKey,
    ) -> Result<Self> {
        Ok(FlowfileRotation {
            home: Home::of(settings)?,
            key_file: key_file_for(&db_path),
            settings,
            olds,
            new_key,
            db_path,
        })
    }
}

impl Sealer<FlowfileDb> for FlowfileRotation<'_> {
    fn judge(&self, slot: &SealedSlot) -> Judged {
        let Some(plain) = self.olds.iter().find_map(|k| k.open(slot.value)) else {
            return match self.new_key.open(slot.value) {
                Some(_) => Judged::Current,
                None => Judged::Unopened,
            };
        };
        match self
            .new_key
            .reseal_like(slot.value, &plain)
            .filter(|v| self.new_key.open(v).is_some())
        {
            Some(token) => Judged::Resealed(token),
            None => Judged::Unverified,
        }
    }
}

impl KeySide<FlowfileDb> for FlowfileRotation<'_> {
    fn product(&self) -> &'static str {
        "Flowfile"
    }

    fn noun(&self) -> &'static str {
        "master key"
    }

    fn new_noun(&self) -> &'static str {
        "new master key"
    }

    fn key_file(&self) -> &Path {
        &self.key_file
    }

    fn new_key(&self) -> &str {
        self.new_key.expose()
    }

    fn keep_old_keys(&self, stamp: &str) -> Result<Vec<PathBuf>> {
        let Some(old) = self.olds.first() else {
            return Ok(Vec::new());
        };
        let backup = keyfile::backup_path(&self.key_file, stamp);
        keyfile::write_private(&backup, old.expose().as_bytes())?;
        Ok(vec![backup])
    }

    fn key_in_force(&self) -> Option<String> {
        self.settings
            .master_key()
            .ok()
            .map(|k| k.expose().to_owned())
    }

    fn changed_meanwhile(&self) -> Error {
        Error::key("the configured master key changed while rotating, so nothing was changed (rolled back)")
            .hint(format!("check where Flowfile keeps it ({}) and run the rotation again", crate::error::Next::DbLocate))
    }

    fn installed_at(&self) -> String {
        self.home.shown(&keyfile::pending_path(&self.key_file))
    }

    /// The new key where Flowfile reads it (the `.new` file then removed),
    /// or what the operator must do.
    fn after_commit(&self, db: &FlowfileDb, report: &mut Report) -> Result<()> {
        let home = FlowfileHome::new(self.settings, db, self.db_path.clone());
        let installed = super::install_after_commit(&home, &self.new_key)?;
        let pending = keyfile::pending_path(&self.key_file);
        report.notes.extend(installed.done);
        report.actions.extend(installed.action.map(|a| {
            format!(
                "{a} (the new key is in {}; remove it once done)",
                pending.display()
            )
        }));
        Ok(())
    }
}
