//! `flowadmin api-key ...`: one file per subcommand.

mod create;
mod list;
mod revoke;

use crate::cli::ApiKeyCommand;
use crate::error::Result;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, command: &ApiKeyCommand) -> Result<()> {
    match command {
        ApiKeyCommand::Create(args) => create::run(ctx, args),
        ApiKeyCommand::List(args) => list::run(ctx, args),
        ApiKeyCommand::Revoke(args) => revoke::run(ctx, args),
    }
}
