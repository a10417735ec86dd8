//! `flowadmin team ...` and `flowadmin role ...`: Langflow 1.13's teams,
//! roles and role assignments one change at a time, as `langflow admin
//! teams|roles|role-assignments` make them over HTTP, with its refusals;
//! each change is one transaction.

use crate::cli::{
    RoleCommand, RoleCreateArgs, RoleGrantArgs, RoleUpdateArgs, StateArg, TeamCommand,
    TeamCreateArgs, TeamMemberArgs, TeamUpdateArgs,
};
use crate::commands::open_writable;
use crate::error::{Error, Result};
use crate::state::manifest::{permission_error, py_repr};
use crate::storage::audit::{self, Actor};
use crate::storage::authz::{
    self, AuthzRows, Domain, RoleFields, RoleRow, Sql, TeamFields, TeamRow, UserRow,
};
use crate::storage::error::{Result as SResult, StorageError};
use crate::storage::{Schema, Store};
use crate::ui::context::Ctx;
use crate::ui::output::escape;

pub fn team(ctx: &Ctx, command: &TeamCommand) -> Result<()> {
    match command {
        TeamCommand::List(_) => team_list(ctx),
        TeamCommand::Create(a) => {
            names_fit(&[
                ("adom_name", Some(&a.adom_name)),
                ("display_name", a.display_name.as_ref()),
            ])?;
            change(ctx, |sql, schema, rows, actor| {
                team_create(sql, schema, rows, a, actor)
            })
        }
        TeamCommand::Update(a) => {
            names_fit(&[
                ("new_adom_name", a.new_adom_name.as_ref()),
                ("display_name", a.display_name.as_ref()),
            ])?;
            change(ctx, |sql, schema, rows, actor| {
                team_update(sql, schema, rows, a, actor)
            })
        }
        TeamCommand::Delete(a) => change(ctx, |sql, schema, rows, actor| {
            let team = find_team(rows, &a.adom_name)?;
            authz::delete_team(sql, &team.id)?;
            actor.team_deleted(sql, schema, &team.id, &team.team_name)?;
            Ok(format!(
                "deleted team {} and its memberships",
                team.adom_name
            ))
        }),
        TeamCommand::AddMember(a) => change(ctx, |sql, schema, rows, actor| {
            add_member(sql, schema, rows, a, actor)
        }),
        TeamCommand::RemoveMember(a) => change(ctx, |sql, schema, rows, actor| {
            remove_member(sql, schema, rows, a, actor)
        }),
    }
}

pub fn role(ctx: &Ctx, command: &RoleCommand) -> Result<()> {
    match command {
        RoleCommand::List(_) => role_list(ctx),
        RoleCommand::Create(a) => {
            names_fit(&[("name", Some(&a.name))])?;
            valid_permissions(&a.permissions)?;
            change(ctx, |sql, schema, rows, actor| {
                role_create(sql, schema, rows, a, actor)
            })
        }
        RoleCommand::Update(a) => {
            names_fit(&[("new_name", a.new_name.as_ref())])?;
            valid_permissions(&a.permissions)?;
            change(ctx, |sql, schema, rows, actor| {
                role_update(sql, schema, rows, a, actor)
            })
        }
        RoleCommand::Delete(a) => change(ctx, |sql, schema, rows, actor| {
            role_delete(sql, schema, rows, &a.name, actor)
        }),
        RoleCommand::Grant(a) => {
            let domain = domain_of(a)?;
            change(ctx, |sql, schema, rows, actor| {
                grant(sql, schema, rows, a, &domain, actor)
            })
        }
        RoleCommand::Revoke(a) => {
            let domain = domain_of(a)?;
            change(ctx, |sql, schema, rows, actor| {
                revoke(sql, schema, rows, a, &domain, actor)
            })
        }
    }
}

/// Names as Langflow's routes take them: at most 255 characters.
fn names_fit(names: &[(&str, Option<&String>)]) -> Result<()> {
    for (what, name) in names {
        if let Some(name) = name
            && name.chars().count() > crate::state::manifest::MAX_NAME
        {
            return Err(Error::usage(format!(
                "{what}: String should have at most {} characters (this one has {})",
                crate::state::manifest::MAX_NAME,
                name.chars().count()
            ))
            .hint("use a shorter name, as Langflow's API refuses a longer one"));
        }
    }
    Ok(())
}

/// The database for a change, refused (exit 7) without Langflow 1.13's
/// authz tables.
fn open(ctx: &Ctx) -> Result<Store> {
    with_authz(open_writable(&ctx.settings)?)
}

