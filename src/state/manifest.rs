//! Langflow 1.13's administration manifest (`apiVersion: langflow.ai/v1`,
//! `kind: AdminState`), read as strictly as Langflow's own pydantic model
//! reads it: unknown keys, wrong types, duplicates and bad permission slugs
//! are refused, with Langflow's messages (`loc: message`, joined by `; `).

pub use crate::storage::pyjson::py_repr;
use serde_json::Value;

/// One manifest user.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: Option<String>,
    pub username: String,
    pub active: bool,
    pub password_env: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Team {
    pub id: Option<String>,
    pub adom_name: String,
    pub display_name: String,
    pub description: Option<String>,
    pub active: bool,
    pub members: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub id: Option<String>,
    pub name: String,
    pub description: Option<String>,
    pub parent: Option<String>,
    pub permissions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Assignment {
    /// "user" or "team".
    pub subject_type: String,
    pub subject_name: String,
    pub role: String,
    /// "global", "workspace" or "project".
    pub domain_type: String,
    /// Dashed lowercase UUID; None for global.
    pub domain_id: Option<String>,
}

/// A whole manifest.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AdminState {
    pub users: Vec<User>,
    pub teams: Vec<Team>,
    pub roles: Vec<Role>,
    pub assignments: Vec<Assignment>,
}

pub const API_VERSION: &str = "langflow.ai/v1";
pub const KIND: &str = "AdminState";

pub use super::error::ManifestError;

/// Reads a manifest's text: JSON when the file name ends `.json`, else YAML.
pub fn parse(text: &str, json: bool) -> Result<AdminState, ManifestError> {
    let raw: Value = if json {
        serde_json::from_str(text).map_err(|e| {
            ManifestError(format!(
                "Invalid JSON administration manifest at line {}, column {}",
                e.line(),
                e.column()
            ))
        })?
    } else {
        let mut docs = super::pyyaml::load_all(text)
            .map_err(|e| ManifestError(format!("Invalid YAML administration manifest: {}", e.0)))?;
        match docs.len() {
            0 => Value::Null,
            1 => docs.remove(0),
            _ => {
                return Err(ManifestError(
                    "Invalid YAML administration manifest: expected a single document in the stream".into(),
                ));
            }
        }
    };
    refuse_nul(&raw, "")?;
    validate(&raw)
}

/// A NUL character anywhere (PostgreSQL cannot store one in text, and a
/// NUL in a name is no one's intent): refused with where it is.
pub(super) fn refuse_nul(v: &Value, loc: &str) -> Result<(), ManifestError> {
    let found = |at: &str| {
        ManifestError(format!(
            "{}: contains a NUL character (\\0), which Langflow's databases cannot store",
            if at.is_empty() { "the manifest" } else { at }
        ))
    };
    match v {
        Value::String(s) if s.contains('\0') => Err(found(loc)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, item)| refuse_nul(item, &at(loc, i))),
        Value::Object(map) => map.iter().try_for_each(|(k, item)| {
            if k.contains('\0') {
                return Err(found(loc));
            }
            refuse_nul(item, &at(loc, k.escape_debug()))
        }),
        _ => Ok(()),
    }
}

/// Collected errors, each `loc: message`.
#[derive(Default)]
struct Errors(Vec<String>);

impl Errors {
    fn push(&mut self, loc: &str, msg: impl Into<String>) {
        self.0.push(format!("{loc}: {}", msg.into()));
    }
}

fn at(loc: &str, key: impl std::fmt::Display) -> String {
    match loc {
        "" => key.to_string(),
        _ => format!("{loc}.{key}"),
    }
}

/// The fields of one object: unknown keys refused, each field read once.
struct Obj<'a> {
    map: Option<&'a serde_json::Map<String, Value>>,
    loc: String,
}

