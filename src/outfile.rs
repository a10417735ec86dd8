//! Where flowadmin may write a file the operator named (an export, a new API
//! key's `write_to`): what the path is, which files it must never replace
//! (the database, the key files, the env file, the manifest), and a write
//! that never replaces a file that appeared meanwhile. Typed errors; the
//! command layer adds what to do.

use std::path::{Path, PathBuf};

/// What a path names, its last component not followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node {
    Missing,
    File,
    Folder,
    Symlink,
    Fifo,
    CharDevice,
    BlockDevice,
    Socket,
}

impl Node {
    pub fn of(path: &Path) -> Node {
        use std::os::unix::fs::FileTypeExt;
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            return Node::Missing;
        };
        let t = meta.file_type();
        match () {
            _ if t.is_symlink() => Node::Symlink,
            _ if t.is_dir() => Node::Folder,
            _ if t.is_file() => Node::File,
            _ if t.is_fifo() => Node::Fifo,
            _ if t.is_char_device() => Node::CharDevice,
            _ if t.is_block_device() => Node::BlockDevice,
            _ => Node::Socket,
        }
    }

    /// What the path leads to, following a symbolic link.
    pub fn followed(path: &Path) -> Node {
        match Node::of(path) {
            Node::Symlink => match std::fs::canonicalize(path) {
                Ok(target) => Node::of(&target),
                Err(_) => Node::Missing,
            },
            node => node,
        }
    }

    /// As a sentence names it: `a FIFO`, `a block device`.
    pub fn noun(self) -> &'static str {
        match self {
            Node::Missing => "missing",
            Node::File => "a file",
            Node::Folder => "a folder",
            Node::Symlink => "a symbolic link",
            Node::Fifo => "a FIFO",
            Node::CharDevice => "a character device",
            Node::BlockDevice => "a block device",
            Node::Socket => "a socket",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OutfileError {
    /// A path whose folder does not exist (or cannot be resolved).
    #[error("the folder of {0} does not exist (or is not a folder)")]
    NoFolder(String),
    /// A path that is (or resolves to) a file flowadmin must never replace.
    #[error("{path} is {what}, which flowadmin never replaces")]
    Protected { path: String, what: String },
    /// An existing file where a new one was asked for.
    #[error("{0} already exists")]
    Exists(String),
    /// A node of a kind this output cannot take.
    #[error("{path} is {noun}")]
    Unsuitable { path: String, noun: &'static str },
    /// Two outputs that resolve to one file.
    #[error("{first} and {second} are the same file")]
    Duplicate { first: String, second: String },
}

/// A path shown in a message: control characters escaped.
fn shown(path: &Path) -> String {
    crate::text::escape(&path.display().to_string())
}

/// Where a write to `path` lands: its folder resolved (`..` and symbolic
/// links), then its name; a final symbolic link is followed too.
pub fn resolved(path: &Path) -> Result<PathBuf, OutfileError> {
    if let Ok(real) = std::fs::canonicalize(path) {
        return Ok(real);
    }
    let name = path
        .file_name()
        .ok_or_else(|| OutfileError::NoFolder(shown(path)))?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let folder = std::fs::canonicalize(parent)
        .ok()
        .filter(|f| f.is_dir())
        .ok_or_else(|| OutfileError::NoFolder(shown(path)))?;
    Ok(folder.join(name))
}

/// The files an output must never replace, each resolved, with what it is.
#[derive(Debug, Default, Clone)]
pub struct Protected(Vec<(PathBuf, String)>);

impl Protected {
    /// Adds `path` (if it resolves) as `what`.
    pub fn add(&mut self, path: &Path, what: impl Into<String>) {
        if let Ok(real) = resolved(path) {
            self.0.push((real, what.into()));
        }
    }

    /// A SQLite database and the files SQLite keeps beside it.
    pub fn add_database(&mut self, db: &Path) {
        self.add(db, "the database");
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut side = db.as_os_str().to_owned();
            side.push(suffix);
            self.add(Path::new(&side), "a file of the database");
        }
    }

    /// What `path` is, when it is one of these.
    pub fn names(&self, path: &Path) -> Option<&str> {
        let real = resolved(path).ok()?;
        self.0
            .iter()
            .find(|(p, _)| *p == real)
            .map(|(_, what)| what.as_str())
    }

    fn refuse(&self, path: &Path) -> Result<(), OutfileError> {
        match self.names(path) {
            Some(what) => Err(OutfileError::Protected {
                path: shown(path),
                what: what.to_owned(),
            }),
            None => Ok(()),
        }
    }
}

/// How an export reaches its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportTo {
    /// A regular file, written atomically (temp file, fsync, rename).
    File,
    /// A FIFO or a character device (`/dev/stdout`, `>(gpg ...)`): written
    /// into, never replaced.
    Stream,
}

