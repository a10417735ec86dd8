//! Global variables as Langflow stores them. Langflow has no unique
//! constraint on (user_id, name); flowadmin keeps names unique itself and
//! refuses to guess when a database already holds duplicates.

use rusqlite::params;

use super::{Database, db_error, insert_present, new_id, now_text};
use super::{Result, StorageError, Variables};

/// One variable row. `stored` is the column as is (a token or plaintext):
/// never printed without being asked for.
#[derive(Clone, serde::Serialize)]
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
    pub stored: String,
}

impl std::fmt::Debug for VariableRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "VariableRow({} {})", self.name, self.id)
    }
}

/// A variable to write, its value already in stored form.
pub struct VariableWrite<'a> {
    pub name: &'a str,
    pub kind: &'a str,
    pub stored: &'a str,
    /// `None` keeps the fields an existing row has (new rows get `[]`).
    pub default_fields: Option<&'a [String]>,
}

/// What an import does with a variable the owner already has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    Skip,
    Overwrite,
    /// Refuse the whole import (nothing is written).
    Fail,
}

/// One variable to import, its value already in stored form.
pub struct ImportRow<'a> {
    pub user_id: &'a str,
    pub owner: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub stored: &'a str,
    pub default_fields: &'a [String],
    /// Kept on a new row (naive UTC); `None`: now.
    pub created_at: Option<chrono::NaiveDateTime>,
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
                    stored: r.get(9)?,
                })
            })
            .map_err(err)?;
        rows.collect::<rusqlite::Result<_>>().map_err(err)
    }
}

