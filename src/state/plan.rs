//! The reconcile plan: what must change for the deployment to match a
//! manifest, in Langflow's order and with Langflow's keys (`auditor`,
//! `platform-eng/carol`, `user:alice/viewer@global`), resolved and checked
//! in full before anything is written, as `langflow admin diff` does.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::manifest::{AdminState, Role};
use crate::storage::authz::{AuthzRows, RoleRow, TeamRow, UserRow};

/// What one operation does, with what applying it needs.
#[derive(Debug, Clone)]
pub enum Action {
    CreateRole(Role),
    UpdateRole {
        id: String,
        desired: Role,
    },
    CreateUser {
        username: String,
        password_env: String,
        active: bool,
    },
    UpdateUser {
        id: String,
        username: String,
        active: bool,
    },
    CreateTeam(super::manifest::Team),
    UpdateTeam {
        id: String,
        desired: super::manifest::Team,
    },
    AddMember {
        team: String,
        user: String,
    },
    RemoveMember {
        membership_id: String,
    },
    Grant {
        user: String,
        role: String,
        domain_type: String,
        domain_id: Option<String>,
    },
    Revoke {
        assignment_id: String,
        other_grants: bool,
    },
    /// flowadmin's Credentials document: a variable made or updated.
    SetVariable {
        spec: super::credentials::Variable,
        existing: Option<String>,
    },
    /// flowadmin's Credentials document: an API key made.
    CreateApiKey(super::credentials::ApiKey),
}

/// One planned operation, shown as Langflow shows it.
#[derive(Debug, Clone)]
pub struct Op {
    pub action: &'static str,
    pub resource: &'static str,
    pub key: String,
    pub changes: Vec<&'static str>,
    pub what: Action,
}

/// Something the plan leaves alone, and why (`externally_managed`,
/// `unsupported`).
#[derive(Debug, Clone)]
pub struct Skipped {
    pub action: &'static str,
    pub resource: &'static str,
    pub key: String,
    pub reason: &'static str,
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub ops: Vec<Op>,
    pub skipped: Vec<Skipped>,
}

/// Why a manifest cannot be resolved against this deployment (Langflow's
/// `ManifestResolutionError`, exit 2), or cannot be applied here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unresolved(pub String);

type Res<T> = std::result::Result<T, Unresolved>;

fn refuse<T>(msg: String) -> Res<T> {
    Err(Unresolved(msg))
}

/// The current rows, indexed as the plan reads them.
struct Current<'a> {
    users_by_id: HashMap<&'a str, &'a UserRow>,
    users_by_name: HashMap<&'a str, &'a UserRow>,
    teams_by_id: HashMap<&'a str, &'a TeamRow>,
    teams_by_name: HashMap<&'a str, &'a TeamRow>,
    roles_by_id: HashMap<&'a str, &'a RoleRow>,
    roles_by_name: HashMap<&'a str, &'a RoleRow>,
}

impl<'a> Current<'a> {
    fn new(rows: &'a AuthzRows) -> Self {
        Current {
            users_by_id: rows.users.iter().map(|u| (u.id.as_str(), u)).collect(),
            users_by_name: rows
                .users
                .iter()
                .map(|u| (u.username.as_str(), u))
                .collect(),
            teams_by_id: rows.teams.iter().map(|t| (t.id.as_str(), t)).collect(),
            teams_by_name: rows
                .teams
                .iter()
                .map(|t| (t.adom_name.as_str(), t))
                .collect(),
            roles_by_id: rows.roles.iter().map(|r| (r.id.as_str(), r)).collect(),
            roles_by_name: rows.roles.iter().map(|r| (r.name.as_str(), r)).collect(),
        }
    }