/// The database for a list: read-only, as every command that only reads
/// (a read-only folder or mount works).
fn open_for_reading(ctx: &Ctx) -> Result<Store> {
    with_authz(crate::commands::open_readable(&ctx.settings)?)
}

fn with_authz(db: Store) -> Result<Store> {
    if !authz::has_authz(db.schema()) {
        return Err(Error::unsupported(
            "this database has no teams, roles or role assignments (its Langflow predates 1.13's authz tables)",
        )
        .hint("upgrade Langflow (it migrates the database)"));
    }
    Ok(db)
}

/// One change in one transaction, read and checked inside it; says what it did.
fn change(
    ctx: &Ctx,
    f: impl FnOnce(&mut dyn Sql, &Schema, &AuthzRows, &Actor) -> SResult<String>,
) -> Result<()> {
    let mut db = open(ctx)?;
    // Every grant and membership records its administrative actor: with no
    // active superuser there is none to record.
    let id = crate::commands::state::actor(&db, None, &|_| false)?
        .ok_or(crate::storage::StorageError::NoActor)?;
    let actor = Actor::new(Some(id), ctx.settings.auth.authz_audit_enabled, db.schema());
    let done = db.authz_write(true, |sql, schema| {
        let rows = authz::read_rows(sql, schema)?;
        f(sql, schema, &rows, &actor)
    })?;
    crate::ui::output::record_commit(done.clone(), &[], 0);
    match ctx.out.json_mode() {
        true => ctx
            .out
            .json(&serde_json::json!({ "ok": true, "done": done })),
        false => ctx.out.line(escape(&done)),
    }
}

fn conflict(msg: impl Into<String>) -> StorageError {
    StorageError::Conflict(msg.into())
}

fn find_team<'a>(rows: &'a AuthzRows, adom: &str) -> SResult<&'a TeamRow> {
    rows.teams
        .iter()
        .find(|t| t.adom_name == adom)
        .ok_or(StorageError::NoSuch(format!(
            "Team not found: {}",
            py_repr(adom)
        )))
}

fn find_role<'a>(rows: &'a AuthzRows, name: &str) -> SResult<&'a RoleRow> {
    rows.roles
        .iter()
        .find(|r| r.name == name)
        .ok_or(StorageError::NoSuch(format!(
            "Role not found: {}",
            py_repr(name)
        )))
}

fn find_user<'a>(rows: &'a AuthzRows, name: &str) -> SResult<&'a UserRow> {
    let exact = rows.users.iter().find(|u| u.username == name);
    let folded: Vec<&UserRow> = rows
        .users
        .iter()
        .filter(|u| u.username.to_lowercase() == name.to_lowercase())
        .collect();
    match (exact, folded.as_slice()) {
        (Some(u), _) => Ok(u),
        (None, [u]) => Ok(*u),
        _ => Err(StorageError::UserNotFound(name.to_owned())),
    }
}

fn valid_permissions(permissions: &[String]) -> Result<()> {
    match permissions.iter().find_map(|p| permission_error(p)) {
        Some(why) => Err(Error::usage(why).hint("see the permission slugs in the README (`flowadmin state export` lists the system roles')")),
        None => Ok(()),
    }
}

fn team_list(ctx: &Ctx) -> Result<()> {
    let db = open_for_reading(ctx)?;
    let state = crate::state::export::state_of(&db.authz_read(authz::read_rows)?);
    if ctx.out.json_mode() {
        let teams: Vec<_> = state.teams.iter().map(|t| serde_json::json!({
            "adom_name": t.adom_name, "display_name": t.display_name, "description": t.description,
            "state": if t.active { "active" } else { "disabled" }, "members": t.members,
        })).collect();
        return ctx.out.json(&serde_json::json!(teams));
    }
    let rows: Vec<Vec<String>> = state
        .teams
        .iter()
        .map(|t| {
            vec![
                t.adom_name.clone(),
                t.display_name.clone(),
                if t.active { "active" } else { "disabled" }.to_owned(),
                t.members.join(", "),
                t.description.clone().unwrap_or_default(),
            ]
        })
        .collect();
    ctx.out
        .table(&["team", "name", "state", "members", "description"], &rows)?;
    ctx.out.note(format!("{} team(s)", rows.len()));
    Ok(())
}

