use serde_json::json;

use crate::cli::ApiKeyRevokeArgs;
use crate::commands::{keyring_if_any, open_writable};
use crate::error::{Error, Result};
use crate::storage::secrets::dashed_uuid;
use crate::ui::context::Ctx;
use crate::ui::output::escape;
use crate::ui::prompt;

/// An argument that is a whole key, not an id or a name: it is compared by
/// hash and never printed.
fn is_a_key(arg: &str) -> bool {
    arg.starts_with("sk-") && arg.chars().count() > 20
}

pub fn run(ctx: &Ctx, args: &ApiKeyRevokeArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let (key, user) = (args.key.as_str(), args.user.as_deref());
    let mut db = open_writable(settings)?;
    let owner = user.map(|u| db.require_user(u)).transpose()?;
    let keys = db.list_api_keys(owner.as_ref().map(|u| u.id.as_str()))?;
    let candidates: Vec<_> = if is_a_key(key) {
        let found = db.find_api_key_by_secret(key, keyring_if_any(settings).as_ref())?;
        keys.iter()
            .filter(|k| found.as_deref() == Some(k.id.as_str()))
            .collect()
    } else {
        let wanted = key.replace('-', "").to_ascii_lowercase();
        let by_id: Vec<_> = keys
            .iter()
            .filter(|k| k.id == wanted || (wanted.len() >= 6 && k.id.starts_with(&wanted)))
            .collect();
        if by_id.is_empty() {
            keys.iter()
                .filter(|k| k.name.as_deref() == Some(key))
                .collect()
        } else {
            by_id
        }
    };
    let asked = if is_a_key(key) {
        "the given key".to_owned()
    } else {
        format!("id or name {:?}", key)
    };
    let target = match candidates.as_slice() {
        [] => {
            return Err(Error::not_found(format!("no API key matches {asked}"))
                .hint("see `flowadmin api-key list --all`"));
        }
        [one] => *one,
        many => {
            let list: Vec<String> = many
                .iter()
                .map(|k| {
                    format!(
                        "{} ({})",
                        k.id.chars().take(8).collect::<String>(),
                        escape(k.owner.as_deref().unwrap_or("?"))
                    )
                })
                .collect();
            return Err(Error::usage(format!(
                "{} keys match {asked}: {}; give the id (or --user) instead; nothing changed",
                many.len(),
                list.join(", ")
            )));
        }
    };
    let label = format!(
        "{:?} of {} (id {})",
        target.name.as_deref().unwrap_or(""),
        escape(target.owner.as_deref().unwrap_or("?")),
        dashed_uuid(&target.id)
    );
    let question = format!("Revoke key {label}? Anything using it stops working");
    if !prompt::confirm(
        settings.output.yes,
        ctx.term.interactive(),
        &format!("revoking key {label}"),
        &question,
    )? {
        out.note("nothing changed");
        return Ok(());
    }
    let actor = crate::ops::Actor::new(None, settings.auth.authz_audit_enabled, db.schema());
    crate::ops::transaction(&mut db, true, &actor, |tx| {
        crate::ops::api_keys::revoke_api_key(tx, &target.id)
    })?;
    crate::ui::output::record_commit("the API key was revoked", &[], 0);
    if out.json_mode() {
        out.json(&json!({ "revoked": dashed_uuid(&target.id), "name": target.name, "owner": target.owner }))?;
    } else {
        out.line(format!("revoked key {label}"))?;
    }
    Ok(())
}
