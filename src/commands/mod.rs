//! One file per subcommand. Each takes the resolved settings and returns the
//! exit code it wants (errors carry their own).

pub mod api_key;
pub mod completions;
pub mod db_check;
pub mod db_init;
pub mod db_locate;
mod hints;
pub mod secret_key;
pub mod superuser;
pub mod user;
pub mod variable;

use crate::crypto::Keyring;
use crate::crypto::password::Password;
use crate::error::{Error, Result};
use crate::settings::Settings;
use crate::storage::Database;
use crate::ui::output::Output;

/// The configured database, opened for writing (Langflow's, at a known revision).
pub(crate) fn open_writable(settings: &Settings) -> Result<Database> {
    let target = settings.database()?;
    Ok(Database::open_for_write(
        target.sqlite_path()?,
        settings.allow_unknown_revision,
    )?)
}

/// The configured database, opened read-only (Langflow's).
pub(crate) fn open_readable(settings: &Settings) -> Result<Database> {
    let target = settings.database()?;
    let db = Database::open_read_only(target.sqlite_path()?)?;
    db.require_langflow()?;
    Ok(db)
}

/// The configured key for a write that encrypts: a rotation left half-done
/// is settled first, the key lock is held shared until the returned guard is
/// dropped (no rotation can start in between), and the key must open this
/// database's existing values: a valid but wrong key would store values
/// Langflow cannot decrypt. `related` are stored values the write touches
/// (one owner's variables), all checked. A database with no encrypted value
/// yet takes any key.
pub(crate) fn key_for_encrypting<'a>(
    settings: &Settings,
    db: &Database,
    out: &Output,
    related: impl IntoIterator<Item = &'a str>,
) -> Result<(Keyring, Option<crate::keyfile::KeyLock>)> {
    let guard = secret_key::settled_key_guard(settings, db, out)?;
    let ring = settings.secret_key()?.keyring()?;
    let fit = crate::integrity::key_fits(&ring, db, related)?;
    if fit.is_wrong_key() {
        return Err(Error::key(format!(
            "the configured secret key ({}) opens none of the {} encrypted values checked in this database, so a value written with it could not be decrypted by Langflow; nothing changed",
            settings.key_source(),
            fit.checked
        ))
        .hint("configure the key Langflow uses (see `flowadmin db locate` and `flowadmin db check`)"));
    }
    Ok((ring, guard))
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
        .map_err(|e| Error::usage(e.to_string()))?;
    if !settings.auth.auto_login && password.expose() == "langflow" {
        return Err(Error::policy("the password `langflow` is Langflow's well-known default, refused at login while LANGFLOW_AUTO_LOGIN is false").hint("choose another"));
    }
    if truncated {
        out.warn("warning: the password is longer than 72 bytes; bcrypt (and so Langflow) only uses the first 72");
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
        Error::not_found(format!("no user named {name:?}"))
            .hint("pass --user NAME or set LANGFLOW_SUPERUSER (see `flowadmin user list`)")
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
