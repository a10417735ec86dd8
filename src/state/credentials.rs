//! flowadmin's own document kind, next to Langflow's `AdminState` in the
//! same file (a second YAML document), for what an init job also needs:
//! global variables whose values come from an environment variable or a
//! file (never inline), and named API keys that must exist (made once, the
//! new key written to a 0600 file). Its own `apiVersion`, so Langflow's kind
//! stays exactly Langflow's.
//!
//! ```yaml
//! apiVersion: flowadmin/v1
//! kind: Credentials
//! variables:
//!   - {name: OPENAI_API_KEY, owner: alice, value_from: {env: OPENAI_API_KEY}}
//!   - {name: REGION, owner: alice, type: Generic, fields: [], value_from: {file: /run/secrets/region}}
//!   - {name: OPTIONAL, owner: alice, allow_empty: true, value_from: {env: MAYBE_EMPTY}}
//! api_keys:
//!   - {name: ci-deploy, owner: admin, write_to: /run/keys/ci-deploy}
//! ```

use std::collections::HashSet;
use std::path::PathBuf;

use serde_json::Value;

use super::error::ManifestError;

pub const API_VERSION: &str = "flowadmin/v1";
pub const KIND: &str = "Credentials";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    pub variables: Vec<Variable>,
    pub api_keys: Vec<ApiKey>,
}

/// Where a value is read from when the plan is applied.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Source {
    Env(String),
    File(PathBuf),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variable {
    pub name: String,
    pub owner: String,
    /// `Credential` (the default) or `Generic`.
    pub kind: String,
    /// `default_fields`; None keeps an existing row's.
    pub fields: Option<Vec<String>>,
    pub source: Source,
    /// `allow_empty: true`: an empty value is stored on purpose (otherwise
    /// refused, as `variable set` refuses it without `--allow-empty`).
    pub allow_empty: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    pub name: String,
    pub owner: String,
    pub write_to: PathBuf,
}

/// Whether a document is this kind (by its `apiVersion`).
pub fn is_credentials(doc: &Value) -> bool {
    doc.get("apiVersion").and_then(Value::as_str) == Some(API_VERSION)
}

fn text(v: &Value, loc: &str, key: &str, errs: &mut Vec<String>) -> Option<String> {
    match v.get(key) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        None => {
            errs.push(format!("{loc}.{key}: Field required"));
            None
        }
        Some(_) => {
            errs.push(format!("{loc}.{key}: should be a non-empty string"));
            None
        }
    }
}

fn keys_known(v: &Value, loc: &str, known: &[&str], errs: &mut Vec<String>) -> bool {
    let Some(map) = v.as_object() else {
        errs.push(format!("{loc}: should be a mapping"));
        return false;
    };
    for k in map.keys().filter(|k| !known.contains(&k.as_str())) {
        errs.push(format!("{loc}.{k}: Extra inputs are not permitted"));
    }
    true
}

fn source(v: &Value, loc: &str, errs: &mut Vec<String>) -> Option<Source> {
    let loc = format!("{loc}.value_from");
    let Some(from) = v.get("value_from") else {
        errs.push(format!(
            "{loc}: Field required (values come from an environment variable or a file, never inline)"
        ));
        return None;
    };
    if !keys_known(from, &loc, &["env", "file"], errs) {
        return None;
    }
    match (from.get("env"), from.get("file")) {
        (Some(_), None) => text(from, &loc, "env", errs).map(Source::Env),
        (None, Some(_)) => text(from, &loc, "file", errs).map(|f| Source::File(f.into())),
        _ => {
            errs.push(format!("{loc}: give exactly one of env or file"));
            None
        }
    }
}

fn variable(v: &Value, loc: &str, errs: &mut Vec<String>) -> Option<Variable> {
    let known = [
        "name",
        "owner",
        "type",
        "fields",
        "value_from",
        "allow_empty",
    ];
    if !keys_known(v, loc, &known, errs) {
        return None;
    }
    let kind = match v.get("type") {
        None => Some("Credential".to_owned()),
        Some(Value::String(k)) if k == "Credential" || k == "Generic" => Some(k.clone()),
        Some(_) => {
            errs.push(format!(
                "{loc}.type: Input should be 'Credential' or 'Generic'"
            ));
            None
        }
    };
    let fields = match v.get("fields") {
        None => Some(None),
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => Some(Some(
            items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_owned))
                .collect(),
        )),
        Some(_) => {
            errs.push(format!("{loc}.fields: should be a list of strings"));
            None
        }
    };
    let allow_empty = match v.get("allow_empty") {
        None => Some(false),
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => {
            errs.push(format!(
                "{loc}.allow_empty: Input should be a valid boolean"
            ));
            None
        }
    };
    let (name, owner) = (text(v, loc, "name", errs), text(v, loc, "owner", errs));
    let source = source(v, loc, errs);
    Some(Variable {
        name: name?,
        owner: owner?,
        kind: kind?,
        fields: fields?,
        source: source?,
        allow_empty: allow_empty?,
    })
}

fn api_key(v: &Value, loc: &str, errs: &mut Vec<String>) -> Option<ApiKey> {
    if !keys_known(v, loc, &["name", "owner", "write_to"], errs) {
        return None;
    }
    let (name, owner) = (text(v, loc, "name", errs), text(v, loc, "owner", errs));
    let write_to = text(v, loc, "write_to", errs).map(PathBuf::from);
    Some(ApiKey {
        name: name?,
        owner: owner?,
        write_to: write_to?,
    })
}

fn list<'a>(doc: &'a Value, key: &str, errs: &mut Vec<String>) -> &'a [Value] {
    match doc.get(key) {
        None | Some(Value::Null) => &[],
        Some(Value::Array(items)) => items,
        Some(_) => {
            errs.push(format!("{key}: should be a list"));
            &[]
        }
    }
}

/// A Credentials document, refused with every error found (unknown keys,
/// missing fields, inline values, duplicates).
pub fn validate(doc: &Value) -> Result<Credentials, ManifestError> {
    let mut errs = Vec::new();
    keys_known(
        doc,
        "Credentials",
        &["apiVersion", "kind", "variables", "api_keys"],
        &mut errs,
    );
    if doc.get("kind").and_then(Value::as_str) != Some(KIND) {
        errs.push(format!("kind: Input should be '{KIND}'"));
    }
    let mut creds = Credentials::default();
    for (i, v) in list(doc, "variables", &mut errs).iter().enumerate() {
        creds
            .variables
            .extend(variable(v, &format!("variables.{i}"), &mut errs));
    }
    for (i, v) in list(doc, "api_keys", &mut errs).iter().enumerate() {
        creds
            .api_keys
            .extend(api_key(v, &format!("api_keys.{i}"), &mut errs));
    }
    let mut seen = HashSet::new();
    for v in &creds.variables {
        if !seen.insert((&v.owner, &v.name)) {
            errs.push(format!(
                "variables: duplicate variable {}/{}",
                v.owner, v.name
            ));
        }
    }
    let (mut names, mut files) = (HashSet::new(), HashSet::new());
    for k in &creds.api_keys {
        if !names.insert((&k.owner, &k.name)) {
            errs.push(format!("api_keys: duplicate key {}/{}", k.owner, k.name));
        }
        if !files.insert(&k.write_to) {
            errs.push(format!(
                "api_keys: two keys written to {}",
                k.write_to.display()
            ));
        }
    }
    match errs.is_empty() {
        true => Ok(creds),
        false => Err(ManifestError(format!(
            "{} validation error(s) for Credentials: {}",
            errs.len(),
            errs.join("; ")
        ))),
    }
}