    fn user(&self, id: &Option<String>, name: &str) -> Option<&'a UserRow> {
        match id {
            Some(id) => self.users_by_id.get(plain(id).as_str()).copied(),
            None => self.users_by_name.get(name).copied(),
        }
    }

    fn team(&self, id: &Option<String>, name: &str) -> Option<&'a TeamRow> {
        match id {
            Some(id) => self.teams_by_id.get(plain(id).as_str()).copied(),
            None => self.teams_by_name.get(name).copied(),
        }
    }

    fn role(&self, id: &Option<String>, name: &str) -> Option<&'a RoleRow> {
        match id {
            Some(id) => self.roles_by_id.get(plain(id).as_str()).copied(),
            None => self.roles_by_name.get(name).copied(),
        }
    }
}

fn plain(id: &str) -> String {
    crate::storage::authz::plain_id(id)
}

/// Builds the whole plan, or says why the manifest cannot be resolved.
/// `env` looks up a `password_env` variable (set and not empty).
pub fn build(
    rows: &AuthzRows,
    state: &AdminState,
    prune: bool,
    env: &dyn Fn(&str) -> bool,
) -> Res<Plan> {
    let cur = Current::new(rows);
    check_ids_and_renames(&cur, state)?;
    check_references(&cur, state)?;
    let mut plan = Plan::default();
    role_ops(&cur, state, &mut plan)?;
    user_ops(&cur, state, env, &mut plan)?;
    team_ops(&cur, state, &mut plan);
    membership_ops(&cur, rows, state, prune, &mut plan);
    assignment_ops(&cur, rows, state, prune, &mut plan);
    Ok(plan)
}

fn check_ids_and_renames(cur: &Current, state: &AdminState) -> Res<()> {
    for u in &state.users {
        if let Some(id) = &u.id
            && !cur.users_by_id.contains_key(plain(id).as_str())
        {
            return refuse(format!("User id {id} does not exist on this target"));
        }
    }
    for t in &state.teams {
        if let Some(id) = &t.id
            && !cur.teams_by_id.contains_key(plain(id).as_str())
        {
            return refuse(format!("Team id {id} does not exist on this target"));
        }
    }
    for r in &state.roles {
        if let Some(id) = &r.id
            && !cur.roles_by_id.contains_key(plain(id).as_str())
        {
            return refuse(format!("Role id {id} does not exist on this target"));
        }
    }
    let repr = crate::storage::pyjson::py_repr;
    for u in &state.users {
        if let (Some(c), Some(k)) = (
            cur.user(&u.id, &u.username),
            cur.users_by_name.get(u.username.as_str()),
        ) && c.id != k.id
        {
            return refuse(format!(
                "User rename to {} conflicts with an existing user",
                repr(&u.username)
            ));
        }
    }
    for t in &state.teams {
        if let (Some(c), Some(k)) = (
            cur.team(&t.id, &t.adom_name),
            cur.teams_by_name.get(t.adom_name.as_str()),
        ) && c.id != k.id
        {
            return refuse(format!(
                "Team rename to {} conflicts with an existing team",
                repr(&t.adom_name)
            ));
        }
    }
    for r in &state.roles {
        if let (Some(c), Some(k)) = (
            cur.role(&r.id, &r.name),
            cur.roles_by_name.get(r.name.as_str()),
        ) && c.id != k.id
        {
            return refuse(format!(
                "Role rename to {} conflicts with an existing role",
                repr(&r.name)
            ));
        }
    }
    Ok(())
}

