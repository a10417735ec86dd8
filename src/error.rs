//! One error type for the whole tool, and the one place that maps errors to
//! exit codes (the table is in the README).

use std::io;

/// Documented exit codes.
pub mod exit {
    pub const OK: u8 = 0;
    pub const OTHER: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const NOT_FOUND: u8 = 3;
    pub const POLICY: u8 = 4;
    pub const KEY: u8 = 5;
    pub const DATABASE: u8 = 6;
    pub const UNSUPPORTED: u8 = 7;
}

/// Every message says what went wrong and then what to do, on one line, and
/// never contains a secret.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad flags, settings or input files (clap's own errors also exit 2).
    #[error("{0}")]
    Usage(String),
    /// A database, file, user or package that is not there.
    #[error("{0}")]
    NotFound(String),
    /// Refused by a Langflow setting or a safety rule.
    #[error("{0}")]
    Policy(String),
    /// No usable secret key, a wrong key, or a value that does not decrypt.
    #[error("{0}")]
    Key(String),
    /// A database that is not Langflow's, damaged, locked or read-only.
    #[error("{0}")]
    Database(String),
    /// Something flowadmin does not handle yet (for example PostgreSQL).
    #[error("{0}")]
    Unsupported(String),
    /// stdout was closed (`| head`): end quietly.
    #[error("broken pipe")]
    BrokenPipe,
    #[error("{0}")]
    Io(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => exit::USAGE,
            Error::NotFound(_) => exit::NOT_FOUND,
            Error::Policy(_) => exit::POLICY,
            Error::Key(_) => exit::KEY,
            Error::Database(_) => exit::DATABASE,
            Error::Unsupported(_) => exit::UNSUPPORTED,
            Error::BrokenPipe => exit::OK,
            Error::Io(_) => exit::OTHER,
        }
    }

    /// An I/O error on `what` (a path or a description): what happened in
    /// words (never a bare `os error N`) and what to do about it.
    pub fn io(what: impl std::fmt::Display, err: io::Error) -> Self {
        let reason = io_reason(&err);
        match err.kind() {
            io::ErrorKind::BrokenPipe => Error::BrokenPipe,
            io::ErrorKind::NotFound => Error::NotFound(format!("{what}: {reason}; check the path")),
            io::ErrorKind::PermissionDenied => Error::Io(format!(
                "{what}: {reason}; run as the user that owns it or fix its permissions"
            )),
            _ => Error::Io(format!("{what}: {reason}; check the path and the file")),
        }
    }
}

/// An OS error in words, without Rust's `(os error N)` suffix.
pub fn io_reason(err: &io::Error) -> String {
    match err.raw_os_error() {
        Some(40) => return "a loop of symbolic links".into(),
        Some(21) => return "it is a folder, not a file".into(),
        Some(20) => return "a part of the path is a file, not a folder".into(),
        Some(28) => return "no space left on the device".into(),
        Some(30) => return "the file system is read-only".into(),
        Some(36) => return "the name is too long".into(),
        _ => {}
    }
    match err.kind() {
        io::ErrorKind::NotFound => "does not exist".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::AlreadyExists => "already exists".into(),
        _ => {
            let text = err.to_string();
            text.split(" (os error")
                .next()
                .unwrap_or_default()
                .to_owned()
        }
    }
}

impl From<io::Error> for Error {
    fn from(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Io(format!("cannot write the output: {}", io_reason(&err)))
        }
    }
}

impl From<crate::crypto::KeyError> for Error {
    fn from(err: crate::crypto::KeyError) -> Self {
        Error::Key(err.to_string())
    }
}
