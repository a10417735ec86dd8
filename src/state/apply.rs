//! A plan applied in one transaction: all of it lands or nothing does.
//! Operations run in the plan's order, except that every revoke runs
//! before any grant, so a role changed within a scope is valid where
//! Langflow's own order (grant, then revoke) hits its one-role-per-scope
//! rule and stops half-applied.

use std::collections::HashMap;

use super::manifest::{Role, Team};
use super::plan::{Action, Op, Plan};
use crate::ops::audit::Actor;
use crate::ops::{self, Tx, authz as op, users::NewUser};
use crate::storage::authz::{self, AuthzRows, Domain, RoleFields, TeamFields};
use crate::storage::error::{Result, StorageError};

/// What applying needs beyond the plan.
pub struct Context<'a> {
    /// The user recorded as having made the change (`created_by`,
    /// `assigned_by`, `administrative_actor`, the audit rows): an active
    /// superuser.
    pub actor: Actor,
    /// Each new user's bcrypt hash (or why there is none), computed before
    /// the transaction ([`hash_passwords`]): bcrypt is slow by design, and a
    /// write lock must not wait for it.
    pub password_hashes: &'a HashMap<String, std::result::Result<String, String>>,
    /// `DEFAULT_FOLDER_NAME`.
    pub folder_name: String,
    /// `LANGFLOW_NEW_USER_IS_ACTIVE`: new users start so, then take the
    /// manifest's state, as Langflow's reconciler does.
    pub new_user_is_active: bool,
    /// The value of each variable the plan writes, by its operation's key,
    /// read before the transaction; the operation checks and seals it.
    pub values: &'a HashMap<String, zeroize::Zeroizing<String>>,
    /// Seals a value with the deployment's key.
    pub seal: &'a dyn Fn(&[u8]) -> String,
    /// The stored form and hash of each API key the plan makes, by its
    /// operation's key.
    pub new_keys: &'a HashMap<String, (String, Option<String>)>,
    /// The manifest has a Credentials document: its plan reads the
    /// variables and API keys, so the plan made again must too.
    pub with_credentials: bool,
}

/// Ids by name as the transaction goes (rows made earlier in it included).
struct Names {
    users: HashMap<String, String>,
    roles: HashMap<String, String>,
    teams: HashMap<String, String>,
}

/// The order the operations run in: the plan's, revokes before grants.
pub fn run_order(plan: &Plan) -> Vec<&Op> {
    let is = |op: &&Op, a: &str| op.action == a && op.resource == "role_assignment";
    let mut order: Vec<&Op> = plan
        .ops
        .iter()
        .filter(|op| op.resource != "role_assignment")
        .collect();
    order.extend(plan.ops.iter().filter(|op| is(op, "revoke")));
    order.extend(plan.ops.iter().filter(|op| is(op, "grant")));
    order
}

/// What a plan shows the operator: each operation's action, resource, key
/// and changes.
fn shown(plan: &Plan) -> Vec<(&str, &str, &str, &[&str])> {
    plan.ops
        .iter()
        .map(|op| {
            (
                op.action,
                op.resource,
                op.key.as_str(),
                op.changes.as_slice(),
            )
        })
        .collect()
}

/// Runs the plan inside the caller's transaction, then checks Langflow's
/// one-role-per-scope rule on every scope it granted in. The plan is made
/// again (`replan`) from the rows read under the write lock, and written
/// only if it is the plan the operator saw (`seen`): another writer in
/// between refuses the apply rather than letting it write from stale ids.
pub fn apply(
    tx: &mut Tx,
    seen: &Plan,
    replan: &dyn Fn(&authz::AuthzRows) -> std::result::Result<Plan, String>,
    ctx: &Context,
) -> Result<()> {
    let rows = authz::read_rows_with(tx.sql, tx.schema, ctx.with_credentials)?;
    let plan = &replan(&rows).map_err(StorageError::Conflict)?;
    if shown(plan) != shown(seen) {
        return Err(StorageError::Conflict(
            "the deployment changed while the plan was made (another writer)".into(),
        ));
    }
    let mut names = Names {
        users: rows
            .users
            .iter()
            .map(|u| (u.username.clone(), u.id.clone()))
            .collect(),
        roles: rows
            .roles
            .iter()
            .map(|r| (r.name.clone(), r.id.clone()))
            .collect(),
        teams: rows
            .teams
            .iter()
            .map(|t| (t.adom_name.clone(), t.id.clone()))
            .collect(),
    };
    let superusers = superuser_ids(tx)?;
    superuser_rules_before(plan, tx.actor, &superusers)?;
    let env = Env { ctx, rows: &rows };
    let order = run_order(plan);
    for (i, op) in order.iter().enumerate() {
        if i == order.len() / 2 {
            // For the crash tests: a kill with half the plan written.
            crate::keychange::crash_point("state-apply-half");
        }
        run(tx, &env, op, &mut names)?;
    }
    // The rules about the whole (no role cycle, an active superuser left),
    // on the rows as the plan left them.
    tx.finish()
}

