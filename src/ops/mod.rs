//! The operations: each change Langflow's own routes make to the rows it
//! administers (users and their folders, API keys, global variables, teams,
//! roles and assignments), written once over the SQL both backends speak
//! ([`Sql`]), in the caller's transaction. Each owns its guards (the rules a
//! write must keep) and its audit row, so a new entry point that calls it
//! cannot forget either. Commands, `state apply` and the Credentials
//! document call these and nothing below them; `tests/writers.rs` holds that
//! no other code writes those tables (the key change's value walks aside).

pub mod api_keys;
pub mod audit;
pub mod authz;
pub mod users;
pub mod variables;

use crate::storage::Schema;
pub use crate::storage::authz::{Sql, Val};
pub use crate::storage::error::{Result, StorageError};
pub use audit::Actor;

/// What every operation writes through: the transaction, the schema it
/// writes to (older schemas lack newer columns), who acts (the audit rows,
/// `created_by` and friends), and the checks that hold for the transaction
/// as a whole, run once before it commits ([`Tx::finish`]).
pub struct Tx<'a> {
    pub sql: &'a mut dyn Sql,
    pub schema: &'a Schema,
    pub actor: &'a Actor,
    checks: std::collections::BTreeSet<Check>,
}

/// A rule about the rows as a whole, checked when the transaction ends: a
/// plan may pass through a state that breaks it on the way (a role moved
/// under another, one superuser disabled before another is enabled).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Check {
    /// Langflow's role hierarchy has no cycle.
    RoleCycle,
    /// A deployment that has superusers keeps an active one.
    ActiveSuperuser,
}

impl<'a> Tx<'a> {
    pub fn new(sql: &'a mut dyn Sql, schema: &'a Schema, actor: &'a Actor) -> Tx<'a> {
        Tx {
            sql,
            schema,
            actor,
            checks: Default::default(),
        }
    }

    /// The statement, as each backend binds it.
    pub fn exec(&mut self, statement: &str, params: &[Val]) -> Result<u64> {
        self.sql.exec(statement, params)
    }

    pub fn rows(&mut self, statement: &str, params: &[Val]) -> Result<Vec<Vec<Option<String>>>> {
        self.sql.rows(statement, params)
    }

    /// `UPDATE table SET <sets> WHERE id = <id>` (`table` quoted as given);
    /// returns the rows changed.
    pub fn update_by_id(&mut self, table: &str, id: &str, sets: Vec<(&str, Val)>) -> Result<u64> {
        let assigns: Vec<String> = sets
            .iter()
            .enumerate()
            .map(|(i, (c, _))| format!("{c} = ${}", i + 1))
            .collect();
        let mut vals: Vec<Val> = sets.into_iter().map(|(_, v)| v).collect();
        vals.push(Val::id(id));
        let statement = format!(
            "UPDATE {table} SET {} WHERE id = ${}",
            assigns.join(", "),
            vals.len()
        );
        self.exec(&statement, &vals)
    }

    /// A row inserted with the columns this schema has.
    pub fn insert(&mut self, table: &str, fields: Vec<(&str, Val)>) -> Result<()> {
        insert(self.sql, self.schema, table, fields)
    }

    pub(crate) fn defer(&mut self, check: Check) {
        self.checks.insert(check);
    }

    /// The checks the operations deferred, on the rows as they are now.
    pub fn finish(&mut self) -> Result<()> {
        for check in std::mem::take(&mut self.checks) {
            match check {
                Check::RoleCycle => authz::refuse_parent_cycle(self)?,
                Check::ActiveSuperuser => users::refuse_no_active_superuser(self)?,
            }
        }
        Ok(())
    }
}

/// Runs `f` over the operations in one write transaction of `db`, then the
/// checks they deferred: committed when `commit` and all of it succeed,
/// else rolled back (a dry run takes every step of the real one).
pub fn transaction<T>(
    db: &mut crate::storage::Store,
    commit: bool,
    actor: &Actor,
    f: impl FnOnce(&mut Tx) -> Result<T>,
) -> Result<T> {
    db.authz_write(commit, |sql, schema| {
        let mut tx = Tx::new(sql, schema, actor);
        let value = f(&mut tx)?;
        tx.finish()?;
        Ok(value)
    })
}

/// Inserts the columns of `fields` this schema has.
fn insert(sql: &mut dyn Sql, schema: &Schema, table: &str, fields: Vec<(&str, Val)>) -> Result<()> {
    let (cols, vals): (Vec<&str>, Vec<Val>) = fields
        .into_iter()
        .filter(|(c, _)| schema.has_column(table, c))
        .unzip();
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("${i}")).collect();
    sql.exec(
        &format!(
            "INSERT INTO \"{table}\" ({}) VALUES ({})",
            cols.join(", "),
            marks.join(", ")
        ),
        &vals,
    )?;
    Ok(())
}
