//! What can go wrong in storage, typed. Messages say what happened and never
//! what to do: the command layer knows the commands and adds the hint.

use std::path::PathBuf;

/// A storage failure.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("no database at {}", .0.display())]
    Missing(PathBuf),
    /// Not a regular file: a folder, a FIFO, a device, a socket.
    #[error("{} is {what}, not a database file", path.display())]
    NotAFile { path: PathBuf, what: &'static str },
    #[error("cannot open the database {}: {reason}", path.display())]
    Unreachable { path: PathBuf, reason: String },
    #[error("{} is not a SQLite database (its header is wrong)", .0.display())]
    NotSqlite(PathBuf),
    #[error("{} is {what}", path.display())]
    NotLangflow { path: PathBuf, what: &'static str },
    #[error(
        "{} is at Alembic revision {revision}, which flowadmin does not know (a newer or unreleased Langflow), so it will not write to it",
        path.display()
    )]
    UnknownRevision { path: PathBuf, revision: String },
    #[error("{} is locked by another process", .0.display())]
    Locked(PathBuf),
    #[error("{} is read-only for this user{}", path.display(), reason.as_ref().map(|r| format!(" ({r})")).unwrap_or_default())]
    ReadOnly {
        path: PathBuf,
        reason: Option<String>,
    },
    #[error("cannot open {}: permission denied or a missing folder", .0.display())]
    CannotOpen(PathBuf),
    #[error("{} is damaged (SQLite reports corruption)", .0.display())]
    Corrupt(PathBuf),
    #[error("{}: {source}", path.display())]
    Sql {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("no user named {0:?}")]
    UserNotFound(String),
    #[error("{count} users match {name:?} when case is ignored ({list})")]
    AmbiguousUser {
        name: String,
        count: usize,
        list: String,
    },
    #[error(
        "a user named {0:?} already exists (names are compared ignoring case); nothing changed"
    )]
    UserExists(String),
    #[error(
        "{count} rows are named {name:?} for this user (Langflow has no unique constraint), so flowadmin will not guess which one Langflow reads"
    )]
    DuplicateVariables { name: String, count: usize },
    #[error("{owner} already has a variable named {name:?}; nothing changed")]
    VariableExists { name: String, owner: String },
    #[error("the {0} disappeared while flowadmin was working; nothing changed")]
    Vanished(&'static str),
    #[error(
        "deleting would leave {count} dangling reference(s) (first in table {table}); nothing was changed"
    )]
    WouldDangle { count: usize, table: String },
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    #[error("the folder {} does not exist", .0.display())]
    NoFolder(PathBuf),
    #[error("{what}: {reason}")]
    File { what: String, reason: String },
    /// Connecting to a PostgreSQL server failed.
    #[error(transparent)]
    Server(#[from] crate::storage::pg::connect::ConnectError),
    #[error("PostgreSQL at {at}: {reason}")]
    ServerSql { at: String, reason: String },
    #[error(
        "the connection to PostgreSQL at {at} was lost mid-command (the server rolls back whatever was not committed)"
    )]
    ServerLost { at: String },
    #[error(
        "PostgreSQL at {at} did not answer within {seconds} s (a frozen server, or a network that drops the replies), so flowadmin closed the connection; the server rolls back whatever was not committed"
    )]
    ServerSilent { at: String, seconds: u64 },
    #[error(
        "the connection to PostgreSQL at {at} was lost while committing, so whether the commit happened is unknown"
    )]
    CommitUncertain { at: String },
    #[error("PostgreSQL at {at} gave up waiting for a lock: {reason}; nothing was changed")]
    ServerBusy { at: String, reason: String },
    #[error("PostgreSQL at {at} refused: {reason}")]
    ServerDenied { at: String, reason: String },
    #[error("the PostgreSQL database {at} is {what}")]
    NotLangflowServer { at: String, what: &'static str },
    #[error("another key change holds flowadmin's advisory lock on {0}")]
    KeyChangeRunning(String),
    #[error(
        "a flowadmin write that encrypts (on this or another host) kept its key in use on {0} for 30 s"
    )]
    KeyInUse(String),
    #[error(
        "a Langflow instance is starting or migrating {0} (it holds Langflow's start-up advisory lock)"
    )]
    LangflowStarting(String),
    #[error("{0} on PostgreSQL is not supported yet")]
    NotOnPostgres(&'static str),
    /// A write that would break one of Langflow's rules; nothing was changed.
    #[error("{0}; nothing was changed")]
    Conflict(String),
    /// A database with no tables at all: a fresh install Langflow has not
    /// migrated yet.
    #[error("{0} has no tables yet: Langflow has not made its schema there")]
    NoSchemaYet(String),
    /// A team, role, membership or assignment that is not there.
    #[error("{0}")]
    NoSuch(String),
    /// The actor would deactivate their own account (Langflow's route
    /// refuses it with these words).
    #[error("user {0:?}: You can't deactivate your own user account; nothing was changed")]
    SelfDeactivation(String),
    /// An empty value where none was asked for.
    #[error(
        "the value of {0} is empty (an empty input, file or variable is usually a step that failed), so nothing was changed"
    )]
    EmptyValue(String),
    /// A NUL character in a value.
    #[error("the value of {0} contains a NUL byte, which Langflow's databases cannot store")]
    NulValue(String),
    /// A Generic value that starts as a sealed one does.
    #[error(
        "the Generic value of {0} starts with gAAAAA, which Langflow reserves for encrypted values"
    )]
    GenericLooksSealed(String),
    /// A key for an owner Langflow would refuse it for.
    #[error("{0} is inactive, so Langflow would refuse its keys; nothing was changed")]
    InactiveOwner(String),
    /// The change would leave no active superuser.
    #[error("the change would leave no active superuser; nothing was changed")]
    LastSuperuser,
    /// An administrative change with no active superuser to record as its actor.
    #[error(
        "there is no active superuser to record as the actor of this change; nothing was changed"
    )]
    NoActor,
}

impl StorageError {
    /// An I/O failure on a file storage writes (a backup, a scratch database).
    pub fn file(what: impl Into<String>, err: &std::io::Error) -> StorageError {
        StorageError::File {
            what: what.into(),
            reason: crate::error::io_reason(err),
        }
    }
}

pub type Result<T, E = StorageError> = std::result::Result<T, E>;