fn role_list(ctx: &Ctx) -> Result<()> {
    let db = open_for_reading(ctx)?;
    let state = crate::state::export::state_of(&db.authz_read(authz::read_rows)?);
    if ctx.out.json_mode() {
        let roles: Vec<_> = state.roles.iter().map(|r| serde_json::json!({
            "name": r.name, "description": r.description, "parent": r.parent, "permissions": r.permissions,
        })).collect();
        return ctx.out.json(&serde_json::json!(roles));
    }
    let rows: Vec<Vec<String>> = state
        .roles
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.parent.clone().unwrap_or_default(),
                r.permissions.join(" "),
            ]
        })
        .collect();
    ctx.out.table(&["role", "parent", "permissions"], &rows)?;
    ctx.out.note(format!("{} role(s)", rows.len()));
    Ok(())
}

fn team_create(
    sql: &mut dyn Sql,
    schema: &Schema,
    rows: &AuthzRows,
    a: &TeamCreateArgs,
    actor: &Actor,
) -> SResult<String> {
    if a.adom_name.is_empty() {
        return Err(conflict("a team's adom_name needs at least 1 character"));
    }
    if rows.teams.iter().any(|t| t.adom_name == a.adom_name) {
        return Err(conflict(format!(
            "Team with adom_name {} already exists",
            py_repr(&a.adom_name)
        )));
    }
    let fields = TeamFields {
        adom_name: &a.adom_name,
        team_name: a.display_name.as_deref().unwrap_or(&a.adom_name),
        description: a.description.as_deref(),
        active: a.state == StateArg::Active,
    };
    let id = authz::insert_team(sql, schema, &fields)?;
    actor.team_created(sql, schema, &id, &fields)?;
    Ok(format!("created team {}", a.adom_name))
}

fn team_update(
    sql: &mut dyn Sql,
    schema: &Schema,
    rows: &AuthzRows,
    a: &TeamUpdateArgs,
    actor: &Actor,
) -> SResult<String> {
    let team = find_team(rows, &a.adom_name)?;
    let adom = a.new_adom_name.as_deref().unwrap_or(&team.adom_name);
    if rows
        .teams
        .iter()
        .any(|t| t.adom_name == adom && t.id != team.id)
    {
        return Err(conflict(
            "adom_name conflict — another team already uses this slug",
        ));
    }
    let description = updated(&a.description, a.clear_description, &team.description);
    let fields = TeamFields {
        adom_name: adom,
        team_name: a.display_name.as_deref().unwrap_or(&team.team_name),
        description,
        active: a.state.map_or(team.active, |s| s == StateArg::Active),
    };
    authz::update_team(sql, &team.id, &fields)?;
    let changed = audit::changed(&[
        ("team_name", team.team_name != fields.team_name),
        ("adom_name", team.adom_name != fields.adom_name),
        (
            "description",
            team.description.as_deref() != fields.description,
        ),
        ("is_active", team.active != fields.active),
    ]);
    actor.team_updated(sql, schema, &team.id, fields.team_name, &changed)?;
    Ok(format!("updated team {adom}"))
}

fn add_member(
    sql: &mut dyn Sql,
    schema: &Schema,
    rows: &AuthzRows,
    a: &TeamMemberArgs,
    actor: &Actor,
) -> SResult<String> {
    let team = find_team(rows, &a.adom_name)?;
    let user = find_user(rows, &a.username)?;
    let existing = rows
        .members
        .iter()
        .find(|m| m.team_id == team.id && m.user_id == user.id);
    if existing.is_some_and(|m| m.manual_grant) {
        return Err(conflict("User is already a manual member of this team"));
    }
    authz::add_member(
        sql,
        schema,
        existing.map(|m| m.id.as_str()),
        &team.id,
        &user.id,
        actor.id(),
    )?;
    actor.member_added(sql, schema, &team.id, &user.id)?;
    Ok(format!(
        "added {} to team {}",
        user.username, team.adom_name
    ))
}

fn remove_member(
    sql: &mut dyn Sql,
    schema: &Schema,
    rows: &AuthzRows,
    a: &TeamMemberArgs,
    actor: &Actor,
) -> SResult<String> {
    let team = find_team(rows, &a.adom_name)?;
    let user = find_user(rows, &a.username)?;
    let Some(m) = rows
        .members
        .iter()
        .find(|m| m.team_id == team.id && m.user_id == user.id)
    else {
        return Err(StorageError::NoSuch("Membership not found".into()));
    };
    if m.source != "manual" || !m.manual_grant {
        return Err(conflict(
            "Externally managed memberships cannot be removed through the manual membership API",
        ));
    }
    authz::remove_member(sql, &m.id)?;
    actor.member_removed(sql, schema, &team.id, &user.id)?;
    Ok(format!(
        "removed {} from team {}",
        user.username, team.adom_name
    ))
}

