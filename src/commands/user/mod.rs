//! `flowadmin user ...`: one file per subcommand.

mod activate;
mod create;
mod delete;
mod list;
mod set_password;
mod verify_password;

use crate::cli::UserCommand;
use crate::error::Result;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, command: &UserCommand) -> Result<()> {
    match command {
        UserCommand::List(args) => list::run(ctx, args),
        UserCommand::Create(args) => create::run(ctx, args),
        UserCommand::Activate(args) => activate::run(ctx, &args.user.name, true, false),
        UserCommand::Deactivate(args) => activate::run(ctx, &args.user.name, false, args.force),
        UserCommand::SetPassword(args) => set_password::run(ctx, args),
        UserCommand::VerifyPassword(args) => verify_password::run(ctx, args),
        UserCommand::Delete(args) => delete::run(ctx, args),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}
