use std::io::Write;

use serde_json::json;

use super::{Readback, is_legacy_generic, the_row};
use crate::cli::VariableGetArgs;
use crate::commands::{open_readable, owner};
use crate::error::{Error, Result};
use crate::keyuse::langflow::key_for_reading;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, args: &VariableGetArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let (name, user, raw) = (args.name.as_str(), args.owner.user.as_deref(), args.raw);
    let db = open_readable(settings)?;
    let user = owner(&db, settings, user)?;
    let row = the_row(db.find_variables(&user.id, name)?, &user.username, name)?;
    let (_key_guard, keyring) = key_for_reading(settings, db.secrets(), out)?;
    if keyring.is_none() && crate::crypto::looks_encrypted(&row.stored) {
        // The reason no key is usable, as an error.
        settings.secret_key()?.keyring()?;
    }
    let value = match Readback::of(&row, keyring.as_ref()) {
        Readback::Decrypted(v) => v.to_string(),
        Readback::Plain(v) => v,
        Readback::Undecryptable => {
            return Err(Error::key(format!(
                "variable {name} of {} does not decrypt with the configured secret key",
                user.username
            ))
            .hint("run `flowadmin db check` to see which values the key opens"));
        }
    };
    if is_legacy_generic(db.schema(), &row) {
        out.warn(format!(
            "warning: {name} is a Generic variable still encrypted by Langflow 1.5-1.7; Langflow 1.8+ reads its raw token. Fix with `flowadmin variable repair`"
        ));
    }
    if out.json_mode() {
        out.json(
            &json!({ "name": row.name, "type": row.kind, "owner": user.username, "value": value }),
        )?;
    } else {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(value.as_bytes())?;
        if !raw {
            stdout.write_all(b"\n")?;
        }
        stdout.flush()?;
    }
    Ok(())
}
