//! `flowadmin db locate`: where things are and which rule put them there.

use serde_json::{Value, json};

use crate::cli::DbLocateArgs;
use crate::error::Result;
use crate::settings::{DatabaseLocation, Settings};
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, _args: &DbLocateArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let database = settings.database();
    if out.json_mode() {
        out.json(&as_json(settings, &database))?;
    } else {
        let mut rows = database_rows(settings, &database);
        rows.extend(key_rows(settings));
        out.pairs(&rows)?;
    }
    // Not found is part of the report above, and still the exit code.
    match database {
        Ok(_) => Ok(()),
        Err(e) if e.kind == crate::error::Kind::NotFound => Err(e.after_report()),
        Err(e) => Err(e),
    }
}

type Located = Result<crate::settings::DatabaseTarget>;

fn as_json(settings: &Settings, database: &Located) -> Value {
    let key = settings.key_source();
    let db = match database {
        Ok(target) => {
            let (kind, location, exists) = match &target.location {
                DatabaseLocation::Sqlite(path) => ("sqlite", json!(path), json!(path.is_file())),
                DatabaseLocation::Server { dialect, url } => {
                    (dialect.as_str(), json!(url.to_string()), Value::Null)
                }
            };
            let server = match &target.location {
                DatabaseLocation::Server { url, .. } => match settings.pg_target(url) {
                    Ok(t) => json!({
                        "user": t.user, "host": t.host, "port": t.port, "dbname": t.dbname,
                        "sslmode": t.sslmode.as_str(), "sslrootcert": t.sslrootcert,
                        "password_from": t.password_from,
                    }),
                    Err(e) => json!({ "error": e.to_string() }),
                },
                DatabaseLocation::Sqlite(_) => Value::Null,
            };
            json!({
                "kind": kind.to_lowercase(),
                "location": location,
                "exists": exists,
                "decided_by": target.source.to_string(),
                "note": target.note,
                "server": server,
            })
        }
        Err(e) => json!({ "error": e.to_string() }),
    };
    json!({
        "database": db,
        "config_dir": {
            "path": settings.config_dir,
            "exists": settings.config_dir.is_dir(),
            "decided_by": settings.config_dir_source.to_string(),
        },
        "secret_key": {
            "file": settings.secret_key_path(),
            "source": key.kind(),
            "comes_from": key.to_string(),
        },
    })
}

fn exists_word(exists: bool) -> &'static str {
    if exists { "exists" } else { "does not exist" }
}

fn database_rows(settings: &Settings, database: &Located) -> Vec<(String, String)> {
    let target = match database {
        Ok(target) => target,
        Err(e) => return vec![("database".to_owned(), format!("not found: {e}"))],
    };
    let line = match &target.location {
        DatabaseLocation::Sqlite(path) => {
            format!("{} ({})", path.display(), exists_word(path.is_file()))
        }
        DatabaseLocation::Server { url, .. } => format!("{url} (server; not checked)"),
    };
    let mut rows = vec![
        ("database".to_owned(), line),
        ("  decided by".to_owned(), target.source.to_string()),
    ];
    // What the URL means once libpq's defaults apply (never the password).
    if let DatabaseLocation::Server { url, .. } = &target.location {
        match settings.pg_target(url) {
            Ok(t) => {
                let sslmode = match &t.sslrootcert {
                    Some(root) => format!("{} (roots: {})", t.sslmode.as_str(), root.display()),
                    None => t.sslmode.as_str().to_owned(),
                };
                rows.push(("  connects to".to_owned(), t.describe()));
                rows.push(("  sslmode".to_owned(), sslmode));
                rows.push(("  password from".to_owned(), t.password_from.to_owned()));
            }
            Err(e) => rows.push(("  error".to_owned(), e.to_string())),
        }
    }
    if let Some(note) = &target.note {
        rows.push(("  note".to_owned(), note.clone()));
    }
    rows
}

fn key_rows(settings: &Settings) -> Vec<(String, String)> {
    vec![
        (
            "config dir".to_owned(),
            format!(
                "{} ({})",
                settings.config_dir.display(),
                exists_word(settings.config_dir.is_dir())
            ),
        ),
        (
            "  decided by".to_owned(),
            settings.config_dir_source.to_string(),
        ),
        (
            "secret key file".to_owned(),
            settings.secret_key_path().display().to_string(),
        ),
        (
            "  key comes from".to_owned(),
            settings.key_source().to_string(),
        ),
    ]
}
