//! What both products' key homes share: finishing or undoing a key change a
//! crash interrupted, installing a committed key, and clearing what a killed
//! run left. A product says where its key lives ([`KeyHome`]); the order and
//! the messages are written here once.

use std::path::{Path, PathBuf};

use super::crash_point;
use crate::error::{Error, Result};
use crate::keyfile::{self, KeyLock};
use crate::text::Tell;

/// A key's text, exactly as the product reads it.
pub trait KeyText {
    fn text(&self) -> &str;
}

impl KeyText for crate::crypto::SecretKey {
    fn text(&self) -> &str {
        self.expose()
    }
}

impl KeyText for crate::crypto::flowfile::MasterKey {
    fn text(&self) -> &str {
        self.expose()
    }
}

/// Where a product keeps its live key, and how the database tells which key
/// it is under.
pub trait KeyHome {
    type Key: KeyText;
    /// The name the lock, the pending key (`<key file>.new`) and the key
    /// backups derive from.
    fn key_file(&self) -> &Path;
    /// "key" or "master key", for messages.
    fn noun(&self) -> &'static str;
    /// The key in force now, when one is configured and usable.
    fn configured(&self) -> Option<Self::Key>;
    /// The key a file holds (the pending key, an old key's backup).
    fn read_key(&self, path: &Path, what: &str) -> Result<Self::Key>;
    /// Whether `key` opens every sealed value of the database.
    fn opens_all(&self, key: &Self::Key) -> Result<bool>;
    /// Puts `key`, which the pending file holds, where the product reads it.
    fn install(&self, key: &Self::Key, pending: &Path) -> Result<Installed>;
    /// The error when neither the configured nor the pending key opens
    /// every value: how to finish by hand.
    fn stuck(&self, pending: &Path) -> Error;
}

/// What installing a key did.
pub struct Installed {
    /// What was done, for the notes.
    pub done: Vec<String>,
    /// What the operator must still do (never hidden by -q).
    pub action: Option<String>,
    /// The pending file is the only copy the operator can install from: kept.
    pub keep_pending: bool,
}

/// What settling an interrupted key change did.
pub struct Settled<K> {
    pub message: String,
    pub action: Option<String>,
    /// The key it installed (settings read before still hold the old one).
    pub installed: Option<K>,
}

impl<K> Settled<K> {
    /// On stderr: a note, and the action when there is one.
    pub fn tell(&self, out: &dyn Tell) {
        out.warn(&format!("note: {}", self.message));
        if let Some(action) = &self.action {
            out.warn(action);
        }
    }
}

fn remove_synced(path: &Path) -> Result<()> {
    std::fs::remove_file(path).map_err(|e| Error::io(path.display(), e))?;
    keyfile::sync_folder(path)
}

/// A `<key file>.new` left by an interrupted key change: removed when the
/// configured key still opens every value (it never committed), installed
/// when it opens them all itself (it did), else an error that says how to
/// finish. Only under the exclusive key lock.
pub fn settle<H: KeyHome>(home: &H, _lock: &KeyLock) -> Result<Option<Settled<H::Key>>> {
    let pending = keyfile::pending_path(home.key_file());
    if !pending.exists() {
        return Ok(None);
    }
    if let Some(current) = home.configured()
        && home.opens_all(&current)?
    {
        // The pending key may be the one in force: the rotation committed
        // and installed it, and stopped before removing the pending file.
        let installed = home
            .read_key(&pending, "pending key file")
            .is_ok_and(|k| k.text() == current.text());
        remove_synced(&pending)?;
        let message = match installed {
            true => format!(
                "removed {}: a rotation had committed and installed its {} before it stopped",
                pending.display(),
                home.noun()
            ),
            false => format!(
                "removed {}: a rotation had stopped before its commit, and the configured {} opens every value",
                pending.display(),
                home.noun()
            ),
        };
        return Ok(Some(Settled {
            message,
            action: None,
            installed: None,
        }));
    }
    let new = home.read_key(&pending, "interrupted rotation's key file")?;
    if !home.opens_all(&new)? {
        return Err(home.stuck(&pending));
    }
    let installed = home.install(&new, &pending)?;
    if !installed.keep_pending && pending.exists() {
        remove_synced(&pending)?;
    }
    let mut message = format!(
        "finished an interrupted rotation: the database was already under the new {}",
        home.noun()
    );
    for done in &installed.done {
        message.push_str(&format!("; {done}"));
    }
    let action = installed.action.map(|a| match installed.keep_pending {
        true => format!("{a} (it is in {})", pending.display()),
        false => a,
    });
    Ok(Some(Settled {
        message,
        action,
        installed: Some(new),
    }))
}

/// Under the exclusive lock, before a key change: what a killed run left is
/// removed, and an interrupted change is settled, unless this run finishes
/// that very one (its new key is the pending key). Returns the key the
/// settling installed.
pub fn before_change<H: KeyHome>(
    home: &H,
    lock: &KeyLock,
    temps: &[(PathBuf, Vec<String>)],
    new_key: &H::Key,
    out: &dyn Tell,
) -> Result<Option<H::Key>> {
    remove_leftovers(temps, lock, out);
    let pending = keyfile::pending_path(home.key_file());
    let finishing = pending.exists()
        && home
            .read_key(&pending, "pending key file")
            .is_ok_and(|k| k.text() == new_key.text());
    if finishing {
        return Ok(None);
    }
    let settled = settle(home, lock)?;
    Ok(settled.and_then(|s| {
        s.tell(out);
        s.installed
    }))
}

/// Step 6, after the commit: the new key installed where the product reads
/// it (the pending file then removed unless the operator needs it). Any
/// failure says that the change committed and where the key is.
pub fn install_after_commit<H: KeyHome>(home: &H, key: &H::Key) -> Result<Installed> {
    let pending = keyfile::pending_path(home.key_file());
    let installed = home.install(key, &pending).map_err(|e| {
        let at = match pending.exists() {
            true => pending.clone(),
            false => home.key_file().to_path_buf(),
        };
        Error::key(format!(
            "the rotation committed, so the database is now under the new {}, which is in {}, but installing it failed: {e}",
            home.noun(),
            at.display()
        ))
        .hint(format!("fix that, then run {} to finish (the product must be given that key)", crate::error::Next::SecretKeyCheck))
    })?;
    // For the crash tests: the key installed (its last fsync done), the
    // pending file not yet removed.
    crash_point("after-install");
    if !installed.keep_pending && pending.exists() {
        remove_synced(&pending)?;
    }
    crash_point("after-rename");
    Ok(installed)
}

/// Removes temp files a killed run left (keys beside the key file and the
/// env file, half-made backups), in each folder with its name prefixes.
/// Only under the exclusive key lock.
pub fn remove_leftovers(places: &[(PathBuf, Vec<String>)], _lock: &KeyLock, out: &dyn Tell) {
    for (dir, prefixes) in places {
        for removed in keyfile::remove_stale_temps(dir, prefixes) {
            out.note(&format!(
                "removed {}, left by an interrupted flowadmin run",
                removed.display()
            ));
        }
    }
}
