use serde_json::json;

use crate::cli::UserDeleteArgs;
use crate::commands::open_writable;
use crate::error::{Error, Result};
use crate::ui::context::Ctx;
use crate::ui::output::escape;
use crate::ui::prompt;

pub fn run(ctx: &Ctx, args: &UserDeleteArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let (name, dry_run, force) = (args.user.name.as_str(), args.dry_run, args.force);
    let mut db = open_writable(settings)?;
    let user = db.require_user(name)?;
    let last_superuser = user.is_superuser && db.superusers()?.len() == 1;
    let refusal = || {
        Error::policy(format!(
            "{} is the last superuser; deleting it leaves nobody who can administer Langflow",
            escape(&user.username)
        ))
        .hint("pass --force if that is what you want")
    };
    // A dry run shows the plan even where the real run would need --force.
    if last_superuser && !force && !dry_run {
        return Err(refusal());
    }
    let plan = db.plan_user_delete(&user.id)?;
    if out.json_mode() && dry_run {
        out.json(&json!({ "username": user.username, "dry_run": true, "plan": plan, "needs_force": last_superuser && !force }))?;
        return Ok(());
    }
    if !out.json_mode() {
        let mut rows: Vec<(String, String)> = plan
            .delete
            .iter()
            .map(|(t, n)| (format!("delete from {t}"), format!("{n} row(s)")))
            .collect();
        rows.extend(
            plan.set_null
                .iter()
                .map(|(c, n)| (format!("set {c} to NULL"), format!("{n} row(s)"))),
        );
        out.line(format!(
            "deleting user {} (id {}) {}:",
            escape(&user.username),
            user.id,
            if dry_run { "would" } else { "will" }
        ))?;
        out.pairs(&rows)?;
    }
    if dry_run {
        if last_superuser && !force {
            out.warn(format!("warning: {}", refusal()));
        }
        out.note("dry run: nothing changed");
        return Ok(());
    }
    let question = format!(
        "Delete {} and these {} row(s)?",
        user.username,
        plan.total_rows()
    );
    if !prompt::confirm(
        settings.output.yes,
        ctx.term.interactive(),
        "deleting a user (see the plan with --dry-run)",
        &question,
    )? {
        out.note("nothing changed");
        return Ok(());
    }
    db.execute_user_delete(&user.id, &plan)?;
    crate::ui::output::record_commit(
        format!("user {} was deleted", escape(&user.username)),
        &[],
        0,
    );
    if out.json_mode() {
        out.json(&json!({ "username": user.username, "deleted": true, "plan": plan }))?;
    } else {
        out.line(format!(
            "deleted user {} and {} dependent row change(s)",
            escape(&user.username),
            plan.total_rows() - 1
        ))?;
    }
    Ok(())
}