impl<'a> Obj<'a> {
    fn new(v: &'a Value, loc: &str, model: &str, known: &[&str], errs: &mut Errors) -> Obj<'a> {
        let Some(map) = v.as_object() else {
            errs.push(
                loc,
                format!("Input should be a valid dictionary or instance of {model}"),
            );
            return Obj {
                map: None,
                loc: loc.to_owned(),
            };
        };
        for key in map.keys() {
            if !known.contains(&key.as_str()) {
                errs.push(&at(loc, key), "Extra inputs are not permitted");
            }
        }
        Obj {
            map: Some(map),
            loc: loc.to_owned(),
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.and_then(|m| m.get(key))
    }

    fn string(&self, key: &str, required: bool, min1: bool, errs: &mut Errors) -> Option<String> {
        let loc = at(&self.loc, key);
        match self.get(key) {
            None if required && self.map.is_some() => {
                errs.push(&loc, "Field required");
                None
            }
            None | Some(Value::Null) if !required => None,
            Some(Value::String(s)) if min1 && s.is_empty() => {
                errs.push(&loc, "String should have at least 1 character");
                None
            }
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                errs.push(&loc, "Input should be a valid string");
                None
            }
            None => None,
        }
    }

    /// A name Langflow's routes take (`min_length=1, max_length=255`, in
    /// characters): the reconciler sends it there, where a longer one is
    /// refused.
    fn name(&self, key: &str, errs: &mut Errors) -> String {
        let value = self.string(key, true, true, errs).unwrap_or_default();
        if value.chars().count() > MAX_NAME {
            errs.push(
                &at(&self.loc, key),
                format!("String should have at most {MAX_NAME} characters"),
            );
        }
        value
    }

    fn literal(&self, key: &str, allowed: &[&str], default: &str, errs: &mut Errors) -> String {
        let loc = at(&self.loc, key);
        match self.get(key) {
            None => default.to_owned(),
            Some(Value::String(s)) if allowed.contains(&s.as_str()) => s.clone(),
            Some(_) => {
                errs.push(&loc, format!("Input should be {}", literal_list(allowed)));
                default.to_owned()
            }
        }
    }

    fn uuid(&self, key: &str, errs: &mut Errors) -> Option<String> {
        match self.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => match uuid::Uuid::parse_str(s) {
                Ok(u) => Some(u.hyphenated().to_string()),
                Err(_) => {
                    errs.push(&at(&self.loc, key), "Input should be a valid UUID");
                    None
                }
            },
            Some(_) => {
                errs.push(
                    &at(&self.loc, key),
                    "UUID input should be a string, bytes or UUID object",
                );
                None
            }
        }
    }

    fn list(&self, key: &str, errs: &mut Errors) -> &'a [Value] {
        match self.get(key) {
            None => &[],
            Some(Value::Array(items)) => items,
            Some(_) => {
                errs.push(&at(&self.loc, key), "Input should be a valid list");
                &[]
            }
        }
    }

    fn strings(&self, key: &str, errs: &mut Errors) -> Vec<String> {
        let mut out = Vec::new();
        for (i, v) in self.list(key, errs).iter().enumerate() {
            match v {
                Value::String(s) => out.push(s.clone()),
                _ => errs.push(
                    &at(&at(&self.loc, key), i),
                    "Input should be a valid string",
                ),
            }
        }
        out
    }
}

