use serde_json::json;

use crate::cli::UserVerifyPasswordArgs;
use crate::commands::open_readable;
use crate::crypto::password::Password;
use crate::error::{Error, Result};
use crate::ui::context::Ctx;
use crate::ui::prompt::{self, PasswordSources};

pub fn run(ctx: &Ctx, args: &UserVerifyPasswordArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let name = args.user.name.as_str();
    let db = open_readable(settings)?;
    let user = db.require_user(name)?;
    let password: Password = prompt::password(PasswordSources {
        stdin: args.password_stdin.enabled,
        interactive: ctx.term.interactive(),
        env: None,
        purpose: format!("user {}", user.username),
        confirm: false,
    })?;
    let matches = password.verify(&user.password_hash);
    if out.json_mode() {
        out.json(
            &json!({ "username": user.username, "matches": matches, "is_active": user.is_active }),
        )?;
    }
    if !matches {
        return Err(Error::policy(format!(
            "the password does not match {}'s stored hash",
            crate::ui::output::escape(&user.username)
        ))
        .hint(format!(
            "reset it with `flowadmin user set-password {}`",
            crate::ui::output::shell_quote(&user.username)
        ))
        .after_report());
    }
    if !out.json_mode() {
        out.line(format!(
            "the password matches {}'s stored hash",
            user.username
        ))?;
    }
    Ok(())
}