fn check_references(cur: &Current, state: &AdminState) -> Res<()> {
    let repr = crate::storage::pyjson::py_repr;
    let users: BTreeSet<&str> = cur
        .users_by_name
        .keys()
        .copied()
        .chain(state.users.iter().map(|u| u.username.as_str()))
        .collect();
    let teams: BTreeSet<&str> = cur
        .teams_by_name
        .keys()
        .copied()
        .chain(state.teams.iter().map(|t| t.adom_name.as_str()))
        .collect();
    let roles: BTreeSet<&str> = cur
        .roles_by_name
        .keys()
        .copied()
        .chain(state.roles.iter().map(|r| r.name.as_str()))
        .collect();
    for t in &state.teams {
        let unknown: BTreeSet<&str> = t
            .members
            .iter()
            .map(String::as_str)
            .filter(|m| !users.contains(m))
            .collect();
        if !unknown.is_empty() {
            let shown: Vec<String> = unknown.iter().map(|u| repr(u)).collect();
            return refuse(format!(
                "Team {} references unknown users: [{}]",
                repr(&t.adom_name),
                shown.join(", ")
            ));
        }
    }
    for r in &state.roles {
        if let Some(p) = r
            .parent
            .as_deref()
            .filter(|p| !p.is_empty() && !roles.contains(p))
        {
            return refuse(format!(
                "Role {} references unknown parent role {}",
                repr(&r.name),
                repr(p)
            ));
        }
    }
    for a in &state.assignments {
        if !roles.contains(a.role.as_str()) {
            return refuse(format!(
                "Assignment references unknown role {}",
                repr(&a.role)
            ));
        }
        let known = match a.subject_type.as_str() {
            "user" => users.contains(a.subject_name.as_str()),
            _ => teams.contains(a.subject_name.as_str()),
        };
        if !known {
            return refuse(format!(
                "Assignment references unknown {} {}",
                a.subject_type,
                repr(&a.subject_name)
            ));
        }
        if a.subject_type == "team" {
            return refuse(
                "This Langflow target does not advertise team-role assignment support".into(),
            );
        }
    }
    Ok(())
}

/// Roles parent first (depth-first over roles sorted by name), refusing a
/// cycle.
fn roles_in_parent_order(roles: &[Role]) -> Res<Vec<&Role>> {
    let by_name: HashMap<&str, &Role> = roles.iter().map(|r| (r.name.as_str(), r)).collect();
    let mut sorted: Vec<&Role> = roles.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let (mut ordered, mut done, mut visiting) = (Vec::new(), BTreeSet::new(), BTreeSet::new());
    fn visit<'r>(
        role: &'r Role,
        by_name: &HashMap<&str, &'r Role>,
        ordered: &mut Vec<&'r Role>,
        done: &mut BTreeSet<&'r str>,
        visiting: &mut BTreeSet<&'r str>,
    ) -> Res<()> {
        if done.contains(role.name.as_str()) {
            return Ok(());
        }
        if !visiting.insert(role.name.as_str()) {
            return refuse(format!(
                "Role inheritance cycle includes {}",
                crate::storage::pyjson::py_repr(&role.name)
            ));
        }
        if let Some(parent) = role.parent.as_deref().and_then(|p| by_name.get(p)) {
            visit(parent, by_name, ordered, done, visiting)?;
        }
        visiting.remove(role.name.as_str());
        done.insert(role.name.as_str());
        ordered.push(role);
        Ok(())
    }
    for role in sorted {
        visit(role, &by_name, &mut ordered, &mut done, &mut visiting)?;
    }
    Ok(ordered)
}

/// The hierarchy as it will be (the deployment's roles, each the manifest
/// lists with the manifest's parent) has no cycle: a manifest may close one
/// through a role it does not list (Langflow's PATCH refuses it).
fn refuse_cycle_through_existing(cur: &Current, state: &AdminState) -> Res<()> {
    let mut parent: HashMap<String, Option<String>> = HashMap::new();
    for r in cur.roles_by_id.values() {
        let p = r
            .parent_id
            .as_deref()
            .and_then(|pid| cur.roles_by_id.get(pid))
            .map(|x| x.name.clone());
        parent.insert(r.name.clone(), p);
    }
    for r in &state.roles {
        // A role renamed by id leaves its old name.
        if let Some(old) = cur.role(&r.id, &r.name)
            && old.name != r.name
        {
            parent.remove(&old.name);
        }
        parent.insert(r.name.clone(), r.parent.clone());
    }
    let mut names: Vec<&String> = parent.keys().collect();
    names.sort();
    for start in names {
        let mut at = parent.get(start).cloned().flatten();
        for _ in 0..=parent.len() {
            let Some(name) = at else { break };
            if &name == start {
                return refuse(format!(
                    "role {}: Setting this parent would create a role hierarchy cycle",
                    crate::storage::pyjson::py_repr(start)
                ));
            }
            at = parent.get(&name).cloned().flatten();
        }
    }
    Ok(())
}

