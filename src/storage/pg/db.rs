//! A Langflow database on PostgreSQL, read side: its schema and revision,
//! the counts `db check` reports, and every encrypted value, walked as on
//! SQLite. Writes on PostgreSQL are not served yet (exit 7).

use std::cell::RefCell;
use std::collections::BTreeSet;

use super::connect;
use super::url::Target;
use crate::storage::{Counts, Result, Schema, StorageError};

pub struct PgDatabase {
    client: RefCell<postgres::Client>,
    at: String,
    schema: Schema,
}

impl PgDatabase {
    /// Connects and reads the schema (tables of the current schema and
    /// their columns, then the Alembic revision).
    pub fn open(target: &Target) -> Result<PgDatabase> {
        let mut client = connect::connect(target)?;
        let at = target.describe();
        let sql_error = |e: postgres::Error| StorageError::ServerSql {
            at: at.clone(),
            reason: e
                .as_db_error()
                .map(|d| d.message().to_owned())
                .unwrap_or_else(|| e.to_string()),
        };
        let mut schema = Schema::default();
        let rows = client
            .query(
                "SELECT table_name::text, column_name::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() ORDER BY 1, ordinal_position",
                &[],
            )
            .map_err(sql_error)?;
        for row in rows {
            let (table, column): (String, String) = (row.get(0), row.get(1));
            schema
                .tables
                .entry(table)
                .or_insert_with(BTreeSet::new)
                .insert(column);
        }
        if schema.has_table("alembic_version") {
            schema.revisions = client
                .query(
                    "SELECT version_num::text FROM alembic_version ORDER BY 1",
                    &[],
                )
                .map_err(sql_error)?
                .iter()
                .map(|r| r.get(0))
                .collect();
        }
        Ok(PgDatabase {
            client: RefCell::new(client),
            at,
            schema,
        })
    }

    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    /// `user@host:port/dbname`, never the password.
    pub fn at(&self) -> &str {
        &self.at
    }

    fn sql_error(&self, e: postgres::Error) -> StorageError {
        StorageError::ServerSql {
            at: self.at.clone(),
            reason: e
                .as_db_error()
                .map(|d| d.message().to_owned())
                .unwrap_or_else(|| e.to_string()),
        }
    }

    pub fn require_langflow(&self) -> Result<()> {
        if self.schema.is_langflow() {
            return Ok(());
        }
        Err(StorageError::NotLangflowServer {
            at: self.at.clone(),
            what: if self.schema.tables.is_empty() {
                "an empty database"
            } else {
                "a database, but not Langflow's (no alembic_version, user, apikey and variable tables)"
            },
        })
    }

    fn count(&self, sql: &str) -> Result<u64> {
        let n: i64 = self
            .client
            .borrow_mut()
            .query_one(sql, &[])
            .map_err(|e| self.sql_error(e))?
            .get(0);
        Ok(n as u64)
    }

    pub fn counts(&self) -> Result<Counts> {
        let mut variables_by_type = std::collections::BTreeMap::new();
        if self.schema.has_table("variable") {
            let rows = self
                .client
                .borrow_mut()
                .query(
                    "SELECT coalesce(type::text, '(none)'), count(*) FROM variable GROUP BY 1 ORDER BY 1",
                    &[],
                )
                .map_err(|e| self.sql_error(e))?;
            for row in rows {
                variables_by_type.insert(row.get::<_, String>(0), row.get::<_, i64>(1) as u64);
            }
        }
        Ok(Counts {
            users: self.count("SELECT count(*) FROM \"user\"")?,
            superusers: self.count("SELECT count(*) FROM \"user\" WHERE is_superuser")?,
            inactive_users: self.count("SELECT count(*) FROM \"user\" WHERE NOT is_active")?,
            api_keys: self.count("SELECT count(*) FROM apikey")?,
            variables_by_type,
        })
    }

    /// Calls `f` for every encrypted value, read-only.
    pub fn visit_secrets(&self, f: &(dyn Fn(&crate::storage::secrets::Slot) + Sync)) -> Result<()> {
        crate::storage::secrets::visit_pg(&mut self.client.borrow_mut(), &self.schema, f)
            .map_err(|e| self.sql_error(e))
    }
}
