//! `flowadmin api-key create`: the superuser key a backend-only Langflow
//! needs, minted without booting Langflow, and without touching other keys.

use comfy_table::{Table, presets};
use serde_json::json;

use crate::cli::ApiKeyCreateArgs;
use crate::commands::{given_token, key_for_encrypting, open_writable, owner, superuser_by_token};
use crate::crypto::new_api_key;
use crate::error::{Error, Result};
use crate::expiry::Expiry;
use crate::ops::api_keys::NewApiKey;
use crate::settings::Settings;
use crate::storage::apikeys::KeyStorage;
use crate::storage::users::User;
use crate::storage::{Store, now_text};
use crate::ui::clipboard::{self, Copied};
use crate::ui::context::Ctx;
use crate::ui::output::{Output, escape, shell_quote};
use crate::ui::prompt::{self, PasswordSources};

/// Proves the caller may act as `owner` (AUTO_LOGIN off): a superuser's key
/// or the owner's password. Returns how, for the record.
fn prove(ctx: &Ctx, db: &Store, owner: &User, args: &ApiKeyCreateArgs) -> Result<String> {
    let settings = &ctx.settings;
    let auth = &settings.auth;
    if let Some(token) = given_token(ctx, &args.auth_token) {
        let user = superuser_by_token(ctx, db, &token)?;
        return Ok(format!("an API key of superuser {}", user.username));
    }
    let env_password = (owner.username == auth.superuser)
        .then(|| auth.superuser_password.as_ref().map(|p| p.expose()))
        .flatten();
    let interactive = ctx.term.interactive();
    if !args.password_stdin.enabled && env_password.is_none() && !interactive {
        // No proof at all is a refusal by policy (exit 4), like a bad token.
        return Err(Error::policy(format!(
            "a key for {} needs proof while LANGFLOW_AUTO_LOGIN is false: set LANGFLOW_SUPERUSER_TOKEN to a superuser's API key, or give {}'s password with --password-stdin{}",
            owner.username,
            owner.username,
            if owner.username == auth.superuser {
                " or LANGFLOW_SUPERUSER_PASSWORD"
            } else {
                ""
            }
        )));
    }
    let password = prompt::password(PasswordSources {
        stdin: args.password_stdin.enabled,
        interactive,
        env: env_password.map(|p| ("LANGFLOW_SUPERUSER_PASSWORD", Some(p))),
        purpose: format!("user {}", owner.username),
        confirm: false,
    })?;
    if !password.verify(&owner.password_hash) {
        return Err(Error::policy(format!(
            "the password does not match {}'s; nothing changed",
            owner.username
        )));
    }
    Ok(format!("{}'s password", owner.username))
}

/// What is refused before anything is asked: an inactive owner (the
/// operation refuses it too, in its transaction), an expiry the schema
/// cannot hold. Returns the parsed expiry.
fn refuse_early(db: &Store, owner: &User, args: &ApiKeyCreateArgs) -> Result<Option<Expiry>> {
    if !owner.is_active {
        return Err(Error::policy(format!(
            "{} is inactive, so Langflow would refuse its keys",
            escape(&owner.username)
        ))
        .hint(format!(
            "activate it first: flowadmin user activate {}",
            shell_quote(&owner.username)
        )));
    }
    let expiry = args.expires.as_deref().map(Expiry::parse).transpose()?;
    if expiry.is_some() && !db.supports_key_expiry() {
        return Err(Error::unsupported(
            "this database's Langflow release has no key expiry (apikey.expires_at came in 1.10)",
        )
        .hint("drop --expires"));
    }
    Ok(expiry)
}

