//! `flowadmin user ...`: one file per subcommand.

mod activate;
mod create;
mod delete;
mod list;
mod set_password;
mod verify_password;

use crate::cli::UserCommand;
use crate::error::Result;
use crate::output::Output;
use crate::settings::Settings;

pub fn run(settings: &Settings, out: &Output, command: &UserCommand) -> Result<u8> {
    match command {
        UserCommand::List => list::run(settings, out),
        UserCommand::Create {
            name,
            active,
            inactive,
            password_stdin,
        } => create::run(
            settings,
            out,
            name,
            active_choice(*active, *inactive),
            *password_stdin,
        ),
        UserCommand::Activate { name } => activate::run(settings, out, name, true, false),
        UserCommand::Deactivate { name, force } => {
            activate::run(settings, out, name, false, *force)
        }
        UserCommand::SetPassword {
            name,
            password_stdin,
        } => set_password::run(settings, out, name, *password_stdin),
        UserCommand::VerifyPassword {
            name,
            password_stdin,
        } => verify_password::run(settings, out, name, *password_stdin),
        UserCommand::Delete {
            name,
            dry_run,
            force,
        } => delete::run(settings, out, name, *dry_run, *force),
    }
}

fn active_choice(active: bool, inactive: bool) -> Option<bool> {
    match (active, inactive) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}