/// An optional field after an update: the new value, cleared, or kept.
fn updated<'a>(new: &'a Option<String>, clear: bool, old: &'a Option<String>) -> Option<&'a str> {
    match (new, clear) {
        (Some(v), _) => Some(v),
        (None, true) => None,
        (None, false) => old.as_deref(),
    }
}

fn parent_id(rows: &AuthzRows, parent: Option<&str>) -> SResult<Option<String>> {
    match parent {
        None => Ok(None),
        Some(p) => match rows.roles.iter().find(|r| r.name == p) {
            Some(r) => Ok(Some(r.id.clone())),
            None => Err(StorageError::NoSuch(format!(
                "parent_role_id does not reference an existing role ({})",
                py_repr(p)
            ))),
        },
    }
}

fn role_create(
    sql: &mut dyn Sql,
    schema: &Schema,
    rows: &AuthzRows,
    a: &RoleCreateArgs,
    actor: &Actor,
) -> SResult<String> {
    if a.name.is_empty() {
        return Err(conflict("a role's name needs at least 1 character"));
    }
    if rows.roles.iter().any(|r| r.name == a.name) {
        return Err(conflict(format!(
            "Role with name {} already exists",
            py_repr(&a.name)
        )));
    }
    let parent = parent_id(rows, a.parent.as_deref())?;
    let fields = RoleFields {
        name: &a.name,
        description: a.description.as_deref(),
        permissions: &a.permissions,
        parent_id: parent.as_deref(),
    };
    let id = authz::insert_role(sql, schema, &fields, actor.id())?;
    actor.role_created(sql, schema, &id, &fields)?;
    Ok(format!("created role {}", a.name))
}

fn role_update(
    sql: &mut dyn Sql,
    schema: &Schema,
    rows: &AuthzRows,
    a: &RoleUpdateArgs,
    actor: &Actor,
) -> SResult<String> {
    let role = find_role(rows, &a.name)?;
    if role.system {
        return Err(conflict("System roles cannot be modified"));
    }
    let name = a.new_name.as_deref().unwrap_or(&role.name);
    if rows.roles.iter().any(|r| r.name == name && r.id != role.id) {
        return Err(conflict(
            "Name conflict — another role already uses this name",
        ));
    }
    let parent = match (&a.parent, a.no_parent) {
        (Some(p), _) => parent_id(rows, Some(p))?,
        (None, true) => None,
        (None, false) => role.parent_id.clone(),
    };
    if parent.as_deref() == Some(role.id.as_str()) {
        return Err(conflict("A role cannot be its own parent"));
    }
    // Walk up from the proposed parent: meeting this role is a cycle.
    let mut at = parent.clone();
    let mut steps = 0;
    while let Some(id) = at {
        if id == role.id {
            return Err(conflict(
                "Setting this parent would create a role hierarchy cycle",
            ));
        }
        steps += 1;
        at = rows
            .roles
            .iter()
            .find(|r| r.id == id)
            .and_then(|r| r.parent_id.clone())
            .filter(|_| steps <= rows.roles.len());
    }
    let permissions = match (a.permissions.is_empty(), a.clear_permissions) {
        (false, _) => a.permissions.clone(),
        (true, true) => Vec::new(),
        (true, false) => role.permissions.clone(),
    };
    let description = updated(&a.description, a.clear_description, &role.description);
    let fields = RoleFields {
        name,
        description,
        permissions: &permissions,
        parent_id: parent.as_deref(),
    };
    authz::update_role(sql, &role.id, &fields)?;
    // Checked again on the rows after the write (another writer's change
    // included).
    authz::refuse_parent_cycle(sql)?;
    // What the PATCH would carry: the fields given, changed or not.
    let sent = audit::changed(&[
        ("name", a.new_name.is_some()),
        (
            "description",
            a.description.is_some() || a.clear_description,
        ),
        (
            "permissions",
            !a.permissions.is_empty() || a.clear_permissions,
        ),
        ("parent_role_id", a.parent.is_some() || a.no_parent),
    ]);
    actor.role_updated(sql, schema, &role.id, name, &sent)?;
    Ok(format!("updated role {name}"))
}

