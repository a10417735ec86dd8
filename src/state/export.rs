//! The deployment's administration state as Langflow's manifest: what
//! `langflow admin export` prints for the same database, byte for byte
//! (field order, sorting, omitted values, system roles included, no
//! password, no id).

use std::collections::{BTreeMap, HashMap};

use super::manifest::{API_VERSION, AdminState, Assignment, KIND, Role, Team, User};
use super::yaml::{Node, dump};
use crate::storage::authz::AuthzRows;

/// The manifest the rows stand for.
pub fn state_of(rows: &AuthzRows) -> AdminState {
    let user_names: HashMap<&str, &str> = rows
        .users
        .iter()
        .map(|u| (u.id.as_str(), u.username.as_str()))
        .collect();
    let role_names: HashMap<&str, &str> = rows
        .roles
        .iter()
        .map(|r| (r.id.as_str(), r.name.as_str()))
        .collect();
    let mut users: Vec<User> = rows
        .users
        .iter()
        .map(|u| User {
            id: None,
            username: u.username.clone(),
            active: u.active,
            password_env: None,
        })
        .collect();
    users.sort_by(|a, b| a.username.cmp(&b.username));
    let mut teams: Vec<Team> = rows
        .teams
        .iter()
        .map(|t| {
            let mut members: Vec<String> = rows
                .members
                .iter()
                .filter(|m| m.team_id == t.id && m.source == "manual")
                .filter_map(|m| user_names.get(m.user_id.as_str()).map(|n| n.to_string()))
                .collect();
            members.sort();
            Team {
                id: None,
                adom_name: t.adom_name.clone(),
                display_name: t.team_name.clone(),
                description: t.description.clone(),
                active: t.active,
                members,
            }
        })
        .collect();
    teams.sort_by(|a, b| a.adom_name.cmp(&b.adom_name));
    let mut roles: Vec<Role> = rows
        .roles
        .iter()
        .map(|r| {
            let mut permissions = r.permissions.clone();
            permissions.sort();
            Role {
                id: None,
                name: r.name.clone(),
                description: r.description.clone(),
                parent: r
                    .parent_id
                    .as_deref()
                    .and_then(|p| role_names.get(p))
                    .map(|n| n.to_string()),
                permissions,
            }
        })
        .collect();
    roles.sort_by(|a, b| a.name.cmp(&b.name));
    AdminState {
        users,
        teams,
        roles,
        assignments: assignments_of(rows, &user_names, &role_names),
    }
}

/// Manual user assignments, user by user as the users are listed, newest
/// first within a user, then sorted stably by subject, role and domain type.
fn assignments_of(
    rows: &AuthzRows,
    user_names: &HashMap<&str, &str>,
    role_names: &HashMap<&str, &str>,
) -> Vec<Assignment> {
    let mut out = Vec::new();
    for user in &rows.users {
        for a in rows
            .assignments
            .iter()
            .filter(|a| a.user_id == user.id && a.manual_grant)
        {
            let Some(role) = role_names.get(a.role_id.as_str()) else {
                continue;
            };
            out.push(Assignment {
                subject_type: "user".into(),
                subject_name: user_names[user.id.as_str()].to_owned(),
                role: role.to_string(),
                domain_type: a.domain_type.clone(),
                domain_id: a.domain_id.clone(),
            });
        }
    }
    out.sort_by(|a, b| {
        (&a.subject_type, &a.subject_name, &a.role, &a.domain_type).cmp(&(
            &b.subject_type,
            &b.subject_name,
            &b.role,
            &b.domain_type,
        ))
    });
    out
}

fn state_word(active: bool) -> String {
    match active {
        true => "active".into(),
        false => "disabled".into(),
    }
}

fn strs(items: &[String]) -> Node {
    Node::List(items.iter().map(|s| Node::Str(s.clone())).collect())
}

