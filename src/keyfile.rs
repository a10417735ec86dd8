//! Files that hold keys: written atomically (temp file in the same folder,
//! fsync, rename, fsync the folder) with mode 0600, and the one-line rewrite
//! of `LANGFLOW_SECRET_KEY` in a `.env` file.

pub mod store;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A key file's text, exactly as stored: the one reader of key files. A file
/// that is not there is "not found" (exit 3); one that cannot be read or is
/// not text is a key problem (exit 5). `what` names it in messages.
pub fn read_key_text(path: &Path, what: &str) -> Result<zeroize::Zeroizing<String>> {
    let bytes = std::fs::read(path).map_err(|e| {
        let text = format!(
            "the {what} {}: {}",
            path.display(),
            crate::error::io_reason(&e)
        );
        match e.kind() {
            std::io::ErrorKind::NotFound => Error::not_found(text),
            _ => Error::key(text),
        }
        .hint("check the path and its permissions")
    })?;
    String::from_utf8(bytes)
        .map(zeroize::Zeroizing::new)
        .map_err(|_| {
            Error::key(format!(
                "the {what} {} is not UTF-8 text, so Langflow cannot read it either",
                path.display()
            ))
            .hint("replace it with a generated key")
        })
}

// The readings of a key file's text, side by side so the rules are seen
// together: Langflow reads `secret_key` in Python's text mode and does not
// strip it; a file handed to flowadmin may end with an editor's newline.

/// The key Langflow uses from this text: universal newlines, not stripped.
pub fn as_langflow_reads(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The key meant by a file given to flowadmin (`--new-key-file`): its
/// trailing newline is the file's, not the key's.
pub fn as_given(text: &str) -> &str {
    text.trim_end_matches(['\n', '\r'])
}

/// Every key an old key file may hold (`--old-key-file`): as Langflow would
/// have read it, and without a trailing newline.
pub fn possible_keys(text: &str) -> Vec<String> {
    let mut keys = vec![as_langflow_reads(text)];
    if as_given(text) != text {
        keys.push(as_given(text).to_owned());
    }
    keys.retain(|k| !k.is_empty());
    keys
}

/// `<config dir>/secret_key.new`: the next key, before it replaces `secret_key`.
pub fn pending_path(key_file: &Path) -> PathBuf {
    sibling(key_file, ".new")
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut os = path.as_os_str().to_owned();
    os.push(suffix);
    PathBuf::from(os)
}

/// A UTC timestamp for backup names, e.g. `20261123T014501Z`.
pub fn utc_stamp() -> String {
    chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string()
}

/// A UTC stamp that `taken` says no backup uses yet: the stamp, then
/// `<stamp>-1`, `<stamp>-2`... so two key changes in one second never
/// overwrite (or refuse on) each other's backups.
pub fn free_stamp(taken: impl Fn(&str) -> bool) -> String {
    let base = utc_stamp();
    (0u32..)
        .map(|n| match n {
            0 => base.clone(),
            n => format!("{base}-{n}"),
        })
        .find(|stamp| !taken(stamp))
        .expect("some suffix is free")
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Makes sure a file's bytes and its folder entry are on disk.
pub fn sync_folder(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        let dir = folder_of(path);
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::io(format!("cannot sync folder {}", dir.display()), e))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// The prefix of every temp file flowadmin writes beside a key or backup;
/// one left by a killed run is removed by [`remove_stale_temps`].
pub const TEMP_PREFIX: &str = ".flowadmin-key-";

/// Who owns a file and how it may be read: kept when flowadmin rewrites it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owner {
    pub uid: u32,
    pub gid: u32,
    pub mode: u32,
}

impl Owner {
    /// The owner, group and permission bits of an existing file.
    #[cfg(unix)]
    pub fn of(path: &Path) -> Option<Owner> {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path).ok()?;
        Some(Owner {
            uid: meta.uid(),
            gid: meta.gid(),
            mode: meta.mode() & 0o7777,
        })
    }

    #[cfg(not(unix))]
    pub fn of(_path: &Path) -> Option<Owner> {
        None
    }

    /// What a new file in `dir` gets: the folder's owner and group, mode 0600.
    pub fn new_in(dir: &Path) -> Option<Owner> {
        Owner::of(dir).map(|o| Owner { mode: 0o600, ..o })
    }

    /// Applies itself to an open file. Changing the owner needs root; a user
    /// writing its own files keeps its own, which is then the same.
    #[cfg(unix)]
    pub fn apply(&self, file: &std::fs::File) -> std::io::Result<()> {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let meta = file.metadata()?;
        if (meta.uid(), meta.gid()) != (self.uid, self.gid) {
            match std::os::unix::fs::fchown(file, Some(self.uid), Some(self.gid)) {
                Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {}
                other => other?,
            }
        }
        file.set_permissions(std::fs::Permissions::from_mode(self.mode))
    }

    #[cfg(not(unix))]
    pub fn apply(&self, _file: &std::fs::File) -> std::io::Result<()> {
        Ok(())
    }
}

