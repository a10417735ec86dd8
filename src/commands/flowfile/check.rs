//! `flowadmin db check` and `secret-key check` for Flowfile: the database's
//! revision and counts, and whether the master key opens every encrypted
//! value wherever it is stored, naming each one it does not. Read-only.

use serde_json::json;

use super::open_readable;
use crate::cli::SecretKeyCheckArgs;
use crate::crypto::flowfile::MasterKey;
use crate::error::{Error, Result, exit};
use crate::integrity::{self, FlowfileVerification};
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let db = open_readable(settings)?;
    let schema = db.schema();
    let counts = db.counts()?;
    let source = settings.master_key_source()?;
    let key = settings.master_key();
    let verification = match &key {
        Ok(k) => integrity::verify_flowfile(k, &db)?,
        Err(_) => {
            let n = std::sync::atomic::AtomicUsize::new(0);
            db.visit_sealed(&|_| {
                n.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            })?;
            FlowfileVerification {
                total: n.into_inner(),
                ..Default::default()
            }
        }
    };
    let (code, verdict) = verdict(&key, &verification);
    if out.json_mode() {
        out.json(&json!({
            "product": "flowfile",
            "database": db.path(),
            "revision": schema.revision(),
            "release": schema.flowfile_release(),
            "journal_mode": db.journal_mode()?,
            "counts": counts,
            "master_key_source": source.to_string(),
            "master_key_fingerprint": key.as_ref().ok().map(MasterKey::fingerprint),
            "encrypted": {
                "total": verification.total,
                "open": verification.open,
                "failed": verification.failed,
            },
            "verdict": verdict,
        }))?;
        if code != 0 {
            return Err(Error::key(verdict).after_report());
        }
        return Ok(());
    }
    let revision = match (schema.revision(), schema.flowfile_release()) {
        (Some(rev), Some(release)) => format!("{rev} (Flowfile {release})"),
        (Some(rev), None) => format!("{rev} (not a Flowfile release flowadmin knows)"),
        (None, _) => schema.revisions.join(", "),
    };
    out.pairs(&[
        (
            "database".into(),
            format!("{} (Flowfile)", db.path().display()),
        ),
        ("revision".into(), revision),
        (
            "users".into(),
            format!(
                "{} ({} admin(s), {} disabled)",
                counts.users, counts.admins, counts.disabled_users
            ),
        ),
        (
            "API keys".into(),
            format!("{} ({} consumer(s))", counts.api_keys, counts.api_consumers),
        ),
        ("secrets".into(), counts.secrets.to_string()),
        ("master key".into(), source.to_string()),
        ("encrypted".into(), verdict.clone()),
    ])?;
    for failed in &verification.failed {
        out.line(format!("  does not open: {failed}"))?;
    }
    if code != 0 {
        return Err(Error::key(verdict).after_report().hint(
            "configure the master key Flowfile runs with (see `flowadmin db locate`), or finish a rotation with `flowadmin secret-key check`",
        ));
    }
    Ok(())
}

/// `secret-key check` on Flowfile: exit 0 only if the master key (or the
/// one in --key-file) opens every value.
pub fn key_check(ctx: &Ctx, args: &SecretKeyCheckArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let db = open_readable(settings)?;
    let (key, from) = match &args.key_file {
        Some(path) => {
            let text = crate::keyfile::read_key_text(path, "key file")?;
            let key = MasterKey::from_secret_file(&text).map_err(|e| {
                Error::key(format!("{}: {e}", path.display()))
                    .hint("give a file holding a Flowfile master key")
            })?;
            (key, path.display().to_string())
        }
        None => {
            // A key the settling just installed is not in the settings read before.
            let home = crate::keychange::flowfile::FlowfileHome::new(
                settings,
                &db,
                super::database_path(settings)?,
            );
            let key = match crate::keyuse::flowfile::settle_interrupted(&home, &ctx.out)? {
                Some(installed) => installed,
                None => settings.master_key()?,
            };
            (key, settings.master_key_source()?.to_string())
        }
    };
    let v = integrity::verify_flowfile(&key, &db)?;
    if out.json_mode() {
        out.json(&json!({
            "key": from,
            "fingerprint": key.fingerprint(),
            "total": v.total,
            "open": v.open,
            "failed": v.failed,
        }))?;
    } else {
        out.line(format!(
            "{} of {} encrypted value(s) open with the master key from {from} (fingerprint {})",
            v.open,
            v.total,
            key.fingerprint()
        ))?;
        for failed in &v.failed {
            out.line(format!("  does not open: {failed}"))?;
        }
    }
    if !v.all_open() {
        return Err(Error::key(format!(
            "{} of {} encrypted value(s) do not open with the master key from {from}",
            v.total - v.open,
            v.total
        ))
        .hint("configure the master key they were sealed with (see `flowadmin doctor`)")
        .after_report());
    }
    Ok(())
}

/// The exit code and the one-line verdict on the encrypted values.
fn verdict(key: &Result<MasterKey>, verification: &FlowfileVerification) -> (u8, String) {
    match key {
        Ok(_) if verification.all_open() => (
            0,
            format!(
                "{} value(s), all open with the master key",
                verification.total
            ),
        ),
        Ok(_) => (
            exit::KEY,
            format!(
                "{} of {} value(s) do not open with the master key",
                verification.total - verification.open,
                verification.total
            ),
        ),
        Err(e) if verification.total == 0 => (0, format!("no encrypted value yet ({})", e.message)),
        Err(e) => (
            exit::KEY,
            format!(
                "{} value(s), not checked: {}",
                verification.total, e.message
            ),
        ),
    }
}
