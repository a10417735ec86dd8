//! `flowadmin superuser`: what `langflow superuser` does, with the same gates,
//! without booting Langflow.

use serde_json::json;

use super::{folder_name, given_token, new_password_hash, open_writable, superuser_by_token};
use crate::cli::SuperuserArgs;
use crate::error::{Error, Result};
use crate::ops::users::NewUser;
use crate::storage::users::user_exists;
use crate::ui::context::Ctx;
use crate::ui::prompt;

/// Langflow's `DEFAULT_SUPERUSER`, the account AUTO_LOGIN uses.
const DEFAULT_SUPERUSER: &str = "langflow";

pub fn run(ctx: &Ctx, args: &SuperuserArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let auth = &settings.auth;
    if !auth.enable_superuser_cli {
        return Err(Error::policy("superuser creation from the command line is disabled (LANGFLOW_ENABLE_SUPERUSER_CLI=false), as in Langflow").hint("set it to true to allow it"));
    }
    let mut db = open_writable(settings)?;

    let username = chosen_username(ctx, args)?;
    if let Some(existing) = db.find_user(&username)? {
        return Err(user_exists(&existing.username).into());
    }

    let superusers = db.superusers()?;
    if auth.auto_login && !superusers.is_empty() {
        return Err(Error::policy(format!(
            "a superuser ({}) already exists and LANGFLOW_AUTO_LOGIN=true allows only one, as in Langflow",
            superusers[0].username
        )).hint("set LANGFLOW_AUTO_LOGIN=false and pass an --auth-token to add another"));
    }
    let mut proof = None;
    if !auth.auto_login && !superusers.is_empty() {
        let token = given_token(ctx, &args.auth_token).ok_or_else(|| {
                Error::policy(
                    "a superuser already exists, so creating another needs an active superuser's API key: set LANGFLOW_SUPERUSER_TOKEN (or pass --auth-token)"
                )
            })?;
        proof = Some(superuser_by_token(ctx, &db, &token)?.username);
    }

    let hash = new_password_hash(
        ctx,
        args.password_stdin.enabled,
        Some((
            "LANGFLOW_SUPERUSER_PASSWORD",
            auth.superuser_password.as_ref().map(|p| p.expose()),
        )),
        format!("superuser {username}"),
    )?;
    // Langflow's `superuser` command writes no audit row: nobody acts.
    let nobody = crate::ops::Actor::new(None, false, db.schema());
    let new = NewUser {
        username: &username,
        password_hash: &hash,
        is_active: true,
        is_superuser: true,
        folder_name: &folder_name(settings),
    };
    crate::ops::transaction(&mut db, true, &nobody, |tx| {
        crate::ops::users::create_user(tx, &new)
    })?;
    let user = db.require_user(&username)?;
    crate::ui::output::record_commit(
        format!(
            "superuser {} was created (id {})",
            crate::ui::output::escape(&user.username),
            user.id
        ),
        &[],
        0,
    );
    if out.json_mode() {
        out.json(&json!({ "created": user, "authorized_by": proof }))?;
    } else {
        out.line(format!(
            "created superuser {} (id {})",
            user.username, user.id
        ))?;
        if let Some(by) = proof {
            out.note(format!("authorized by an API key of superuser {by}"));
        }
    }
    Ok(())
}

/// The new superuser's name, held to Langflow's rules: with AUTO_LOGIN only
/// its configured one; never a `langflow` that Langflow would retire.
fn chosen_username(ctx: &Ctx, args: &SuperuserArgs) -> Result<String> {
    let auth = &ctx.settings.auth;
    let env_name = ctx
        .settings
        .env()
        .non_empty("LANGFLOW_SUPERUSER")
        .map(|(v, _)| v);
    let username = if auth.auto_login {
        // With AUTO_LOGIN Langflow only ever has its configured superuser.
        if let Some(flag) = &args.username
            && flag != &auth.superuser
        {
            return Err(Error::policy(format!(
                "with LANGFLOW_AUTO_LOGIN=true Langflow only has its configured superuser ({:?})",
                auth.superuser
            ))
            .hint("set LANGFLOW_SUPERUSER or turn AUTO_LOGIN off"));
        }
        auth.superuser.clone()
    } else {
        prompt::username(
            args.username.as_deref(),
            Some(("LANGFLOW_SUPERUSER", env_name.as_deref())),
            "superuser",
            ctx.term.interactive(),
        )?
    };
    prompt::validate_username(&username)?;
    // Langflow 1.13's start-up (teardown_superuser) retires a never-used
    // superuser named `langflow` when AUTO_LOGIN is off, unless
    // LANGFLOW_SUPERUSER names it: it would be deactivated at the next start.
    if !auth.auto_login && username == DEFAULT_SUPERUSER && auth.superuser != DEFAULT_SUPERUSER {
        return Err(Error::policy(format!(
            "with LANGFLOW_AUTO_LOGIN=false Langflow retires a superuser named {DEFAULT_SUPERUSER:?} at its next start (deactivated, retired_at set) unless LANGFLOW_SUPERUSER is {DEFAULT_SUPERUSER:?} (it is {:?})",
            auth.superuser
        )).hint("choose another name"));
    }
    Ok(username)
}
