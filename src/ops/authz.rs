//! Teams, memberships, roles and role assignments, as Langflow 1.13's
//! `authz` routes change them: each with the route's refusals (checked on
//! the rows as this transaction sees them, so an earlier step of the same
//! apply, or another writer that committed first, counts) and its audit row.

use super::audit::Revoked;
use super::{Result, StorageError, Tx, Val};
pub use crate::storage::authz::{Domain, RoleFields, TeamFields};
use crate::storage::authz::{dashed_id, plain_id, truthy};
use crate::storage::pyjson::{self, py_repr};

fn conflict(msg: impl Into<String>) -> StorageError {
    StorageError::Conflict(msg.into())
}

fn text(row: &[Option<String>], i: usize) -> String {
    row.get(i).cloned().flatten().unwrap_or_default()
}

/// The first row of a query, if any.
fn first(tx: &mut Tx, statement: &str, params: &[Val]) -> Result<Option<Vec<Option<String>>>> {
    Ok(tx.rows(statement, params)?.into_iter().next())
}

/// Whether a row of `table` other than `except` has `column = value`.
fn taken(
    tx: &mut Tx,
    table: &str,
    column: &str,
    value: &str,
    except: Option<&str>,
) -> Result<bool> {
    let rows = tx.rows(
        &format!("SELECT CAST(id AS TEXT) FROM {table} WHERE {column} = $1"),
        &[Val::text(value)],
    )?;
    Ok(rows
        .iter()
        .any(|r| Some(plain_id(&text(r, 0))) != except.map(plain_id)))
}

/// A new team; refused when its `adom_name` is empty or taken.
pub fn create_team(tx: &mut Tx, t: &TeamFields) -> Result<String> {
    if t.adom_name.is_empty() {
        return Err(conflict("a team's adom_name needs at least 1 character"));
    }
    if taken(tx, "authz_team", "adom_name", t.adom_name, None)? {
        return Err(conflict(format!(
            "Team with adom_name {} already exists",
            py_repr(t.adom_name)
        )));
    }
    let id = crate::storage::new_id();
    tx.insert(
        "authz_team",
        vec![
            ("id", Val::id(&id)),
            ("team_name", Val::text(t.team_name)),
            ("adom_name", Val::text(t.adom_name)),
            ("description", Val::opt_text(t.description)),
            ("is_active", Val::bool(t.active)),
            ("created_at", Val::now()),
            ("updated_at", Val::now()),
        ],
    )?;
    tx.actor.team_created(tx.sql, tx.schema, &id, t)?;
    Ok(id)
}

/// A team's fields set as given (and `updated_at`); the audit row names the
/// fields that differ from the stored ones.
pub fn update_team(tx: &mut Tx, id: &str, t: &TeamFields) -> Result<()> {
    let old = first(
        tx,
        "SELECT team_name, adom_name, description, CAST(is_active AS TEXT) FROM authz_team WHERE id = $1",
        &[Val::id(id)],
    )?
    .ok_or(StorageError::Vanished("team"))?;
    if taken(tx, "authz_team", "adom_name", t.adom_name, Some(id))? {
        return Err(conflict(
            "adom_name conflict — another team already uses this slug",
        ));
    }
    tx.exec(
        "UPDATE authz_team SET team_name = $1, adom_name = $2, description = $3, is_active = $4, \
         updated_at = $5 WHERE id = $6",
        &[
            Val::text(t.team_name),
            Val::text(t.adom_name),
            Val::opt_text(t.description),
            Val::bool(t.active),
            Val::now(),
            Val::id(id),
        ],
    )?;
    let changed = super::audit::changed(&[
        ("team_name", text(&old, 0) != t.team_name),
        ("adom_name", text(&old, 1) != t.adom_name),
        ("description", old[2].as_deref() != t.description),
        ("is_active", truthy(old[3].as_deref()) != t.active),
    ]);
    tx.actor
        .team_updated(tx.sql, tx.schema, id, t.team_name, &changed)
}

