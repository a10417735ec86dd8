//! Global variables: set (created or updated), imported in bulk, repaired,
//! deleted, as Langflow's variable service writes them. The guards live
//! here, before a value is sealed: an empty value only when the caller says
//! so, never a NUL (PostgreSQL cannot store one), never a Generic value that
//! looks sealed where Langflow stores Generic values as typed. Langflow's
//! variable routes write no audit row, so neither do these.

use std::collections::HashMap;

use super::{Result, StorageError, Tx, Val};

/// A variable to set: its plaintext value, checked and sealed here.
pub struct SetVariable<'a> {
    pub user_id: &'a str,
    pub name: &'a str,
    /// `Credential` or `Generic`.
    pub kind: &'a str,
    pub value: &'a str,
    /// An empty value is stored on purpose (`--allow-empty`,
    /// `allow_empty: true`); otherwise refused.
    pub allow_empty: bool,
    /// `None` keeps the fields an existing row has (new rows get `[]`).
    pub default_fields: Option<&'a [String]>,
    /// Kept on a new row (naive UTC); `None`: now.
    pub created_at: Option<chrono::NaiveDateTime>,
}

/// Seals a plaintext with the deployment's key (a Fernet token).
pub type Seal<'a> = &'a dyn Fn(&[u8]) -> String;

/// The stored form of a value, after the guards: sealed for a Credential
/// (and for a Generic one on 1.5-1.7 schemas), as typed otherwise.
pub fn stored_form(tx: &Tx, v: &SetVariable, seal: Seal) -> Result<String> {
    if v.value.is_empty() && !v.allow_empty {
        return Err(StorageError::EmptyValue(v.name.to_owned()));
    }
    if v.value.contains('\0') {
        return Err(StorageError::NulValue(v.name.to_owned()));
    }
    let sealed = v.kind == "Credential" || tx.schema.encrypts_generic_variables();
    if !sealed && crate::crypto::looks_encrypted(v.value) {
        return Err(StorageError::GenericLooksSealed(v.name.to_owned()));
    }
    Ok(match sealed {
        true => seal(v.value.as_bytes()),
        false => v.value.to_owned(),
    })
}

/// Every row of `user_id` named `name`, by id.
fn ids_of(tx: &mut Tx, user_id: &str, name: &str) -> Result<Vec<String>> {
    Ok(tx
        .rows(
            "SELECT CAST(id AS TEXT) FROM variable WHERE user_id = $1 AND name = $2",
            &[Val::id(user_id), Val::text(name)],
        )?
        .into_iter()
        .filter_map(|r| r[0].clone())
        .collect())
}

/// Creates the variable, or updates the one row the owner has by that name;
/// refuses when Langflow's table holds several (it has no unique index).
/// Returns (id, created).
pub fn set_variable(tx: &mut Tx, v: &SetVariable, seal: Seal) -> Result<(String, bool)> {
    let stored = stored_form(tx, v, seal)?;
    match ids_of(tx, v.user_id, v.name)?.as_slice() {
        [] => Ok((insert(tx, v, &stored)?, true)),
        [id] => {
            update(tx, id, v, &stored)?;
            Ok((id.clone(), false))
        }
        many => Err(StorageError::DuplicateVariables {
            name: v.name.to_owned(),
            count: many.len(),
        }),
    }
}

fn insert(tx: &mut Tx, v: &SetVariable, stored: &str) -> Result<String> {
    let id = crate::storage::new_id();
    let fields = v.default_fields.unwrap_or_default();
    let created = match v.created_at {
        Some(at) => Val::opt_time(Some(&crate::storage::stored_time(at))),
        None => Val::now(),
    };
    tx.insert(
        "variable",
        vec![
            ("id", Val::id(&id)),
            ("name", Val::text(v.name)),
            ("value", Val::text(stored)),
            ("type", Val::text(v.kind)),
            ("created_at", created),
            ("is_environment_managed", Val::bool(false)),
            ("default_fields", Val::json(json_list(fields))),
            ("user_id", Val::id(v.user_id)),
        ],
    )?;
    Ok(id)
}

fn json_list(fields: &[String]) -> String {
    serde_json::to_string(fields).expect("a list of strings serialises")
}

