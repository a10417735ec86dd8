use serde_json::json;

use crate::cli::SecretKeyCheckArgs;
use crate::commands::open_readable;
use crate::error::{Error, Result};
use crate::integrity;
use crate::keychange::langflow::{LangflowHome, keyrings_from_file, temp_places};
use crate::keychange::{remove_leftovers, rotation_lock, settle};
use crate::storage::secrets::dashed_uuid;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, args: &SecretKeyCheckArgs) -> Result<()> {
    let settings = &ctx.settings;
    let key_file = args.key_file.as_deref();
    let db = open_readable(settings)?;
    let settled = match key_file {
        None => settle_first(ctx, &db)?,
        Some(_) => None,
    };
    let rings = match key_file {
        Some(path) => keyrings_from_file(path)?,
        None => vec![settings.secret_key()?.keyring()?],
    };
    // With a key file read two ways (raw, trimmed), the better reading wins.
    let mut best: Option<crate::integrity::Verification> = None;
    for ring in &rings {
        let v = integrity::verify(ring, db.secrets())?;
        if best
            .as_ref()
            .is_none_or(|b| v.failed.len() < b.failed.len())
        {
            best = Some(v);
        }
    }
    let verification = best.expect("at least one keyring");
    report(ctx, &verification, settled)?;
    verdict(&verification)
}

/// An interrupted rotation settled before the check (under the rotation
/// lock, which also makes it safe to clear what a killed run left); a
/// config dir this user cannot write with nothing to settle is only read.
fn settle_first(ctx: &Ctx, db: &crate::storage::Store) -> Result<Option<String>> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    if !settings.config_dir.is_dir() {
        return Ok(None);
    }
    let pending = crate::keyfile::pending_path(&settings.secret_key_path());
    let settled = match rotation_lock(&settings.secret_key_path()) {
        Ok(lock) => {
            remove_leftovers(&temp_places(settings, db.secrets().file()), &lock.key, out);
            settle(&LangflowHome::new(settings, db.secrets()), &lock.key)?
        }
        Err(e) if e.kind != crate::error::Kind::Database && !pending.exists() => None,
        Err(e) => return Err(e),
    };
    if let Some(settled) = &settled {
        settled.tell(out);
    }
    Ok(settled.map(|s| s.message))
}

/// The check's report: one JSON document, or the lines for a person.
fn report(
    ctx: &Ctx,
    verification: &crate::integrity::Verification,
    settled: Option<String>,
) -> Result<()> {
    let out = &ctx.out;
    let ok = verification.all_open_everywhere();
    let gaps = integrity::release_gaps(verification);
    if out.json_mode() {
        return out.json(&json!({
            "ok": ok,
            "total": verification.total,
            "open": verification.total - verification.failed.len(),
            "failed": verification.failed.iter().map(|v| json!({
                "column": v.column, "row_id": dashed_uuid(&v.row_id), "row": v.describe_row(),
            })).collect::<Vec<_>>(),
            "settled_interrupted_rotation": settled,
            "legacy_generic_encrypted": verification.legacy_generic.len(),
            "releases": crate::commands::db_check::releases_json(verification),
        }));
    }
    if ok {
        return out.line(format!(
            "{} encrypted values, all open with the key",
            verification.total
        ));
    }
    if !verification.all_open() {
        out.line(format!(
            "{} of {} encrypted values do not open with the key:",
            verification.failed.len(),
            verification.total
        ))?;
    }
    for v in &verification.failed {
        out.line(format!("  {} row {}", v.column, v.describe_row()))?;
    }
    if !gaps.is_empty() {
        out.line(format!(
            "CRITICAL: not every cryptography release Langflow allows reads {}:",
            if verification.key_readers.is_all() {
                "these values"
            } else {
                "the key"
            }
        ))?;
    }
    for gap in &gaps {
        out.line(format!("  {gap}"))?;
    }
    Ok(())
}

/// Exit 5 unless every value opens with the key under every release.
fn verdict(verification: &crate::integrity::Verification) -> Result<()> {
    if verification.all_open_everywhere() {
        return Ok(());
    }
    if verification.all_open() {
        return Err(Error::key(format!(
            "the key opens all {} encrypted values, but not with every cryptography release Langflow allows ({} gap(s) above)",
            verification.total,
            integrity::release_gaps(verification).len()
        ))
        .hint("rotate to a generated key with `flowadmin secret-key rotate`: the new key and every value it rewrites are in the form every release reads")
        .after_report());
    }
    Err(Error::key(format!(
        "{} of {} encrypted values do not open with the key",
        verification.failed.len(),
        verification.total
    ))
    .hint("configure the key they were written with, or re-encrypt them with `flowadmin secret-key rotate --old-key-file <it>`")
    .after_report())
}
