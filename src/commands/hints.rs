//! Storage says what went wrong; this says what to do about it, naming the
//! commands (storage knows nothing of the command line).

use crate::error::{Error, Kind};
use crate::storage::StorageError;
use crate::ui::output::shell_quote;

impl From<StorageError> for Error {
    fn from(err: StorageError) -> Self {
        let message = err.to_string();
        let (kind, hint) = match &err {
            StorageError::Missing(_) => (
                Kind::NotFound,
                "check `flowadmin db locate`, pass --db, or create a scratch one with `flowadmin db init PATH`".to_owned(),
            ),
            StorageError::IsFolder(_) => (Kind::Usage, "point --db at Langflow's langflow.db".to_owned()),
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
            StorageError::Vanished(_) => (Kind::NotFound, "try again".to_owned()),
            StorageError::WouldDangle { .. } => (Kind::Database, "please report this".to_owned()),
            StorageError::Exists(_) => (
                Kind::Policy,
                "db init only creates new scratch databases, so pick another path".to_owned(),
            ),
            StorageError::NoFolder(_) => (Kind::NotFound, "create it first".to_owned()),
            StorageError::File { .. } => (
                Kind::Io,
                "check the folder's permissions and free space".to_owned(),
            ),
        };
        Error::new(kind, message).hint(hint)
    }
}
