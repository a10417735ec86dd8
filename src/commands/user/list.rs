use serde_json::json;

use super::yes_no;
use crate::cli::UserListArgs;
use crate::commands::open_readable;
use crate::error::Result;
use crate::ui::context::Ctx;
use crate::ui::output::minute;

pub fn run(ctx: &Ctx, _args: &UserListArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let db = open_readable(settings)?;
    let users = db.list_users()?;
    if out.json_mode() {
        out.json(&json!(users))?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = users
        .iter()
        .map(|u| {
            vec![
                u.username.clone(),
                active_state(u).to_owned(),
                yes_no(u.is_superuser).to_owned(),
                minute(u.created_at.as_deref(), "never"),
                minute(u.last_login_at.as_deref(), "never"),
                u.api_keys.to_string(),
            ]
        })
        .collect();
    out.table(
        &[
            "username",
            "active",
            "superuser",
            "created",
            "last login",
            "API keys",
        ],
        &rows,
    )?;
    out.note(format!("{} user(s)", users.len()));
    Ok(())
}

/// Langflow retires the default superuser (AUTO_LOGIN off): say so, not just "no".
fn active_state(u: &crate::storage::users::User) -> &'static str {
    match (u.is_active, u.retired_at.is_some()) {
        (_, true) => "retired",
        (true, false) => "yes",
        (false, false) => "no",
    }
}