/// Every superuser's id and whether it is active, as the transaction sees them.
fn superuser_ids(tx: &mut Tx) -> Result<Vec<(String, bool)>> {
    let rows = tx.rows(
        "SELECT CAST(id AS TEXT), CAST(is_active AS TEXT) FROM \"user\" WHERE is_superuser = $1",
        &[authz::Val::bool(true)],
    )?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r[0].as_deref().map(authz::plain_id).unwrap_or_default(),
                authz::truthy(r[1].as_deref()),
            )
        })
        .collect())
}

/// Langflow's rules on who may act, before anything is written: nobody
/// deactivates their own account (its route refuses it), and a change
/// needs an active superuser to record as its actor, except a plan whose
/// only changes re-enable superusers (how a deployment locked out of its
/// last one gets it back).
fn superuser_rules_before(plan: &Plan, actor: &Actor, superusers: &[(String, bool)]) -> Result<()> {
    let plain = |id: &str| authz::plain_id(id);
    let deactivated = |sid: &str| {
        plan.ops.iter().any(|op| {
            matches!(&op.what, Action::UpdateUser { id, active: false, .. } if plain(id) == sid)
        })
    };
    if let Some(me) = actor.id() {
        for op in &plan.ops {
            if let Action::UpdateUser {
                id,
                username,
                active: false,
            } = &op.what
                && plain(id) == plain(me)
            {
                return Err(StorageError::SelfDeactivation(username.clone()));
            }
        }
    }
    let active: Vec<&String> = superusers
        .iter()
        .filter(|(_, a)| *a)
        .map(|(id, _)| id)
        .collect();
    if !active.is_empty() && active.iter().all(|id| deactivated(id)) {
        return Err(StorageError::LastSuperuser);
    }
    if actor.id().is_some() {
        return Ok(());
    }
    let reenables_only = plan.ops.iter().all(|op| match &op.what {
        Action::UpdateUser {
            id, active: true, ..
        } => op.changes == ["state"] && superusers.iter().any(|(s, _)| *s == plain(id)),
        _ => false,
    });
    match plan.ops.is_empty() || reenables_only {
        true => Ok(()),
        false => Err(StorageError::NoActor),
    }
}

fn lookup<'a>(
    map: &'a HashMap<String, String>,
    name: &str,
    what: &'static str,
) -> Result<&'a String> {
    map.get(name).ok_or(StorageError::Vanished(what))
}

/// What every step reads: the context, the rows as they were when the
/// transaction began.
struct Env<'a> {
    ctx: &'a Context<'a>,
    rows: &'a AuthzRows,
}

fn run(tx: &mut Tx, env: &Env, op: &Op, names: &mut Names) -> Result<()> {
    match &op.what {
        Action::CreateRole(r) => role(tx, names, None, r),
        Action::UpdateRole { id, desired } => role(tx, names, Some(id), desired),
        Action::CreateUser {
            username,
            password_env,
            active,
        } => {
            let id = create_user(tx, env.ctx, username, password_env, *active)?;
            names.users.insert(username.clone(), id);
            Ok(())
        }
        Action::UpdateUser {
            id,
            username,
            active,
        } => {
            let change = ops::users::UserChange {
                username: Some(username),
                active: Some(*active),
            };
            ops::users::update_user(tx, id, &change, ops::users::Deactivation::default())?;
            names.users.insert(username.clone(), id.clone());
            Ok(())
        }
        Action::CreateTeam(t) => team(tx, names, None, t),
        Action::UpdateTeam { id, desired } => team(tx, names, Some(id), desired),
        Action::AddMember { team, user } => {
            let team = lookup(&names.teams, team, "team")?;
            op::add_member(tx, team, lookup(&names.users, user, "user")?)
        }
        Action::RemoveMember { membership_id } => {
            let m = env
                .rows
                .members
                .iter()
                .find(|m| &m.id == membership_id)
                .ok_or(StorageError::Vanished("membership"))?;
            op::remove_member(tx, &m.team_id, &m.user_id)
        }
        Action::Grant {
            user,
            role,
            domain_type,
            domain_id,
        } => {
            let domain = Domain {
                kind: domain_type,
                id: domain_id.as_deref(),
            };
            let (user, role) = (
                lookup(&names.users, user, "user")?,
                lookup(&names.roles, role, "role")?,
            );
            op::grant_role(tx, user, role, &domain).map(drop)
        }
        Action::Revoke { assignment_id, .. } => op::revoke_role(tx, assignment_id),
        Action::SetVariable { spec, .. } => {
            let value = env
                .ctx
                .values
                .get(&op.key)
                .ok_or(StorageError::Vanished("value"))?;
            let set = ops::variables::SetVariable {
                user_id: lookup(&names.users, &spec.owner, "user")?,
                name: &spec.name,
                kind: &spec.kind,
                value,
                allow_empty: spec.allow_empty,
                default_fields: spec.fields.as_deref(),
                created_at: None,
            };
            ops::variables::set_variable(tx, &set, env.ctx.seal).map(drop)
        }
        Action::CreateApiKey(k) => {
            let (stored, hash) = env
                .ctx
                .new_keys
                .get(&op.key)
                .ok_or(StorageError::Vanished("key"))?;
            let new = ops::api_keys::NewApiKey {
                user_id: lookup(&names.users, &k.owner, "user")?,
                name: &k.name,
                stored,
                hash: hash.as_deref(),
                expires_at: None,
            };
            ops::api_keys::create_api_key(tx, &new).map(drop)
        }
    }
}

