//! `flowadmin secret-key ...`: one file per subcommand, over the key-change
//! engine ([`crate::keychange`]), plus what both products' `rotate` read
//! from the command line.

mod check;
mod generate;
mod rollback;
mod rotate;

use crate::cli::SecretKeyCommand;
use crate::error::{Error, Result};
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, command: &SecretKeyCommand) -> Result<()> {
    match command {
        SecretKeyCommand::Generate(args) => generate::run(ctx, args),
        SecretKeyCommand::Rotate(args) => rotate::run(ctx, args),
        SecretKeyCommand::Check(args) => check::run(ctx, args),
        SecretKeyCommand::Rollback(args) => rollback::run(ctx, args),
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
