//! Global variables as Langflow stores them. Langflow has no unique
//! constraint on (user_id, name); flowadmin keeps names unique itself and
//! refuses to guess when a database already holds duplicates.

use super::{Database, db_error};
use super::{Result, StorageError, Variables};

/// One variable row. `stored` is the column as is (a token or plaintext):
/// never printed without being asked for.
#[derive(Debug, Clone, serde::Serialize)]
pub struct VariableRow {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub user_id: String,
    pub owner: Option<String>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
    pub default_fields: Vec<String>,
    pub is_environment_managed: Option<bool>,
    #[serde(skip)]
    pub stored: crate::text::Redacted<String>,
}

/// What an import does with a variable the owner already has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    Skip,
    Overwrite,
    /// Refuse the whole import (nothing is written).
    Fail,
}

/// What an import did with one variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Imported {
    Created,
    Updated,
    Skipped,
}

impl Imported {
    pub fn as_str(self) -> &'static str {
        match self {
            Imported::Created => "created",
            Imported::Updated => "updated",
            Imported::Skipped => "skipped",
        }
    }
}

impl Database {
    fn variable_query(&self, filter: &str) -> String {
        let col = |c: &str| {
            if self.schema.has_column("variable", c) {
                format!("v.{c}")
            } else {
                "NULL".into()
            }
        };
        format!(
            "SELECT v.id, v.name, v.type, v.user_id, u.username, {}, {}, {}, {}, v.value \
             FROM variable v LEFT JOIN user u ON u.id = v.user_id {filter} ORDER BY u.username, v.name, v.id",
            col("created_at"),
            col("updated_at"),
            col("default_fields"),
            col("is_environment_managed"),
        )
    }

    fn variables_where(
        &self,
        filter: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<VariableRow>> {
        let err = |e| db_error(&self.path, e);
        let mut stmt = self
            .conn
            .prepare(&self.variable_query(filter))
            .map_err(err)?;
        let rows = stmt
            .query_map(args, |r| {
                let fields: Option<String> = r.get(7)?;
                Ok(VariableRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    user_id: r.get(3)?,
                    owner: r.get(4)?,
                    created_at: r.get(5)?,
                    updated_at: r.get(6)?,
                    default_fields: fields
                        .as_deref()
                        .and_then(|f| serde_json::from_str(f).ok())
                        .unwrap_or_default(),
                    is_environment_managed: r.get(8)?,
                    stored: crate::text::Redacted(r.get(9)?),
                })
            })
            .map_err(err)?;
        rows.collect::<rusqlite::Result<_>>().map_err(err)
    }
}

pub fn duplicates(name: &str, count: usize) -> StorageError {
    StorageError::DuplicateVariables {
        name: name.to_owned(),
        count,
    }
}

impl Variables for Database {
    /// Variables of one user, or of everyone.
    fn list_variables(&self, user_id: Option<&str>) -> Result<Vec<VariableRow>> {
        match user_id {
            Some(id) => self.variables_where("WHERE v.user_id = ?1", &[&id]),
            None => self.variables_where("", &[]),
        }
    }

    /// Every row of `user_id` named exactly `name` (normally zero or one).
    fn find_variables(&self, user_id: &str, name: &str) -> Result<Vec<VariableRow>> {
        self.variables_where("WHERE v.user_id = ?1 AND v.name = ?2", &[&user_id, &name])
    }
}
