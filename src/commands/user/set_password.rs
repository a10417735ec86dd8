use serde_json::json;

use crate::cli::UserSetPasswordArgs;
use crate::commands::{new_password_hash, open_writable};
use crate::error::Result;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, args: &UserSetPasswordArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let name = args.user.name.as_str();
    let mut db = open_writable(settings)?;
    let user = db.require_user(name)?;
    let hash = new_password_hash(
        ctx,
        args.password_stdin.enabled,
        None,
        format!("new password of {}", user.username),
    )?;
    let actor = crate::commands::acting_superuser(ctx, &db, None)?;
    crate::ops::transaction(&mut db, true, &actor, |tx| {
        crate::ops::users::set_password(tx, &user.id, &hash)
    })?;
    crate::ui::output::record_commit(
        format!(
            "the password of {} was changed",
            crate::ui::output::escape(&user.username)
        ),
        &[],
        0,
    );
    if out.json_mode() {
        out.json(&json!({ "username": user.username, "password_changed": true, "is_active": user.is_active }))?;
    } else {
        out.line(format!("password of {} changed", user.username))?;
        if !user.is_active {
            out.note(format!(
                "{} is inactive and still cannot log in: flowadmin user activate {}",
                crate::ui::output::escape(&user.username),
                crate::ui::output::shell_quote(&user.username)
            ));
        }
    }
    Ok(())
}