fn role_ops(cur: &Current, state: &AdminState, plan: &mut Plan) -> Res<()> {
    let ordered = roles_in_parent_order(&state.roles)?;
    refuse_cycle_through_existing(cur, state)?;
    for desired in ordered {
        let Some(current) = cur.role(&desired.id, &desired.name) else {
            plan.ops.push(Op {
                action: "create",
                resource: "role",
                key: desired.name.clone(),
                changes: vec![],
                what: Action::CreateRole(desired.clone()),
            });
            continue;
        };
        let current_parent = current
            .parent_id
            .as_deref()
            .and_then(|p| cur.roles_by_id.get(p))
            .map(|r| r.name.as_str());
        let mut changes = Vec::new();
        if desired.name != current.name {
            changes.push("name");
        }
        if desired.description != current.description {
            changes.push("description");
        }
        let (mut want, mut have) = (desired.permissions.clone(), current.permissions.clone());
        want.sort();
        have.sort();
        if want != have {
            changes.push("permissions");
        }
        if desired.parent.as_deref() != current_parent {
            changes.push("parent");
        }
        if changes.is_empty() {
            continue;
        }
        if current.system {
            return refuse(format!(
                "System role {} is readable and assignable but not editable",
                crate::storage::pyjson::py_repr(&current.name)
            ));
        }
        plan.ops.push(Op {
            action: "update",
            resource: "role",
            key: desired.name.clone(),
            changes,
            what: Action::UpdateRole {
                id: current.id.clone(),
                desired: desired.clone(),
            },
        });
    }
    Ok(())
}

fn user_ops(
    cur: &Current,
    state: &AdminState,
    env: &dyn Fn(&str) -> bool,
    plan: &mut Plan,
) -> Res<()> {
    let repr = crate::storage::pyjson::py_repr;
    let mut users: Vec<_> = state.users.iter().collect();
    users.sort_by(|a, b| a.username.cmp(&b.username));
    for desired in users {
        let Some(current) = cur.user(&desired.id, &desired.username) else {
            let Some(var) = &desired.password_env else {
                return refuse(format!(
                    "New user {} requires a creation-only password_env reference",
                    repr(&desired.username)
                ));
            };
            if !env(var) {
                return refuse(format!(
                    "New user {} requires environment variable {}",
                    repr(&desired.username),
                    repr(var)
                ));
            }
            plan.ops.push(Op {
                action: "create",
                resource: "user",
                key: desired.username.clone(),
                changes: vec![],
                what: Action::CreateUser {
                    username: desired.username.clone(),
                    password_env: var.clone(),
                    active: desired.active,
                },
            });
            continue;
        };
        let mut changes = Vec::new();
        if current.username != desired.username {
            changes.push("username");
        }
        if current.active != desired.active {
            changes.push("state");
        }
        if !changes.is_empty() {
            plan.ops.push(Op {
                action: "update",
                resource: "user",
                key: desired.username.clone(),
                changes,
                what: Action::UpdateUser {
                    id: current.id.clone(),
                    username: desired.username.clone(),
                    active: desired.active,
                },
            });
        }
    }
    Ok(())
}

fn team_ops(cur: &Current, state: &AdminState, plan: &mut Plan) {
    let mut teams: Vec<_> = state.teams.iter().collect();
    teams.sort_by(|a, b| a.adom_name.cmp(&b.adom_name));
    for desired in teams {
        let Some(current) = cur.team(&desired.id, &desired.adom_name) else {
            plan.ops.push(Op {
                action: "create",
                resource: "team",
                key: desired.adom_name.clone(),
                changes: vec![],
                what: Action::CreateTeam(desired.clone()),
            });
            continue;
        };
        let mut changes = Vec::new();
        if desired.adom_name != current.adom_name {
            changes.push("adom_name");
        }
        if desired.display_name != current.team_name {
            changes.push("display_name");
        }
        if desired.description != current.description {
            changes.push("description");
        }
        if desired.active != current.active {
            changes.push("state");
        }
        if !changes.is_empty() {
            plan.ops.push(Op {
                action: "update",
                resource: "team",
                key: desired.adom_name.clone(),
                changes,
                what: Action::UpdateTeam {
                    id: current.id.clone(),
                    desired: desired.clone(),
                },
            });
        }
    }
}

