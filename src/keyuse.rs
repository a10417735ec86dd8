//! Using the key in force while no key change runs: the guards of every
//! command that reads or seals with a product's key without changing it. A
//! key change a crash left half-done is settled first (as `secret-key
//! check` does), then the key lock is held shared until the command ends,
//! so no change starts in between and one in progress finishes first; a
//! write that seals checks that the key opens this database's values.

pub mod langflow {
    use crate::crypto::{Keyring, SecretKey};
    use crate::error::{Error, Next, Result};
    use crate::integrity;
    use crate::keychange::langflow::{LangflowHome, temp_places};
    use crate::keychange::{KeyHome, WAIT_FOR_ROTATION, lock_error, remove_leftovers, settle};
    use crate::keyfile::{self, KeyLock, LockError};
    use crate::settings::Settings;
    use crate::storage::SecretSource;
    use crate::text::Tell;

    /// Before a command reads the key to write with it: clears what a killed
    /// run left and settles a leftover `secret_key.new` as `secret-key check`
    /// does (when no key change is running), then holds the key lock shared
    /// (waiting for a change in progress to finish), so none starts until the
    /// returned guard is dropped. `None` when there is no config dir to lock.
    pub fn settled_key_guard(
        settings: &Settings,
        db: &dyn SecretSource,
        out: &dyn Tell,
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
        out: &dyn Tell,
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
                out.warn(&format!(
                    "note: {} is left from a rotation (running or interrupted) and the database is under it: read with that key; {} finishes the rotation",
                    pending.display(),
                    crate::error::Next::SecretKeyCheck
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
        out: &dyn Tell,
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
            .hint(format!("configure the key Langflow uses (see {} and {})", Next::DbLocate, Next::DbCheck)));
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
        .hint(format!("rotate to a strong key first ({} generates one every Langflow release reads), then write", Next::SecretKeyRotate)))
    }
}

pub mod flowfile {
    use crate::crypto::flowfile::MasterKey;
    use crate::error::Result;
    use crate::keychange::flowfile::FlowfileHome;
    use crate::keychange::{
        KeyHome, Settled, exclusive_key_lock, remove_leftovers, rotation_lock, settle,
    };
    use crate::keyfile::{self, KeyLock};
    use crate::text::Tell;

    /// Held by a write that seals (`secret set`) from before it reads the
    /// master key until its commit: it waits for a key change in progress (up
    /// to 30 s), and a key change waits for it, so no secret is ever sealed
    /// under a key being replaced. A change a crash left half-done is settled
    /// first; returns the key it installed.
    pub fn guard_for_encrypting(
        home: &FlowfileHome,
        out: &dyn Tell,
    ) -> Result<(KeyLock, Option<MasterKey>)> {
        let lock = exclusive_key_lock(home.key_file())?;
        let settled = settle(home, &lock)?;
        Ok((lock, installed(settled, out)))
    }

    /// A pending key left by an interrupted key change, settled under the
    /// rotation lock; returns the key now in force when it installed one.
    pub fn settle_interrupted(home: &FlowfileHome, out: &dyn Tell) -> Result<Option<MasterKey>> {
        if !keyfile::pending_path(home.key_file()).exists() {
            return Ok(None);
        }
        let lock = rotation_lock(home.key_file())?;
        remove_leftovers(&home.temp_places(), &lock.key, out);
        let settled = settle(home, &lock.key)?;
        Ok(installed(settled, out))
    }

    fn installed(settled: Option<Settled<MasterKey>>, out: &dyn Tell) -> Option<MasterKey> {
        settled.and_then(|s| {
            s.tell(out);
            s.installed
        })
    }
}
