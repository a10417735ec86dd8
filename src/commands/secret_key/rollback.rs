//! `flowadmin secret-key rollback STAMP`: a rotation undone by rotating
//! back to the key it replaced. Restoring the database backup instead would
//! drop every value written since (Langflow writes credentials at its first
//! start and login), and copying the old key back would overwrite the only
//! file holding the new one; this re-encrypts every value, old and new,
//! under the old key, in one verified transaction, and keeps the key in
//! force now in a backup.

use crate::cli::{SecretKeyRollbackArgs, SecretKeyRotateArgs};
use crate::crypto::SecretKey;
use crate::error::{Error, Result};
use crate::keyfile;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, args: &SecretKeyRollbackArgs) -> Result<()> {
    let old = key_of(ctx, &args.stamp)?;
    // Run again after it finished: the key in force is already that one.
    if ctx
        .settings
        .secret_key()
        .is_ok_and(|k| k.expose() == old.expose())
    {
        return ctx.out.line(format!(
            "already undone: the key in force is the one the rotation of {} replaced; nothing to do",
            args.stamp
        ));
    }
    let req = SecretKeyRotateArgs {
        new_key_file: None,
        new_key_env: None,
        old_key_files: Vec::new(),
        dry_run: args.dry_run,
        no_backup: args.no_backup,
        skip_undecryptable: false,
        force: args.force,
        // The key Langflow ran with before: whatever it was, it goes back.
        allow_weak_key: true,
    };
    ctx.out.note(format!(
        "rolling back the rotation of {}: every value goes back under the key it replaced",
        args.stamp
    ));
    super::rotate::run_to(ctx, &req, Some(old))
}

/// The key the rotation of `stamp` replaced, exactly as Langflow read it:
/// the key from the environment or an env file when one was kept
/// (`secret_key.backup.<stamp>.env`: it won over the file), else the copy
/// of the key file.
fn key_of(ctx: &Ctx, stamp: &str) -> Result<SecretKey> {
    if stamp.is_empty() || stamp.contains(['/', '\\']) || stamp.starts_with('.') {
        return Err(Error::usage(format!("{stamp:?} is not a rotation's stamp"))
            .hint("give the part after secret_key.backup. of a backup in the config dir"));
    }
    let key_file = ctx.settings.secret_key_path();
    let env_copy = keyfile::backup_path(&key_file, &format!("{stamp}.env"));
    let file_copy = keyfile::backup_path(&key_file, stamp);
    let chosen = if env_copy.exists() {
        env_copy
    } else {
        file_copy
    };
    let text = keyfile::read_key_text(&chosen, "key backup").map_err(|e| {
        Error::not_found(format!(
            "no key backup of a rotation stamped {stamp:?}: {}",
            e.message
        ))
        .hint(format!(
            "list the backups with `ls {}` and give the stamp after secret_key.backup.",
            crate::ui::output::shell_quote(&ctx.settings.config_dir.display().to_string())
        ))
    })?;
    Ok(SecretKey::new(keyfile::as_langflow_reads(&text)))
}