fn membership_ops(
    cur: &Current,
    rows: &AuthzRows,
    state: &AdminState,
    prune: bool,
    plan: &mut Plan,
) {
    // Current user id -> the name the manifest gives it (a rename by id).
    let desired_names: HashMap<&str, &str> = state
        .users
        .iter()
        .filter_map(|u| {
            cur.user(&u.id, &u.username)
                .map(|c| (c.id.as_str(), u.username.as_str()))
        })
        .collect();
    let mut teams: Vec<_> = state.teams.iter().collect();
    teams.sort_by(|a, b| a.adom_name.cmp(&b.adom_name));
    for desired in teams {
        let current = cur.team(&desired.id, &desired.adom_name);
        let members: BTreeMap<&str, &crate::storage::authz::MemberRow> = rows
            .members
            .iter()
            .filter(|m| current.is_some_and(|t| t.id == m.team_id))
            .map(|m| (m.user_id.as_str(), m))
            .collect();
        let current_names: BTreeSet<&str> = members
            .keys()
            .filter_map(|id| {
                desired_names
                    .get(id)
                    .copied()
                    .or_else(|| cur.users_by_id.get(id).map(|u| u.username.as_str()))
            })
            .collect();
        let wanted: BTreeSet<&str> = desired.members.iter().map(String::as_str).collect();
        for user in wanted.difference(&current_names) {
            plan.ops.push(Op {
                action: "add",
                resource: "membership",
                key: format!("{}/{user}", desired.adom_name),
                changes: vec![],
                what: Action::AddMember {
                    team: desired.adom_name.clone(),
                    user: (*user).to_owned(),
                },
            });
        }
        if !prune {
            continue;
        }
        let wanted_ids: BTreeSet<&str> = desired
            .members
            .iter()
            .filter_map(|name| {
                let by_manifest = state.users.iter().find(|u| &u.username == name);
                by_manifest
                    .and_then(|u| cur.user(&u.id, &u.username))
                    .or_else(|| cur.users_by_name.get(name.as_str()).copied())
                    .map(|u| u.id.as_str())
            })
            .collect();
        // In order of the user's id, dashed, as Langflow sorts them.
        for (user_id, m) in &members {
            if wanted_ids.contains(user_id) {
                continue;
            }
            let name = cur
                .users_by_id
                .get(user_id)
                .map_or(user_id.to_string(), |u| u.username.clone());
            let key = format!("{}/{name}", desired.adom_name);
            if m.source != "manual" {
                plan.skipped.push(Skipped {
                    action: "remove",
                    resource: "membership",
                    key,
                    reason: "externally_managed",
                });
                continue;
            }
            plan.ops.push(Op {
                action: "remove",
                resource: "membership",
                key,
                changes: vec![],
                what: Action::RemoveMember {
                    membership_id: m.id.clone(),
                },
            });
        }
    }
}

/// `user:<name>/<role>@<type>[:<id>]`.
pub fn assignment_key(
    kind: &str,
    name: &str,
    role: &str,
    domain_type: &str,
    domain_id: Option<&str>,
) -> String {
    match domain_id {
        Some(id) => format!("{kind}:{name}/{role}@{domain_type}:{id}"),
        None => format!("{kind}:{name}/{role}@{domain_type}"),
    }
}

type AKey = (String, String, Option<String>);