fn role_delete(
    sql: &mut dyn Sql,
    schema: &Schema,
    rows: &AuthzRows,
    name: &str,
    actor: &Actor,
) -> SResult<String> {
    let role = find_role(rows, name)?;
    if role.system {
        return Err(conflict("System roles cannot be deleted"));
    }
    if rows.assignments.iter().any(|a| a.role_id == role.id) {
        return Err(conflict(
            "Role still has active assignments — revoke them before deleting",
        ));
    }
    authz::delete_role(sql, &role.id)?;
    actor.role_deleted(sql, schema, &role.id, &role.name)?;
    Ok(format!("deleted role {name}"))
}

/// (domain type, dashed id): global, or a workspace or project by UUID.
fn domain_of(a: &RoleGrantArgs) -> Result<(String, Option<String>)> {
    if a.team.is_some() {
        return Err(
            Error::usage("This target does not support team-role assignments")
                .hint("Langflow 1.13 without an enterprise plugin assigns roles to users only"),
        );
    }
    let (kind, id) = match (&a.workspace, &a.project) {
        (Some(w), _) => ("workspace", Some(w)),
        (None, Some(p)) => ("project", Some(p)),
        (None, None) => ("global", None),
    };
    let id = match id {
        Some(text) => Some(
            uuid::Uuid::parse_str(text)
                .map_err(|_| {
                    Error::usage(format!("--{kind} {}: not a UUID", escape(text)))
                        .hint("give the workspace's or project's id")
                })?
                .hyphenated()
                .to_string(),
        ),
        None => None,
    };
    Ok((kind.to_owned(), id))
}

fn grant(
    sql: &mut dyn Sql,
    schema: &Schema,
    rows: &AuthzRows,
    a: &RoleGrantArgs,
    domain: &(String, Option<String>),
    actor: &Actor,
) -> SResult<String> {
    let user = find_user(rows, a.user.as_deref().unwrap_or_default())?;
    if !user.active {
        return Err(conflict("Cannot assign roles to an inactive user"));
    }
    let role = find_role(rows, &a.role)?;
    let in_scope = |x: &&authz::AssignmentRow| {
        x.user_id == user.id && x.domain_type == domain.0 && x.domain_id == domain.1
    };
    let same = rows
        .assignments
        .iter()
        .filter(in_scope)
        .find(|x| x.role_id == role.id);
    if same.is_some_and(|x| x.manual_grant) {
        return Err(conflict(
            "Manual assignment already exists for this user/role/domain",
        ));
    }
    if same.is_none() && rows.assignments.iter().any(|x| in_scope(&x)) {
        return Err(conflict(
            "A role already exists for this user with this scope. Please update the existing role or revoke it before assigning a new one.",
        ));
    }
    let d = Domain {
        kind: &domain.0,
        id: domain.1.as_deref(),
    };
    let assignment = authz::grant_role(
        sql,
        schema,
        same.map(|x| x.id.as_str()),
        &user.id,
        &role.id,
        &d,
        actor.id(),
    )?;
    actor.role_granted(
        sql,
        schema,
        &assignment,
        &user.id,
        (&role.id, &role.name),
        &d,
    )?;
    Ok(format!(
        "granted {} to {} ({})",
        role.name,
        user.username,
        scope_text(domain)
    ))
}

fn scope_text(domain: &(String, Option<String>)) -> String {
    match &domain.1 {
        Some(id) => format!("{}:{id}", domain.0),
        None => domain.0.clone(),
    }
}

fn revoke(
    sql: &mut dyn Sql,
    schema: &Schema,
    rows: &AuthzRows,
    a: &RoleGrantArgs,
    domain: &(String, Option<String>),
    actor: &Actor,
) -> SResult<String> {
    let user = find_user(rows, a.user.as_deref().unwrap_or_default())?;
    let role = find_role(rows, &a.role)?;
    let Some(found) = rows.assignments.iter().find(|x| {
        x.user_id == user.id
            && x.role_id == role.id
            && x.domain_type == domain.0
            && x.domain_id == domain.1
    }) else {
        return Err(StorageError::NoSuch("Assignment not found".into()));
    };
    if !found.manual_grant {
        return Err(conflict(
            "IdP-derived assignments cannot be deleted through the manual assignment API",
        ));
    }
    let before = actor.before_revoke(sql, Some(found))?;
    authz::revoke_role(sql, &found.id, found.grants > 1)?;
    actor.role_revoked(sql, schema, before)?;
    Ok(format!(
        "revoked {} from {} ({})",
        role.name,
        user.username,
        scope_text(domain)
    ))
}
