//! `flowadmin variable export`: the selected variables, decrypted with the
//! configured key, sealed into a passphrase bundle. Reads only.

use serde_json::json;

use super::Readback;
use super::bundle::{self, Entry, Payload};
use crate::cli::VariableExportArgs;
use crate::commands::{open_readable, owner};
use crate::error::{Error, Result};
use crate::keyuse::langflow::key_for_reading;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, args: &VariableExportArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let wanted = bundle::name_filter(&args.names)?;
    bundle::check_output(ctx, &args.output, args.force)?;
    let db = open_readable(settings)?;
    let user_id = if args.scope.all {
        None
    } else {
        Some(owner(&db, settings, args.scope.user.as_deref())?.id)
    };
    let rows: Vec<_> = db
        .list_variables(user_id.as_deref())?
        .into_iter()
        .filter(|r| wanted(&r.name))
        .collect();
    if rows.is_empty() {
        return Err(Error::not_found("no variable matches; nothing was written")
            .hint("see `flowadmin variable list --all`"));
    }
    let (_key_guard, keyring) = key_for_reading(settings, db.secrets(), out)?;
    let mut variables = Vec::with_capacity(rows.len());
    let mut closed = Vec::new();
    for row in &rows {
        let value = match Readback::of(row, keyring.as_ref()) {
            Readback::Decrypted(v) => v,
            Readback::Plain(v) => zeroize::Zeroizing::new(v),
            Readback::Undecryptable => {
                closed.push(format!(
                    "{} of {}",
                    row.name,
                    row.owner.as_deref().unwrap_or("?")
                ));
                continue;
            }
        };
        let Some(owner) = row.owner.clone() else {
            out.warn(format!(
                "warning: {} has no owner (its user is gone); left out",
                row.name
            ));
            continue;
        };
        variables.push(Entry {
            name: row.name.clone(),
            kind: row.kind.clone().unwrap_or_else(|| "Credential".into()),
            owner,
            value,
            default_fields: row.default_fields.clone(),
            created_at: row.created_at.clone(),
            updated_at: row.updated_at.clone(),
        });
    }
    finish(
        ctx,
        args,
        ("langflow", db.kind().id()),
        variables,
        closed,
        &Unopened {
            noun: "variable(s)",
            key: "the configured secret key",
            hint: "configure the key Langflow uses (see `flowadmin db check`), or leave them out with --name",
        },
    )
}

/// How a product names the values that did not open, for [`finish`].
pub(crate) struct Unopened {
    pub noun: &'static str,
    pub key: &'static str,
    pub hint: &'static str,
}

/// The end of an export, on either product: refused when any selected
/// value did not open (nothing written), else sealed into the bundle and
/// reported. `source`: the product and backend the bundle names.
pub(crate) fn finish(
    ctx: &Ctx,
    args: &VariableExportArgs,
    source: (&str, &str),
    variables: Vec<Entry>,
    closed: Vec<String>,
    unopened: &Unopened,
) -> Result<()> {
    if !closed.is_empty() {
        return Err(Error::key(format!(
            "{} {} do not open with {} ({}); nothing was written",
            closed.len(),
            unopened.noun,
            unopened.key,
            closed.join(", ")
        ))
        .hint(unopened.hint));
    }
    let owners: std::collections::BTreeSet<String> =
        variables.iter().map(|e| e.owner.clone()).collect();
    let payload = Payload {
        content: bundle::CONTENT.into(),
        product: source.0.into(),
        backend: source.1.into(),
        exported_at: bundle::now(),
        variables,
    };
    bundle::write(ctx, &args.output, &args.passphrase, &payload)?;
    report(
        ctx,
        &args.output,
        &payload,
        &owners.into_iter().collect::<Vec<_>>(),
    )
}

/// What an export says (on stderr when the bundle went to stdout).
pub(crate) fn report(
    ctx: &Ctx,
    path: &std::path::Path,
    payload: &Payload,
    owners: &[String],
) -> Result<()> {
    let out = &ctx.out;
    let cost = crate::crypto::sealed::DEFAULT_COST;
    let to_stdout = path == std::path::Path::new("-");
    if out.json_mode() && !to_stdout {
        out.json(&json!({
            "file": path,
            "variables": payload.variables.len(),
            "owners": owners,
            "kdf": {"name": "argon2id", "memory_kib": cost.memory_kib, "iterations": cost.iterations, "parallelism": cost.parallelism},
            "aead": "AES-256-GCM",
        }))?;
        return Ok(());
    }
    let line = format!(
        "sealed {} variable(s) of {} into {} (argon2id {} MiB, {} passes; AES-256-GCM)",
        payload.variables.len(),
        owners.join(", "),
        if to_stdout {
            "stdout".into()
        } else {
            path.display().to_string()
        },
        cost.memory_kib / 1024,
        cost.iterations
    );
    if to_stdout {
        out.note(line);
    } else {
        out.line(line)?;
    }
    Ok(())
}
