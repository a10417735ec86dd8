//! Storage says what went wrong; this says what to do about it, naming the
//! commands (storage knows nothing of the command line).

use crate::error::{Error, Kind};
use crate::storage::StorageError;
use crate::storage::pg::connect::ConnectError;
use crate::ui::output::shell_quote;

/// Every command a lower layer's message points to, spelled once.
impl std::fmt::Display for crate::error::Next {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::error::Next;
        match self {
            Next::DbLocate => f.write_str("`flowadmin db locate`"),
            Next::DbCheck => f.write_str("`flowadmin db check`"),
            Next::SecretKeyCheck => f.write_str("`flowadmin secret-key check`"),
            Next::SecretKeyRotate => f.write_str("`flowadmin secret-key rotate`"),
            Next::GenerateKeyWrite => f.write_str("`flowadmin secret-key generate --write`"),
            Next::VariableList => f.write_str("`flowadmin variable list`"),
            Next::FinishRotation {
                new_key_file,
                old_key_file,
            } => write!(
                f,
                "`flowadmin secret-key rotate --new-key-file {new_key_file} --old-key-file {old_key_file}`"
            ),
        }
    }
}

impl From<StorageError> for Error {
    fn from(err: StorageError) -> Self {
        let message = err.to_string();
        let (kind, hint) = match &err {
            StorageError::Missing(_) => (
                Kind::NotFound,
                "check `flowadmin db locate`, pass --db, or create a scratch one with `flowadmin db init PATH`".to_owned(),
            ),
            StorageError::NotAFile { .. } => (Kind::Usage, "point --db at Langflow's langflow.db".to_owned()),
            StorageError::Unreachable { .. } => (Kind::Io, "point --db at the real langflow.db".to_owned()),
            StorageError::NotSqlite(_) => (Kind::Database, "point --db at Langflow's langflow.db".to_owned()),
            StorageError::NotLangflow { .. } => (
                Kind::Database,
                "point --db at the langflow.db Langflow created (see `flowadmin db locate`)".to_owned(),
            ),
            StorageError::UnknownRevision { .. } => (
                Kind::Policy,
                "upgrade flowadmin, or pass --allow-unknown-revision if you are sure".to_owned(),
            ),
            StorageError::Locked(_) => (
                Kind::Database,
                "stop Langflow (or whatever holds it) and try again".to_owned(),
            ),
            StorageError::ReadOnly { .. } | StorageError::CannotOpen(_) => (
                Kind::Database,
                "run as the user that owns it or fix its permissions".to_owned(),
            ),
            StorageError::Corrupt(_) => (Kind::Database, "restore it from a backup".to_owned()),
            StorageError::Sql { .. } => (Kind::Database, "check that it is Langflow's database".to_owned()),
            StorageError::UserNotFound(_) => (Kind::NotFound, "see `flowadmin user list`".to_owned()),
            StorageError::AmbiguousUser { .. } => (Kind::Usage, "give the exact name".to_owned()),
            StorageError::UserExists(name) => (
                Kind::Policy,
                format!(
                    "to change its password use `flowadmin user set-password {q}`; to enable it, `flowadmin user activate {q}`",
                    q = shell_quote(name)
                ),
            ),
            StorageError::DuplicateVariables { name, .. } => (
                Kind::Policy,
                format!(
                    "see them with `flowadmin variable list` and delete the extra ones with `flowadmin variable delete {} --id ID`",
                    shell_quote(name)
                ),
            ),
            StorageError::VariableExists { .. } => (
                Kind::Policy,
                "pass --on-conflict skip to keep what is there, or --on-conflict overwrite to replace it".to_owned(),
            ),
            StorageError::Vanished(_) => (Kind::NotFound, "try again".to_owned()),
            StorageError::WouldDangle { .. } => (Kind::Database, "please report this".to_owned()),
            StorageError::Exists(_) => (
                Kind::Policy,
                "db init only creates new scratch databases, so pick another path".to_owned(),
            ),
            StorageError::NoFolder(_) => (Kind::NotFound, "create it first".to_owned()),
            StorageError::NoSchemaYet(_) => (
                Kind::Database,
                "on a fresh install run Langflow's migration first (`langflow migration --no-test`, or start Langflow once), then flowadmin".to_owned(),
            ),
            StorageError::NoSuch(_)
            | StorageError::Conflict(_)
            | StorageError::SelfDeactivation(_)
            | StorageError::EmptyValue(_)
            | StorageError::NulValue(_)
            | StorageError::GenericLooksSealed(_)
            | StorageError::InactiveOwner(_)
            | StorageError::LastSuperuser
            | StorageError::NoActor => guard_hint(&err),
            StorageError::File { .. } => (
                Kind::Io,
                "check the folder's permissions and free space".to_owned(),
            ),
            StorageError::Server(_)
            | StorageError::ServerSql { .. }
            | StorageError::ServerLost { .. }
            | StorageError::ServerSilent { .. }
            | StorageError::CommitUncertain { .. }
            | StorageError::ServerBusy { .. }
            | StorageError::ServerDenied { .. }
            | StorageError::NotLangflowServer { .. }
            | StorageError::KeyChangeRunning(_)
            | StorageError::KeyInUse(_)
            | StorageError::LangflowStarting(_)
            | StorageError::NotOnPostgres(_) => server_side_hint(&err),
        };
        Error::new(kind, message).hint(hint).caused_by(err)
    }
}

