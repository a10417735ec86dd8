//! flowadmin: administer a Langflow server from its database and key files.
//!
//! `main.rs` parses and maps errors to exit codes; [`run`] dispatches to one
//! module per subcommand under `commands/`. Storage, crypto and settings are
//! modules of their own with small typed APIs.
#![forbid(unsafe_code)]

pub mod assets;
pub mod cli;
pub mod clipboard;
pub mod commands;
pub mod crypto;
pub mod error;
pub mod expiry;
pub mod integrity;
pub mod keyfile;
pub mod output;
pub mod prompt;
pub mod settings;
pub mod storage;

use cli::{Cli, Command, DbCommand};
use error::Result;
use output::Output;
use settings::{Env, Settings};

/// Builds the environment snapshot: the process environment with the
/// `--env-file` (or `FLOWADMIN_ENV_FILE`) laid over it.
pub fn load_env(cli: &Cli) -> Result<Env> {
    let mut env = Env::from_process();
    let file = cli.global.env_file.clone().or_else(|| {
        env.get("FLOWADMIN_ENV_FILE")
            .filter(|v| !v.is_empty())
            .map(Into::into)
    });
    if let Some(path) = file {
        env.overlay_file(&path)?;
    }
    Ok(env)
}

/// Runs one parsed command line; returns the exit code.
pub fn run(cli: Cli) -> Result<u8> {
    if let Command::Completions { shell } = cli.command {
        return commands::completions::run(shell);
    }
    let env = load_env(&cli)?;
    let settings = Settings::resolve(&cli.global.flags(), env)?;
    let out = Output::new(settings.output);
    match cli.command {
        Command::Db(DbCommand::Locate) => commands::db_locate::run(&settings, &out),
        Command::Db(DbCommand::Check) => commands::db_check::run(&settings, &out),
        Command::Db(DbCommand::Init { path }) => commands::db_init::run(&out, &path),
        Command::Superuser(args) => commands::superuser::run(&settings, &out, &args),
        Command::User(command) => commands::user::run(&settings, &out, &command),
        Command::ApiKey(command) => commands::api_key::run(&settings, &out, &command),
        Command::Variable(command) => commands::variable::run(&settings, &out, &command),
        Command::SecretKey(command) => commands::secret_key::run(&settings, &out, &command),
        Command::Completions { .. } => unreachable!("handled above"),
    }
}