/// Rewrites one variable row's value and type (and default fields, when
/// given), setting updated_at. An edit by hand must survive Langflow's
/// start-up import of environment variables, which only touches managed
/// rows, so the row stops being managed.
fn update_row(
    tx: &rusqlite::Transaction,
    schema: &super::Schema,
    id: &str,
    stored: &str,
    kind: &str,
    fields: Option<&str>,
    now: &str,
) -> rusqlite::Result<()> {
    let has = |c: &str| schema.has_column("variable", c);
    let mut sets = vec!["value = ?1", "type = ?2"];
    if has("updated_at") {
        sets.push("updated_at = ?3");
    }
    if has("is_environment_managed") {
        sets.push("is_environment_managed = 0");
    }
    if has("default_fields") && fields.is_some() {
        sets.push("default_fields = ?5");
    }
    let sql = format!("UPDATE variable SET {} WHERE id = ?4", sets.join(", "));
    let mut stmt = tx.prepare_cached(&sql)?;
    // Bind only the parameters this statement names.
    let values: [(&str, &dyn rusqlite::ToSql); 5] = [
        ("?1", &stored),
        ("?2", &kind),
        ("?3", &now),
        ("?4", &id),
        ("?5", &fields),
    ];
    for (name, value) in values {
        if let Some(idx) = stmt.parameter_index(name)? {
            stmt.raw_bind_parameter(idx, value)?;
        }
    }
    stmt.raw_execute()?;
    Ok(())
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

    /// Creates or updates the one row (user, name) in one transaction,
    /// refusing when duplicates exist. Returns (id, created).
    fn upsert_variable(&mut self, user_id: &str, write: &VariableWrite) -> Result<(String, bool)> {
        let fields_json = write
            .default_fields
            .map(|f| serde_json::to_string(f).expect("a list of strings serialises"));
        self.write(|tx, schema| {
            let ids: Vec<String> = {
                let mut stmt =
                    tx.prepare("SELECT id FROM variable WHERE user_id = ?1 AND name = ?2")?;
                stmt.query_map(params![user_id, write.name], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?
            };
            match ids.as_slice() {
                [] => {
                    let id = new_id();
                    insert_present(
                        tx,
                        schema,
                        "variable",
                        vec![
                            ("id", Box::new(id.clone())),
                            ("name", Box::new(write.name)),
                            ("value", Box::new(write.stored)),
                            ("type", Box::new(write.kind)),
                            ("created_at", Box::new(now_text())),
                            ("is_environment_managed", Box::new(false)),
                            (
                                "default_fields",
                                Box::new(fields_json.clone().unwrap_or_else(|| "[]".into())),
                            ),
                            ("user_id", Box::new(user_id)),
                        ],
                    )?;
                    Ok((id, true))
                }
                [id] => {
                    update_row(
                        tx,
                        schema,
                        id,
                        write.stored,
                        write.kind,
                        fields_json.as_deref(),
                        &now_text(),
                    )?;
                    Ok((id.clone(), false))
                }
                many => Err(duplicates(write.name, many.len()).into()),
            }
        })
    }

    /// Replaces several values in one transaction (for `variable repair`).
    fn replace_variable_values(&mut self, values: &[(String, String)]) -> Result<()> {
        self.write(|tx, schema| {
            let has_updated = schema.has_column("variable", "updated_at");
            let now = now_text();
            for (id, value) in values {
                let n = if has_updated {
                    tx.execute(
                        "UPDATE variable SET value = ?1, updated_at = ?2 WHERE id = ?3",
                        params![value, now, id],
                    )
                } else {
                    tx.execute(
                        "UPDATE variable SET value = ?1 WHERE id = ?2",
                        params![value, id],
                    )
                }?;
                if n != 1 {
                    return Err(StorageError::Vanished("variable").into());
                }
            }
            Ok(())
        })
    }

    /// Imports every row in one transaction (rolled back when `commit` is
    /// false, or at the first refusal): all or nothing.
    fn import_variables(
        &mut self,
        rows: &[ImportRow],
        on_conflict: OnConflict,
        commit: bool,
    ) -> Result<Vec<Imported>> {
        self.write_then(commit, |tx, schema| {
            let now = now_text();
            let mut done = Vec::with_capacity(rows.len());
            // The owners' rows read once (the table has no index on name: a
            // lookup per variable would scan it once each).
            let mut existing: std::collections::HashMap<(String, String), Vec<String>> =
                std::collections::HashMap::new();
            let owners: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.user_id).collect();
            let mut of_owner = tx.prepare("SELECT id, name FROM variable WHERE user_id = ?1")?;
            for owner in owners {
                let found = of_owner.query_map([owner], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })?;
                for item in found {
                    let (id, name) = item?;
                    existing
                        .entry((owner.to_owned(), name))
                        .or_default()
                        .push(id);
                }
            }
            for row in rows {
                let ids = existing
                    .get(&(row.user_id.to_owned(), row.name.to_owned()))
                    .cloned()
                    .unwrap_or_default();
                let fields = serde_json::to_string(row.default_fields).expect("strings serialise");
                match (ids.as_slice(), on_conflict) {
                    ([], _) => {
                        let created = row
                            .created_at
                            .map(super::stored_time)
                            .unwrap_or_else(|| now.clone());
                        let id = new_id();
                        existing
                            .entry((row.user_id.to_owned(), row.name.to_owned()))
                            .or_default()
                            .push(id.clone());
                        insert_present(
                            tx,
                            schema,
                            "variable",
                            vec![
                                ("id", Box::new(id)),
                                ("name", Box::new(row.name)),
                                ("value", Box::new(row.stored)),
                                ("type", Box::new(row.kind)),
                                ("created_at", Box::new(created)),
                                ("is_environment_managed", Box::new(false)),
                                ("default_fields", Box::new(fields)),
                                ("user_id", Box::new(row.user_id)),
                            ],
                        )?;
                        done.push(Imported::Created);
                    }
                    ([_], OnConflict::Skip) => done.push(Imported::Skipped),
                    ([_], OnConflict::Fail) => {
                        return Err(StorageError::VariableExists {
                            name: row.name.to_owned(),
                            owner: row.owner.to_owned(),
                        }
                        .into());
                    }
                    ([id], OnConflict::Overwrite) => {
                        update_row(tx, schema, id, row.stored, row.kind, Some(&fields), &now)?;
                        done.push(Imported::Updated);
                    }
                    (many, _) => return Err(duplicates(row.name, many.len()).into()),
                }
            }
            Ok(done)
        })
    }

    fn delete_variable(&mut self, id: &str) -> Result<()> {
        self.delete_one("variable", id, "variable")
    }
}
