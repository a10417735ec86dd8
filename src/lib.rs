//! flowadmin: administer Langflow and Flowfile deployments from their database and key files.
//!
//! `main.rs` parses and maps errors to exit codes; [`run`] dispatches to one
//! module per subcommand under `commands/`. Storage, crypto and settings are
//! modules of their own with small typed APIs.
#![forbid(unsafe_code)]

// The command line: clap types and the assets generated from them.
pub mod cli;
// What faces the person: output, prompts, clipboard, progress.
pub mod ui;
// One module per command group; they call the core below and nothing else.
pub mod commands;
pub mod error;
// The core: settings, storage, crypto, key files, integrity, expiry. None of
// it knows the command line exists.
pub mod crypto;
pub mod expiry;
// The hostile-input readers as fuzz targets (fuzz/, tests/fuzz/).
pub mod fuzzing;
pub mod integrity;
pub mod keychange;
pub mod keyfile;
pub mod keyuse;
// The one writer of the rows Langflow administers, with their guards and audit.
pub mod ops;
pub mod outfile;
pub mod settings;
pub mod state;
pub mod storage;
pub mod text;

use cli::{Cli, Command, DbCommand};
use error::Result;
use settings::{Env, Settings};
use ui::context::{Ctx, Terminal};

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
    env.refuse_unreadable()?;
    Ok(env)
}

/// Whether the output is JSON: `--json`, else FLOWADMIN_JSON in the
/// environment as it stands (the `--env-file` laid over the process's once
/// it is read). The one place this is decided: `main` asks it for the error
/// it prints, the settings for everything else.
pub fn json_mode(flag: bool, env: &Env) -> bool {
    flag || env.bool("FLOWADMIN_JSON", false).unwrap_or(false)
}

/// Runs one parsed command line. `json` says, as soon as it is known,
/// whether an error must also be printed as JSON on stdout.
pub fn run(cli: Cli, json: &mut bool) -> Result<()> {
    *json = json_mode(cli.global.json, &Env::from_process());
    if let Command::Completions(args) = &cli.command {
        return commands::completions::run(args);
    }
    let env = load_env(&cli)?;
    *json = json_mode(cli.global.json, &env);
    let settings = Settings::resolve(&(&cli.global).into(), env)?;
    let ctx = Ctx::new(settings, Terminal::detect());
    for skipped in ctx.settings.env().skipped() {
        ctx.out.warn(skipped);
    }
    // doctor runs on both products itself (and --list-checks on neither).
    if let Command::Doctor(args) = &cli.command {
        return commands::doctor::run(&ctx, args);
    }
    // `db init` makes Langflow's scratch database whatever the product.
    if !matches!(cli.command, Command::Db(DbCommand::Init(_))) {
        let (product, why) = ctx.settings.product()?;
        if product == settings::Product::Flowfile {
            return commands::flowfile::run(&ctx, &cli.command, &why);
        }
    }
    match &cli.command {
        Command::Db(DbCommand::Locate(args)) => commands::db_locate::run(&ctx, args),
        Command::Db(DbCommand::Check(args)) => commands::db_check::run(&ctx, args),
        Command::Db(DbCommand::Init(args)) => commands::db_init::run(&ctx, args),
        Command::Superuser(args) => commands::superuser::run(&ctx, args),
        Command::User(command) => commands::user::run(&ctx, command),
        Command::ApiKey(command) => commands::api_key::run(&ctx, command),
        Command::Variable(command) => commands::variable::run(&ctx, command),
        Command::SecretKey(command) => commands::secret_key::run(&ctx, command),
        Command::State(command) => commands::state::run(&ctx, command),
        Command::Team(command) => commands::rbac::team(&ctx, command),
        Command::Role(command) => commands::rbac::role(&ctx, command),
        Command::Completions(_) | Command::Doctor(_) => unreachable!("handled above"),
    }
}
