//! Flowfile's settings, resolved as flowfile 0.23.3 resolves them
//! (`shared/storage_config.py`, `flowfile_core/auth/secrets.py`):
//!
//! - mode: `FLOWFILE_MODE`, `electron` when unset (Flowfile sets that default
//!   itself before anything reads it); `docker` changes where things are.
//! - database: `FLOWFILE_DATABASE_URL` > `FLOWFILE_DB_PATH` (a path or a URL) >
//!   `<base>/database/flowfile_catalog.db`, base = `FLOWFILE_STORAGE_DIR`,
//!   else `/app/internal_storage` (docker) or `~/.flowfile`.
//! - master key: docker: `FLOWFILE_MASTER_KEY`, else `/run/secrets/flowfile_master_key`;
//!   otherwise the `master_key` entry of the secure store (`flowfile.json.enc`,
//!   Fernet-encrypted with `.secret_key` beside it) in `FLOWFILE_SECURE_STORAGE_PATH`,
//!   else `$APPDATA/flowfile`, else `~/.config/flowfile` (electron), or
//!   `SECURE_STORAGE_PATH` (default `/tmp/.flowfile`) in any other mode.

use std::path::{Path, PathBuf};

use super::{DatabaseLocation, DatabaseTarget, Settings, Source};
use crate::crypto::flowfile::MasterKey;
use crate::error::{Error, Result};

pub const DB_FILE_NAME: &str = "flowfile_catalog.db";
pub const DOCKER_SECRET: &str = "/run/secrets/flowfile_master_key";
/// The secure store's service file and its key, as Flowfile names them.
pub const STORE_FILE: &str = "flowfile.json.enc";
pub const STORE_KEY_FILE: &str = ".secret_key";

/// Where Flowfile's master key comes from.
#[derive(Debug, Clone)]
pub enum MasterKeySource {
    /// `FLOWFILE_MASTER_KEY` (docker mode).
    Env(Source),
    /// The Docker secret file (docker mode).
    DockerSecret(PathBuf),
    /// The secure store in this folder (desktop and Python modes).
    Store { dir: PathBuf, decided_by: Source },
    /// Docker mode with neither: Flowfile refuses to start.
    NoneInDocker,
}

impl std::fmt::Display for MasterKeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MasterKeySource::Env(source) => write!(f, "FLOWFILE_MASTER_KEY ({source})"),
            MasterKeySource::DockerSecret(path) => {
                write!(f, "the Docker secret {}", path.display())
            }
            MasterKeySource::Store { dir, .. } => write!(
                f,
                "the secure store {} (entry master_key, opened with {})",
                dir.join(STORE_FILE).display(),
                dir.join(STORE_KEY_FILE).display()
            ),
            MasterKeySource::NoneInDocker => f.write_str("none (docker mode)"),
        }
    }
}

impl Settings {
    /// Flowfile's mode and where it was decided.
    pub fn flowfile_mode(&self) -> (String, Source) {
        match self.env().non_empty("FLOWFILE_MODE") {
            Some((mode, source)) => (mode, source),
            None => (
                "electron".into(),
                Source::Default("Flowfile's default mode (FLOWFILE_MODE is unset)".into()),
            ),
        }
    }

    fn flowfile_docker(&self) -> bool {
        self.flowfile_mode().0 == "docker"
    }