/// The row's value and type (and default fields, when given), `updated_at`
/// set. An edit by hand must survive Langflow's start-up import of
/// environment variables, which only touches managed rows, so the row
/// stops being managed.
fn update(tx: &mut Tx, id: &str, v: &SetVariable, stored: &str) -> Result<()> {
    let has = |c: &str| tx.schema.has_column("variable", c);
    let mut sets = vec![("value", Val::text(stored)), ("type", Val::text(v.kind))];
    if has("updated_at") {
        sets.push(("updated_at", Val::now()));
    }
    if has("is_environment_managed") {
        sets.push(("is_environment_managed", Val::bool(false)));
    }
    if let (true, Some(f)) = (has("default_fields"), v.default_fields) {
        sets.push(("default_fields", Val::json(json_list(f))));
    }
    tx.update_by_id("variable", id, sets)?;
    Ok(())
}

pub use crate::storage::variables::{Imported, OnConflict};

/// Imports every variable (each with its owner's name, for messages) in
/// the caller's transaction: all or nothing. The owners' rows are read
/// once (the table has no index on name).
pub fn import(
    tx: &mut Tx,
    rows: &[(SetVariable, &str)],
    on_conflict: OnConflict,
    seal: Seal,
) -> Result<Vec<Imported>> {
    let mut existing: HashMap<(String, String), Vec<String>> = HashMap::new();
    let owners: std::collections::BTreeSet<&str> = rows.iter().map(|(v, _)| v.user_id).collect();
    for owner in owners {
        for r in tx.rows(
            "SELECT CAST(id AS TEXT), name FROM variable WHERE user_id = $1",
            &[Val::id(owner)],
        )? {
            if let (Some(id), Some(name)) = (r[0].clone(), r[1].clone()) {
                existing
                    .entry((owner.to_owned(), name))
                    .or_default()
                    .push(id);
            }
        }
    }
    let mut done = Vec::with_capacity(rows.len());
    for (v, owner) in rows {
        let key = (v.user_id.to_owned(), v.name.to_owned());
        let ids = existing.get(&key).cloned().unwrap_or_default();
        let outcome = match (ids.as_slice(), on_conflict) {
            ([], _) => {
                let stored = stored_form(tx, v, seal)?;
                let id = insert(tx, v, &stored)?;
                existing.entry(key).or_default().push(id);
                Imported::Created
            }
            ([_], OnConflict::Skip) => Imported::Skipped,
            ([_], OnConflict::Fail) => {
                return Err(StorageError::VariableExists {
                    name: v.name.to_owned(),
                    owner: (*owner).to_owned(),
                });
            }
            ([id], OnConflict::Overwrite) => {
                let stored = stored_form(tx, v, seal)?;
                update(tx, id, v, &stored)?;
                Imported::Updated
            }
            (many, _) => {
                return Err(StorageError::DuplicateVariables {
                    name: v.name.to_owned(),
                    count: many.len(),
                });
            }
        };
        done.push(outcome);
    }
    Ok(done)
}

/// Sets stored values by id (`variable repair`: a Generic value decrypted
/// in place), `updated_at` too.
pub fn replace_values(tx: &mut Tx, values: &[(String, String)]) -> Result<()> {
    let has_updated = tx.schema.has_column("variable", "updated_at");
    for (id, value) in values {
        let n = match has_updated {
            true => tx.exec(
                "UPDATE variable SET value = $1, updated_at = $2 WHERE id = $3",
                &[Val::text(value), Val::now(), Val::id(id)],
            )?,
            false => tx.exec(
                "UPDATE variable SET value = $1 WHERE id = $2",
                &[Val::text(value), Val::id(id)],
            )?,
        };
        if n != 1 {
            return Err(StorageError::Vanished("variable"));
        }
    }
    Ok(())
}

/// Deletes one variable by id.
pub fn delete_variable(tx: &mut Tx, id: &str) -> Result<()> {
    let n = tx.exec("DELETE FROM variable WHERE id = $1", &[Val::id(id)])?;
    if n != 1 {
        return Err(StorageError::Vanished("variable"));
    }
    Ok(())
}
