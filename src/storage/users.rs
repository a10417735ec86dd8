//! Users, as Langflow stores them, and the API-key check that proves a
//! caller's rights. Writes happen in one IMMEDIATE transaction each.

use rusqlite::OptionalExtension;

use super::{Database, db_error};
use super::{Result, StorageError, Users};

/// A user row (the password hash is kept for verification only; never shown).
#[derive(Clone, serde::Serialize)]
pub struct User {
    pub id: String,
    pub username: String,
    pub is_active: bool,
    pub is_superuser: bool,
    pub created_at: Option<String>,
    pub last_login_at: Option<String>,
    /// Set by Langflow 1.13+ when it retires the default superuser.
    pub retired_at: Option<String>,
    pub api_keys: u64,
    #[serde(skip)]
    pub password_hash: String,
}

impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "User({} {})", self.username, self.id)
    }
}

impl Database {
    pub(super) fn user_select(&self) -> String {
        let created = if self.schema.has_column("user", "create_at") {
            "u.create_at"
        } else {
            "NULL"
        };
        let retired = if self.schema.has_column("user", "retired_at") {
            "u.retired_at"
        } else {
            "NULL"
        };
        let keys = if self.schema.has_table("apikey") {
            "(SELECT count(*) FROM apikey k WHERE k.user_id = u.id)"
        } else {
            "0"
        };
        format!(
            "SELECT u.id, u.username, u.is_active, u.is_superuser, {created}, u.last_login_at, {keys}, u.password, {retired} FROM user u"
        )
    }

    pub(super) fn user_from_row(row: &rusqlite::Row) -> rusqlite::Result<User> {
        Ok(User {
            id: row.get(0)?,
            username: row.get(1)?,
            is_active: row.get::<_, Option<bool>>(2)?.unwrap_or(false),
            is_superuser: row.get::<_, Option<bool>>(3)?.unwrap_or(false),
            created_at: row.get(4)?,
            last_login_at: row.get(5)?,
            api_keys: row.get::<_, i64>(6)? as u64,
            password_hash: row.get::<_, Option<String>>(7)?.unwrap_or_default(),
            retired_at: row.get(8)?,
        })
    }
}

/// A stored naive-UTC datetime, in the spellings Langflow and Flowfile write.
pub fn parse_stored_time(stored: &str) -> Option<chrono::NaiveDateTime> {
    let formats = [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S",
    ];
    let text = stored.trim_end_matches('Z');
    let text = text.strip_suffix("+00:00").unwrap_or(text);
    formats
        .iter()
        .find_map(|f| chrono::NaiveDateTime::parse_from_str(text, f).ok())
}

/// Whether a stored naive-UTC datetime is now or earlier.
pub fn is_past(stored: &str) -> bool {
    match parse_stored_time(stored) {
        Some(at) => at <= chrono::Utc::now().naive_utc(),
        // An expiry Langflow wrote but we cannot read: treat as expired, never as valid.
        None => true,
    }
}

pub fn user_exists(existing: &str) -> StorageError {
    StorageError::UserExists(existing.to_owned())
}

impl Users for Database {
    fn plan_user_delete(&self, user_id: &str) -> Result<crate::storage::delete::DeletePlan> {
        self.plan_delete(user_id)
    }

    fn execute_user_delete(
        &mut self,
        _user_id: &str,
        plan: &crate::storage::delete::DeletePlan,
    ) -> Result<()> {
        self.delete_as_planned(plan)
    }

    fn list_users(&self) -> Result<Vec<User>> {
        let sql = format!("{} ORDER BY u.username", self.user_select());
        let mut stmt = self
            .conn
            .prepare(&sql)
            .map_err(|e| db_error(&self.path, e))?;
        let rows = stmt
            .query_map([], Self::user_from_row)
            .map_err(|e| db_error(&self.path, e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| db_error(&self.path, e))
    }

    /// The user named exactly `name`, else the one whose name matches it
    /// case-insensitively (as Langflow's unique index on lower(username)).
    fn find_user(&self, name: &str) -> Result<Option<User>> {
        let exact = format!("{} WHERE u.username = ?1", self.user_select());
        let found = self
            .conn
            .query_row(&exact, [name], Self::user_from_row)
            .optional()
            .map_err(|e| db_error(&self.path, e))?;
        if found.is_some() {
            return Ok(found);
        }
        let folded = format!("{} WHERE lower(u.username) = lower(?1)", self.user_select());
        let mut stmt = self
            .conn
            .prepare(&folded)
            .map_err(|e| db_error(&self.path, e))?;
        let mut matches: Vec<User> = stmt
            .query_map([name], Self::user_from_row)
            .map_err(|e| db_error(&self.path, e))?
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| db_error(&self.path, e))?;
        match matches.len() {
            0 => Ok(None),
            1 => Ok(matches.pop()),
            count => Err(StorageError::AmbiguousUser {
                name: name.to_owned(),
                count,
                list: matches
                    .iter()
                    .map(|u| u.username.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }
}