    fn home(&self) -> Result<PathBuf> {
        self.env()
            .get("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from)
            .or_else(dirs::home_dir)
            .ok_or_else(|| {
                Error::not_found("cannot find the home directory Flowfile's defaults are under")
                    .hint("set FLOWFILE_DB_PATH (or pass --db) and FLOWFILE_SECURE_STORAGE_PATH")
            })
    }

    /// Flowfile's database, as Flowfile resolves it.
    pub fn flowfile_database(&self) -> Result<DatabaseTarget> {
        if let Some(value) = &self.db_flag {
            return self.database_from_value(value, Source::Flag("--db"));
        }
        for var in ["FLOWFILE_DATABASE_URL", "FLOWFILE_DB_PATH"] {
            if let Some((value, source)) = self.env().non_empty(var) {
                if value.contains("://") {
                    return self.database_from_value(&value, source);
                }
                let path = super::absolutize(&self.cwd, Path::new(&value));
                return Ok(DatabaseTarget {
                    location: DatabaseLocation::Sqlite(path),
                    source,
                    note: None,
                });
            }
        }
        let (base, source) = match self.env().non_empty("FLOWFILE_STORAGE_DIR") {
            Some((dir, source)) => (PathBuf::from(dir), source),
            None if self.flowfile_docker() => (
                PathBuf::from("/app/internal_storage"),
                Source::Default("Flowfile's docker storage dir /app/internal_storage".into()),
            ),
            None => (
                self.home()?.join(".flowfile"),
                Source::Default(
                    "Flowfile's storage dir ~/.flowfile (FLOWFILE_STORAGE_DIR is unset)".into(),
                ),
            ),
        };
        Ok(DatabaseTarget {
            location: DatabaseLocation::Sqlite(
                super::absolutize(&self.cwd, &base)
                    .join("database")
                    .join(DB_FILE_NAME),
            ),
            source,
            note: None,
        })
    }

    /// Where Flowfile's master key comes from, without decrypting anything.
    pub fn master_key_source(&self) -> Result<MasterKeySource> {
        let env = self.env();
        let (mode, _) = self.flowfile_mode();
        if mode == "docker" {
            if let Some((_, source)) = env.non_empty("FLOWFILE_MASTER_KEY") {
                return Ok(MasterKeySource::Env(source));
            }
            let secret = PathBuf::from(
                env.get("FLOWADMIN_FLOWFILE_DOCKER_SECRET")
                    .filter(|p| !p.is_empty())
                    .unwrap_or(DOCKER_SECRET),
            );
            if secret.is_file() {
                return Ok(MasterKeySource::DockerSecret(secret));
            }
            return Ok(MasterKeySource::NoneInDocker);
        }
        let (dir, decided_by) = if mode == "electron" {
            if let Some((dir, source)) = env.non_empty("FLOWFILE_SECURE_STORAGE_PATH") {
                (PathBuf::from(dir), source)
            } else if let Some((dir, source)) = env.non_empty("APPDATA") {
                (PathBuf::from(dir).join("flowfile"), source)
            } else {
                (
                    self.home()?.join(".config").join("flowfile"),
                    Source::Default("Flowfile's desktop store ~/.config/flowfile".into()),
                )
            }
        } else if let Some((dir, source)) = env.non_empty("SECURE_STORAGE_PATH") {
            (PathBuf::from(dir), source)
        } else {
            (
                PathBuf::from("/tmp/.flowfile"),
                Source::Default(format!(
                    "Flowfile's store for mode {mode:?}: /tmp/.flowfile"
                )),
            )
        };
        Ok(MasterKeySource::Store {
            dir: super::absolutize(&self.cwd, &dir),
            decided_by,
        })
    }

    /// Flowfile's master key, read as Flowfile reads it. Unlike Flowfile,
    /// never creates one when the store has none.
    pub fn master_key(&self) -> Result<MasterKey> {
        let bad = |what: String| {
            move |e: crate::crypto::flowfile::NotAMasterKey| {
                Error::key(format!("{what}: {e}")).hint(format!(
                    "configure the master key Flowfile runs with (see {})",
                    crate::error::Next::DbLocate
                ))
            }
        };
        match self.master_key_source()? {
            MasterKeySource::Env(source) => {
                let text = self.env().get("FLOWFILE_MASTER_KEY").unwrap_or_default();
                MasterKey::from_env(text).map_err(bad(format!("FLOWFILE_MASTER_KEY ({source})")))
            }
            MasterKeySource::DockerSecret(path) => {
                let text = crate::keyfile::read_key_text(&path, "Docker secret")?;
                MasterKey::from_secret_file(&text).map_err(bad(path.display().to_string()))
            }
            MasterKeySource::Store { dir, .. } => {
                let entry = crate::keyfile::store::read_entry(&dir, STORE_FILE, STORE_KEY_FILE, "master_key")?;
                match entry {
                    Some(text) => MasterKey::exact(&text)
                        .map_err(bad(format!("the master_key in {}", dir.join(STORE_FILE).display()))),
                    None => Err(Error::key(format!(
                        "no master key is stored in {} (Flowfile would make a new one at start, which opens no existing secret)",
                        dir.join(STORE_FILE).display()
                    ))
                    .hint("point FLOWFILE_SECURE_STORAGE_PATH at the store Flowfile runs with (with FLOWFILE_MODE as it runs)")),
                }
            }
            MasterKeySource::NoneInDocker => Err(Error::key(
                "no master key: FLOWFILE_MODE is docker and neither FLOWFILE_MASTER_KEY nor /run/secrets/flowfile_master_key is set",
            )
            .hint("set FLOWFILE_MASTER_KEY as Flowfile's container has it (or --env-file with its .env)")),
        }
    }
}
