use std::io::Read;

use serde_json::json;
use zeroize::Zeroizing;

use crate::cli::{VariableSetArgs, VariableType};
use crate::commands::{key_for_encrypting, open_writable, owner};
use crate::error::{Error, Result};
use crate::ui::context::Ctx;

/// The value to store, refused when empty unless `--allow-empty`: an empty
/// stdin is most often a pipeline whose first command failed (`vault read
/// ... | flowadmin variable set`), and storing it would wipe the credential.
pub(crate) fn read_value(
    ctx: &Ctx,
    req: &VariableSetArgs,
    kind: VariableType,
) -> Result<Zeroizing<String>> {
    let value = read_any_value(ctx, req, kind)?;
    if value.is_empty() && !req.allow_empty {
        return Err(Error::usage(format!(
            "the value given for {} is empty (an empty stdin or variable is usually a command that failed), so nothing was changed",
            req.name
        ))
        .hint("check the command that feeds it, or pass --allow-empty to store an empty value"));
    }
    Ok(value)
}

pub(crate) fn read_any_value(
    ctx: &Ctx,
    req: &VariableSetArgs,
    kind: VariableType,
) -> Result<Zeroizing<String>> {
    let settings = &ctx.settings;
    if let Some(var) = req.value_env.as_deref() {
        return settings
            .env()
            .get(var)
            .map(|v| Zeroizing::new(v.to_owned()))
            .ok_or_else(|| {
                Error::usage(format!(
                    "--value-env {var}: that environment variable is not set"
                ))
                .hint("export it first")
            });
    }
    if let Some(value) = req.value.as_deref() {
        if kind == VariableType::Credential {
            return Err(Error::usage(
                "--value is for Generic variables only (other users can read argv)",
            )
            .hint("pipe a credential on stdin, use --value-env, or let flowadmin prompt"));
        }
        return Ok(Zeroizing::new(value.to_owned()));
    }
    if !ctx.term.stdin {
        let mut bytes = Zeroizing::new(Vec::new());
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::usage(format!("cannot read the value from stdin ({e})")))?;
        let mut text = String::from_utf8(bytes.to_vec()).map_err(|_| {
            Error::usage("the value on stdin is not UTF-8 text").hint("Langflow stores text")
        })?;
        // Exactly the one newline `variable get` adds: a `\r` before it is
        // part of the value, so `get | set` gives back every byte.
        if !req.raw && text.ends_with('\n') {
            text.pop();
        }
        return Ok(Zeroizing::new(text));
    }
    let prompt = format!("Value of {}", req.name);
    let value = if kind == VariableType::Credential {
        dialoguer::Password::new()
            .with_prompt(prompt)
            .allow_empty_password(true)
            .interact()
    } else {
        dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text()
    }
    .map_err(|e| Error::usage(format!("cannot read the value from the terminal ({e})")))?;
    Ok(Zeroizing::new(value))
}

pub fn run(ctx: &Ctx, req: &VariableSetArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    crate::ui::prompt::validate_name("the variable name", &req.name)?;
    let mut db = open_writable(settings)?;
    let user = owner(&db, settings, req.owner.user.as_deref())?;
    let existing = db.find_variables(&user.id, &req.name)?;
    if existing.len() > 1 {
        return Err(crate::storage::variables::duplicates(&req.name, existing.len()).into());
    }
    // An update keeps the type unless --type says otherwise; new ones are credentials.
    let kind = req
        .kind
        .unwrap_or_else(|| match existing.first().and_then(|r| r.kind.as_deref()) {
            Some("Generic") => VariableType::Generic,
            _ => VariableType::Credential,
        });
    let encrypts_generic = db.schema().encrypts_generic_variables();
    let encrypt = kind == VariableType::Credential || encrypts_generic;
    // The key is checked before asking for a value that could not be stored.
    let (keyring, _key_guard) = if encrypt {
        // Every value this owner has is checked, not only a sample.
        let (ring, guard) = key_for_encrypting(settings, db.secrets(), db.schema(), out, &|| {
            let owned = db.list_variables(Some(&user.id))?;
            Ok(owned.into_iter().map(|r| r.stored.0).collect())
        })?;
        (Some(ring), guard)
    } else {
        (None, None)
    };
    // The guards (empty, NUL, a Generic value that looks sealed) are the
    // operation's.
    let value = read_any_value(ctx, req, kind)?;
    let fields = (!req.fields.is_empty()).then_some(req.fields.as_slice());
    let set = crate::ops::variables::SetVariable {
        user_id: &user.id,
        name: &req.name,
        kind: kind.as_stored(),
        value: &value,
        allow_empty: req.allow_empty,
        default_fields: fields,
        created_at: None,
    };
    let seal = |plain: &[u8]| match &keyring {
        Some(ring) => ring.encrypt(plain),
        None => String::from_utf8_lossy(plain).into_owned(),
    };
    // Langflow's variable routes write no audit row.
    let nobody = crate::ops::Actor::new(None, false, db.schema());
    let (id, created) = crate::ops::transaction(&mut db, true, &nobody, |tx| {
        crate::ops::variables::set_variable(tx, &set, &seal)
    })?;
    let id = crate::storage::secrets::dashed_uuid(&id);
    crate::ui::output::record_commit(
        format!(
            "variable {} of {} was {}",
            req.name,
            crate::ui::output::escape(&user.username),
            if created { "created" } else { "updated" }
        ),
        &[],
        0,
    );
    if out.json_mode() {
        out.json(&json!({
            "name": req.name, "type": kind.as_stored(), "owner": user.username, "id": id,
            "created": created, "encrypted": encrypt,
        }))?;
    } else {
        out.line(format!(
            "{} {} variable {} of {} ({})",
            if created { "created" } else { "updated" },
            kind.as_stored(),
            req.name,
            user.username,
            if encrypt {
                "encrypted"
            } else {
                "stored as typed"
            }
        ))?;
    }
    Ok(())
}