/// `'a' or 'b'`, `'a', 'b' or 'c'`, as pydantic lists literals.
fn literal_list(allowed: &[&str]) -> String {
    let quoted: Vec<String> = allowed.iter().map(|a| format!("'{a}'")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
}

pub(super) fn validate(raw: &Value) -> Result<AdminState, ManifestError> {
    let mut errs = Errors::default();
    let known = [
        "apiVersion",
        "api_version",
        "kind",
        "users",
        "teams",
        "roles",
        "assignments",
    ];
    let top = Obj::new(raw, "", "AdminState", &known, &mut errs);
    if top.map.is_some() {
        let version = top.get("apiVersion").or_else(|| top.get("api_version"));
        match version {
            None => errs.push("apiVersion", "Field required"),
            Some(Value::String(v)) if v == API_VERSION => {}
            Some(_) => errs.push("apiVersion", format!("Input should be '{API_VERSION}'")),
        }
        match top.get("kind") {
            None => errs.push("kind", "Field required"),
            Some(Value::String(v)) if v == KIND => {}
            Some(_) => errs.push("kind", format!("Input should be '{KIND}'")),
        }
    }
    let state = AdminState {
        users: top
            .list("users", &mut errs)
            .iter()
            .enumerate()
            .map(|(i, v)| user(v, &at("users", i), &mut errs))
            .collect(),
        teams: top
            .list("teams", &mut errs)
            .iter()
            .enumerate()
            .map(|(i, v)| team(v, &at("teams", i), &mut errs))
            .collect(),
        roles: top
            .list("roles", &mut errs)
            .iter()
            .enumerate()
            .map(|(i, v)| role(v, &at("roles", i), &mut errs))
            .collect(),
        assignments: top
            .list("assignments", &mut errs)
            .iter()
            .enumerate()
            .map(|(i, v)| assignment(v, &at("assignments", i), &mut errs))
            .collect(),
    };
    if errs.0.is_empty()
        && let Err(dup) = unique_keys(&state)
    {
        errs.push("", format!("Value error, {dup}"));
    }
    match errs.0.is_empty() {
        true => Ok(state),
        false => Err(ManifestError(errs.0.join("; "))),
    }
}

const STATES: [&str; 2] = ["active", "disabled"];

fn user(v: &Value, loc: &str, errs: &mut Errors) -> User {
    let o = Obj::new(
        v,
        loc,
        "ManifestUser",
        &["id", "username", "state", "password_env"],
        errs,
    );
    User {
        id: o.uuid("id", errs),
        username: o.string("username", true, true, errs).unwrap_or_default(),
        active: o.literal("state", &STATES, "active", errs) == "active",
        password_env: o.string("password_env", false, true, errs),
    }
}

fn team(v: &Value, loc: &str, errs: &mut Errors) -> Team {
    let known = [
        "id",
        "adom_name",
        "display_name",
        "description",
        "state",
        "members",
    ];
    let o = Obj::new(v, loc, "ManifestTeam", &known, errs);
    Team {
        id: o.uuid("id", errs),
        adom_name: o.name("adom_name", errs),
        display_name: o.name("display_name", errs),
        description: o.string("description", false, false, errs),
        active: o.literal("state", &STATES, "active", errs) == "active",
        members: o.strings("members", errs),
    }
}

/// The longest team slug, team name or role name Langflow's routes take.
pub const MAX_NAME: usize = 255;

fn role(v: &Value, loc: &str, errs: &mut Errors) -> Role {
    let known = ["id", "name", "description", "parent", "permissions"];
    let o = Obj::new(v, loc, "ManifestRole", &known, errs);
    let permissions = o.strings("permissions", errs);
    if let Some(bad) = permissions.iter().find_map(|p| permission_error(p)) {
        errs.push(&at(loc, "permissions"), format!("Value error, {bad}"));
    }
    Role {
        id: o.uuid("id", errs),
        name: o.name("name", errs),
        description: o.string("description", false, false, errs),
        parent: o.string("parent", false, false, errs),
        permissions,
    }
}

fn assignment(v: &Value, loc: &str, errs: &mut Errors) -> Assignment {
    let o = Obj::new(
        v,
        loc,
        "ManifestAssignment",
        &["subject", "role", "domain"],
        errs,
    );
    let (subject_type, subject_name) = match o.get("subject") {
        None if o.map.is_some() => {
            errs.push(&at(loc, "subject"), "Field required");
            Default::default()
        }
        None => Default::default(),
        Some(s) => {
            let s = Obj::new(
                s,
                &at(loc, "subject"),
                "ManifestSubject",
                &["type", "name"],
                errs,
            );
            let kind = match s.get("type") {
                None if s.map.is_some() => {
                    errs.push(&at(&s.loc, "type"), "Field required");
                    String::new()
                }
                _ => s.literal("type", &["user", "team"], "", errs),
            };
            (kind, s.string("name", true, true, errs).unwrap_or_default())
        }
    };
    let role = o.string("role", true, true, errs).unwrap_or_default();
    let (domain_type, domain_id) = match o.get("domain") {
        None => ("global".to_owned(), None),
        Some(d) => {
            let dloc = at(loc, "domain");
            let d = Obj::new(d, &dloc, "ManifestDomain", &["type", "domain_id"], errs);
            let kind = d.literal("type", &["global", "workspace", "project"], "global", errs);
            let id = d.uuid("domain_id", errs);
            match (kind.as_str(), &id) {
                ("global", Some(_)) => errs.push(
                    &dloc,
                    "Value error, domain_id must be omitted for a global assignment",
                ),
                ("workspace" | "project", None) if d.map.is_some() => errs.push(
                    &dloc,
                    format!("Value error, domain_id is required for a {kind} assignment"),
                ),
                _ => {}
            }
            (kind, id)
        }
    };
    Assignment {
        subject_type,
        subject_name,
        role,
        domain_type,
        domain_id,
    }
}

/// Langflow's `_require_unique` over the natural keys and the ids.
fn unique_keys(s: &AdminState) -> Result<(), String> {
    fn check(label: &str, values: Vec<String>) -> Result<(), String> {
        let mut seen = std::collections::HashSet::new();
        let mut dups = std::collections::BTreeSet::new();
        for v in values {
            if !seen.insert(v.clone()) {
                dups.insert(v);
            }
        }
        match dups.is_empty() {
            true => Ok(()),
            false => {
                let shown: Vec<String> = dups.iter().map(|d| py_repr(d)).collect();
                Err(format!("Duplicate {label} values: [{}]", shown.join(", ")))
            }
        }
    }
    check(
        "user username",
        s.users.iter().map(|u| u.username.clone()).collect(),
    )?;
    check(
        "team adom_name",
        s.teams.iter().map(|t| t.adom_name.clone()).collect(),
    )?;
    check(
        "role name",
        s.roles.iter().map(|r| r.name.clone()).collect(),
    )?;
    check(
        "user id",
        s.users.iter().filter_map(|u| u.id.clone()).collect(),
    )?;
    check(
        "team id",
        s.teams.iter().filter_map(|t| t.id.clone()).collect(),
    )?;
    check(
        "role id",
        s.roles.iter().filter_map(|r| r.id.clone()).collect(),
    )?;
    check(
        "assignment",
        s.assignments
            .iter()
            .map(|a| {
                format!(
                    "('{}', {}, {}, '{}', {})",
                    a.subject_type,
                    py_repr(&a.subject_name),
                    py_repr(&a.role),
                    a.domain_type,
                    a.domain_id
                        .as_ref()
                        .map_or("None".to_owned(), |d| format!("UUID('{d}')"))
                )
            })
            .collect(),
    )
}

/// The actions each resource takes, as Langflow's `RESOURCE_ACTIONS`.
const RESOURCE_ACTIONS: [(&str, &[&str]); 13] = [
    (
        "connection",
        &["*", "create", "delete", "execute", "read", "write"],
    ),
    (
        "deployment",
        &["*", "create", "delete", "execute", "read", "write"],
    ),
    ("file", &["*", "create", "delete", "read", "write"]),
    (
        "flow",
        &[
            "*",
            "audit_read",
            "create",
            "delete",
            "deploy",
            "execute",
            "read",
            "write",
        ],
    ),
    (
        "knowledge_base",
        &["*", "create", "delete", "ingest", "read", "write"],
    ),
    (
        "project",
        &["*", "audit_read", "create", "delete", "read", "write"],
    ),
    (
        "provider_account",
        &["*", "create", "delete", "read", "write"],
    ),
    ("role", &["manage"]),
    ("share", &["*", "create", "delete", "read", "update"]),
    ("team", &["manage"]),
    ("user", &["manage"]),
    ("variable", &["*", "create", "delete", "read", "write"]),
    ("voice", &["*", "read"]),
];

fn list_repr(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| py_repr(i)).collect();
    format!("[{}]", quoted.join(", "))
}

