//! `flowadmin variable repair`: Generic values that Langflow 1.5-1.7
//! encrypted, decrypted back to plaintext on a 1.8+ schema.

use serde_json::json;

use super::{Readback, is_legacy_generic};
use crate::cli::VariableRepairArgs;
use crate::commands::open_writable;
use crate::crypto::looks_encrypted;
use crate::error::{Error, Result};
use crate::keyuse::langflow::settled_key_guard;
use crate::storage::secrets::dashed_uuid;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, args: &VariableRepairArgs) -> Result<()> {
    let (settings, out, dry_run) = (&ctx.settings, &ctx.out, args.dry_run);
    let mut db = open_writable(settings)?;
    if db.schema().encrypts_generic_variables() {
        return Err(Error::policy(
            "this database is from Langflow 1.5-1.7, which reads encrypted Generic values itself",
        )
        .hint("repair is for 1.8+ schemas"));
    }
    let rows: Vec<_> = db
        .list_variables(None)?
        .into_iter()
        .filter(|r| is_legacy_generic(db.schema(), r))
        .collect();
    if rows.is_empty() {
        if out.json_mode() {
            out.json(&json!({ "repaired": 0, "dry_run": dry_run }))?;
        } else {
            out.line("no encrypted Generic values to repair")?;
        }
        return Ok(());
    }
    let _key_guard = settled_key_guard(settings, db.secrets(), out)?;
    let keyring = settings.secret_key()?.keyring()?;
    let mut fixes = Vec::new();
    let mut failed = Vec::new();
    for row in &rows {
        match Readback::of(row, Some(&keyring)) {
            Readback::Decrypted(plain) if !looks_encrypted(&plain) => {
                fixes.push((row.id.clone(), plain.to_string()))
            }
            _ => failed.push(format!(
                "{} of {} (id {})",
                row.name,
                row.owner.as_deref().unwrap_or("?"),
                dashed_uuid(&row.id)
            )),
        }
    }
    if !failed.is_empty() {
        return Err(Error::key(format!(
            "{} of {} encrypted Generic value(s) do not decrypt with the configured secret key ({}); nothing changed",
            failed.len(),
            rows.len(),
            failed.join("; ")
        ))
        .hint("configure the key they were written with (for Langflow 1.5 a short key works too) and run repair again"));
    }
    let names: Vec<String> = rows
        .iter()
        .map(|r| format!("{} of {}", r.name, r.owner.as_deref().unwrap_or("?")))
        .collect();
    if !dry_run {
        let nobody = crate::ops::Actor::new(None, false, db.schema());
        crate::ops::transaction(&mut db, true, &nobody, |tx| {
            crate::ops::variables::replace_values(tx, &fixes)
        })?;
        crate::ui::output::record_commit(
            format!(
                "{} Generic value(s) were decrypted back to plaintext",
                fixes.len()
            ),
            &[],
            0,
        );
    }
    if out.json_mode() {
        out.json(&json!({ "repaired": if dry_run { 0 } else { fixes.len() }, "would_repair": fixes.len(), "variables": names, "dry_run": dry_run }))?;
    } else if dry_run {
        out.line(format!(
            "would decrypt {} Generic value(s): {}; nothing changed",
            fixes.len(),
            names.join(", ")
        ))?;
    } else {
        out.line(format!(
            "decrypted {} Generic value(s) back to plaintext: {}",
            fixes.len(),
            names.join(", ")
        ))?;
    }
    Ok(())
}
