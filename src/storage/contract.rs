//! What a Langflow database offers, whichever backend holds it: one trait per
//! concern (what it is, users, API keys, variables, the key change over its
//! sealed values), each implemented by every backend. A new query is one
//! trait method, and the compiler then asks each backend for it; a third
//! backend is one `impl` per trait. [`super::Store`] derefs to
//! `dyn Backend`, so commands call these without knowing the backend.

use std::path::{Path, PathBuf};

use super::apikeys::{ApiKeyRow, KeyStorage};
use super::delete::DeletePlan;
use super::users::User;
use super::variables::VariableRow;
use super::{Counts, Result, Rewritten, Schema, SecretSource, StorageError, secrets};

/// Which backend holds a database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sqlite,
    Postgres,
}

impl Kind {
    /// As people write it: `SQLite`, `PostgreSQL`.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Sqlite => "SQLite",
            Kind::Postgres => "PostgreSQL",
        }
    }

    /// As a URL scheme and a bundle's `backend` field name it.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Sqlite => "sqlite",
            Kind::Postgres => "postgresql",
        }
    }
}

/// What the database is and where.
pub trait Described {
    fn kind(&self) -> Kind;
    fn schema(&self) -> &Schema;
    /// Refuses a database that is not Langflow's (naming what it is).
    fn require_langflow(&self) -> Result<()>;
    fn counts(&self) -> Result<Counts>;
    /// SQLite's journal mode; a server names itself (its WAL is its own).
    fn journal_mode(&self) -> Result<String>;
    /// Where it is: the file, or `user@host:port/dbname` (no password).
    fn location(&self) -> String;
}

/// Langflow's users.
pub trait Users {
    fn list_users(&self) -> Result<Vec<User>>;
    /// The user named exactly `name`, else the one whose name matches it
    /// case-insensitively as the database folds it; several: an error.
    fn find_user(&self, name: &str) -> Result<Option<User>>;
    /// What deleting the user would delete or detach, table by table.
    fn plan_user_delete(&self, user_id: &str) -> Result<DeletePlan>;
    /// Deletes the user as `plan` says, in one transaction (nothing when the
    /// rows changed since the plan was made).
    fn execute_user_delete(&mut self, user_id: &str, plan: &DeletePlan) -> Result<()>;

    fn require_user(&self, name: &str) -> Result<User> {
        self.find_user(name)?
            .ok_or_else(|| StorageError::UserNotFound(name.to_owned()))
    }

    fn superusers(&self) -> Result<Vec<User>> {
        Ok(self
            .list_users()?
            .into_iter()
            .filter(|u| u.is_superuser)
            .collect())
    }
}

/// Langflow's API keys.
pub trait ApiKeys {
    /// How this schema stores a key (plain, encrypted, encrypted with a hash).
    fn key_storage(&self) -> KeyStorage;
    fn supports_key_expiry(&self) -> bool;
    /// Each key, newest first, one row in memory at a time; of one user
    /// when `user_id` is given. `f` must not use the database: the rows
    /// stream from the open statement while it runs.
    fn visit_api_keys(&self, user_id: Option<&str>, f: &mut dyn FnMut(ApiKeyRow)) -> Result<()>;
    /// The owner of `key` when Langflow would accept it.
    fn authenticate_api_key(
        &self,
        key: &str,
        keyring: Option<&crate::crypto::Keyring>,
    ) -> Result<Option<User>>;
    /// The id of the stored key that is `key`, active or not.
    fn find_api_key_by_secret(
        &self,
        key: &str,
        keyring: Option<&crate::crypto::Keyring>,
    ) -> Result<Option<String>>;

    /// Keys, newest first; of one user when `user_id` is given.
    fn list_api_keys(&self, user_id: Option<&str>) -> Result<Vec<ApiKeyRow>> {
        let mut out = Vec::new();
        self.visit_api_keys(user_id, &mut |k| out.push(k))?;
        Ok(out)
    }
}

/// Langflow's global variables.
pub trait Variables {
    fn list_variables(&self, user_id: Option<&str>) -> Result<Vec<VariableRow>>;
    fn find_variables(&self, user_id: &str, name: &str) -> Result<Vec<VariableRow>>;
}

/// A key change over the sealed values: who else has the database, where
/// its backup goes, and the one-transaction rewrite. The backup is taken by
/// whichever side can: SQLite copies the whole file before the rewrite;
/// PostgreSQL has no file, so its rewrite records the old value of every
/// row it changes.
pub trait KeyChange {
    /// Claims the database for a key change (SQLite: its exclusive lock, if
    /// no other process has the file open; PostgreSQL: flowadmin's and
    /// Langflow's advisory locks). Returns who else has it (empty: nobody).
    fn claim_for_key_change(&mut self) -> Result<Vec<String>>;
    /// After a key change committed on a server: waits (a bounded time)
    /// until no other session is still running a statement, so a write the
    /// change's locks held back has landed before the values are checked.
    fn wait_for_other_writers(&self) -> Result<()>;
    /// Where this database's backup for `stamp` goes.
    fn backup_path(&self, config_dir: &Path, stamp: &str) -> PathBuf;
    /// SQLite: an online copy of the whole file to `target` (true).
    /// PostgreSQL: nothing (false; its rewrite records the old values).
    fn copy_before_rewrite(&self, target: &Path) -> Result<bool>;
    /// Rows in the tables that hold encrypted values (for a progress bar).
    fn secret_row_estimate(&self) -> Result<u64>;
    /// Rewrites the encrypted values in one transaction: `f` says what each
    /// becomes, `commit_if` decides at the end. `old_values`: where a
    /// server's backup of the old values goes.
    fn rewrite_secrets(
        &mut self,
        f: &secrets::Visitor,
        commit_if: &mut dyn FnMut() -> bool,
        old_values: Option<&Path>,
    ) -> Result<Rewritten>;
}

/// Everything a Langflow database offers.
pub trait Backend: Described + Users + ApiKeys + Variables + KeyChange + SecretSource {
    /// The same database seen as a source of sealed values.
    fn secrets(&self) -> &dyn SecretSource;
}

impl<T: Described + Users + ApiKeys + Variables + KeyChange + SecretSource> Backend for T {
    fn secrets(&self) -> &dyn SecretSource {
        self
    }
}
