use serde_json::json;

use crate::cli::ApiKeyListArgs;
use crate::commands::{open_readable, owner};
use crate::crypto::{looks_encrypted, mask_api_key};
use crate::error::Result;
use crate::keyuse::langflow::key_for_reading;
use crate::storage::secrets::dashed_uuid;
use crate::ui::context::Ctx;
use crate::ui::output::minute;

pub fn run(ctx: &Ctx, args: &ApiKeyListArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let (user, all) = (args.scope.user.as_deref(), args.scope.all);
    let db = open_readable(settings)?;
    let owner = if all {
        None
    } else {
        Some(owner(&db, settings, user)?)
    };
    let keys = db.list_api_keys(owner.as_ref().map(|u| u.id.as_str()))?;
    let (_key_guard, keyring) = key_for_reading(settings, db.secrets(), out)?;
    let mut undecryptable = 0;
    let masked: Vec<String> = keys
        .iter()
        .map(|k| {
            if !looks_encrypted(&k.stored) {
                return mask_api_key(&k.stored);
            }
            match keyring.as_ref().and_then(|r| r.decrypt(&k.stored)) {
                Some((_, plain)) => mask_api_key(&String::from_utf8_lossy(&plain)),
                None => {
                    undecryptable += 1;
                    "(does not decrypt)".to_owned()
                }
            }
        })
        .collect();
    if out.json_mode() {
        let rows: Vec<_> = keys
            .iter()
            .zip(&masked)
            .map(|(k, m)| {
                let mut v = json!(k);
                v["id"] = json!(dashed_uuid(&k.id));
                v["key"] = json!(m);
                v
            })
            .collect();
        out.json(&json!(rows))?;
    } else {
        let rows: Vec<Vec<String>> = keys
            .iter()
            .zip(&masked)
            .map(|(k, m)| {
                vec![
                    k.id.chars().take(8).collect::<String>(),
                    k.name.clone().unwrap_or_default(),
                    k.owner.clone().unwrap_or_else(|| "(no owner)".into()),
                    m.clone(),
                    minute(k.created_at.as_deref(), "?"),
                    minute(k.last_used_at.as_deref(), "never"),
                    k.total_uses.to_string(),
                    minute(k.expires_at.as_deref(), "never"),
                    if k.is_active { "yes" } else { "no" }.to_owned(),
                ]
            })
            .collect();
        out.table(
            &[
                "id",
                "name",
                "owner",
                "key",
                "created",
                "last used",
                "uses",
                "expires",
                "active",
            ],
            &rows,
        )?;
        out.note(format!("{} key(s)", keys.len()));
    }
    if undecryptable > 0 {
        out.warn(format!(
            "warning: {undecryptable} key(s) do not decrypt with the configured secret key; see `flowadmin db check`"
        ));
    }
    Ok(())
}
