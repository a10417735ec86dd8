//! `flowadmin db locate`: where things are and which rule put them there.

use serde_json::{Value, json};

use crate::cli::DbLocateArgs;
use crate::error::Result;
use crate::settings::DatabaseLocation;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, _args: &DbLocateArgs) -> Result<u8> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let database = settings.database();
    let key = settings.key_source();
    let config_exists = settings.config_dir.is_dir();

    if out.json_mode() {
        let db = match &database {
            Ok(target) => {
                let (kind, location, exists) = match &target.location {
                    DatabaseLocation::Sqlite(path) => {
                        ("sqlite", json!(path), json!(path.is_file()))
                    }
                    DatabaseLocation::Server { dialect, url } => {
                        (dialect.as_str(), json!(url.to_string()), Value::Null)
                    }
                };
                json!({
                    "kind": kind.to_lowercase(),
                    "location": location,
                    "exists": exists,
                    "decided_by": target.source.to_string(),
                    "note": target.note,
                })
            }
            Err(e) => json!({ "error": e.to_string() }),
        };
        out.json(&json!({
            "database": db,
            "config_dir": {
                "path": settings.config_dir,
                "exists": config_exists,
                "decided_by": settings.config_dir_source.to_string(),
            },
            "secret_key": {
                "file": settings.secret_key_path(),
                "source": key.kind(),
                "comes_from": key.to_string(),
            },
        }))?;
    } else {
        let mut rows = Vec::new();
        match &database {
            Ok(target) => {
                let line = match &target.location {
                    DatabaseLocation::Sqlite(path) => format!(
                        "{} ({})",
                        path.display(),
                        if path.is_file() {
                            "exists"
                        } else {
                            "does not exist"
                        }
                    ),
                    DatabaseLocation::Server { url, .. } => format!("{url} (server; not checked)"),
                };
                rows.push(("database".to_owned(), line));
                rows.push(("  decided by".to_owned(), target.source.to_string()));
                if let Some(note) = &target.note {
                    rows.push(("  note".to_owned(), note.clone()));
                }
            }
            Err(e) => rows.push(("database".to_owned(), format!("not found: {e}"))),
        }
        rows.push((
            "config dir".to_owned(),
            format!(
                "{} ({})",
                settings.config_dir.display(),
                if config_exists {
                    "exists"
                } else {
                    "does not exist"
                }
            ),
        ));
        rows.push((
            "  decided by".to_owned(),
            settings.config_dir_source.to_string(),
        ));
        rows.push((
            "secret key file".to_owned(),
            settings.secret_key_path().display().to_string(),
        ));
        rows.push(("  key comes from".to_owned(), key.to_string()));
        out.pairs(&rows)?;
    }
    match database {
        Ok(_) => Ok(0),
        Err(e) if e.kind == crate::error::Kind::NotFound => {
            out.warn(format!("error: {e}"));
            Ok(e.exit_code())
        }
        Err(e) => Err(e),
    }
}
