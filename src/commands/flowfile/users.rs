//! `flowadmin user ...` and `superuser` on Flowfile: its `users` table, with
//! Flowfile's password policy and bcrypt format, `disabled` for
//! (de)activation, `must_change_password` set as Flowfile's admin reset sets
//! it, and deletion as Flowfile's own admin endpoint deletes (plus the
//! user's API keys and consumers). `local_user`, which Flowfile's desktop
//! mode signs in as, is never deactivated or deleted.

use serde_json::json;

use crate::cli::{
    PasswordStdin, SuperuserArgs, UserActivateArgs, UserCreateArgs, UserDeactivateArgs,
    UserDeleteArgs, UserSetPasswordArgs, UserVerifyPasswordArgs,
};
use crate::crypto::flowfile::check_password_policy;
use crate::error::{Error, Result};
use crate::storage::flowfile::FlowfileDb;
use crate::storage::flowfile::{FlowfileUser, NewFlowfileUser, RESERVED_USERNAME};
use crate::ui::context::Ctx;
use crate::ui::output::escape;
use crate::ui::prompt::{self, PasswordSources};

const LOCAL_USER: &str = "local_user";

fn find(db: &FlowfileDb, name: &str) -> Result<FlowfileUser> {
    db.users()?
        .into_iter()
        .find(|u| u.username == name)
        .ok_or_else(|| {
            Error::not_found(format!("no Flowfile user named {name:?}"))
                .hint("see `flowadmin user list`")
        })
}

/// A new password from its sources, held to Flowfile's policy, as a bcrypt hash.
fn new_password_hash(ctx: &Ctx, stdin: &PasswordStdin, purpose: String) -> Result<String> {
    crate::commands::password_hash_by(ctx, stdin.enabled, None, purpose, &|password| {
        check_password_policy(password).map_err(|why| {
            Error::usage(format!("{why} (Flowfile's password policy)")).hint("choose another")
        })
    })
}

fn check_name(name: &str) -> Result<()> {
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(
            Error::usage("a username must be non-empty, with no control characters")
                .hint("choose another"),
        );
    }
    if name == RESERVED_USERNAME {
        return Err(
            Error::policy(format!("{name:?} is reserved by Flowfile")).hint("choose another")
        );
    }
    Ok(())
}

pub fn list(ctx: &Ctx) -> Result<()> {
    let db = super::open_readable(&ctx.settings)?;
    let users = db.users()?;
    if ctx.out.json_mode() {
        ctx.out.json(&json!(users))?;
        return Ok(());
    }
    let yes = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let rows: Vec<Vec<String>> = users
        .iter()
        .map(|u| {
            vec![
                u.id.to_string(),
                escape(&u.username),
                escape(u.email.as_deref().unwrap_or("")),
                yes(!u.disabled),
                yes(u.is_admin),
                yes(u.must_change_password),
            ]
        })
        .collect();
    ctx.out.table(
        &[
            "id",
            "username",
            "email",
            "active",
            "admin",
            "must change password",
        ],
        &rows,
    )?;
    ctx.out.note(format!("{} user(s)", users.len()));
    Ok(())
}

/// Flowfile keeps each user row it read in a cache for 60 s, cleared only by
/// its own admin endpoints: a running Flowfile sees this change within a minute.
const CACHE_NOTE: &str = "note: a running Flowfile caches user rows for up to 60 s (only its own admin endpoint clears that cache): this change takes effect there within a minute, or at once after a restart";

fn create(ctx: &Ctx, name: &str, is_admin: bool, stdin: &PasswordStdin) -> Result<()> {
    check_name(name)?;
    let mut db = super::open_writable(&ctx.settings)?;
    let hash = new_password_hash(ctx, stdin, format!("password for {name}"))?;
    // As Flowfile's admin endpoint (and its docker admin bootstrap) writes one:
    // the new user must change the password an admin chose.
    let user = db.create_user(&NewFlowfileUser {
        username: name,
        email: None,
        full_name: if is_admin { Some("Admin User") } else { None },
        password_hash: &hash,
        is_admin,
        must_change_password: true,
    })?;
    crate::ui::output::record_commit(
        format!(
            "{} {} was created (id {})",
            if is_admin { "admin" } else { "user" },
            escape(&user.username),
            user.id
        ),
        &[],
        0,
    );
    if ctx.out.json_mode() {
        ctx.out.json(&json!(user))?;
    } else {
        ctx.out.line(format!(
            "created {} {} (id {}); Flowfile asks for a new password at the first login",
            if is_admin { "admin" } else { "user" },
            escape(&user.username),
            user.id
        ))?;
    }
    Ok(())
}

pub fn create_user(ctx: &Ctx, args: &UserCreateArgs) -> Result<()> {
    if args.inactive {
        return Err(Error::usage("Flowfile creates users enabled")
            .hint("create it, then `flowadmin user deactivate NAME`"));
    }
    create(ctx, &args.name, false, &args.password_stdin)
}

pub fn create_admin(ctx: &Ctx, args: &SuperuserArgs) -> Result<()> {
    let name = match &args.username {
        Some(n) => n.clone(),
        None => ctx
            .settings
            .env()
            .get("FLOWFILE_ADMIN_USER")
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .ok_or_else(|| {
                Error::usage("no admin name")
                    .hint("pass --username NAME (or set FLOWFILE_ADMIN_USER)")
            })?,
    };
    create(ctx, &name, true, &args.password_stdin)
}

