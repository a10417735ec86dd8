//! `flowadmin api-key create | list | revoke` on Flowfile. A Flowfile key
//! belongs to an API consumer (a service account owned by a user) and works
//! only for the published endpoints that consumer is granted; flowadmin
//! mints `ffk_` + 32 random bytes, stores only its SHA-256 hash and its
//! 12-character prefix, as Flowfile does, and shows the key once.

use serde_json::json;

use crate::cli::{ApiKeyCreateArgs, ApiKeyListArgs, ApiKeyRevokeArgs};
use crate::error::{Error, Result};
use crate::ui::context::Ctx;
use crate::ui::output::escape;

pub fn create(ctx: &Ctx, args: &ApiKeyCreateArgs) -> Result<()> {
    let out = &ctx.out;
    let mut db = super::open_writable(&ctx.settings)?;
    let consumers = db.consumers()?;
    let Some(name) = args.consumer.as_deref() else {
        return Err(
            Error::usage("a Flowfile API key belongs to an API consumer").hint(format!(
                "pass --consumer NAME (consumers here: {})",
                if consumers.is_empty() {
                    "none; create one in Flowfile's API consumers page".to_owned()
                } else {
                    consumers
                        .iter()
                        .map(|c| c.name.clone())
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            )),
        );
    };
    let owner = args.owner.user.as_deref();
    let matching: Vec<_> = consumers
        .iter()
        .filter(|c| c.name == name && owner.is_none_or(|o| c.owner.as_deref() == Some(o)))
        .collect();
    let consumer = match matching.as_slice() {
        [one] => *one,
        [] => {
            return Err(Error::not_found(format!("no API consumer named {name:?}"))
                .hint("see them with `flowadmin api-key list --all`, or create one in Flowfile"));
        }
        _ => {
            return Err(
                Error::usage(format!("several API consumers are named {name:?}"))
                    .hint("pass --user OWNER too"),
            );
        }
    };
    let expires = args
        .expires
        .as_deref()
        .map(crate::expiry::Expiry::parse)
        .transpose()?;
    let key = crate::crypto::flowfile::new_api_key();
    let hash = crate::crypto::api_key_hash(&key);
    let prefix: String = key.chars().take(12).collect();
    let expires_at = expires.map(|e| e.resolve()).transpose()?;
    let id = db.insert_api_key(consumer, &args.name, &hash, &prefix, expires_at.as_deref())?;
    // Flowfile refuses a key whose consumer is disabled or granted nothing.
    if !consumer.enabled {
        out.warn(format!(
            "warning: the consumer {} is disabled: Flowfile refuses this key until it is enabled",
            escape(&consumer.name)
        ));
    }
    if consumer.endpoints == 0 {
        out.warn(format!(
            "warning: the consumer {} is granted no endpoint: Flowfile refuses this key until one is granted",
            escape(&consumer.name)
        ));
    }
    if out.json_mode() {
        out.json(&json!({
            "id": id,
            "name": args.name,
            "consumer": consumer.name,
            "owner": consumer.owner,
            "key": *key,
            "prefix": prefix,
            "expires": expires_at,
        }))?;
    } else if out.stdout_is_tty {
        out.line(format!(
            "API key {:?} for consumer {} (id {id}):\n{}\nShown only once: store it now.",
            escape(&args.name),
            escape(&consumer.name),
            *key
        ))?;
        if !ctx.settings.output.no_clipboard {
            out.line(format!(
                "Clipboard: {}.",
                crate::ui::clipboard::copy_secret(&key)
            ))?;
        }
    } else {
        out.line(&*key)?;
    }
    Ok(())
}

pub fn list(ctx: &Ctx, args: &ApiKeyListArgs) -> Result<()> {
    let db = super::open_readable(&ctx.settings)?;
    let owner = if args.scope.all {
        None
    } else {
        args.scope.user.as_deref()
    };
    let uid = super::user_id(&db, owner)?;
    let keys = db.api_keys(uid)?;
    if ctx.out.json_mode() {
        ctx.out
            .json(&json!({ "keys": keys, "consumers": db.consumers()? }))?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = keys
        .iter()
        .map(|k| {
            vec![
                k.id.to_string(),
                escape(&k.name),
                format!("{}…", escape(&k.prefix)),
                escape(k.consumer.as_deref().unwrap_or("(none)")),
                escape(k.owner.as_deref().unwrap_or("?")),
                if k.enabled { "yes" } else { "no" }.to_owned(),
                crate::ui::output::minute(k.expires_at.as_deref(), "never"),
                crate::ui::output::minute(k.last_used_at.as_deref(), "never"),
            ]
        })
        .collect();
    ctx.out.table(
        &[
            "id",
            "name",
            "key",
            "consumer",
            "owner",
            "enabled",
            "expires",
            "last used",
        ],
        &rows,
    )?;
    ctx.out.note(format!("{} key(s)", keys.len()));
    Ok(())
}

pub fn revoke(ctx: &Ctx, args: &ApiKeyRevokeArgs) -> Result<()> {
    let mut db = super::open_writable(&ctx.settings)?;
    let uid = super::user_id(&db, args.user.as_deref())?;
    let keys = db.api_keys(uid)?;
    let given = args.key.as_str();
    let matching: Vec<_> = if given.starts_with("ffk_") && given.len() > 12 {
        // The whole key: found by its hash, never echoed.
        let id = db.api_key_by_hash(&crate::crypto::api_key_hash(given))?;
        keys.iter().filter(|k| Some(k.id) == id).collect()
    } else {
        keys.iter()
            .filter(|k| k.id.to_string() == given || k.name == given || k.prefix == given)
            .collect()
    };
    let key = match matching.as_slice() {
        [one] => *one,
        [] => {
            return Err(Error::not_found("no Flowfile API key matches")
                .hint("give its id, name or prefix (see `flowadmin api-key list --all`)"));
        }
        many => {
            return Err(
                Error::usage(format!("{} keys match", many.len())).hint("give the key's id")
            );
        }
    };
    db.delete_api_key(key.id)?;
    if ctx.out.json_mode() {
        ctx.out
            .json(&json!({ "id": key.id, "name": key.name, "revoked": true }))?;
    } else {
        ctx.out.line(format!(
            "revoked API key {} (id {}, {}…)",
            escape(&key.name),
            key.id,
            escape(&key.prefix)
        ))?;
    }
    Ok(())
}