/// What to do about a write the operations' guards refused.
fn guard_hint(err: &StorageError) -> (Kind, String) {
    match err {
        StorageError::NoSuch(_) => (
            Kind::NotFound,
            "see `flowadmin team list` / `flowadmin role list` / `flowadmin state export`".to_owned(),
        ),
        StorageError::Conflict(_) => (
            Kind::Policy,
            "see the current state with `flowadmin state export`".to_owned(),
        ),
        StorageError::SelfDeactivation(_) => (
            Kind::Policy,
            "act as another active superuser (--as NAME), or keep this one active".to_owned(),
        ),
        StorageError::EmptyValue(_) => (
            Kind::Usage,
            "check what feeds it, or say an empty value is meant (--allow-empty; `allow_empty: true` in a Credentials document)".to_owned(),
        ),
        StorageError::NulValue(_) => (Kind::Usage, "remove it".to_owned()),
        StorageError::GenericLooksSealed(_) => (Kind::Usage, "make it a Credential".to_owned()),
        StorageError::InactiveOwner(name) => (
            Kind::Policy,
            format!("activate it first: `flowadmin user activate {}`", shell_quote(name)),
        ),
        StorageError::LastSuperuser => (
            Kind::Policy,
            "keep at least one superuser active in the manifest (or deactivate it with `flowadmin user deactivate NAME --force`)".to_owned(),
        ),
        StorageError::NoActor => (
            Kind::Policy,
            "re-enable a superuser first: `flowadmin user activate NAME` or `flowadmin superuser` (the break-glass paths need no actor), or apply a manifest whose only change re-enables one".to_owned(),
        ),
        _ => (Kind::Policy, String::new()),
    }
}

/// What to do about a PostgreSQL server's answer (or silence).
fn server_side_hint(err: &StorageError) -> (Kind, String) {
    match err {
            StorageError::Server(e) => server_hint(e),
            StorageError::ServerSql { .. } => (
                Kind::Database,
                "check that the URL names Langflow's database and that its role may read it".to_owned(),
            ),
            StorageError::ServerLost { .. } => (
                Kind::Database,
                "check the server and the network, then run the command again (`flowadmin secret-key check` settles an interrupted rotation)".to_owned(),
            ),
            StorageError::ServerSilent { .. } => (
                Kind::Database,
                "check the server (a frozen backend, a full disk) and the network, then run the command again; FLOWADMIN_PG_TIMEOUT (seconds) sets the bound".to_owned(),
            ),
            StorageError::CommitUncertain { .. } => (
                Kind::Database,
                "run `flowadmin secret-key check` once the server answers: it finds which key opens the values and settles the key files".to_owned(),
            ),
            StorageError::ServerBusy { .. } => (
                Kind::Database,
                "another session holds those rows or tables (a Langflow writing?); try again, or stop Langflow first".to_owned(),
            ),
            StorageError::ServerDenied { .. } => (
                Kind::Database,
                "connect as the role Langflow uses (its LANGFLOW_DATABASE_URL), which owns the tables, or grant this role access".to_owned(),
            ),
            StorageError::NotLangflowServer { .. } => (
                Kind::Database,
                "point LANGFLOW_DATABASE_URL (or --db) at the database Langflow uses".to_owned(),
            ),
            StorageError::KeyChangeRunning(_) => (
                Kind::Database,
                "wait for it to finish, then run `flowadmin secret-key check`".to_owned(),
            ),
            StorageError::KeyInUse(_) => (
                Kind::Database,
                "let that write finish, then run the rotation again".to_owned(),
            ),
            StorageError::LangflowStarting(_) => (
                Kind::Database,
                "let it finish starting and stop it, then try again".to_owned(),
            ),
            StorageError::NotOnPostgres(_) => (
                Kind::Unsupported,
                "run it against a SQLite copy, or wait for the release that writes to PostgreSQL".to_owned(),
            ),
        other => (Kind::Database, format!("see `flowadmin db locate` ({other})")),
    }
}

