//! One file per subcommand. Each takes the resolved settings and returns the
//! exit code it wants (errors carry their own).

pub mod api_key;
pub mod completions;
pub mod db_check;
pub mod db_init;
pub mod db_locate;
pub mod secret_key;
pub mod superuser;
pub mod user;
pub mod variable;

use crate::crypto::Keyring;
use crate::crypto::password::Password;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::settings::Settings;
use crate::storage::Database;

/// The configured database, opened for writing (Langflow's, at a known revision).
pub(crate) fn open_writable(settings: &Settings) -> Result<Database> {
    let target = settings.database()?;
    Database::open_for_write(target.sqlite_path()?, settings.allow_unknown_revision)
}

/// The configured database, opened read-only (Langflow's).
pub(crate) fn open_readable(settings: &Settings) -> Result<Database> {
    let target = settings.database()?;
    let db = Database::open_read_only(target.sqlite_path()?)?;
    db.require_langflow()?;
    Ok(db)
}

/// The keyring when a usable key is configured; some checks work without one.
pub(crate) fn keyring_if_any(settings: &Settings) -> Option<Keyring> {
    settings.secret_key().ok()?.keyring().ok()
}

/// Langflow's rules for a new password, plus the default-password rule.
pub(crate) fn check_new_password(
    password: &Password,
    settings: &Settings,
    out: &Output,
) -> Result<()> {
    let truncated = password
        .validate()
        .map_err(|e| Error::Usage(e.to_string()))?;
    if !settings.auth.auto_login && password.expose() == "langflow" {
        return Err(Error::Policy(
            "the password `langflow` is Langflow's well-known default, refused at login while LANGFLOW_AUTO_LOGIN is false; choose another".into(),
        ));
    }
    if truncated {
        out.note("warning: the password is longer than 72 bytes; bcrypt (and so Langflow) only uses the first 72");
    }
    Ok(())
}

/// The user named `name`, else the configured superuser (LANGFLOW_SUPERUSER,
/// else `langflow`), as the owner of keys and variables.
pub(crate) fn owner(
    db: &Database,
    settings: &Settings,
    name: Option<&str>,
) -> Result<crate::storage::users::User> {
    let name = name.unwrap_or(&settings.auth.superuser);
    db.find_user(name)?.ok_or_else(|| {
        Error::NotFound(format!(
            "no user named {name:?}; pass --user NAME or set LANGFLOW_SUPERUSER (see `flowadmin user list`)"
        ))
    })
}

/// The personal folder's name (`DEFAULT_FOLDER_NAME` in Langflow).
pub(crate) fn folder_name(settings: &Settings) -> String {
    settings
        .env()
        .get("DEFAULT_FOLDER_NAME")
        .unwrap_or("Starter Project")
        .to_owned()
}
