//! `flowadmin team ...` and `flowadmin role ...`: Langflow 1.13's teams,
//! roles and role assignments one change at a time, as `langflow admin
//! teams|roles|role-assignments` make them over HTTP, with its refusals;
//! each change is one transaction.

use crate::cli::{
    RoleCommand, RoleCreateArgs, RoleGrantArgs, RoleUpdateArgs, StateArg, TeamCommand,
    TeamCreateArgs, TeamUpdateArgs,
};
use crate::commands::open_writable;
use crate::error::{Error, Result};
use crate::ops::audit::{self, Actor};
use crate::ops::{self, Tx, authz as op};
use crate::state::manifest::{permission_error, py_repr};
use crate::storage::Store;
use crate::storage::authz::{
    self, AuthzRows, Domain, RoleFields, RoleRow, TeamFields, TeamRow, UserRow,
};
use crate::storage::error::{Result as SResult, StorageError};
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
            change(ctx, |tx, _| team_create(tx, a))
        }
        TeamCommand::Update(a) => {
            names_fit(&[
                ("new_adom_name", a.new_adom_name.as_ref()),
                ("display_name", a.display_name.as_ref()),
            ])?;
            change(ctx, |tx, rows| team_update(tx, rows, a))
        }
        TeamCommand::Delete(a) => change(ctx, |tx, rows| {
            let team = find_team(rows, &a.adom_name)?;
            op::delete_team(tx, &team.id)?;
            Ok(format!(
                "deleted team {} and its memberships",
                team.adom_name
            ))
        }),
        TeamCommand::AddMember(a) => change(ctx, |tx, rows| {
            let (team, user) = (
                find_team(rows, &a.adom_name)?,
                find_user(rows, &a.username)?,
            );
            op::add_member(tx, &team.id, &user.id)?;
            Ok(format!(
                "added {} to team {}",
                user.username, team.adom_name
            ))
        }),
        TeamCommand::RemoveMember(a) => change(ctx, |tx, rows| {
            let (team, user) = (
                find_team(rows, &a.adom_name)?,
                find_user(rows, &a.username)?,
            );
            op::remove_member(tx, &team.id, &user.id)?;
            Ok(format!(
                "removed {} from team {}",
                user.username, team.adom_name
            ))
        }),
    }
}

pub fn role(ctx: &Ctx, command: &RoleCommand) -> Result<()> {
    match command {
        RoleCommand::List(_) => role_list(ctx),
        RoleCommand::Create(a) => {
            names_fit(&[("name", Some(&a.name))])?;
            valid_permissions(&a.permissions)?;
            change(ctx, |tx, rows| role_create(tx, rows, a))
        }
        RoleCommand::Update(a) => {
            names_fit(&[("new_name", a.new_name.as_ref())])?;
            valid_permissions(&a.permissions)?;
            change(ctx, |tx, rows| role_update(tx, rows, a))
        }
        RoleCommand::Delete(a) => change(ctx, |tx, rows| {
            op::delete_role(tx, &find_role(rows, &a.name)?.id)?;
            Ok(format!("deleted role {}", a.name))
        }),
        RoleCommand::Grant(a) => {
            let domain = domain_of(a)?;
            change(ctx, |tx, rows| grant(tx, rows, a, &domain))
        }
        RoleCommand::Revoke(a) => {
            let domain = domain_of(a)?;
            change(ctx, |tx, rows| revoke(tx, rows, a, &domain))
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
fn change(ctx: &Ctx, f: impl FnOnce(&mut Tx, &AuthzRows) -> SResult<String>) -> Result<()> {
    let mut db = open(ctx)?;
    // Every grant and membership records its administrative actor: with no
    // active superuser there is none to record.
    let id = crate::commands::superuser_actor(&db, None, &|_| false)?
        .ok_or(crate::storage::StorageError::NoActor)?;
    let actor = Actor::new(Some(id), ctx.settings.auth.authz_audit_enabled, db.schema());
    let done = ops::transaction(&mut db, true, &actor, |tx| {
        let rows = authz::read_rows(tx.sql, tx.schema)?;
        f(tx, &rows)
    })?;
    crate::ui::output::record_commit(done.clone(), &[], 0);
    match ctx.out.json_mode() {
        true => ctx
            .out
            .json(&serde_json::json!({ "ok": true, "done": done })),
        false => ctx.out.line(escape(&done)),
    }
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

fn team_create(tx: &mut Tx, a: &TeamCreateArgs) -> SResult<String> {
    let fields = TeamFields {
        adom_name: &a.adom_name,
        team_name: a.display_name.as_deref().unwrap_or(&a.adom_name),
        description: a.description.as_deref(),
        active: a.state == StateArg::Active,
    };
    op::create_team(tx, &fields)?;
    Ok(format!("created team {}", a.adom_name))
}

fn team_update(tx: &mut Tx, rows: &AuthzRows, a: &TeamUpdateArgs) -> SResult<String> {
    let team = find_team(rows, &a.adom_name)?;
    let adom = a.new_adom_name.as_deref().unwrap_or(&team.adom_name);
    let fields = TeamFields {
        adom_name: adom,
        team_name: a.display_name.as_deref().unwrap_or(&team.team_name),
        description: updated(&a.description, a.clear_description, &team.description),
        active: a.state.map_or(team.active, |s| s == StateArg::Active),
    };
    op::update_team(tx, &team.id, &fields)?;
    Ok(format!("updated team {adom}"))
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

fn role_create(tx: &mut Tx, rows: &AuthzRows, a: &RoleCreateArgs) -> SResult<String> {
    let parent = parent_id(rows, a.parent.as_deref())?;
    let fields = RoleFields {
        name: &a.name,
        description: a.description.as_deref(),
        permissions: &a.permissions,
        parent_id: parent.as_deref(),
    };
    op::create_role(tx, &fields)?;
    Ok(format!("created role {}", a.name))
}

fn role_update(tx: &mut Tx, rows: &AuthzRows, a: &RoleUpdateArgs) -> SResult<String> {
    let role = find_role(rows, &a.name)?;
    let name = a.new_name.as_deref().unwrap_or(&role.name);
    let parent = match (&a.parent, a.no_parent) {
        (Some(p), _) => parent_id(rows, Some(p))?,
        (None, true) => None,
        (None, false) => role.parent_id.clone(),
    };
    let permissions = match (a.permissions.is_empty(), a.clear_permissions) {
        (false, _) => a.permissions.clone(),
        (true, true) => Vec::new(),
        (true, false) => role.permissions.clone(),
    };
    let fields = RoleFields {
        name,
        description: updated(&a.description, a.clear_description, &role.description),
        permissions: &permissions,
        parent_id: parent.as_deref(),
    };
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
    op::update_role(tx, &role.id, &fields, &sent)?;
    Ok(format!("updated role {name}"))
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
    tx: &mut Tx,
    rows: &AuthzRows,
    a: &RoleGrantArgs,
    domain: &(String, Option<String>),
) -> SResult<String> {
    let user = find_user(rows, a.user.as_deref().unwrap_or_default())?;
    let role = find_role(rows, &a.role)?;
    let d = Domain {
        kind: &domain.0,
        id: domain.1.as_deref(),
    };
    op::grant_role(tx, &user.id, &role.id, &d)?;
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
    tx: &mut Tx,
    rows: &AuthzRows,
    a: &RoleGrantArgs,
    domain: &(String, Option<String>),
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
    op::revoke_role(tx, &found.id)?;
    Ok(format!(
        "revoked {} from {} ({})",
        role.name,
        user.username,
        scope_text(domain)
    ))
}