fn server_hint(err: &ConnectError) -> (Kind, String) {
    match err {
        ConnectError::Unreachable { .. } => (
            Kind::Database,
            "check the host and port in the URL, that the server runs, and that a firewall lets you through (connect_timeout= sets the wait)".to_owned(),
        ),
        ConnectError::LoginRefused { .. } => (
            Kind::Database,
            "check the user and password (in the URL percent-encoded, or PGPASSWORD, or ~/.pgpass)".to_owned(),
        ),
        ConnectError::NoDatabase { .. } => (
            Kind::NotFound,
            "check the database name at the end of the URL".to_owned(),
        ),
        ConnectError::Tls { .. } | ConnectError::RootCert { .. } => (
            Kind::Database,
            "check sslmode and sslrootcert in the URL (verify-full also checks the host name against the certificate)".to_owned(),
        ),
        ConnectError::Other { .. } => (Kind::Database, "check the URL and the server's log".to_owned()),
    }
}

// What to do about a key that is not one: named here, where commands are known.
impl From<crate::crypto::KeyError> for Error {
    fn from(err: crate::crypto::KeyError) -> Self {
        let hint = match err {
            crate::crypto::KeyError::NotAFernetKey { .. } => {
                "use a 43-character key from `flowadmin secret-key generate`"
            }
            crate::crypto::KeyError::Empty => {
                "set LANGFLOW_SECRET_KEY or write <config dir>/secret_key"
            }
        };
        Error::key(err.to_string()).hint(hint).caused_by(err)
    }
}

// Where an output may not go: what to do, by what was refused.
impl From<crate::outfile::OutfileError> for Error {
    fn from(err: crate::outfile::OutfileError) -> Self {
        use crate::outfile::OutfileError as E;
        let (kind, hint) = match &err {
            E::NoFolder(_) => (Kind::Usage, "create the folder first, or fix the path"),
            E::Protected { .. } => (
                Kind::Policy,
                "choose another path: flowadmin never writes over the database, its key files, the env file or the manifest",
            ),
            E::Exists(_) => (
                Kind::Policy,
                "choose another path, or move the file away first",
            ),
            E::Unsuitable { .. } => (Kind::Usage, "give the path of a regular file"),
            E::Duplicate { .. } => (Kind::Usage, "give each output its own file"),
        };
        Error::new(kind, err.to_string()).hint(hint).caused_by(err)
    }
}

/// An export's output refused: an existing file names `--force`.
pub(crate) fn export_refused(err: crate::outfile::OutfileError) -> Error {
    let exists = matches!(err, crate::outfile::OutfileError::Exists(_));
    let error = Error::from(err);
    match exists {
        true => error.hint("choose another name, or pass --force to replace it"),
        false => error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_keeps_the_lower_layers_error_as_its_source() {
        let err = Error::from(StorageError::Missing("/srv/langflow.db".into()));
        let source = std::error::Error::source(&err).expect("a source");
        assert!(matches!(
            source.downcast_ref::<StorageError>(),
            Some(StorageError::Missing(p)) if p.as_os_str() == "/srv/langflow.db"
        ));
        let io = std::io::Error::new(std::io::ErrorKind::StorageFull, "no space left");
        let err = Error::from(io);
        let source = std::error::Error::source(&err).expect("a source");
        assert_eq!(
            source.downcast_ref::<std::io::Error>().map(|e| e.kind()),
            Some(std::io::ErrorKind::StorageFull)
        );
        // Debug never prints the cause (the message already says it, and a
        // lower layer's Debug is not held to the no-secret rule).
        assert!(
            format!("{err:?}").contains("cause: Some(<redacted>)"),
            "{err:?}"
        );
    }
}