/// Why a permission slug is refused, in Langflow's words; None when valid.
pub fn permission_error(slug: &str) -> Option<String> {
    if let Some(model) = slug
        .strip_prefix("component:models/")
        .and_then(|s| s.strip_suffix(":read"))
        && (model == "*"
            || model
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                && model
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c)))
    {
        return None;
    }
    let canonical = slug.split_once(':').is_some_and(|(r, a)| {
        !r.is_empty()
            && !a.is_empty()
            && r.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            && a.chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c == '*')
    });
    if !canonical {
        return Some(format!(
            "permission {} is not in the canonical '<resource>:<action>' form (e.g. 'flow:read', 'deployment:execute')",
            py_repr(slug)
        ));
    }
    let (resource, action) = slug.split_once(':').unwrap_or_default();
    let Some((_, actions)) = RESOURCE_ACTIONS.iter().find(|(r, _)| *r == resource) else {
        let names: Vec<&str> = RESOURCE_ACTIONS.iter().map(|(r, _)| *r).collect();
        return Some(format!(
            "permission {} has unknown resource {}; expected one of {}",
            py_repr(slug),
            py_repr(resource),
            list_repr(&names)
        ));
    };
    (!actions.contains(&action)).then(|| {
        format!(
            "permission {} has unknown action {} for resource {}; expected one of {}",
            py_repr(slug),
            py_repr(action),
            py_repr(resource),
            list_repr(actions)
        )
    })
}