fn set_disabled(ctx: &Ctx, name: &str, disabled: bool, force: bool) -> Result<()> {
    let mut db = super::open_writable(&ctx.settings)?;
    let user = find(&db, name)?;
    if disabled && user.username == LOCAL_USER {
        return Err(
            Error::policy("local_user is the account Flowfile's desktop mode signs in as")
                .hint("leave it enabled"),
        );
    }
    if disabled && user.is_admin && !force {
        let enabled_admins = db
            .users()?
            .iter()
            .filter(|u| u.is_admin && !u.disabled)
            .count();
        if enabled_admins == 1 && !user.disabled {
            return Err(Error::policy(format!(
                "{} is the last enabled admin; disabling it leaves nobody who can administer Flowfile",
                escape(&user.username)
            ))
            .hint("pass --force if that is what you want"));
        }
    }
    let changed = db.set_disabled(user.id, disabled)?;
    let state = if disabled { "disabled" } else { "enabled" };
    crate::ui::output::record_commit(format!("{} is now {state}", escape(&user.username)), &[], 0);
    if changed {
        ctx.out.note(CACHE_NOTE);
    }
    if ctx.out.json_mode() {
        ctx.out.json(
            &json!({ "username": user.username, "disabled": disabled, "changed": changed }),
        )?;
    } else if changed {
        ctx.out
            .line(format!("{} is now {state}", escape(&user.username)))?;
    } else {
        ctx.out.line(format!(
            "{} was already {state}; nothing changed",
            escape(&user.username)
        ))?;
    }
    Ok(())
}

pub fn activate(ctx: &Ctx, args: &UserActivateArgs) -> Result<()> {
    set_disabled(ctx, &args.user.name, false, false)
}

pub fn deactivate(ctx: &Ctx, args: &UserDeactivateArgs) -> Result<()> {
    set_disabled(ctx, &args.user.name, true, args.force)
}

pub fn set_password(ctx: &Ctx, args: &UserSetPasswordArgs) -> Result<()> {
    let mut db = super::open_writable(&ctx.settings)?;
    let user = find(&db, &args.user.name)?;
    let hash = new_password_hash(
        ctx,
        &args.password_stdin,
        format!("new password for {}", user.username),
    )?;
    // An admin's reset: Flowfile then asks the user for a new one at login.
    db.set_password(user.id, &hash, true)?;
    crate::ui::output::record_commit(
        format!("the password of {} was set", escape(&user.username)),
        &[],
        0,
    );
    ctx.out.note(CACHE_NOTE);
    if ctx.out.json_mode() {
        ctx.out
            .json(&json!({ "username": user.username, "must_change_password": true }))?;
    } else {
        ctx.out.line(format!(
            "password of {} set; Flowfile asks for a new one at the next login",
            escape(&user.username)
        ))?;
    }
    Ok(())
}

pub fn verify_password(ctx: &Ctx, args: &UserVerifyPasswordArgs) -> Result<()> {
    let db = super::open_readable(&ctx.settings)?;
    let user = find(&db, &args.user.name)?;
    let hash = db.password_hash(user.id)?;
    let password = prompt::password(PasswordSources {
        stdin: args.password_stdin.enabled,
        env: None,
        purpose: format!("password of {}", user.username),
        confirm: false,
        interactive: ctx.term.interactive(),
    })?;
    if password.verify(&hash) {
        ctx.out
            .note(format!("the password matches {}'s", escape(&user.username)));
        Ok(())
    } else {
        Err(Error::policy(format!(
            "the password does not match {}'s",
            escape(&user.username)
        ))
        .hint("check it, or set a new one with `flowadmin user set-password`"))
    }
}

pub fn delete(ctx: &Ctx, args: &UserDeleteArgs) -> Result<()> {
    let mut db = super::open_writable(&ctx.settings)?;
    let user = find(&db, &args.user.name)?;
    if user.username == LOCAL_USER {
        return Err(Error::policy("local_user is the account Flowfile's desktop mode signs in as, and Flowfile recreates it")
            .hint("leave it"));
    }
    let last_admin = user.is_admin && db.users()?.iter().filter(|u| u.is_admin).count() == 1;
    if last_admin && !args.force && !args.dry_run {
        return Err(Error::policy(format!(
            "{} is the last admin; deleting it leaves nobody who can administer Flowfile",
            escape(&user.username)
        ))
        .hint("pass --force if that is what you want"));
    }
    let plan = db.plan_delete(user.id)?;
    if ctx.out.json_mode() && args.dry_run {
        ctx.out
            .json(&json!({ "username": user.username, "dry_run": true, "plan": plan }))?;
        return Ok(());
    }
    if !ctx.out.json_mode() {
        ctx.out.line(format!(
            "deleting user {} (id {}) {}:",
            escape(&user.username),
            user.id,
            if args.dry_run { "would" } else { "will" }
        ))?;
        let rows: Vec<(String, String)> = plan
            .delete
            .iter()
            .map(|(t, n)| (format!("delete from {t}"), format!("{n} row(s)")))
            .collect();
        ctx.out.pairs(&rows)?;
    }
    if args.dry_run {
        ctx.out.note("dry run: nothing changed");
        return Ok(());
    }
    let total: usize = plan.delete.values().sum();
    if !prompt::confirm(
        ctx.settings.output.yes,
        ctx.term.interactive(),
        "deleting a user (see the plan with --dry-run)",
        &format!("Delete {} and these {total} row(s)?", user.username),
    )? {
        ctx.out.note("nothing changed");
        return Ok(());
    }
    db.delete_user(user.id, &plan)?;
    crate::ui::output::record_commit(
        format!("user {} was deleted", escape(&user.username)),
        &[],
        0,
    );
    ctx.out.note(CACHE_NOTE);
    if ctx.out.json_mode() {
        ctx.out
            .json(&json!({ "username": user.username, "deleted": true, "plan": plan }))?;
    } else {
        ctx.out.line(format!(
            "deleted user {} and {} row(s) of its own",
            escape(&user.username),
            total - 1
        ))?;
    }
    Ok(())
}