/// Deletes a team with its memberships and their grants (what PostgreSQL's
/// cascades do; on SQLite Langflow would leave them dangling).
pub fn delete_team(tx: &mut Tx, id: &str) -> Result<()> {
    let name = first(
        tx,
        "SELECT team_name FROM authz_team WHERE id = $1",
        &[Val::id(id)],
    )?
    .ok_or(StorageError::Vanished("team"))?;
    let key = Val::id(id);
    tx.exec(
        "DELETE FROM authz_team_member_grant WHERE membership_id IN \
         (SELECT id FROM authz_team_member WHERE team_id = $1)",
        std::slice::from_ref(&key),
    )?;
    tx.exec(
        "DELETE FROM authz_team_member WHERE team_id = $1",
        std::slice::from_ref(&key),
    )?;
    tx.exec("DELETE FROM authz_team WHERE id = $1", &[key])?;
    tx.actor
        .team_deleted(tx.sql, tx.schema, id, &text(&name, 0))
}

/// The membership of `user` in `team`: (id, source, has a manual grant).
fn membership(tx: &mut Tx, team: &str, user: &str) -> Result<Option<(String, String, bool)>> {
    let row = first(
        tx,
        "SELECT CAST(m.id AS TEXT), m.source, CAST((SELECT count(*) FROM authz_team_member_grant g \
         WHERE g.membership_id = m.id AND g.source_kind = 'manual') AS TEXT) \
         FROM authz_team_member m WHERE m.team_id = $1 AND m.user_id = $2",
        &[Val::id(team), Val::id(user)],
    )?;
    Ok(row.map(|r| (text(&r, 0), text(&r, 1), text(&r, 2) != "0")))
}

/// A manual membership: a membership row (unless one from another source
/// exists, which then becomes manual) and its manual grant; refused when
/// the user already is a manual member.
pub fn add_member(tx: &mut Tx, team: &str, user: &str) -> Result<()> {
    let existing = membership(tx, team, user)?;
    let id = match existing {
        Some((_, _, true)) => {
            return Err(conflict("User is already a manual member of this team"));
        }
        Some((id, _, false)) => {
            tx.exec(
                "UPDATE authz_team_member SET source = 'manual' WHERE id = $1",
                &[Val::id(&id)],
            )?;
            id
        }
        None => {
            let id = crate::storage::new_id();
            tx.insert(
                "authz_team_member",
                vec![
                    ("id", Val::id(&id)),
                    ("team_id", Val::id(team)),
                    ("user_id", Val::id(user)),
                    ("source", Val::text("manual")),
                    ("created_at", Val::now()),
                ],
            )?;
            id
        }
    };
    let actor = tx.actor.id().map(str::to_owned);
    tx.insert(
        "authz_team_member_grant",
        vec![
            ("id", Val::id(&crate::storage::new_id())),
            ("membership_id", Val::id(&id)),
            ("source_kind", Val::text("manual")),
            ("provider_id", Val::opt_text(None)),
            ("external_group_id", Val::opt_text(None)),
            ("legacy_source", Val::opt_text(None)),
            ("administrative_actor", Val::opt_id(actor.as_deref())),
            ("created_at", Val::now()),
            ("updated_at", Val::now()),
        ],
    )?;
    tx.actor.member_added(tx.sql, tx.schema, team, user)
}

/// Removes a manual membership's grant; the membership goes with its last
/// grant, else its source becomes the first left of directory > legacy.
/// Refused for a membership a directory or legacy source manages.
pub fn remove_member(tx: &mut Tx, team: &str, user: &str) -> Result<()> {
    let Some((id, source, manual)) = membership(tx, team, user)? else {
        return Err(StorageError::NoSuch("Membership not found".into()));
    };
    if source != "manual" || !manual {
        return Err(conflict(
            "Externally managed memberships cannot be removed through the manual membership API",
        ));
    }
    let key = Val::id(&id);
    tx.exec(
        "DELETE FROM authz_team_member_grant WHERE membership_id = $1 AND source_kind = 'manual'",
        std::slice::from_ref(&key),
    )?;
    let left = tx.rows(
        "SELECT source_kind FROM authz_team_member_grant WHERE membership_id = $1",
        std::slice::from_ref(&key),
    )?;
    let kinds: Vec<String> = left.iter().map(|r| text(r, 0)).collect();
    match ["directory", "legacy"]
        .iter()
        .find(|k| kinds.iter().any(|s| s == *k))
    {
        None => tx.exec("DELETE FROM authz_team_member WHERE id = $1", &[key])?,
        Some(source) => tx.exec(
            "UPDATE authz_team_member SET source = $1 WHERE id = $2",
            &[Val::text(*source), key],
        )?,
    };
    tx.actor.member_removed(tx.sql, tx.schema, team, user)
}

