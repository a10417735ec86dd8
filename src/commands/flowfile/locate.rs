//! `flowadmin db locate` for Flowfile: where its database and master key
//! are, and which setting decided each.

use serde_json::json;

use crate::error::Result;
use crate::settings::flowfile::MasterKeySource;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, why: &str) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let (mode, mode_source) = settings.flowfile_mode();
    let db = settings.flowfile_database()?;
    let path = super::database_path(settings)?;
    let path = path.as_path();
    let exists = path.is_file();
    let source = settings.master_key_source()?;
    // The key is read only to say whether it is usable; only a fingerprint shows.
    let key = settings.master_key();
    if out.json_mode() {
        out.json(&json!({
            "product": "flowfile",
            "product_decided_by": why,
            "mode": mode,
            "mode_decided_by": mode_source.to_string(),
            "database": path,
            "database_exists": exists,
            "database_decided_by": db.source.to_string(),
            "master_key_source": source.to_string(),
            "master_key_decided_by": match &source {
                MasterKeySource::Store { decided_by, .. } => decided_by.to_string(),
                MasterKeySource::Env(s) => s.to_string(),
                other => other.to_string(),
            },
            "master_key_fingerprint": key.as_ref().ok().map(|k| k.fingerprint()),
            "master_key_error": key.as_ref().err().map(|e| e.message.clone()),
        }))?;
        return Ok(());
    }
    let mut rows = vec![
        ("product".to_owned(), format!("Flowfile (decided by {why})")),
        ("mode".to_owned(), format!("{mode} ({mode_source})")),
        (
            "database".to_owned(),
            format!(
                "{} ({})",
                path.display(),
                if exists { "exists" } else { "does not exist" }
            ),
        ),
        ("  decided by".to_owned(), db.source.to_string()),
        ("master key".to_owned(), source.to_string()),
    ];
    if let MasterKeySource::Store { decided_by, .. } = &source {
        rows.push(("  decided by".to_owned(), decided_by.to_string()));
    }
    rows.push((
        "  key".to_owned(),
        match &key {
            Ok(k) => format!("readable, fingerprint {}", k.fingerprint()),
            Err(e) => format!("not usable: {}", e.message),
        },
    ));
    out.pairs(&rows)?;
    Ok(())
}
