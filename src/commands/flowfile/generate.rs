//! `flowadmin secret-key generate` on Flowfile: a new master key (a Fernet
//! key). `--write` puts it where Flowfile's mode reads it (the secure store's
//! `master_key` entry); a key already stored there that opens secrets is
//! never replaced (that is what `rotate` is for). In docker mode the key
//! belongs in `FLOWFILE_MASTER_KEY`: printed as that line for a `.env`.

use serde_json::json;

use crate::cli::{KeyFormat, SecretKeyGenerateArgs};
use crate::crypto::flowfile::MasterKey;
use crate::error::{Error, Result};
use crate::keyfile;
use crate::settings::flowfile::{MasterKeySource, STORE_FILE, STORE_KEY_FILE};
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, args: &SecretKeyGenerateArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let key = MasterKey::generate();
    if args.write {
        let MasterKeySource::Store { dir, .. } = settings.master_key_source()? else {
            return Err(Error::usage(
                "in docker mode Flowfile reads its master key from FLOWFILE_MASTER_KEY (or the Docker secret), not a file flowadmin writes",
            )
            .hint("run without --write and put the printed FLOWFILE_MASTER_KEY= line in Flowfile's .env"));
        };
        let _lock = crate::keychange::flowfile::lock_for(&super::database_path(settings)?)?;
        // Checked before anything is written, whatever key is stored (a
        // wrong one, none, or a store whose own key is gone): a catalog that
        // holds secrets needs the key they were sealed with, never a new one.
        let values = match super::open_readable(settings) {
            Ok(db) => crate::integrity::verify_flowfile(&key, &db)?,
            Err(e) if e.kind == crate::error::Kind::NotFound => Default::default(),
            Err(e) => return Err(e),
        };
        if values.total > 0 {
            let opens = settings
                .master_key()
                .ok()
                .and_then(|k| super::open_readable(settings).ok().map(|db| (k, db)))
                .map(|(k, db)| crate::integrity::verify_flowfile(&k, &db))
                .transpose()?
                .map_or(0, |v| v.open);
            return Err(Error::policy(format!(
                "the catalog holds {} encrypted secret(s) ({} open with the master key in {}), which a new key could not open",
                values.total,
                opens,
                dir.join(STORE_FILE).display()
            ))
            .hint(if opens > 0 {
                "to change keys use `flowadmin secret-key rotate`"
            } else {
                "configure the key they were sealed with (see `flowadmin doctor`), then `flowadmin secret-key rotate` if you want a new one"
            }));
        }
        if !dir.join(STORE_KEY_FILE).exists() {
            // Flowfile's own first start makes the store's key; so does this.
            keyfile::write_private(
                &dir.join(STORE_KEY_FILE),
                MasterKey::generate().expose().as_bytes(),
            )?;
        }
        keyfile::store::write_entry(&dir, STORE_FILE, STORE_KEY_FILE, "master_key", key.expose())?;
        if out.json_mode() {
            out.json(
                &json!({ "written": dir.join(STORE_FILE), "fingerprint": key.fingerprint() }),
            )?;
        } else {
            out.line(format!(
                "wrote a new master key to {} (fingerprint {}); back that folder up: Flowfile cannot open its secrets without it",
                dir.join(STORE_FILE).display(),
                key.fingerprint()
            ))?;
        }
        return Ok(());
    }
    let text = match args.format {
        KeyFormat::Env => format!("FLOWFILE_MASTER_KEY={}", key.expose()),
        KeyFormat::Raw => key.expose().to_owned(),
        KeyFormat::Json => json!({ "FLOWFILE_MASTER_KEY": key.expose() }).to_string(),
    };
    out.line(&text)?;
    Ok(())
}