fn permissions_json(permissions: &[String]) -> String {
    pyjson::dumps(&serde_json::json!(permissions))
}

/// A parent that is not a role is refused with the route's words.
fn parent_exists(tx: &mut Tx, parent: Option<&str>) -> Result<()> {
    let Some(parent) = parent else {
        return Ok(());
    };
    match first(
        tx,
        "SELECT name FROM authz_role WHERE id = $1",
        &[Val::id(parent)],
    )? {
        Some(_) => Ok(()),
        None => Err(StorageError::NoSuch(
            "parent_role_id does not reference an existing role".into(),
        )),
    }
}

/// A new custom role; refused when its name is empty or taken.
pub fn create_role(tx: &mut Tx, r: &RoleFields) -> Result<String> {
    if r.name.is_empty() {
        return Err(conflict("a role's name needs at least 1 character"));
    }
    if taken(tx, "authz_role", "name", r.name, None)? {
        return Err(conflict(format!(
            "Role with name {} already exists",
            py_repr(r.name)
        )));
    }
    parent_exists(tx, r.parent_id)?;
    let id = crate::storage::new_id();
    let actor = tx.actor.id().map(str::to_owned);
    tx.insert(
        "authz_role",
        vec![
            ("id", Val::id(&id)),
            ("name", Val::text(r.name)),
            ("description", Val::opt_text(r.description)),
            ("is_system", Val::bool(false)),
            ("permissions", Val::json(permissions_json(r.permissions))),
            ("parent_role_id", Val::opt_id(r.parent_id)),
            ("workspace_id", Val::opt_id(None)),
            ("created_at", Val::now()),
            ("updated_at", Val::now()),
            ("created_by", Val::opt_id(actor.as_deref())),
        ],
    )?;
    tx.actor.role_created(tx.sql, tx.schema, &id, r)?;
    Ok(id)
}

/// A custom role's name, description, permissions and parent set together,
/// as Langflow's reconciler sends them (`updated_at` always); `sent` names
/// the fields the request carried, for the audit row. A system role, a
/// taken name and a parent that is the role itself are refused; a cycle
/// through other roles is refused when the transaction ends ([`Tx::finish`]),
/// so steps of one apply may pass through one on the way.
pub fn update_role(tx: &mut Tx, id: &str, r: &RoleFields, sent: &[&str]) -> Result<()> {
    let old = first(
        tx,
        "SELECT CAST(is_system AS TEXT) FROM authz_role WHERE id = $1",
        &[Val::id(id)],
    )?
    .ok_or(StorageError::Vanished("role"))?;
    if truthy(old[0].as_deref()) {
        return Err(conflict("System roles cannot be modified"));
    }
    if taken(tx, "authz_role", "name", r.name, Some(id))? {
        return Err(conflict(
            "Name conflict — another role already uses this name",
        ));
    }
    if r.parent_id.is_some_and(|p| plain_id(p) == plain_id(id)) {
        return Err(conflict("A role cannot be its own parent"));
    }
    parent_exists(tx, r.parent_id)?;
    tx.exec(
        "UPDATE authz_role SET name = $1, description = $2, permissions = $3, parent_role_id = $4, \
         updated_at = $5 WHERE id = $6",
        &[
            Val::text(r.name),
            Val::opt_text(r.description),
            Val::json(permissions_json(r.permissions)),
            Val::opt_id(r.parent_id),
            Val::now(),
            Val::id(id),
        ],
    )?;
    tx.defer(super::Check::RoleCycle);
    tx.actor.role_updated(tx.sql, tx.schema, id, r.name, sent)
}

