//! Users and their personal folders: created, (de)activated, their password
//! set. Langflow's users routes are the reference for the rows and the
//! audit; its `superuser` command writes no audit row, so neither does the
//! operation when its caller acts as nobody.

use super::{Result, StorageError, Tx, Val};
use crate::storage::authz::{plain_id, truthy};

/// The `optins` a new user gets in Langflow 1.13.
pub const DEFAULT_OPTINS: &str =
    r#"{"github_starred": false, "dialog_dismissed": false, "discord_clicked": false}"#;
/// Langflow's `DEFAULT_FOLDER_DESCRIPTION`.
pub const FOLDER_DESCRIPTION: &str = "Manage your own flows. Download and upload projects.";

/// A user to create.
pub struct NewUser<'a> {
    pub username: &'a str,
    pub password_hash: &'a str,
    pub is_active: bool,
    pub is_superuser: bool,
    /// The personal folder's name (`DEFAULT_FOLDER_NAME`, "Starter Project").
    pub folder_name: &'a str,
}

/// A new user and their personal folder, as Langflow's users API makes
/// them; refused when the name is taken ignoring case (Langflow's unique
/// index on `lower(username)`). Returns the new id.
pub fn create_user(tx: &mut Tx, new: &NewUser) -> Result<String> {
    let taken = tx.rows(
        "SELECT username FROM \"user\" WHERE lower(username) = lower($1)",
        &[Val::text(new.username)],
    )?;
    if let Some(existing) = taken.first().and_then(|r| r[0].clone()) {
        return Err(StorageError::UserExists(existing));
    }
    let id = crate::storage::new_id();
    tx.insert(
        "user",
        vec![
            ("id", Val::id(&id)),
            ("username", Val::text(new.username)),
            ("password", Val::text(new.password_hash)),
            ("is_active", Val::bool(new.is_active)),
            ("is_superuser", Val::bool(new.is_superuser)),
            ("create_at", Val::now()),
            ("updated_at", Val::now()),
            ("optins", Val::json(DEFAULT_OPTINS.to_owned())),
        ],
    )?;
    if tx.schema.has_column("folder", "user_id") {
        tx.insert(
            "folder",
            vec![
                ("id", Val::id(&crate::storage::new_id())),
                ("name", Val::text(new.folder_name)),
                ("description", Val::text(FOLDER_DESCRIPTION)),
                ("auth_settings", Val::json("null".to_owned())),
                ("user_id", Val::id(&id)),
                ("is_personal", Val::bool(true)),
            ],
        )?;
    }
    tx.actor.user_created(tx.sql, tx.schema, &id)?;
    Ok(id)
}

/// What may stop a deactivation.
#[derive(Debug, Clone, Copy, Default)]
pub struct Deactivation {
    /// The operator said so (`--force`): the last active superuser may go.
    pub force: bool,
}

/// A change to a user, as one PATCH of Langflow's users route makes it.
#[derive(Debug, Clone, Copy, Default)]
pub struct UserChange<'a> {
    pub username: Option<&'a str>,
    pub active: Option<bool>,
}

/// Sets `is_active` (and `updated_at`); returns whether anything changed.
pub fn set_active(tx: &mut Tx, user_id: &str, active: bool, rules: Deactivation) -> Result<bool> {
    let change = UserChange {
        username: None,
        active: Some(active),
    };
    update_user(tx, user_id, &change, rules)
}

