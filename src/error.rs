//! One error type for the whole tool, and the one place that maps errors to
//! exit codes (the table is in the README). An error is what went wrong (the
//! message) and, apart from it, what to do (the hint); lower layers say what
//! went wrong in their own typed errors and the command layer adds the hint.

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
    /// `doctor` found something at or above `--fail-on`.
    pub const FINDINGS: u8 = 8;
    /// `state diff`: the deployment differs from the manifest (Langflow's code).
    pub const DRIFT: u8 = 3;
}

/// What kind of failure, which decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Bad flags, settings or input files (clap's own errors also exit 2).
    Usage,
    /// A database, file, user or package that is not there.
    NotFound,
    /// Refused by a Langflow setting or a safety rule.
    Policy,
    /// No usable secret key, a wrong key, or a value that does not decrypt.
    Key,
    /// A database that is not Langflow's, damaged, locked or read-only.
    Database,
    /// Something flowadmin does not handle yet.
    Unsupported,
    /// stdout was closed (`| head`): end quietly.
    BrokenPipe,
    /// stdout could not be written (a full disk, an I/O error).
    Output,
    /// `doctor` found something at or above `--fail-on`.
    Findings,
    /// `state diff` found changes to make.
    Drift,
    /// Any other I/O failure.
    Io,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Usage => "usage",
            Kind::NotFound => "not-found",
            Kind::Policy => "policy",
            Kind::Key => "key",
            Kind::Database => "database",
            Kind::Unsupported => "unsupported",
            Kind::BrokenPipe => "broken-pipe",
            Kind::Output => "output",
            Kind::Findings => "findings",
            Kind::Drift => "drift",
            Kind::Io => "io",
        }
    }

    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Usage => exit::USAGE,
            Kind::NotFound => exit::NOT_FOUND,
            Kind::Policy => exit::POLICY,
            Kind::Key => exit::KEY,
            Kind::Database => exit::DATABASE,
            Kind::Unsupported => exit::UNSUPPORTED,
            Kind::BrokenPipe => exit::OK,
            Kind::Output => exit::OTHER,
            Kind::Findings => exit::FINDINGS,
            Kind::Drift => exit::DRIFT,
            Kind::Io => exit::OTHER,
        }
    }
}

/// A command a lower layer's message points to, named but not spelled: the
/// command line is the command layer's, so `commands/hints.rs` writes each
/// (`Display`), and no text below it names a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    DbLocate,
    DbCheck,
    SecretKeyCheck,
    SecretKeyRotate,
    GenerateKeyWrite,
    VariableList,
    /// A rotation finished by hand: the new key's file and the old key's,
    /// as they should be shown.
    FinishRotation {
        new_key_file: String,
        old_key_file: String,
    },
}

/// A failure: its kind, what went wrong, and what to do. Neither part ever
/// holds a secret.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
    /// The command's report (a table or a JSON document) is already on
    /// stdout: only the `error:` line is left to print, no JSON error.
    pub reported: bool,
    /// The lower layer's error this came from (storage, a key, a file), for
    /// `source()`; its text is already in `message`. Never in `Debug`.
    pub cause: Option<crate::text::Redacted<Cause>>,
}

/// A lower layer's error, kept whole.
pub type Cause = std::sync::Arc<dyn std::error::Error + Send + Sync>;

impl std::fmt::Display for Error {
    /// The one line printed after `error: `: the message, then the hint.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.hint {
            Some(hint) => write!(f, "{}; {hint}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        let cause: &(dyn std::error::Error + Send + Sync) = self.cause.as_deref()?.as_ref();
        Some(cause)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            hint: None,
            reported: false,
            cause: None,
        }
    }

    /// The same error, keeping the lower layer's error it came from.
    pub fn caused_by(mut self, cause: impl std::error::Error + Send + Sync + 'static) -> Error {
        self.cause = Some(crate::text::Redacted(std::sync::Arc::new(cause)));
        self
    }

    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(Kind::Usage, message)
    }

    pub fn not_found(message: impl Into<String>) -> Error {
        Error::new(Kind::NotFound, message)
    }

    pub fn policy(message: impl Into<String>) -> Error {
        Error::new(Kind::Policy, message)
    }

    pub fn key(message: impl Into<String>) -> Error {
        Error::new(Kind::Key, message)
    }

    pub fn database(message: impl Into<String>) -> Error {
        Error::new(Kind::Database, message)
    }

    pub fn unsupported(message: impl Into<String>) -> Error {
        Error::new(Kind::Unsupported, message)
    }

    pub fn other(message: impl Into<String>) -> Error {
        Error::new(Kind::Io, message)
    }

    pub fn broken_pipe() -> Error {
        Error::new(Kind::BrokenPipe, "broken pipe")
    }

    /// What to do about it (replaces any hint already there).
    pub fn hint(mut self, hint: impl Into<String>) -> Error {
        self.hint = Some(hint.into());
        self
    }

    /// Marks the report as already printed (see [`Error::reported`]).
    pub fn after_report(mut self) -> Error {
        self.reported = true;
        self
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    pub fn is_broken_pipe(&self) -> bool {
        self.kind == Kind::BrokenPipe
    }

    /// stdout failed: closed, or not writable (a full disk).
    pub fn is_output_failure(&self) -> bool {
        matches!(self.kind, Kind::BrokenPipe | Kind::Output)
    }

    /// `{"error": {"kind", "message", "hint", "exit_code"}}` for `--json`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "error": {
                "kind": self.kind.as_str(),
                "message": self.message,
                "hint": self.hint,
                "exit_code": self.exit_code(),
            }
        })
    }

    /// An I/O error on `what` (a path or a description): what happened in
    /// words (never a bare `os error N`) and what to do about it.
    pub fn io(what: impl std::fmt::Display, err: io::Error) -> Self {
        let reason = io_reason(&err);
        match err.kind() {
            io::ErrorKind::BrokenPipe => Error::broken_pipe(),
            io::ErrorKind::NotFound => {
                Error::not_found(format!("{what}: {reason}")).hint("check the path")
            }
            io::ErrorKind::PermissionDenied => Error::other(format!("{what}: {reason}"))
                .hint("run as the user that owns it or fix its permissions"),
            _ => Error::other(format!("{what}: {reason}")).hint("check the path and the file"),
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
            Error::broken_pipe()
        } else {
            Error::new(
                Kind::Output,
                format!("cannot write the output: {}", io_reason(&err)),
            )
            .caused_by(err)
        }
    }
}

/// A write that has committed, recorded before its report is printed: if
/// the report then cannot be written (a full disk, a closed pipe), `main`
/// still says on stderr what was committed and what the operator must do,
/// and exits with `code`, so a committed change is never presented as a
/// failure (nor left unmentioned).
#[derive(Debug, Clone)]
pub struct Committed {
    pub what: String,
    pub actions: Vec<String>,
    pub code: u8,
}

static COMMITTED: std::sync::Mutex<Option<Committed>> = std::sync::Mutex::new(None);

/// Records that a write committed (see [`Committed`]); a later record
/// replaces an earlier one of the same command.
pub fn record_commit(what: impl Into<String>, actions: &[String], code: u8) {
    let record = Committed {
        what: what.into(),
        actions: actions.to_vec(),
        code,
    };
    *COMMITTED.lock().unwrap_or_else(|p| p.into_inner()) = Some(record);
}

/// What [`record_commit`] recorded, taken.
pub fn take_commit() -> Option<Committed> {
    COMMITTED.lock().unwrap_or_else(|p| p.into_inner()).take()
}