pub fn run(ctx: &Ctx, args: &ApiKeyCreateArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    if args.consumer.is_some() {
        return Err(Error::usage(
            "--consumer is for Flowfile's API consumers; Langflow keys belong to a user",
        )
        .hint("use --user NAME"));
    }
    let mut db = open_writable(settings)?;
    let owner = owner(&db, settings, args.owner.user.as_deref())?;
    let expiry = refuse_early(&db, &owner, args)?;
    let storage = db.key_storage();
    // The key is needed (and proved to fit this database) before anything
    // is asked or written.
    let (keyring, _key_guard) = match storage {
        KeyStorage::Plaintext => (None, None),
        _ => {
            let (ring, guard) =
                key_for_encrypting(settings, db.secrets(), db.schema(), out, &|| {
                    let owned = db.list_api_keys(Some(&owner.id))?;
                    Ok(owned.into_iter().map(|k| k.stored.0).collect())
                })?;
            (Some(ring), guard)
        }
    };
    let proof = if settings.auth.auto_login {
        "LANGFLOW_AUTO_LOGIN=true (no proof asked, as in Langflow)".to_owned()
    } else {
        prove(ctx, &db, &owner, args)?
    };

    let key = new_api_key();
    let stored = match &keyring {
        Some(ring) => ring.encrypt(key.as_bytes()),
        None => key.to_string(),
    };
    let hash =
        (storage == KeyStorage::EncryptedWithHash).then(|| crate::crypto::api_key_hash(&key));
    // Counted from the moment the key is written.
    let expires_at = expiry.as_ref().map(Expiry::resolve).transpose()?;
    let created = now_text();
    // The API-key route records the owner, whose own request it is.
    let actor = crate::ops::Actor::new(
        Some(owner.id.clone()),
        settings.auth.authz_audit_enabled,
        db.schema(),
    );
    let new = NewApiKey {
        user_id: &owner.id,
        name: &args.name,
        stored: &stored,
        hash: hash.as_deref(),
        expires_at: expires_at.as_deref(),
    };
    let id = crate::ops::transaction(&mut db, true, &actor, |tx| {
        crate::ops::api_keys::create_api_key(tx, &new)
    })?;
    let dashed = crate::storage::secrets::dashed_uuid(&id);
    let shown = show(
        settings,
        out,
        args,
        &owner,
        &key,
        &dashed,
        &created,
        &expires_at,
        &proof,
    );
    // The key is stored and active: if it could not be shown, say how to
    // get rid of it rather than end quietly.
    shown.map_err(|e| {
        let why = if e.is_broken_pipe() {
            "the output was closed".to_owned()
        } else {
            e.to_string()
        };
        Error::other(format!(
            "API key {:?} (id {dashed}) of {} was created and is active, but it could not be shown ({why})",
            args.name,
            escape(&owner.username)
        )).hint(format!("revoke it with `flowadmin api-key revoke {dashed} --yes` and create another"))
    })?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn show(
    settings: &Settings,
    out: &Output,
    args: &ApiKeyCreateArgs,
    owner: &User,
    key: &str,
    dashed: &str,
    created: &str,
    expires_at: &Option<String>,
    proof: &str,
) -> Result<()> {
    if out.json_mode() {
        out.json(&json!({
            "id": dashed,
            "name": args.name,
            "owner": owner.username,
            "key": key,
            "created": created,
            "expires": expires_at,
        }))?;
    } else if out.stdout_is_tty {
        // The key first: the clipboard may be slow or hang (a stale ssh -X
        // display), and the operator must have the key whatever it does.
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_FULL)
            .set_header(vec![format!(
                "API key {:?} for {} (id {dashed})",
                escape(&args.name),
                escape(&owner.username)
            )]);
        table.add_row(vec![key]);
        out.line(table.to_string())?;
        out.line("Shown only once: store it now.")?;
        if let Some(at) = expires_at {
            out.line(format!("Expires {}.", minute_seconds(at)))?;
        }
        let copied = if settings.output.no_clipboard {
            Copied::Skipped
        } else {
            clipboard::copy_secret(key)
        };
        out.line(format!("Clipboard: {copied}."))?;
        out.note(format!("authorized by {proof}"));
    } else {
        // Piped: the key alone, for KEY=$(flowadmin api-key create).
        out.line(key)?;
    }
    Ok(())
}

/// `2027-01-31 12:00:00 UTC` from the stored text (by characters).
fn minute_seconds(stored: &str) -> String {
    format!("{} UTC", stored.chars().take(19).collect::<String>())
}