/// As `yaml.safe_dump(..., sort_keys=False)` of Langflow's model writes it.
pub fn to_yaml(state: &AdminState) -> String {
    let users = state
        .users
        .iter()
        .map(|u| {
            Node::Map(vec![
                ("username", Node::Str(u.username.clone())),
                ("state", Node::Str(state_word(u.active))),
            ])
        })
        .collect();
    let teams = state
        .teams
        .iter()
        .map(|t| {
            let mut fields = vec![
                ("adom_name", Node::Str(t.adom_name.clone())),
                ("display_name", Node::Str(t.display_name.clone())),
            ];
            if let Some(d) = &t.description {
                fields.push(("description", Node::Str(d.clone())));
            }
            fields.push(("state", Node::Str(state_word(t.active))));
            fields.push(("members", strs(&t.members)));
            Node::Map(fields)
        })
        .collect();
    let roles = state
        .roles
        .iter()
        .map(|r| {
            let mut fields = vec![("name", Node::Str(r.name.clone()))];
            if let Some(d) = &r.description {
                fields.push(("description", Node::Str(d.clone())));
            }
            if let Some(p) = &r.parent {
                fields.push(("parent", Node::Str(p.clone())));
            }
            fields.push(("permissions", strs(&r.permissions)));
            Node::Map(fields)
        })
        .collect();
    let assignments = state.assignments.iter().map(assignment_node).collect();
    dump(&Node::Map(vec![
        ("apiVersion", Node::Str(API_VERSION.into())),
        ("kind", Node::Str(KIND.into())),
        ("users", Node::List(users)),
        ("teams", Node::List(teams)),
        ("roles", Node::List(roles)),
        ("assignments", Node::List(assignments)),
    ]))
}

fn assignment_node(a: &Assignment) -> Node {
    let mut domain = vec![("type", Node::Str(a.domain_type.clone()))];
    if let Some(id) = &a.domain_id {
        domain.push(("domain_id", Node::Str(id.clone())));
    }
    Node::Map(vec![
        (
            "subject",
            Node::Map(vec![
                ("type", Node::Str(a.subject_type.clone())),
                ("name", Node::Str(a.subject_name.clone())),
            ]),
        ),
        ("role", Node::Str(a.role.clone())),
        ("domain", Node::Map(domain)),
    ])
}

type J = serde_json::Value;

fn obj(fields: Vec<(&str, J)>) -> J {
    // Sorted keys, as json.dumps(sort_keys=True).
    let sorted: BTreeMap<&str, J> = fields.into_iter().collect();
    J::Object(sorted.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn opt(fields: &mut Vec<(&'static str, J)>, key: &'static str, value: &Option<String>) {
    if let Some(v) = value {
        fields.push((key, J::from(v.as_str())));
    }
}

/// As `json.dumps(..., indent=2, sort_keys=True) + "\n"` writes it.
pub fn to_json(state: &AdminState) -> String {
    let users = state
        .users
        .iter()
        .map(|u| {
            obj(vec![
                ("username", J::from(u.username.as_str())),
                ("state", J::from(state_word(u.active))),
            ])
        })
        .collect();
    let teams = state
        .teams
        .iter()
        .map(|t| {
            let mut f = vec![
                ("adom_name", J::from(t.adom_name.as_str())),
                ("display_name", J::from(t.display_name.as_str())),
                ("state", J::from(state_word(t.active))),
                ("members", J::from(t.members.clone())),
            ];
            opt(&mut f, "description", &t.description);
            obj(f)
        })
        .collect();
    let roles = state
        .roles
        .iter()
        .map(|r| {
            let mut f = vec![
                ("name", J::from(r.name.as_str())),
                ("permissions", J::from(r.permissions.clone())),
            ];
            opt(&mut f, "description", &r.description);
            opt(&mut f, "parent", &r.parent);
            obj(f)
        })
        .collect();
    let assignments = state
        .assignments
        .iter()
        .map(|a| {
            let mut domain = vec![("type", J::from(a.domain_type.as_str()))];
            opt(&mut domain, "domain_id", &a.domain_id);
            obj(vec![
                (
                    "subject",
                    obj(vec![
                        ("type", J::from(a.subject_type.as_str())),
                        ("name", J::from(a.subject_name.as_str())),
                    ]),
                ),
                ("role", J::from(a.role.as_str())),
                ("domain", obj(domain)),
            ])
        })
        .collect();
    let root = obj(vec![
        ("apiVersion", J::from(API_VERSION)),
        ("kind", J::from(KIND)),
        ("users", J::Array(users)),
        ("teams", J::Array(teams)),
        ("roles", J::Array(roles)),
        ("assignments", J::Array(assignments)),
    ]);
    let text = serde_json::to_string_pretty(&root).unwrap_or_default();
    format!("{}\n", ascii_only(&text))
}

/// Non-ASCII as `\uXXXX` (UTF-16 units), as Python's `ensure_ascii`.
pub fn ascii_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buf = [0u16; 2];
            for unit in c.encode_utf16(&mut buf) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
    }
    out
}