/// Where an export (`-o FILE`) may go: never a protected file (even with
/// `force`), an existing file only with `force`, a FIFO or character device
/// as a stream, never a folder, block device or socket.
pub fn check_export(
    path: &Path,
    force: bool,
    protected: &Protected,
) -> Result<ExportTo, OutfileError> {
    protected.refuse(path)?;
    match Node::followed(path) {
        Node::Missing => {
            resolved(path)?;
            Ok(ExportTo::File)
        }
        Node::File if force => Ok(ExportTo::File),
        Node::File => Err(OutfileError::Exists(shown(path))),
        Node::Fifo | Node::CharDevice => Ok(ExportTo::Stream),
        node => Err(OutfileError::Unsuitable {
            path: shown(path),
            noun: node.noun(),
        }),
    }
}

/// Where a new secret (an API key) may be written: a new regular file in an
/// existing folder, not through a symbolic link, not a protected file.
pub fn check_new_secret_file(path: &Path, protected: &Protected) -> Result<PathBuf, OutfileError> {
    protected.refuse(path)?;
    match Node::of(path) {
        Node::Missing => resolved(path),
        Node::File => Err(OutfileError::Exists(shown(path))),
        node => Err(OutfileError::Unsuitable {
            path: shown(path),
            noun: node.noun(),
        }),
    }
}

/// Paths that resolve to one file, refused as duplicates.
pub fn refuse_same_file(paths: &[&Path]) -> Result<(), OutfileError> {
    let mut seen: Vec<(PathBuf, &Path)> = Vec::new();
    for path in paths {
        let real = resolved(path)?;
        if let Some((_, first)) = seen.iter().find(|(r, _)| *r == real) {
            return Err(OutfileError::Duplicate {
                first: shown(first),
                second: shown(path),
            });
        }
        seen.push((real, path));
    }
    Ok(())
}

/// Moves a finished file into place without replacing anything: a hard
/// link (which fails when the target exists, atomically), then the staged
/// name removed; the folder synced. Returns false when the target appeared
/// meanwhile (the staged file is left for the operator).
pub fn publish_no_replace(staged: &Path, target: &Path) -> std::io::Result<bool> {
    match std::fs::hard_link(staged, target) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(false),
        // A file system without hard links: a rename after one more look.
        Err(_) if Node::of(target) == Node::Missing => std::fs::rename(staged, target)?,
        Err(e) => return Err(e),
    }
    let _ = std::fs::remove_file(staged);
    if let Some(dir) = target.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_and_new_secrets_never_replace_what_they_must_not() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("langflow.db");
        std::fs::write(&db, b"db").unwrap();
        let mut protected = Protected::default();
        protected.add_database(&db);
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let via_dots = sub.join("../langflow.db");
        assert!(matches!(
            check_export(&via_dots, true, &protected),
            Err(OutfileError::Protected { .. })
        ));
        let link = dir.path().join("lnk");
        std::os::unix::fs::symlink(dir.path(), &link).unwrap();
        assert!(check_new_secret_file(&link.join("langflow.db"), &protected).is_err());
        assert_eq!(
            check_export(Path::new("/dev/null"), false, &protected),
            Ok(ExportTo::Stream)
        );
        let new = dir.path().join("k");
        assert!(check_new_secret_file(&new, &protected).is_ok());
        assert!(matches!(
            refuse_same_file(&[&new, &sub.join("../k"), &link.join("k")]),
            Err(OutfileError::Duplicate { .. })
        ));
        std::fs::write(&new, b"x").unwrap();
        assert_eq!(
            check_new_secret_file(&new, &protected),
            Err(OutfileError::Exists(new.display().to_string()))
        );
        assert!(matches!(
            check_new_secret_file(&dir.path().join("nofolder/k"), &protected),
            Err(OutfileError::NoFolder(_))
        ));
        let staged = dir.path().join("k2.new");
        std::fs::write(&staged, b"key").unwrap();
        assert!(!publish_no_replace(&staged, &new).unwrap(), "k exists");
        assert!(publish_no_replace(&staged, &dir.path().join("k2")).unwrap());
        assert!(!staged.exists());
    }
}
