use serde_json::json;

use crate::cli::{KeyFormat, SecretKeyGenerateArgs};
use crate::commands::open_readable;
use crate::crypto::token_urlsafe;
use crate::error::{Error, Result};
use crate::keychange::langflow::temp_places;
use crate::keychange::{remove_leftovers, rotation_lock};
use crate::keyfile;
use crate::ui::clipboard::{self, Copied};
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, args: &SecretKeyGenerateArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let (write, format) = (args.write, args.format);
    let key = token_urlsafe(32);
    if write {
        let path = settings.secret_key_path();
        // Not while a rotation is changing that file.
        let lock = rotation_lock(&path)?;
        remove_leftovers(&temp_places(settings, None), &lock.key, out);
        if path.exists() {
            return Err(Error::policy(format!(
                "{} already exists, and replacing it would make what it encrypts unreadable",
                path.display()
            ))
            .hint("to change keys use `flowadmin secret-key rotate`"));
        }
        // A database that already holds encrypted values needs its old key.
        // A SQLite file that is not there yet holds none; a server must answer.
        let sqlite_missing = settings
            .database()
            .ok()
            .and_then(|t| t.sqlite_path().ok().map(|p| !p.is_file()))
            .unwrap_or(false);
        let db = if sqlite_missing {
            None
        } else {
            match open_readable(settings) {
                Ok(db) => Some(db),
                // No database anywhere yet: nothing to lose.
                Err(e) if e.kind == crate::error::Kind::NotFound => None,
                Err(e) => return Err(e),
            }
        };
        if let Some(db) = db {
            let n = std::sync::atomic::AtomicUsize::new(0);
            db.secrets().visit_secrets(&|_| {
                n.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            })?;
            let n = n.into_inner();
            if n > 0 {
                return Err(Error::policy(format!(
                    "{} holds {n} encrypted values, which a new key could not open",
                    db.location()
                ))
                .hint("find their key, or change keys with `flowadmin secret-key rotate`"));
            }
        }
        keyfile::write_private(&path, key.as_bytes())?;
        if out.json_mode() {
            out.json(&json!({ "written": path }))?;
        } else {
            out.line(format!(
                "wrote a new secret key to {} (mode 0600)",
                path.display()
            ))?;
        }
        return Ok(());
    }
    let text = match format {
        KeyFormat::Env => format!("LANGFLOW_SECRET_KEY={}", key.as_str()),
        KeyFormat::Raw => key.to_string(),
        KeyFormat::Json => json!({ "LANGFLOW_SECRET_KEY": key.as_str() }).to_string(),
    };
    out.line(&text)?;
    if ctx.term.stdout && ctx.term.stderr {
        let copied = if settings.output.no_clipboard {
            Copied::Skipped
        } else {
            clipboard::copy_secret(&key)
        };
        out.note(format!("Shown only once: {copied}."));
    }
    Ok(())
}
