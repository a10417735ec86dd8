use serde_json::json;

use crate::commands::open_writable;
use crate::error::{Error, Result};
use crate::ui::context::Ctx;

/// Activation and deactivation share their checks; `active` says which.
pub fn run(ctx: &Ctx, name: &str, active: bool, force: bool) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let mut db = open_writable(settings)?;
    let user = db.require_user(name)?;
    // Whoever acts is not the user being deactivated.
    let actor = crate::commands::acting_superuser(ctx, &db, (!active).then_some(user.id.as_str()))?;
    let rules = crate::ops::users::Deactivation { force };
    let changed = crate::ops::transaction(&mut db, true, &actor, |tx| {
        crate::ops::users::set_active(tx, &user.id, active, rules)
    })
    .map_err(|e| match e {
        crate::storage::StorageError::LastSuperuser => Error::policy(format!(
            "{} is the last active superuser; deactivating it leaves nobody who can administer Langflow",
            user.username
        ))
        .hint("pass --force if that is what you want"),
        other => other.into(),
    })?;
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
