//! `flowadmin secret-key ...`: one file per subcommand, over the key-change
//! engine ([`crate::keychange`]), plus what both products' `rotate` read
//! from the command line.

mod check;
mod generate;
mod rollback;
mod rotate;

use crate::cli::SecretKeyCommand;
use crate::error::{Error, Result};
use crate::keychange::ColumnStats;
use crate::settings::Settings;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, command: &SecretKeyCommand) -> Result<()> {
    match command {
        SecretKeyCommand::Generate(args) => generate::run(ctx, args),
        SecretKeyCommand::Rotate(args) => rotate::run(ctx, args),
        SecretKeyCommand::Check(args) => check::run(ctx, args),
        SecretKeyCommand::Rollback(args) => rollback::run(ctx, args),
    }
}

/// The value of `--new-key-env VAR` (set and not empty).
pub(crate) fn new_key_env<'a>(settings: &'a Settings, var: &str) -> Result<&'a str> {
    settings
        .env()
        .get(var)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| {
            Error::not_found(format!(
                "--new-key-env {var}: that environment variable is not set"
            ))
            .hint("export it (or use --new-key-file)")
        })
}

/// A given new key that `doctor` would flag is refused (exit 2) unless
/// `--allow-weak-key`: every secret would be only as safe as it.
pub(crate) fn refuse_weak_key(text: &str, allow: bool) -> Result<()> {
    match crate::crypto::weakness(text) {
        Some(why) if !allow => Err(Error::usage(format!(
            "the new key is weak: {why}, so nothing was changed"
        ))
        .hint("let flowadmin generate one (omit --new-key-file/--new-key-env), or pass --allow-weak-key")),
        _ => Ok(()),
    }
}

/// A new Langflow key that some `cryptography` release Langflow allows
/// refuses (`+` or `/`, the `openssl rand -base64 32` style) is refused
/// (exit 2) whatever other flag is given: with it, an upgrade of that Python
/// package would lock the deployment out of every secret. The hint says how
/// to spell it url-safe, never the key.
pub(crate) fn refuse_partial_key(key: &crate::crypto::SecretKey) -> Result<()> {
    let readers = key.readers();
    if readers.is_all() {
        return Ok(());
    }
    let refused = crate::crypto::join_labels(&readers.missing());
    let hint = match key.url_safe_equivalent() {
        Some(_) => {
            "give its url-safe spelling, which every release accepts (`+` as `-`, `/` as `_`, no white space: `tr '+/' '-_'`), or let flowadmin generate one (omit --new-key-file/--new-key-env)"
        }
        None => {
            "let flowadmin generate one (omit --new-key-file/--new-key-env), or give 32 random bytes in url-safe base64 (`flowadmin secret-key generate`)"
        }
    };
    Err(Error::usage(format!(
        "the new key is refused by {refused} (one of the cryptography releases Langflow 1.13 allows), so a Langflow running with it would open no secret; nothing was changed"
    ))
    .hint(hint))
}

/// The one error line of a rotation that left values behind (exit 5): the
/// report above names them.
pub(crate) fn not_all_current(totals: &ColumnStats, failed: usize, written: bool) -> Error {
    Error::key(format!(
        "{} value(s) {} not under the new key ({} skipped, {failed} failed)",
        totals.skipped + failed as u64,
        if written { "are" } else { "would be" },
        totals.skipped
    ))
    .hint("re-encrypt them with `flowadmin secret-key rotate --old-key-file <the key they were written with>`")
    .after_report()
}
