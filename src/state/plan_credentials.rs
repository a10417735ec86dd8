//! The operations that make a deployment hold a `Credentials` document,
//! planned after (and from) the AdminState plan.

use std::collections::{HashMap, HashSet};

use super::credentials::{Credentials, Source, Variable};
use super::plan::{Action, Op, Plan, Unresolved};
use crate::storage::authz::AuthzRows;

/// What the plan needs to know of each desired value, read before planning:
/// its fingerprint (a keyed hash, never the value), and whether the stored
/// value already equals it.
pub struct Values<'a> {
    pub fingerprint: &'a dyn Fn(&Source) -> String,
    /// Whether the stored column (as is) holds the value `source` gives.
    pub holds: &'a dyn Fn(&str, &Source) -> bool,
}

/// The operations that make the deployment hold `creds`, after the admin
/// plan (whose new users may own them). Keys: `owner/name`; a variable's
/// key ends `@<fingerprint>` of the value it will hold.
pub fn plan_credentials(
    rows: &AuthzRows,
    creds: &Credentials,
    values: &Values,
    plan: &mut Plan,
) -> Result<(), Unresolved> {
    let new_users: HashSet<String> = plan
        .ops
        .iter()
        .filter_map(|op| match &op.what {
            Action::CreateUser { username, .. } => Some(username.clone()),
            _ => None,
        })
        .collect();
    let ids: HashMap<&str, &str> = rows
        .users
        .iter()
        .map(|u| (u.username.as_str(), u.id.as_str()))
        .collect();
    let owner_id = |owner: &str| -> Result<Option<&str>, Unresolved> {
        match (ids.get(owner), new_users.contains(owner)) {
            (Some(id), _) => Ok(Some(*id)),
            (None, true) => Ok(None),
            (None, false) => Err(Unresolved(format!(
                "Credentials reference unknown user {}",
                crate::storage::pyjson::py_repr(owner)
            ))),
        }
    };
    for v in &creds.variables {
        let owner = owner_id(&v.owner)?;
        variable_op(rows, v, owner, values, plan)?;
    }
    // Whether each key's owner is active once the admin plan has run.
    let active: HashMap<&str, bool> = creds
        .api_keys
        .iter()
        .map(|k| {
            let planned = plan.ops.iter().rev().find_map(|op| match &op.what {
                Action::CreateUser {
                    username, active, ..
                }
                | Action::UpdateUser {
                    username, active, ..
                } if *username == k.owner => Some(*active),
                _ => None,
            });
            let now = || rows.users.iter().any(|u| u.username == k.owner && u.active);
            (k.owner.as_str(), planned.unwrap_or_else(now))
        })
        .collect();
    for k in &creds.api_keys {
        let owner = owner_id(&k.owner)?;
        let exists = owner.is_some_and(|id| {
            rows.api_keys
                .iter()
                .any(|(u, n)| u == id && n.as_deref() == Some(k.name.as_str()))
        });
        if !exists && !active.get(k.owner.as_str()).copied().unwrap_or(false) {
            return Err(Unresolved(format!(
                "API key {}/{}: {} is inactive, so Langflow would refuse its keys (activate the user first)",
                k.owner, k.name, k.owner
            )));
        }
        if !exists {
            plan.ops.push(Op {
                action: "create",
                resource: "api_key",
                key: format!("{}/{}", k.owner, k.name),
                changes: Vec::new(),
                what: Action::CreateApiKey(k.clone()),
            });
        }
    }
    Ok(())
}

fn variable_op(
    rows: &AuthzRows,
    v: &Variable,
    owner: Option<&str>,
    values: &Values,
    plan: &mut Plan,
) -> Result<(), Unresolved> {
    let found: Vec<_> = rows
        .variables
        .iter()
        .filter(|r| Some(r.user_id.as_str()) == owner && r.name == v.name)
        .collect();
    if found.len() > 1 {
        return Err(Unresolved(format!(
            "{} has {} variables named {}: delete the extra ones first ({})",
            v.owner,
            found.len(),
            v.name,
            crate::error::Next::VariableList
        )));
    }
    let fingerprint = (values.fingerprint)(&v.source);
    let key = format!("{}/{}@{fingerprint}", v.owner, v.name);
    let (action, changes, existing) = match found.first() {
        None => ("create", Vec::new(), None),
        Some(row) => {
            let mut changes = Vec::new();
            if !(values.holds)(&row.stored, &v.source) {
                changes.push("value");
            }
            if row.kind.as_deref() != Some(v.kind.as_str()) {
                changes.push("type");
            }
            if v.fields.as_ref().is_some_and(|f| f != &row.fields) {
                changes.push("fields");
            }
            if changes.is_empty() {
                return Ok(());
            }
            ("update", changes, Some(row.id.clone()))
        }
    };
    plan.ops.push(Op {
        action,
        resource: "variable",
        key,
        changes,
        what: Action::SetVariable {
            spec: v.clone(),
            existing,
        },
    });
    Ok(())
}
