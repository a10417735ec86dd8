//! The locks of a key change, shared by both products: the rotation marker
//! (a second key change is refused at once) and the key lock (commands that
//! encrypt hold it shared or exclusive while they seal; a key change holds
//! it exclusively, so no value is ever sealed under a key being replaced).

use std::path::Path;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::keyfile::{KeyLock, LockError};

/// How long a command that encrypts waits for a key change to finish, and a
/// key change for those commands.
pub const WAIT_FOR_ROTATION: Duration = Duration::from_secs(30);

/// Held while the key changes: the rotation marker and the key lock,
/// exclusively. Two key changes never interleave, whatever `--force` says.
pub struct RotationLock {
    _marker: KeyLock,
    pub key: KeyLock,
}

/// Takes both locks of a key change for the key file `key_file` names.
pub fn rotation_lock(key_file: &Path) -> Result<RotationLock> {
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

/// The key lock alone, exclusively, for a write that seals (waits up to
/// [`WAIT_FOR_ROTATION`] for a key change).
pub fn exclusive_key_lock(key_file: &Path) -> Result<KeyLock> {
    KeyLock::exclusive_within(key_file, WAIT_FOR_ROTATION).map_err(lock_error)
}

pub fn lock_error(err: LockError) -> Error {
    match err {
        LockError::Busy(path) => Error::database(format!(
            "another flowadmin is changing the secret key (it holds {})",
            path.display()
        ))
        .hint(format!(
            "wait for it to finish, then run {}",
            crate::error::Next::SecretKeyCheck
        )),
        LockError::Io(path, e) => Error::other(format!(
            "cannot open the lock file {}: {}",
            path.display(),
            crate::error::io_reason(&e)
        ))
        .hint("run as the user that owns the config dir"),
    }
}
