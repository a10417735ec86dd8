//! `flowadmin state export|diff|apply`: Langflow 1.13's declarative
//! administration, offline. The core is [`crate::state`]; this layer reads
//! the manifest file, renders plans and reports, and adds the hints.

use std::path::Path;

use crate::cli::{StateApplyArgs, StateCommand, StateDiffArgs, StateExportArgs, StateFormat};
use crate::commands::{folder_name, open_readable, open_writable};
use crate::error::{Error, Kind, Result};
use crate::state::manifest::{self, AdminState};
use crate::state::plan::{self, Op, Plan, Skipped};
use crate::state::{apply, export};
use crate::storage::Store;
use crate::storage::audit::Actor;
use crate::storage::authz::{self, AuthzRows, python_json_string};
use crate::ui::context::Ctx;
use crate::ui::prompt;

pub fn run(ctx: &Ctx, command: &StateCommand) -> Result<()> {
    match command {
        StateCommand::Export(args) => export_state(ctx, args),
        StateCommand::Diff(args) => diff(ctx, args),
        StateCommand::Apply(args) => apply_state(ctx, args),
    }
}

fn export_state(ctx: &Ctx, args: &StateExportArgs) -> Result<()> {
    let db = open_readable(&ctx.settings)?;
    let rows = db.authz_read(authz::read_rows)?;
    let state = export::state_of(&rows);
    let text = match args.format {
        StateFormat::Yaml => export::to_yaml(&state),
        StateFormat::Json => export::to_json(&state),
    };
    match &args.output {
        Some(path) => {
            crate::keyfile::write_private(path, text.as_bytes())?;
            ctx.out.note(format!(
                "wrote {}",
                crate::ui::output::escape(&path.display().to_string())
            ));
            Ok(())
        }
        None => ctx.out.line(text.trim_end_matches('\n')),
    }
}

/// The manifest at `path`, validated as Langflow validates it.
fn read_manifest(path: &Path) -> Result<AdminState> {
    let shown = crate::ui::output::escape(&path.display().to_string());
    let bytes = std::fs::read(path).map_err(|e| {
        Error::new(
            match e.kind() {
                std::io::ErrorKind::NotFound => Kind::Usage,
                _ => Kind::Io,
            },
            format!(
                "cannot read the manifest {shown}: {}",
                crate::error::io_reason(&e)
            ),
        )
        .hint("give the path of an AdminState manifest (YAML, or JSON named *.json)")
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::usage(format!("the manifest {shown} is not UTF-8 text")).hint("save it as UTF-8")
    })?;
    let json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    manifest::parse(&text, json).map_err(|e| {
        Error::usage(format!("{shown}: {e}"))
            .hint("fix the manifest (`flowadmin state export` prints one in this format)")
    })
}

/// The current rows and the plan that makes them match the manifest.
/// The manifest, the current rows and the plan that makes them match it.
fn plan_for(
    ctx: &Ctx,
    db: &Store,
    file: &Path,
    prune: bool,
) -> Result<(AdminState, AuthzRows, Plan)> {
    let state = read_manifest(file)?;
    let rows = db.authz_read(authz::read_rows)?;
    let admin_objects =
        !(state.teams.is_empty() && state.roles.is_empty() && state.assignments.is_empty());
    if admin_objects && !authz::has_authz(db.schema()) {
        return Err(Error::unsupported(
            "this database has no teams, roles or role assignments (its Langflow predates 1.13's authz tables), so the manifest's teams, roles and assignments cannot be applied",
        )
        .hint("upgrade Langflow (it migrates the database), or keep only users in the manifest"));
    }
    let plan = plan_of(ctx, &rows, &state, prune)
        .map_err(|e| Error::usage(e).hint("fix the manifest, or the deployment it names"))?;
    Ok((state, rows, plan))
}

/// The plan that makes `rows` match `state` (password variables looked up
/// in the settings' environment).
fn plan_of(
    ctx: &Ctx,
    rows: &AuthzRows,
    state: &AdminState,
    prune: bool,
) -> std::result::Result<Plan, String> {
    let env = ctx.settings.env();
    plan::build(rows, state, prune, &|var| {
        env.get(var).is_some_and(|v| !v.is_empty())
    })
    .map_err(|e| e.0)
}