/// Deletes a custom role no assignment holds; its children lose their
/// parent (what PostgreSQL's SET NULL does; on SQLite Langflow would leave
/// a dangling id).
pub fn delete_role(tx: &mut Tx, id: &str) -> Result<()> {
    let key = Val::id(id);
    let old = first(
        tx,
        "SELECT name, CAST(is_system AS TEXT), CAST((SELECT count(*) FROM authz_role_assignment a \
         WHERE a.role_id = r.id) AS TEXT) FROM authz_role r WHERE id = $1",
        std::slice::from_ref(&key),
    )?
    .ok_or(StorageError::Vanished("role"))?;
    if truthy(old[1].as_deref()) {
        return Err(conflict("System roles cannot be deleted"));
    }
    if text(&old, 2) != "0" {
        return Err(conflict(
            "Role still has active assignments — revoke them before deleting",
        ));
    }
    tx.exec(
        "UPDATE authz_role SET parent_role_id = NULL WHERE parent_role_id = $1",
        std::slice::from_ref(&key),
    )?;
    tx.exec("DELETE FROM authz_role WHERE id = $1", &[key])?;
    tx.actor.role_deleted(tx.sql, tx.schema, id, &text(&old, 0))
}

/// Langflow's role hierarchy has no cycle (its PATCH route refuses one):
/// checked on the rows as the transaction sees them after its writes, so a
/// cycle made through roles the write did not touch, or by another writer,
/// is refused with Langflow's words.
pub(super) fn refuse_parent_cycle(tx: &mut Tx) -> Result<()> {
    let rows = tx.rows(
        "SELECT CAST(id AS TEXT), CAST(parent_role_id AS TEXT), name FROM authz_role",
        &[],
    )?;
    let parent: std::collections::HashMap<String, Option<String>> = rows
        .iter()
        .map(|r| (plain_id(&text(r, 0)), r[1].as_deref().map(plain_id)))
        .collect();
    for r in &rows {
        let start = plain_id(&text(r, 0));
        let mut at = parent.get(&start).cloned().flatten();
        // At most one step per role: a longer walk has met a cycle.
        for _ in 0..=parent.len() {
            let Some(id) = at else { break };
            if id == start {
                return Err(conflict(format!(
                    "role {:?}: Setting this parent would create a role hierarchy cycle",
                    text(r, 2)
                )));
            }
            at = parent.get(&id).cloned().flatten();
        }
    }
    Ok(())
}

/// The assignments `user` holds in `domain`: (id, role id, has a manual grant).
fn held_in_scope(tx: &mut Tx, user: &str, domain: &Domain) -> Result<Vec<(String, String, bool)>> {
    let rows = tx.rows(
        "SELECT CAST(a.id AS TEXT), CAST(a.role_id AS TEXT), \
         CAST((SELECT count(*) FROM authz_role_assignment_grant g WHERE g.assignment_id = a.id \
               AND g.source_kind = 'manual') AS TEXT) \
         FROM authz_role_assignment a WHERE a.user_id = $1 AND a.domain_type = $2 \
         AND ((a.domain_id IS NULL AND $3 IS NULL) OR a.domain_id = $3)",
        &[
            Val::id(user),
            Val::text(domain.kind),
            Val::opt_id(domain.id),
        ],
    )?;
    Ok(rows
        .iter()
        .map(|r| {
            (
                plain_id(&text(r, 0)),
                plain_id(&text(r, 1)),
                text(r, 2) != "0",
            )
        })
        .collect())
}