/// A rename and/or an activation change in one statement and one audit row
/// (`user:update` with the fields that changed, `user.disabled` when an
/// active user is turned off); returns whether anything changed. A name
/// another user has ignoring case is refused; nobody deactivates their own
/// account (Langflow's route refuses it), and the last active superuser goes
/// only when `rules.force` says so.
pub fn update_user(
    tx: &mut Tx,
    user_id: &str,
    change: &UserChange,
    rules: Deactivation,
) -> Result<bool> {
    let row = tx.rows(
        "SELECT username, CAST(is_active AS TEXT), CAST(is_superuser AS TEXT) FROM \"user\" WHERE id = $1",
        &[Val::id(user_id)],
    )?;
    let Some(row) = row.first() else {
        return Err(StorageError::Vanished("user"));
    };
    let name = row[0].clone().unwrap_or_default();
    let (was_active, superuser) = (truthy(row[1].as_deref()), truthy(row[2].as_deref()));
    let rename = change.username.filter(|n| *n != name);
    let activity = change.active.filter(|a| *a != was_active);
    if let Some(new_name) = rename {
        refuse_taken(tx, user_id, new_name)?;
    }
    if activity == Some(false) {
        if tx
            .actor
            .id()
            .is_some_and(|me| plain_id(me) == plain_id(user_id))
        {
            return Err(StorageError::SelfDeactivation(name));
        }
        if superuser && !rules.force {
            tx.defer(super::Check::ActiveSuperuser);
        }
    }
    let mut sets: Vec<(&str, Val)> = Vec::new();
    if let Some(new_name) = rename {
        sets.push(("username", Val::text(new_name)));
    }
    if let Some(active) = activity {
        sets.push(("is_active", Val::bool(active)));
    }
    if sets.is_empty() {
        return Ok(false);
    }
    let fields: Vec<&str> = sets.iter().map(|(c, _)| *c).collect();
    let mut fields_changed = fields.clone();
    fields_changed.sort_unstable();
    update_columns(tx, user_id, sets)?;
    tx.actor.user_updated(
        tx.sql,
        tx.schema,
        user_id,
        &fields_changed,
        activity == Some(false),
    )?;
    Ok(true)
}

/// A name another user has, ignoring case (Langflow's unique index on
/// `lower(username)`), in Langflow's words.
fn refuse_taken(tx: &mut Tx, user_id: &str, username: &str) -> Result<()> {
    let taken = tx.rows(
        "SELECT CAST(id AS TEXT) FROM \"user\" WHERE lower(username) = lower($1)",
        &[Val::text(username)],
    )?;
    if taken
        .iter()
        .any(|r| r[0].as_deref().map(plain_id) != Some(plain_id(user_id)))
    {
        return Err(StorageError::Conflict(format!(
            "cannot rename a user to {username:?}: This username is unavailable."
        )));
    }
    Ok(())
}

/// Columns of one user (and `updated_at` where the schema has it), as
/// Langflow's PATCH sets them; returns the rows changed.
fn update_columns(tx: &mut Tx, user_id: &str, mut sets: Vec<(&str, Val)>) -> Result<u64> {
    if tx.schema.has_column("user", "updated_at") {
        sets.push(("updated_at", Val::now()));
    }
    tx.update_by_id("\"user\"", user_id, sets)
}

/// A deployment that has superusers keeps an active one (checked when the
/// transaction ends, so a plan may enable one and disable another in
/// either order).
pub(super) fn refuse_no_active_superuser(tx: &mut Tx) -> Result<()> {
    let rows = tx.rows(
        "SELECT CAST(is_active AS TEXT) FROM \"user\" WHERE is_superuser = $1",
        &[Val::bool(true)],
    )?;
    match !rows.is_empty() && !rows.iter().any(|r| truthy(r[0].as_deref())) {
        true => Err(StorageError::LastSuperuser),
        false => Ok(()),
    }
}

/// A new password hash. Langflow's PATCH records no field for it (the
/// route leaves `password` out of `fields_changed`).
pub fn set_password(tx: &mut Tx, user_id: &str, hash: &str) -> Result<()> {
    let n = update_columns(tx, user_id, vec![("password", Val::text(hash))])?;
    if n != 1 {
        return Err(StorageError::Vanished("user"));
    }
    tx.actor
        .user_updated(tx.sql, tx.schema, user_id, &[], false)
}