fn assignment_ops(
    cur: &Current,
    rows: &AuthzRows,
    state: &AdminState,
    prune: bool,
    plan: &mut Plan,
) {
    let mut desired: BTreeMap<(String, String), BTreeSet<AKey>> = BTreeMap::new();
    for a in &state.assignments {
        desired
            .entry((a.subject_type.clone(), a.subject_name.clone()))
            .or_default()
            .insert((a.role.clone(), a.domain_type.clone(), a.domain_id.clone()));
    }
    let mut subjects: BTreeSet<(String, String)> = desired.keys().cloned().collect();
    if prune {
        subjects.extend(
            state
                .users
                .iter()
                .map(|u| ("user".to_owned(), u.username.clone())),
        );
        let mut teams: Vec<&str> = state.teams.iter().map(|t| t.adom_name.as_str()).collect();
        teams.sort();
        plan_team_skips(&teams, plan);
    }
    // A role the manifest renames by id is known by its new name.
    let role_names: HashMap<&str, &str> = state
        .roles
        .iter()
        .filter_map(|r| {
            cur.role(&r.id, &r.name)
                .map(|c| (c.id.as_str(), r.name.as_str()))
        })
        .collect();
    for (kind, name) in subjects {
        let current = held_by(cur, rows, state, &role_names, &name);
        let wanted = desired
            .remove(&(kind.clone(), name.clone()))
            .unwrap_or_default();
        for (role, domain_type, domain_id) in wanted.iter().filter(|k| !current.contains_key(*k)) {
            plan.ops.push(Op {
                action: "grant",
                resource: "role_assignment",
                key: assignment_key(&kind, &name, role, domain_type, domain_id.as_deref()),
                changes: vec![],
                what: Action::Grant {
                    user: name.clone(),
                    role: role.clone(),
                    domain_type: domain_type.clone(),
                    domain_id: domain_id.clone(),
                },
            });
        }
        if !prune {
            continue;
        }
        for ((role, domain_type, domain_id), a) in
            current.iter().filter(|(k, _)| !wanted.contains(*k))
        {
            let key = assignment_key(&kind, &name, role, domain_type, domain_id.as_deref());
            if !a.manual_grant {
                plan.skipped.push(Skipped {
                    action: "revoke",
                    resource: "role_assignment",
                    key,
                    reason: "externally_managed",
                });
                continue;
            }
            plan.ops.push(Op {
                action: "revoke",
                resource: "role_assignment",
                key,
                changes: vec![],
                what: Action::Revoke {
                    assignment_id: a.id.clone(),
                    other_grants: a.grants > 1,
                },
            });
        }
    }
}

/// The assignments the user `name` (as the manifest resolves it) holds now,
/// by (role name, domain type, domain id).
fn held_by<'a>(
    cur: &Current,
    rows: &'a AuthzRows,
    state: &AdminState,
    role_names: &HashMap<&str, &str>,
    name: &str,
) -> BTreeMap<AKey, &'a crate::storage::authz::AssignmentRow> {
    let user = state
        .users
        .iter()
        .find(|u| u.username == name)
        .and_then(|u| cur.user(&u.id, &u.username))
        .or_else(|| cur.users_by_name.get(name).copied());
    rows.assignments
        .iter()
        .filter(|a| user.is_some_and(|u| u.id == a.user_id))
        .map(|a| {
            let role = role_names
                .get(a.role_id.as_str())
                .map(|n| n.to_string())
                .or_else(|| {
                    cur.roles_by_id
                        .get(a.role_id.as_str())
                        .map(|r| r.name.clone())
                })
                .unwrap_or_else(|| crate::storage::authz::dashed_id(&a.role_id));
            ((role, a.domain_type.clone(), a.domain_id.clone()), a)
        })
        .collect()
}

/// Team subjects cannot hold roles in Langflow OSS: their prune is skipped.
fn plan_team_skips(teams: &[&str], plan: &mut Plan) {
    for team in teams {
        plan.skipped.push(Skipped {
            action: "revoke",
            resource: "role_assignment",
            key: format!("team:{team}/*"),
            reason: "unsupported",
        });
    }
}
