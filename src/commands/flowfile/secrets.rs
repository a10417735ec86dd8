//! `flowadmin secret list | get` on Flowfile (the `variable` commands'
//! names): its `secrets` table, each value opened by the owner id inside it,
//! as Flowfile opens a shared secret for a group member.

use std::io::Write;

use serde_json::json;

use super::{open_readable, user_id};
use crate::cli::{VariableGetArgs, VariableListArgs};
use crate::error::{Error, Result};
use crate::ui::context::Ctx;
use crate::ui::output::escape;

pub fn list(ctx: &Ctx, args: &VariableListArgs) -> Result<()> {
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
    let rows = db.secrets(uid)?;
    let key = if args.show_values {
        Some(settings.master_key()?)
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
        return Ok(());
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
    Ok(())
}

pub fn get(ctx: &Ctx, args: &VariableGetArgs) -> Result<()> {
    let settings = &ctx.settings;
    let db = open_readable(settings)?;
    let uid = user_id(&db, args.owner.user.as_deref())?;
    let matches: Vec<_> = db
        .secrets(uid)?
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
    let key = settings.master_key()?;
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
        return Ok(());
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&plain)?;
    if !args.raw {
        stdout.write_all(b"\n")?;
    }
    stdout.flush()?;
    Ok(())
}

/// The owner a write names: `--user`, else Flowfile's only admin, else an error.
fn owner_for_write(
    db: &crate::storage::flowfile::FlowfileDb,
    name: Option<&str>,
) -> Result<crate::storage::flowfile::FlowfileUser> {
    let users = db.users()?;
    if let Some(name) = name {
        return users
            .into_iter()
            .find(|u| u.username == name)
            .ok_or_else(|| {
                Error::not_found(format!("no Flowfile user named {name:?}"))
                    .hint("see `flowadmin user list`")
            });
    }
    let mut admins: Vec<_> = users.into_iter().filter(|u| u.is_admin).collect();
    match admins.len() {
        1 => Ok(admins.remove(0)),
        _ => Err(
            Error::usage("whose secret? Flowfile has no default owner here")
                .hint("pass --user NAME"),
        ),
    }
}

/// `secret set NAME [--user OWNER]`: sealed under the owner's derived key
/// with the `$ffsec$1$<owner id>$` prefix, as Flowfile writes it.
pub fn set(ctx: &Ctx, args: &crate::cli::VariableSetArgs) -> Result<()> {
    use crate::cli::VariableType;
    if matches!(args.kind, Some(VariableType::Generic)) || !args.fields.is_empty() {
        return Err(
            Error::usage("Flowfile's secrets have no type and no default fields")
                .hint("drop --type and --field"),
        );
    }
    // The value first: a bad one is refused before any lock or file is touched.
    let value = crate::commands::variable::set::read_value(ctx, args, VariableType::Credential)?;
    if value.contains('\0') {
        return Err(Error::usage("the value contains a NUL byte").hint("Flowfile stores text"));
    }
    let mut db = super::open_writable(&ctx.settings)?;
    let owner = owner_for_write(&db, args.owner.user.as_deref())?;
    let (_guard, key) = key_for_writing(ctx, &db)?;
    let sealed = key.seal(owner.id, value.as_bytes());
    let (id, created) = db.upsert_secret(owner.id, &args.name, &sealed)?;
    crate::ui::output::record_commit(
        format!(
            "secret {} of {} was {}",
            escape(&args.name),
            escape(&owner.username),
            if created { "created" } else { "updated" }
        ),
        &[],
        0,
    );
    if ctx.out.json_mode() {
        ctx.out.json(
            &json!({ "name": args.name, "owner": owner.username, "id": id, "created": created }),
        )?;
    } else {
        ctx.out.line(format!(
            "{} secret {} of {} (id {id})",
            if created { "created" } else { "updated" },
            escape(&args.name),
            escape(&owner.username)
        ))?;
    }
    Ok(())
}

/// `secret delete NAME [--user OWNER]`: refused while a connection or a
/// share still references it.
pub fn delete(ctx: &Ctx, args: &crate::cli::VariableDeleteArgs) -> Result<()> {
    let mut db = super::open_writable(&ctx.settings)?;
    let owner = owner_for_write(&db, args.owner.user.as_deref())?;
    let rows: Vec<_> = db
        .secrets(Some(owner.id))?
        .into_iter()
        .filter(|s| s.name == args.name)
        .filter(|s| args.id.as_deref().is_none_or(|id| id == s.id.to_string()))
        .collect();
    let secret = match rows.as_slice() {
        [one] => one,
        [] => {
            return Err(Error::not_found(format!(
                "{} has no secret named {:?}",
                owner.username, args.name
            ))
            .hint("see `flowadmin secret list --all`"));
        }
        many => {
            return Err(Error::policy(format!(
                "{} rows are named {:?} for {}",
                many.len(),
                args.name,
                owner.username
            ))
            .hint("pass --id ID (see `flowadmin --json secret list --all`)"));
        }
    };
    let refs = db.secret_references(secret.id)?;
    if !refs.is_empty() {
        return Err(Error::policy(format!(
            "the secret {:?} is still referenced by {}; deleting it would break them",
            secret.name,
            refs.join(", ")
        ))
        .hint("remove those connections or shares in Flowfile first"));
    }
    db.delete_secret(secret.id)?;
    if ctx.out.json_mode() {
        ctx.out
            .json(&json!({ "name": secret.name, "owner": owner.username, "deleted": true }))?;
    } else {
        ctx.out.line(format!(
            "deleted secret {} of {}",
            escape(&secret.name),
            escape(&owner.username)
        ))?;
    }
    Ok(())
}