/// One operation as Langflow's JSON shows it (keys sorted, `changes` only
/// for updates), in `json.dumps`' default spacing.
fn op_json(
    action: &str,
    resource: &str,
    key: &str,
    changes: &[&str],
    extra: Option<(&str, &str)>,
) -> String {
    let mut fields = vec![("action", python_json_string(action))];
    if !changes.is_empty() {
        let items: Vec<String> = changes.iter().map(|c| python_json_string(c)).collect();
        fields.push(("changes", format!("[{}]", items.join(", "))));
    }
    fields.push(("key", python_json_string(key)));
    if let Some((k, v)) = extra {
        fields.push((k, python_json_string(v)));
    }
    fields.push(("resource", python_json_string(resource)));
    fields.sort_by(|a, b| a.0.cmp(b.0));
    let parts: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("\"{k}\": {v}"))
        .collect();
    format!("{{{}}}", parts.join(", "))
}

fn ops_json(ops: &[&Op]) -> String {
    let items: Vec<String> = ops
        .iter()
        .map(|op| op_json(op.action, op.resource, &op.key, &op.changes, None))
        .collect();
    format!("[{}]", items.join(", "))
}

fn skipped_json(skipped: &[Skipped]) -> String {
    let items: Vec<String> = skipped
        .iter()
        .map(|s| {
            op_json(
                s.action,
                s.resource,
                &s.key,
                &[],
                Some(("reason", s.reason)),
            )
        })
        .collect();
    format!("[{}]", items.join(", "))
}

/// The plan as a table (Langflow's columns; `changes` only when some
/// operation has them), or "No results".
fn plan_table(ctx: &Ctx, ops: &[&Op]) -> Result<()> {
    if ops.is_empty() {
        return ctx.out.line("No results");
    }
    let with_changes = ops.iter().any(|op| !op.changes.is_empty());
    let mut header = vec!["action", "resource", "key"];
    if with_changes {
        header.push("changes");
    }
    let rows: Vec<Vec<String>> = ops
        .iter()
        .map(|op| {
            let mut row = vec![op.action.to_owned(), op.resource.to_owned(), op.key.clone()];
            if with_changes {
                row.push(match op.changes.is_empty() {
                    true => String::new(),
                    false => {
                        let items: Vec<String> =
                            op.changes.iter().map(|c| python_json_string(c)).collect();
                        format!("[{}]", items.join(", "))
                    }
                });
            }
            row
        })
        .collect();
    ctx.out.table(&header, &rows)
}

fn diff(ctx: &Ctx, args: &StateDiffArgs) -> Result<()> {
    let db = open_readable(&ctx.settings)?;
    let (_, _, plan) = plan_for(ctx, &db, &args.file, args.prune)?;
    let ops: Vec<&Op> = plan.ops.iter().collect();
    match ctx.out.json_mode() {
        true => ctx.out.line(ops_json(&ops))?,
        false => plan_table(ctx, &ops)?,
    }
    if ops.is_empty() {
        return Ok(());
    }
    Err(Error::new(
        Kind::Drift,
        format!(
            "the deployment differs from the manifest: {} change(s) to make",
            ops.len()
        ),
    )
    .hint(format!(
        "`flowadmin state apply {}` makes them in one transaction",
        crate::ui::output::shell_quote(&args.file.display().to_string())
    ))
    .after_report())
}

/// The superuser recorded as the actor: `--as`, else the first active
/// superuser by name; None on a database with none.
pub(crate) fn actor(db: &Store, name: Option<&str>) -> Result<Option<String>> {
    let supers = db.superusers()?;
    match name {
        Some(name) => match supers.iter().find(|u| u.username == name && u.is_active) {
            Some(u) => Ok(Some(u.id.clone())),
            None => Err(
                Error::policy(format!("--as {name}: not an active superuser"))
                    .hint("name an active superuser (`flowadmin user list`)"),
            ),
        },
        None => {
            let mut active: Vec<_> = supers.iter().filter(|u| u.is_active).collect();
            active.sort_by(|a, b| a.username.cmp(&b.username));
            Ok(active.first().map(|u| u.id.clone()))
        }
    }
}

