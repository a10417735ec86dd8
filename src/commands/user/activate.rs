use serde_json::json;

use crate::commands::open_writable;
use crate::error::{Error, Result};
use crate::ui::context::Ctx;

/// Activation and deactivation share their checks; `active` says which.
pub fn run(ctx: &Ctx, name: &str, active: bool, force: bool) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let mut db = open_writable(settings)?;
    let user = db.require_user(name)?;
    if !active && user.is_superuser && user.is_active && !force {
        let others = db
            .superusers()?
            .into_iter()
            .filter(|u| u.is_active && u.id != user.id)
            .count();
        if others == 0 {
            return Err(Error::policy(format!(
                "{} is the last active superuser; deactivating it leaves nobody who can administer Langflow",
                user.username
            ))
            .hint("pass --force if that is what you want"));
        }
    }
    let changed = db.set_active(&user.id, active)?;
    crate::ui::output::record_commit(
        format!(
            "user {} is now {}",
            crate::ui::output::escape(name),
            if active { "active" } else { "inactive" }
        ),
        &[],
        0,
    );
    let state = if active { "active" } else { "inactive" };
    if out.json_mode() {
        out.json(&json!({ "username": user.username, "is_active": active, "changed": changed }))?;
    } else if changed {
        out.line(format!("{} is now {state}", user.username))?;
    } else {
        out.line(format!(
            "{} was already {state}; nothing changed",
            user.username
        ))?;
    }
    Ok(())
}
