//! `flowadmin variable ...`: one file per subcommand, plus how a stored value
//! reads back (shared by get, list and repair).

pub(crate) mod bundle;
mod delete;
pub(crate) mod export;
mod get;
pub(crate) mod import;
mod list;
mod repair;
pub(crate) mod set;

use zeroize::Zeroizing;

use crate::cli::VariableCommand;
use crate::crypto::{Keyring, looks_encrypted};
use crate::error::{Error, Result};
use crate::storage::Schema;
use crate::storage::variables::VariableRow;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, command: &VariableCommand) -> Result<()> {
    match command {
        VariableCommand::Set(args) => set::run(ctx, args),
        VariableCommand::Get(args) => get::run(ctx, args),
        VariableCommand::List(args) => list::run(ctx, args),
        VariableCommand::Delete(args) => delete::run(ctx, args),
        VariableCommand::Repair(args) => repair::run(ctx, args),
        VariableCommand::Export(args) => export::run(ctx, args),
        VariableCommand::Import(args) => import::run(ctx, args),
    }
}

/// What a stored value reads as.
pub(crate) enum Readback {
    /// Decrypted with the configured key.
    Decrypted(Zeroizing<String>),
    /// Stored as typed (a Generic value on 1.8+).
    Plain(String),
    /// A token the configured key (or no key) cannot open.
    Undecryptable,
}

impl Readback {
    pub fn of(row: &VariableRow, keyring: Option<&Keyring>) -> Readback {
        if !looks_encrypted(&row.stored) {
            return Readback::Plain(row.stored.0.clone());
        }
        match keyring.and_then(|k| k.decrypt(&row.stored)) {
            Some((_, plain)) => match String::from_utf8(plain.to_vec()) {
                Ok(text) => Readback::Decrypted(Zeroizing::new(text)),
                Err(_) => Readback::Undecryptable,
            },
            None => Readback::Undecryptable,
        }
    }

    pub fn opens(&self) -> bool {
        !matches!(self, Readback::Undecryptable)
    }
}

/// A Generic row holding a token on a 1.8+ schema: written by Langflow 1.5 to
/// 1.7, returned raw by Langflow 1.8+.
pub(crate) fn is_legacy_generic(schema: &Schema, row: &VariableRow) -> bool {
    row.kind.as_deref() == Some("Generic")
        && looks_encrypted(&row.stored)
        && !schema.encrypts_generic_variables()
}

/// The one row (owner, name), or a clear error.
pub(crate) fn the_row(mut rows: Vec<VariableRow>, owner: &str, name: &str) -> Result<VariableRow> {
    match rows.len() {
        0 => Err(Error::not_found(format!(
            "{} has no variable named {name:?}",
            crate::ui::output::escape(owner)
        ))
        .hint(format!(
            "see `flowadmin variable list --user {}`",
            crate::ui::output::shell_quote(owner)
        ))),
        1 => Ok(rows.remove(0)),
        n => Err(crate::storage::variables::duplicates(name, n).into()),
    }
}
