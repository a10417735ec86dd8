//! The commands on a Flowfile database: the same names as for Langflow
//! (`db`, `secret-key`, `variable`, alias `secret`), with Flowfile's
//! settings, master key and tables behind them. One file per subcommand.

mod api_keys;
mod check;
mod generate;
mod locate;
mod rotate;
mod secrets;
mod users;

use crate::cli::{
    ApiKeyCommand, Command, DbCommand, SecretKeyCommand, UserCommand, VariableCommand,
};
use crate::error::{Error, Result};
use crate::storage::flowfile::FlowfileDb;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, command: &Command, why: &str) -> Result<()> {
    match command {
        Command::Db(DbCommand::Locate(_)) => locate::run(ctx, why),
        Command::Db(DbCommand::Check(_)) => check::run(ctx),
        Command::SecretKey(SecretKeyCommand::Check(args)) => check::key_check(ctx, args),
        Command::SecretKey(SecretKeyCommand::Rotate(args)) => rotate::run(ctx, args),
        Command::SecretKey(SecretKeyCommand::Generate(args)) => generate::run(ctx, args),
        Command::Variable(VariableCommand::List(args)) => secrets::list(ctx, args),
        Command::Variable(VariableCommand::Get(args)) => secrets::get(ctx, args),
        Command::Variable(VariableCommand::Set(args)) => secrets::set(ctx, args),
        Command::Variable(VariableCommand::Delete(args)) => secrets::delete(ctx, args),
        Command::Variable(VariableCommand::Export(args)) => secrets::export(ctx, args),
        Command::Variable(VariableCommand::Import(args)) => secrets::import(ctx, args),
        Command::User(UserCommand::List(_)) => users::list(ctx),
        Command::User(UserCommand::Create(args)) => users::create_user(ctx, args),
        Command::User(UserCommand::Activate(args)) => users::activate(ctx, args),
        Command::User(UserCommand::Deactivate(args)) => users::deactivate(ctx, args),
        Command::User(UserCommand::SetPassword(args)) => users::set_password(ctx, args),
        Command::User(UserCommand::VerifyPassword(args)) => users::verify_password(ctx, args),
        Command::User(UserCommand::Delete(args)) => users::delete(ctx, args),
        Command::Superuser(args) => users::create_admin(ctx, args),
        Command::ApiKey(ApiKeyCommand::Create(args)) => api_keys::create(ctx, args),
        Command::ApiKey(ApiKeyCommand::List(args)) => api_keys::list(ctx, args),
        Command::ApiKey(ApiKeyCommand::Revoke(args)) => api_keys::revoke(ctx, args),
        // Every command is named here, so a new one makes the compiler ask
        // for its Flowfile side (or for a line here saying there is none).
        Command::Variable(VariableCommand::Repair(_)) => not_on_flowfile(
            "variable repair (Langflow 1.5-1.7's encrypted Generic values)",
            why,
        ),
        Command::Team(_) | Command::Role(_) => {
            not_on_flowfile("team and role (Langflow 1.13's administration)", why)
        }
        Command::State(_) => not_on_flowfile("state (Langflow's declarative administration)", why),
        Command::SecretKey(SecretKeyCommand::Rollback(_)) => {
            not_on_flowfile("secret-key rollback", why)
        }
        // Handled before the product is chosen (lib.rs).
        Command::Db(DbCommand::Init(_)) | Command::Doctor(_) | Command::Completions(_) => {
            not_on_flowfile("this command", why)
        }
    }
}

fn not_on_flowfile(what: &str, why: &str) -> Result<()> {
    Err(Error::unsupported(format!(
        "{what} does not work on Flowfile databases yet (Flowfile chosen by {why})"
    ))
    .hint("on Flowfile: db locate|check, superuser, user ..., secret set|get|list|delete|export|import, api-key ..., secret-key generate|rotate|check; pass --product langflow for Langflow"))
}

// Opening the catalog is shared with doctor, so it lives in commands/mod.rs.
pub(crate) use super::{
    flowfile_database_path as database_path, open_flowfile_readable as open_readable,
    open_flowfile_writable as open_writable,
};

/// A Flowfile user id by name (`--user`), or every user (`None`).
pub(crate) fn user_id(db: &FlowfileDb, name: Option<&str>) -> Result<Option<i64>> {
    let Some(name) = name else {
        return Ok(None);
    };
    db.users()?
        .into_iter()
        .find(|u| u.username == name)
        .map(|u| Some(u.id))
        .ok_or_else(|| {
            Error::not_found(format!("no Flowfile user named {name:?}"))
                .hint("see the owners with `flowadmin secret list --all`")
        })
}