fn create_folder(dir: &Path) -> Result<()> {
    if dir.exists() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|e| Error::io(format!("cannot create the folder {}", dir.display()), e))?;
    // A folder made for the key belongs with the folder it sits in (sudo).
    if let (Some(parent), Some(file)) = (
        dir.parent().and_then(Owner::of),
        std::fs::File::open(dir).ok(),
    ) {
        let _ = Owner {
            mode: 0o700,
            ..parent
        }
        .apply(&file);
    }
    Ok(())
}

/// Writes `contents` to `path` atomically (temp file, fsync, rename, fsync
/// the folder). An existing file keeps its owner, group and mode; a new one
/// takes its folder's owner and group, mode 0600. A symbolic link is
/// followed: the file it points to is rewritten and the link stays.
pub fn write_private(path: &Path, contents: &[u8]) -> Result<()> {
    let target = resolve_link(path)?;
    let path = target.as_path();
    let dir = folder_of(path);
    create_folder(dir)?;
    let owner = Owner::of(path).or_else(|| Owner::new_in(dir));
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .permissions(private_permissions())
        .tempfile_in(dir)
        .map_err(|e| Error::io(format!("cannot create a file in {}", dir.display()), e))?;
    if let Some(owner) = owner {
        owner
            .apply(tmp.as_file())
            .map_err(|e| Error::io(format!("cannot set the owner of {}", path.display()), e))?;
    }
    tmp.write_all(contents)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
    tmp.persist(path)
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e.error))?;
    sync_folder(path)
}

/// The file a path names, following symbolic links (a missing file is its
/// own target).
fn resolve_link(path: &Path) -> Result<PathBuf> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => std::fs::canonicalize(path).map_err(|e| {
            Error::io(
                format!(
                    "{} is a symbolic link that does not resolve",
                    path.display()
                ),
                e,
            )
        }),
        _ => Ok(path.to_path_buf()),
    }
}

fn private_permissions() -> std::fs::Permissions {
    #[cfg(unix)]
    {
        std::os::unix::fs::PermissionsExt::from_mode(0o600)
    }
    #[cfg(not(unix))]
    {
        std::fs::metadata(".")
            .map(|m| m.permissions())
            .expect("cwd metadata")
    }
}

/// Moves `from` over `to` and syncs the folder. `to` keeps its owner, group
/// and mode (a new `to` takes its folder's owner, mode 0600); a `to` that is
/// a symbolic link has the file it points to rewritten instead.
pub fn replace(from: &Path, to: &Path) -> Result<()> {
    let is_link = std::fs::symlink_metadata(to).is_ok_and(|m| m.file_type().is_symlink());
    if is_link {
        let bytes = std::fs::read(from).map_err(|e| Error::io(from.display(), e))?;
        write_private(to, &bytes)?;
        std::fs::remove_file(from).map_err(|e| Error::io(from.display(), e))?;
        return sync_folder(from);
    }
    let owner = Owner::of(to).or_else(|| Owner::new_in(folder_of(to)));
    if let Some(owner) = owner {
        std::fs::File::open(from)
            .and_then(|f| owner.apply(&f))
            .map_err(|e| Error::io(format!("cannot set the owner of {}", from.display()), e))?;
    }
    std::fs::rename(from, to).map_err(|e| {
        Error::io(
            format!("cannot rename {} to {}", from.display(), to.display()),
            e,
        )
    })?;
    sync_folder(to)
}

/// Refuses early, before anything changes, when `dir` cannot take a new file
/// (a temp file is made and removed to find out).
pub fn check_folder_writable(dir: &Path, what: &str) -> Result<()> {
    let probe_in = if dir.exists() {
        dir.to_path_buf()
    } else {
        // It will be created: its nearest existing parent must take it.
        match dir.ancestors().find(|a| a.exists()) {
            Some(a) => a.to_path_buf(),
            None => return Ok(()),
        }
    };
    tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(&probe_in)
        .map(drop)
        .map_err(|e| {
            Error::other(format!(
                "{what}: cannot write in {} ({}); run as the user that owns it or fix its permissions; nothing changed",
                probe_in.display(),
                crate::error::io_reason(&e)
            ))
        })
}