fn apply_state(ctx: &Ctx, args: &StateApplyArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let mut db = open_writable(settings)?;
    let (state, rows, plan) = plan_for(ctx, &db, &args.file, args.prune)?;
    if rows.casbin_rules > 0 {
        out.warn(format!(
            "warning: casbin_rule holds {} row(s): an authorization plugin compiles its policy from these tables, and flowadmin does not write it; sync that policy after this apply (POST /api/v1/authz/policy/sync)",
            rows.casbin_rules
        ));
    }
    let order = apply::run_order(&plan);
    if order.is_empty() {
        return report(ctx, args, &order, &plan, true);
    }
    confirm_prune(ctx, args, &order)?;
    let env = settings.env();
    let hash = |var: &str| -> std::result::Result<String, String> {
        let value = env
            .get(var)
            .filter(|v| !v.is_empty())
            .ok_or(format!("{var} is not set"))?;
        let password = crate::crypto::password::Password::new(value.to_owned());
        password
            .validate()
            .map_err(|e| format!("the password in {var}: {e}"))?;
        password.hash().map_err(|e| e.to_string())
    };
    let hashes = apply::hash_passwords(&plan, &hash);
    let apply_ctx = apply::Context {
        actor: Actor::new(
            actor(&db, args.actor.as_deref())?,
            settings.auth.authz_audit_enabled,
            db.schema(),
        ),
        password_hashes: &hashes,
        folder_name: folder_name(settings),
        new_user_is_active: settings.auth.new_user_is_active,
    };
    let replan = |rows: &AuthzRows| plan_of(ctx, rows, &state, args.prune);
    db.authz_write(!args.dry_run, |sql, schema| {
        apply::apply(sql, schema, &plan, &replan, &apply_ctx)
    })?;
    if !args.dry_run {
        crate::ui::output::record_commit(
            format!(
                "the manifest was applied: {} change(s) committed in one transaction",
                order.len()
            ),
            &[],
            0,
        );
    }
    report(ctx, args, &order, &plan, false)
}

/// Removals are shown on stderr and confirmed (or `--yes`) first.
fn confirm_prune(ctx: &Ctx, args: &StateApplyArgs, order: &[&Op]) -> Result<()> {
    let removals: Vec<&&Op> = order
        .iter()
        .filter(|op| matches!(op.action, "remove" | "revoke"))
        .collect();
    if removals.is_empty() || args.dry_run {
        return Ok(());
    }
    for op in &removals {
        ctx.out.warn(format!(
            "{} {} {}",
            op.action,
            op.resource,
            crate::ui::output::escape(&op.key)
        ));
    }
    let question = format!("Apply this pruning plan ({} removal(s))?", removals.len());
    if !prompt::confirm(args.yes, ctx.term.interactive(), "--prune", &question)? {
        return Err(Error::usage("not confirmed; nothing changed"));
    }
    Ok(())
}

fn report(
    ctx: &Ctx,
    args: &StateApplyArgs,
    order: &[&Op],
    plan: &Plan,
    nothing: bool,
) -> Result<()> {
    let out = &ctx.out;
    if out.json_mode() {
        return out.line(format!(
            "{{\"applied\": {}, \"dry_run\": {}, \"failed\": [], \"pending\": [], \"skipped\": {}, \"status\": \"success\"}}",
            ops_json(order),
            args.dry_run,
            skipped_json(&plan.skipped)
        ));
    }
    if nothing {
        return out.line("nothing to do: the deployment already matches the manifest");
    }
    plan_table(ctx, order)?;
    for s in &plan.skipped {
        out.note(format!(
            "skipped: {} {} {} ({})",
            s.action,
            s.resource,
            crate::ui::output::escape(&s.key),
            s.reason
        ));
    }
    out.line(match args.dry_run {
        true => format!(
            "dry run: {} change(s) taken inside the transaction, then rolled back; nothing changed",
            order.len()
        ),
        false => format!("applied {} change(s) in one transaction", order.len()),
    })
}