/// A manual role assignment: a manual grant on the user's assignment of
/// this role in this scope, or a new assignment and its grant; returns the
/// assignment's id. As Langflow's grant route: the user's row is locked
/// first, so two grants for one user (ours or a running Langflow's)
/// serialise and the second sees the first; an inactive user, a manual
/// grant already there and another role in the scope are refused.
pub fn grant_role(tx: &mut Tx, user: &str, role: &str, domain: &Domain) -> Result<String> {
    tx.sql.lock_row("user", user)?;
    let active = first(
        tx,
        "SELECT CAST(is_active AS TEXT) FROM \"user\" WHERE id = $1",
        &[Val::id(user)],
    )?
    .ok_or(StorageError::Vanished("user"))?;
    if !truthy(active[0].as_deref()) {
        return Err(conflict("Cannot assign roles to an inactive user"));
    }
    let role_name = first(
        tx,
        "SELECT name FROM authz_role WHERE id = $1",
        &[Val::id(role)],
    )?
    .ok_or(StorageError::Vanished("role"))?;
    let held = held_in_scope(tx, user, domain)?;
    let same = held.iter().find(|h| h.1 == plain_id(role));
    let assignment = match same {
        Some((_, _, true)) => {
            return Err(conflict(
                "Manual assignment already exists for this user/role/domain",
            ));
        }
        Some((id, _, false)) => id.clone(),
        None if !held.is_empty() => {
            return Err(conflict(
                "A role already exists for this user with this scope. Please update the existing role or revoke it before assigning a new one.",
            ));
        }
        None => new_assignment(tx, user, role, domain)?,
    };
    let actor = tx.actor.id().map(str::to_owned);
    tx.insert(
        "authz_role_assignment_grant",
        vec![
            ("id", Val::id(&crate::storage::new_id())),
            ("assignment_id", Val::id(&assignment)),
            ("source_kind", Val::text("manual")),
            ("provider_id", Val::opt_text(None)),
            ("external_group", Val::opt_text(None)),
            ("administrative_actor", Val::opt_id(actor.as_deref())),
            ("created_at", Val::now()),
            ("updated_at", Val::now()),
        ],
    )?;
    let role = (role, text(&role_name, 0));
    tx.actor.role_granted(
        tx.sql,
        tx.schema,
        &assignment,
        user,
        (role.0, &role.1),
        domain,
    )?;
    Ok(assignment)
}

fn new_assignment(tx: &mut Tx, user: &str, role: &str, domain: &Domain) -> Result<String> {
    let id = crate::storage::new_id();
    let actor = tx.actor.id().map(str::to_owned);
    tx.insert(
        "authz_role_assignment",
        vec![
            ("id", Val::id(&id)),
            ("user_id", Val::id(user)),
            ("role_id", Val::id(role)),
            ("domain_type", Val::text(domain.kind)),
            ("domain_id", Val::opt_id(domain.id)),
            ("assigned_at", Val::now()),
            ("assigned_by", Val::opt_id(actor.as_deref())),
        ],
    )?;
    Ok(id)
}

/// Removes an assignment's manual grant, and the assignment with it when no
/// grant of another source keeps it. The assignment is locked first (as
/// Langflow's revoke route does); one with no manual grant (a directory's)
/// is refused.
pub fn revoke_role(tx: &mut Tx, assignment: &str) -> Result<()> {
    tx.sql.lock_row("authz_role_assignment", assignment)?;
    let key = Val::id(assignment);
    let row = first(
        tx,
        "SELECT CAST(user_id AS TEXT), CAST(role_id AS TEXT), domain_type, CAST(domain_id AS TEXT) \
         FROM authz_role_assignment WHERE id = $1",
        std::slice::from_ref(&key),
    )?
    .ok_or_else(|| StorageError::NoSuch("Assignment not found".into()))?;
    let grants = tx.rows(
        "SELECT source_kind, provider_id, external_group FROM authz_role_assignment_grant \
         WHERE assignment_id = $1",
        std::slice::from_ref(&key),
    )?;
    if !grants.iter().any(|g| text(g, 0) == "manual") {
        return Err(conflict(
            "IdP-derived assignments cannot be deleted through the manual assignment API",
        ));
    }
    let surviving: Vec<serde_json::Value> = grants
        .iter()
        .filter(|g| text(g, 0) != "manual")
        .map(|g| serde_json::json!({"source_kind": g[0], "provider_id": g[1], "external_group": g[2]}))
        .collect();
    tx.exec(
        "DELETE FROM authz_role_assignment_grant WHERE assignment_id = $1 AND source_kind = 'manual'",
        std::slice::from_ref(&key),
    )?;
    if surviving.is_empty() {
        tx.exec("DELETE FROM authz_role_assignment WHERE id = $1", &[key])?;
    }
    let revoked = Revoked {
        id: plain_id(assignment),
        user_id: plain_id(&text(&row, 0)),
        role_id: plain_id(&text(&row, 1)),
        domain_type: text(&row, 2),
        domain_id: row[3].as_deref().map(dashed_id),
        surviving,
    };
    tx.actor.role_revoked(tx.sql, tx.schema, revoked)
}