/// The master key for a write that seals, with the key lock held (a pending
/// rotation settled first); a valid but wrong key is refused, since a secret
/// sealed with it could not be opened by Flowfile.
fn key_for_writing(
    ctx: &Ctx,
    db: &crate::storage::flowfile::FlowfileDb,
) -> Result<(crate::keyfile::KeyLock, crate::crypto::flowfile::MasterKey)> {
    let home = crate::keychange::flowfile::FlowfileHome::new(
        &ctx.settings,
        db,
        super::database_path(&ctx.settings)?,
    );
    let (guard, installed) = crate::keyuse::flowfile::guard_for_encrypting(&home, &ctx.out)?;
    let key = match installed {
        Some(key) => key,
        None => ctx.settings.master_key()?,
    };
    let fit = crate::integrity::flowfile_key_fits(&key, db)?;
    if fit.is_wrong_key() {
        return Err(Error::key(format!(
            "the master key ({}) opens none of the {} encrypted values checked in this database, so a secret written with it could not be decrypted by Flowfile; nothing changed",
            ctx.settings.master_key_source()?,
            fit.checked
        ))
        .hint("configure the key Flowfile runs with (see `flowadmin db locate`)"));
    }
    Ok((guard, key))
}

/// `secret export`: Flowfile's secrets, opened with the master key, sealed
/// into a passphrase bundle (every owner's unless --user).
pub fn export(ctx: &Ctx, args: &crate::cli::VariableExportArgs) -> Result<()> {
    use crate::commands::variable::bundle::{self, Entry};
    let (settings, out) = (&ctx.settings, &ctx.out);
    let wanted = bundle::name_filter(&args.names)?;
    bundle::check_output(ctx, &args.output, args.force)?;
    let db = open_readable(settings)?;
    let owner = if args.scope.all {
        None
    } else {
        args.scope.user.as_deref()
    };
    let rows: Vec<_> = db
        .secrets(user_id(&db, owner)?)?
        .into_iter()
        .filter(|r| wanted(&r.name))
        .collect();
    if rows.is_empty() {
        return Err(Error::not_found("no secret matches; nothing was written")
            .hint("see `flowadmin secret list --all`"));
    }
    let key = settings.master_key()?;
    let mut variables = Vec::with_capacity(rows.len());
    let mut closed = Vec::new();
    for row in &rows {
        let Some(owner) = row.owner.clone() else {
            out.warn(format!(
                "warning: secret {} has no owner (its user is gone); left out",
                escape(&row.name)
            ));
            continue;
        };
        let value = key
            .open(&row.stored)
            .and_then(|plain| String::from_utf8(plain.to_vec()).ok());
        let Some(value) = value else {
            closed.push(format!("{} of {owner}", row.name));
            continue;
        };
        variables.push(Entry {
            name: row.name.clone(),
            kind: "Credential".into(),
            owner,
            value: zeroize::Zeroizing::new(value),
            default_fields: Vec::new(),
            created_at: None,
            updated_at: None,
        });
    }
    crate::commands::variable::export::finish(
        ctx,
        args,
        ("flowfile", "sqlite"),
        variables,
        closed,
        &crate::commands::variable::export::Unopened {
            noun: "secret(s)",
            key: "the master key",
            hint: "configure the master key Flowfile runs with (see `flowadmin db check`)",
        },
    )
}

/// `secret import`: a bundle's variables as secrets, each sealed under its
/// owner's derived key, in one transaction.
pub fn import(ctx: &Ctx, args: &crate::cli::VariableImportArgs) -> Result<()> {
    use crate::commands::variable::{bundle, import};
    let payload = bundle::read(ctx, &args.file, &args.passphrase)?;
    let entries = payload.variables;
    import::validate(&entries)?;
    let mut db = super::open_writable(&ctx.settings)?;
    let users: std::collections::HashMap<String, i64> = db
        .users()?
        .into_iter()
        .map(|u| (u.username, u.id))
        .collect();
    let target = |e: &'_ crate::commands::variable::bundle::Entry| {
        args.user.clone().unwrap_or_else(|| e.owner.clone())
    };
    let missing = import::missing_owners(&entries, args.user.as_deref(), |n| users.contains_key(n));
    if !missing.is_empty() {
        return Err(import::no_such_owners(&missing));
    }
    if entries.iter().any(|e| !e.default_fields.is_empty()) {
        ctx.out
            .note("note: Flowfile's secrets have no default fields; the bundle's are left out");
    }
    let (_guard, key) = key_for_writing(ctx, &db)?;
    let owners: Vec<String> = entries.iter().map(target).collect();
    let rows: Vec<(i64, &str, &str, String)> = entries
        .iter()
        .zip(&owners)
        .map(|(e, owner)| {
            let id = users[owner];
            (
                id,
                owner.as_str(),
                e.name.as_str(),
                key.seal(id, e.value.as_bytes()),
            )
        })
        .collect();
    let outcomes =
        db.import_secrets(&rows, import::on_conflict(args.on_conflict), !args.dry_run)?;
    import::report(ctx, &entries, &owners, &outcomes, args.dry_run)
}