/// A role made or updated (`id`) as the manifest has it. Langflow's
/// reconciler sends every field, so an update records all four as changed.
fn role(tx: &mut Tx, names: &mut Names, id: Option<&String>, r: &Role) -> Result<()> {
    let parent = match &r.parent {
        Some(p) => Some(lookup(&names.roles, p, "parent role")?.clone()),
        None => None,
    };
    let fields = RoleFields {
        name: &r.name,
        description: r.description.as_deref(),
        permissions: &r.permissions,
        parent_id: parent.as_deref(),
    };
    let id = match id {
        Some(id) => {
            let all = ["description", "name", "parent_role_id", "permissions"];
            op::update_role(tx, id, &fields, &all)?;
            id.clone()
        }
        None => op::create_role(tx, &fields)?,
    };
    names.roles.insert(r.name.clone(), id);
    Ok(())
}

/// A team made or updated (`id`); an update records the fields that differ.
fn team(tx: &mut Tx, names: &mut Names, id: Option<&String>, t: &Team) -> Result<()> {
    let fields = TeamFields {
        adom_name: &t.adom_name,
        team_name: &t.display_name,
        description: t.description.as_deref(),
        active: t.active,
    };
    let id = match id {
        Some(id) => {
            op::update_team(tx, id, &fields)?;
            id.clone()
        }
        None => op::create_team(tx, &fields)?,
    };
    names.teams.insert(t.adom_name.clone(), id);
    Ok(())
}

/// The hash of every user the plan creates, from the password its variable
/// holds (`password_of`), on every core.
pub fn hash_passwords(
    plan: &Plan,
    password_of: &(dyn Fn(&str) -> std::result::Result<String, String> + Sync),
) -> HashMap<String, std::result::Result<String, String>> {
    let users: Vec<(&String, &String)> = plan
        .ops
        .iter()
        .filter_map(|op| match &op.what {
            Action::CreateUser {
                username,
                password_env,
                ..
            } => Some((username, password_env)),
            _ => None,
        })
        .collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .max(1);
    let chunk = users.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = users
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(u, var)| ((*u).clone(), password_of(var)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// A new user in the state the manifest gives, refused as Langflow
/// refuses a name taken ignoring case.
fn create_user(
    tx: &mut Tx,
    ctx: &Context,
    username: &str,
    var: &str,
    active: bool,
) -> Result<String> {
    let refused =
        |why: &str| StorageError::Conflict(format!("cannot create user {username:?}: {why}"));
    let hash = match ctx.password_hashes.get(username) {
        Some(Ok(hash)) => hash.clone(),
        Some(Err(why)) => return Err(refused(why)),
        None => return Err(refused(&format!("no password from {var}"))),
    };
    let new = NewUser {
        username,
        password_hash: &hash,
        is_active: ctx.new_user_is_active,
        is_superuser: false,
        folder_name: &ctx.folder_name,
    };
    let id = ops::users::create_user(tx, &new).map_err(|e| match e {
        StorageError::UserExists(_) => refused("This username is unavailable."),
        other => other,
    })?;
    // Made as NEW_USER_IS_ACTIVE says, then set as the manifest says (a
    // second request, so a second audit row), as Langflow's reconciler does.
    ops::users::set_active(tx, &id, active, ops::users::Deactivation::default())?;
    Ok(id)
}
