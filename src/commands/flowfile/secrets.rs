//! `flowadmin secret list | get` on Flowfile (the `variable` commands'
//! names): its `secrets` table, each value opened by the owner id inside it,
//! as Flowfile opens a shared secret for a group member.

use std::io::Write;

use serde_json::json;

use super::{master_key, open_readable, user_id};
use crate::cli::{VariableGetArgs, VariableListArgs};
use crate::error::{Error, Result};
use crate::ui::context::Ctx;
use crate::ui::output::escape;

pub fn list(ctx: &Ctx, args: &VariableListArgs) -> Result<u8> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let db = open_readable(settings)?;
    if args.kind.is_some() {
        return Err(Error::usage("Flowfile's secrets have no type").hint("drop --type"));
    }
    // On Flowfile the default is every owner: there is no configured superuser.
    let owner = if args.scope.all {
        None
    } else {
        args.scope.user.as_deref()
    };
    let uid = user_id(&db, owner)?;
    let rows = db.flowfile_secrets(uid)?;
    let key = if args.show_values {
        Some(master_key(settings)?)
    } else {
        None
    };
    let value_of = |stored: &str| -> Option<String> {
        let key = key.as_ref()?;
        key.open(stored)
            .map(|p| String::from_utf8_lossy(&p).into_owned())
    };
    let show = args.show_values && (out.json_mode() || ctx.term.stdout);
    if out.json_mode() {
        let list: Vec<_> = rows
            .iter()
            .map(|s| {
                let mut v = json!({
                    "id": s.id,
                    "name": s.name,
                    "owner": s.owner,
                    "user_id": s.user_id,
                    "sealed_for": crate::crypto::flowfile::parse(&s.stored).and_then(|p| p.owner),
                });
                if show {
                    v["value"] = json!(value_of(&s.stored));
                }
                v
            })
            .collect();
        out.json(&json!(list))?;
        return Ok(0);
    }
    let mut header = vec!["name", "owner", "id"];
    if show {
        header.push("value");
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|s| {
            let mut row = vec![
                escape(&s.name),
                escape(s.owner.as_deref().unwrap_or("(no owner)")),
                s.id.to_string(),
            ];
            if show {
                row.push(escape(
                    value_of(&s.stored).as_deref().unwrap_or("(does not open)"),
                ));
            }
            row
        })
        .collect();
    out.table(&header, &table)?;
    out.note(format!("{} secret(s)", rows.len()));
    Ok(0)
}

pub fn get(ctx: &Ctx, args: &VariableGetArgs) -> Result<u8> {
    let settings = &ctx.settings;
    let db = open_readable(settings)?;
    let uid = user_id(&db, args.owner.user.as_deref())?;
    let matches: Vec<_> = db
        .flowfile_secrets(uid)?
        .into_iter()
        .filter(|s| s.name == args.name)
        .collect();
    let secret = match matches.as_slice() {
        [one] => one,
        [] => {
            return Err(Error::not_found(format!("no secret named {:?}", args.name))
                .hint("see `flowadmin secret list --all`"));
        }
        many => {
            return Err(Error::usage(format!(
                "{} secrets are named {:?} ({})",
                many.len(),
                args.name,
                many.iter()
                    .map(|s| s.owner.clone().unwrap_or_default())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .hint("pass --user OWNER"));
        }
    };
    let key = master_key(settings)?;
    let plain = key.open(&secret.stored).ok_or_else(|| {
        Error::key(format!(
            "the secret {:?} does not open with the master key ({})",
            secret.name,
            settings
                .master_key_source()
                .map(|s| s.to_string())
                .unwrap_or_default()
        ))
        .hint(
            "check the master key Flowfile runs with (`flowadmin db locate`, `flowadmin db check`)",
        )
    })?;
    if ctx.out.json_mode() {
        ctx.out.json(&json!({
            "name": secret.name,
            "owner": secret.owner,
            "value": String::from_utf8_lossy(&plain),
        }))?;
        return Ok(0);
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&plain)?;
    if !args.raw {
        stdout.write_all(b"\n")?;
    }
    stdout.flush()?;
    Ok(0)
}