/// Refuses early when an existing file cannot be rewritten by this user.
pub fn check_file_writable(path: &Path, what: &str) -> Result<()> {
    let target = resolve_link(path)?;
    std::fs::OpenOptions::new()
        .write(true)
        .open(&target)
        .map(drop)
        .map_err(|e| {
            Error::other(format!(
                "{what} {}: {}; make it writable for this user (or run as its owner); nothing changed",
                target.display(),
                crate::error::io_reason(&e)
            ))
        })?;
    check_folder_writable(folder_of(&target), what)
}

/// Removes the files in `dir` whose names start with one of `prefixes`:
/// temp files a killed run left (key copies, half-made backups). Call only
/// while holding the exclusive [`KeyLock`]: every writer of such files
/// holds it, so none is in use.
pub fn remove_stale_temps(dir: &Path, prefixes: &[String]) -> Vec<PathBuf> {
    let mut removed = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return removed;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if prefixes.iter().any(|p| name.starts_with(p.as_str()))
            && entry.file_type().is_ok_and(|t| t.is_file())
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed.push(entry.path());
        }
    }
    removed
}

/// The temp name prefix of a backup of `db` being written (renamed to its
/// real name only when complete).
pub fn backup_temp_prefix(db: &Path) -> String {
    let name = db
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    format!(".flowadmin-backup-{name}-")
}

/// The lock that keeps key changes apart: `secret_key.lock` beside the key
/// file. A rotation (or settling one) holds it exclusively from before it
/// reads the keys until the new key is in place; a command that encrypts
/// holds it shared from before it reads the key until its commit. flock(2):
/// released by the kernel when the process dies, so a kill leaves no lock.
pub struct KeyLock {
    _file: std::fs::File,
}

