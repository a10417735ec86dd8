//! `flowadmin api-key ...`: one file per subcommand.

mod create;
mod list;
mod revoke;

use crate::cli::ApiKeyCommand;
use crate::error::Result;
use crate::output::Output;
use crate::settings::Settings;

pub fn run(settings: &Settings, out: &Output, command: &ApiKeyCommand) -> Result<u8> {
    match command {
        ApiKeyCommand::Create {
            user,
            name,
            expires,
            password_stdin,
            auth_token,
        } => create::run(
            settings,
            out,
            create::Request {
                user: user.as_deref(),
                name,
                expires: expires.as_deref(),
                password_stdin: *password_stdin,
                auth_token: auth_token.as_deref(),
            },
        ),
        ApiKeyCommand::List { user, all } => list::run(settings, out, user.as_deref(), *all),
        ApiKeyCommand::Revoke { key, user } => revoke::run(settings, out, key, user.as_deref()),
    }
}
