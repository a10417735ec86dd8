//! The operations: each change Langflow's own routes make to the rows it
//! administers (users and their folders, API keys, global variables, teams,
//! roles and assignments), written once over the SQL both backends speak
//! ([`Sql`]), in the caller's transaction. Each owns its guards (the rules a
//! write must keep) and its audit row, so a new entry point that calls it
//! cannot forget either. Commands, `state apply` and the Credentials
//! document call these and nothing below them; `tests/writers.rs` holds that
//! no other code writes those tables (the key change's value walks aside).

pub mod api_keys;
pub mod users;
pub mod variables;

use crate::storage::Schema;
pub use crate::storage::audit::Actor;
pub use crate::storage::authz::{Sql, Val};
pub use crate::storage::error::{Result, StorageError};

/// What every operation writes through: the transaction, the schema it
/// writes to (older schemas lack newer columns), and who acts (the audit
/// rows, `created_by` and friends).
pub struct Tx<'a> {
    pub sql: &'a mut dyn Sql,
    pub schema: &'a Schema,
    pub actor: &'a Actor,
}

impl Tx<'_> {
    /// The statement, as each backend binds it.
    pub fn exec(&mut self, statement: &str, params: &[Val]) -> Result<u64> {
        self.sql.exec(statement, params)
    }

    pub fn rows(&mut self, statement: &str, params: &[Val]) -> Result<Vec<Vec<Option<String>>>> {
        self.sql.rows(statement, params)
    }

    /// A row inserted with the columns this schema has.
    pub fn insert(&mut self, table: &str, fields: Vec<(&str, Val)>) -> Result<()> {
        crate::storage::authz::insert(self.sql, self.schema, table, fields)
    }
}

/// Runs `f` over the operations in one write transaction of `db`:
/// committed when `commit` and `f` succeed, else rolled back (a dry run
/// takes every step of the real one).
pub fn transaction<T>(
    db: &mut crate::storage::Store,
    commit: bool,
    actor: &Actor,
    f: impl FnOnce(&mut Tx) -> Result<T>,
) -> Result<T> {
    db.authz_write(commit, |sql, schema| f(&mut Tx { sql, schema, actor }))
}