/// Why a lock could not be had.
#[derive(Debug)]
pub enum LockError {
    /// Another process holds it.
    Busy(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl KeyLock {
    pub fn path(key_file: &Path) -> PathBuf {
        sibling(key_file, ".lock")
    }

    fn open(
        key_file: &Path,
        create: bool,
    ) -> std::result::Result<Option<std::fs::File>, LockError> {
        Self::open_at(Self::path(key_file), create)
    }

    fn open_at(
        path: PathBuf,
        create: bool,
    ) -> std::result::Result<Option<std::fs::File>, LockError> {
        let dir = folder_of(&path);
        if !dir.exists() {
            if !create {
                return Ok(None);
            }
            create_folder(dir).map_err(|_| {
                LockError::Io(
                    path.clone(),
                    std::io::Error::from(std::io::ErrorKind::PermissionDenied),
                )
            })?;
        }
        let existed = path.exists();
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(file) => {
                if !existed && let Some(owner) = Owner::new_in(dir) {
                    let _ = owner.apply(&file);
                }
                Ok(Some(file))
            }
            // A reader that may not write the folder (or on a read-only
            // mount, EROFS) can still lock an existing file.
            Err(e)
                if e.kind() == std::io::ErrorKind::PermissionDenied
                    || e.kind() == std::io::ErrorKind::ReadOnlyFilesystem =>
            {
                match std::fs::File::open(&path) {
                    Ok(file) => Ok(Some(file)),
                    Err(_) if !create => Ok(None),
                    Err(_) => Err(LockError::Io(path, e)),
                }
            }
            Err(e) => Err(LockError::Io(path, e)),
        }
    }

    /// Exclusive, at once or not at all.
    pub fn exclusive(key_file: &Path) -> std::result::Result<KeyLock, LockError> {
        Self::exclusive_within(key_file, std::time::Duration::ZERO)
    }

    /// Exclusive, waiting up to `wait` for the commands that hold it shared.
    pub fn exclusive_within(
        key_file: &Path,
        wait: std::time::Duration,
    ) -> std::result::Result<KeyLock, LockError> {
        let file = Self::open(key_file, true)?.expect("created when missing");
        Self::wait_for(file, Self::path(key_file), wait, false)
    }

    /// The marker only a rotation (or settling one) holds,
    /// `secret_key.rotating`: taken at once or not at all, so a second
    /// rotation is told at once that one is running.
    pub fn rotating(key_file: &Path) -> std::result::Result<KeyLock, LockError> {
        let path = sibling(key_file, ".rotating");
        let file = Self::open_at(path.clone(), true)?.expect("created when missing");
        Self::wait_for(file, path, std::time::Duration::ZERO, false)
    }

    fn wait_for(
        file: std::fs::File,
        path: PathBuf,
        wait: std::time::Duration,
        shared: bool,
    ) -> std::result::Result<KeyLock, LockError> {
        let deadline = std::time::Instant::now() + wait;
        loop {
            let tried = if shared {
                file.try_lock_shared()
            } else {
                file.try_lock()
            };
            match tried {
                Ok(()) => return Ok(KeyLock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Err(std::fs::TryLockError::WouldBlock) => return Err(LockError::Busy(path)),
                Err(std::fs::TryLockError::Error(e)) => return Err(LockError::Io(path, e)),
            }
        }
    }

    /// Shared, for a command that only reads: the lock file is opened
    /// read-only and never created (a reader writes nothing in the config
    /// dir, which may be a read-only mount), so `None` when it is not there.
    pub fn shared_if_present(
        key_file: &Path,
        wait: std::time::Duration,
    ) -> std::result::Result<Option<KeyLock>, LockError> {
        let path = Self::path(key_file);
        match std::fs::File::open(&path) {
            Ok(file) => Self::wait_for(file, path, wait, true).map(Some),
            Err(_) => Ok(None),
        }
    }

    /// Shared, waiting up to `wait` for a rotation to finish. `None` when
    /// there is no config dir (so no key file and no rotation to wait for).
    pub fn shared(
        key_file: &Path,
        wait: std::time::Duration,
    ) -> std::result::Result<Option<KeyLock>, LockError> {
        let Some(file) = Self::open(key_file, false)? else {
            return Ok(None);
        };
        Self::wait_for(file, Self::path(key_file), wait, true).map(Some)
    }
}

/// `<file>.backup.<stamp>`, Langflow's own name for a key backup.
pub fn backup_path(key_file: &Path, stamp: &str) -> PathBuf {
    sibling(key_file, &format!(".backup.{stamp}"))
}

/// Copies a key file to [`backup_path`], 0600.
pub fn backup(key_file: &Path, stamp: &str) -> Result<Option<PathBuf>> {
    match std::fs::read(key_file) {
        Ok(bytes) => {
            let target = backup_path(key_file, stamp);
            write_private(&target, &bytes)?;
            Ok(Some(target))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(key_file.display(), e)),
    }
}

/// Rewrites the `LANGFLOW_SECRET_KEY` line of a dotenv file, keeping every
/// other line (and an `export ` prefix) as it was; atomic, keeping the
/// file's owner, group and mode, and editing the file a symlink points to.
pub fn rewrite_env_file(path: &Path, new_key: &str) -> Result<()> {
    rewrite_env_var(path, "LANGFLOW_SECRET_KEY", new_key)
}

/// Rewrites (or appends) the `var` line of a dotenv file, as
/// [`rewrite_env_file`] does for Langflow's key.
pub fn rewrite_env_var(path: &Path, var: &str, new_key: &str) -> Result<()> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::io(format!("env file {}", path.display()), e))?;
    let mut found = false;
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let ending = line.strip_prefix(body).unwrap_or_default();
        let trimmed = body.trim_start();
        let indent = body.strip_suffix(trimmed).unwrap_or_default();
        let (export, rest) = match trimmed.strip_prefix("export ") {
            Some(rest) => ("export ", rest.trim_start()),
            None => ("", trimmed),
        };
        let is_key_line = rest
            .split_once('=')
            .is_some_and(|(name, _)| name.trim().eq_ignore_ascii_case(var));
        if is_key_line {
            found = true;
            out.push_str(&format!("{indent}{export}{var}={new_key}{ending}"));
        } else {
            out.push_str(line);
        }
    }
    if !found {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("{var}={new_key}\n"));
    }
    write_private(path, out.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_file_rewrite_keeps_every_other_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("prod.env");
        std::fs::write(
            &path,
            "# keys\nLANGFLOW_AUTO_LOGIN=false\nexport LANGFLOW_SECRET_KEY='old'\r\nOTHER=x=y\n",
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        rewrite_env_file(&path, "newkey").unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "# keys\nLANGFLOW_AUTO_LOGIN=false\nexport LANGFLOW_SECRET_KEY=newkey\r\nOTHER=x=y\n"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o640,
                "the env file keeps its mode"
            );
        }
    }

    #[test]
    fn private_files_are_0600_and_replace_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cfg/secret_key");
        write_private(&path, b"one").unwrap();
        write_private(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temp file left: {names:?}");
    }
}
