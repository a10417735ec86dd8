use serde_json::json;

use crate::cli::UserCreateArgs;
use crate::commands::{folder_name, new_password_hash, open_writable};
use crate::error::Result;
use crate::ops::users::NewUser;
use crate::storage::users::user_exists;
use crate::ui::context::Ctx;
use crate::ui::prompt;

pub fn run(ctx: &Ctx, args: &UserCreateArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let name = args.name.as_str();
    prompt::validate_username(name)?;
    let mut db = open_writable(settings)?;
    if let Some(existing) = db.find_user(name)? {
        return Err(user_exists(&existing.username).into());
    }
    let is_active = args.active().unwrap_or(settings.auth.new_user_is_active);
    let hash = new_password_hash(
        ctx,
        args.password_stdin.enabled,
        None,
        format!("new user {name}"),
    )?;
    let actor = crate::commands::acting_superuser(ctx, &db, None)?;
    let new = NewUser {
        username: name,
        password_hash: &hash,
        is_active,
        is_superuser: false,
        folder_name: &folder_name(settings),
    };
    crate::ops::transaction(&mut db, true, &actor, |tx| {
        crate::ops::users::create_user(tx, &new)
    })?;
    let user = db.require_user(name)?;
    crate::ui::output::record_commit(
        format!(
            "user {} was created (id {})",
            crate::ui::output::escape(&user.username),
            user.id
        ),
        &[],
        0,
    );
    if out.json_mode() {
        out.json(&json!({ "created": user }))?;
    } else {
        out.line(format!(
            "created user {} ({}, id {})",
            user.username,
            if user.is_active { "active" } else { "inactive" },
            user.id
        ))?;
        if !user.is_active {
            out.note(format!(
                "it cannot log in until activated: flowadmin user activate {}",
                crate::ui::output::shell_quote(&user.username)
            ));
        }
    }
    Ok(())
}
