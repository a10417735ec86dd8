//! Every command-line option, in one place. Completions and man pages are
//! generated from these same definitions (see `assets`).

use std::path::PathBuf;

pub mod assets;

use clap::{Args, Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Settings come from flags, then --env-file, then the environment, then Langflow's defaults,
exactly as Langflow resolves them. `flowadmin db locate` shows what was resolved and why.
Exit codes: 0 ok, 1 other error, 2 usage, 3 not found, 4 refused by policy,
5 no usable secret key or a value that does not decrypt, 6 database unusable or locked,
7 not supported yet, 8 `doctor` found something at or above --fail-on.";

/// `0.1.0 (commit 1a2b3c4d5e6f)`: the version and the commit it was built
/// from (`-dirty` with uncommitted changes; `unknown` outside a checkout).
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("FLOWADMIN_COMMIT"),
    ")"
);

/// `flowadmin --json --version`: the same, for bug reports.
pub fn version_json() -> serde_json::Value {
    serde_json::json!({
        "name": "flowadmin",
        "version": env!("CARGO_PKG_VERSION"),
        "commit": env!("FLOWADMIN_COMMIT"),
        "target": std::env::consts::ARCH.to_owned() + "-" + std::env::consts::OS,
    })
}

#[derive(Debug, Parser)]
/// Administer Langflow and Flowfile deployments from their database and key files, with no server running.
#[command(name = "flowadmin", version = VERSION, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand takes.
#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    /// Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...)
    /// [env: LANGFLOW_DATABASE_URL]
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub db: Option<String>,

    /// Langflow's config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]
    #[arg(long, global = true, value_name = "DIR")]
    pub config_dir: Option<PathBuf>,

    /// A .env file whose values override the environment, as `langflow run --env-file`
    /// [env: FLOWADMIN_ENV_FILE]
    #[arg(long, global = true, value_name = "FILE")]
    pub env_file: Option<PathBuf>,

    /// Print JSON for scripts [env: FLOWADMIN_JSON]
    #[arg(long, global = true)]
    pub json: bool,

    /// Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]
    #[arg(long, global = true)]
    pub no_clipboard: bool,

    /// Print only what was asked for: no notes (errors and warnings that need action still
    /// show) [env: FLOWADMIN_QUIET]
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Answer yes to confirmations [env: FLOWADMIN_YES]
    #[arg(short, long, global = true)]
    pub yes: bool,

    /// Write even to a database at an Alembic revision flowadmin does not know
    #[arg(long, global = true)]
    pub allow_unknown_revision: bool,

    /// Which product's database and keys: langflow or flowfile (default: found from --db's
    /// tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH,
    /// FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is
    /// set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY)
    /// [env: FLOWADMIN_PRODUCT]
    #[arg(long, global = true, value_enum, value_name = "PRODUCT")]
    pub product: Option<ProductArg>,
}

impl From<&GlobalArgs> for crate::settings::Flags {
    fn from(g: &GlobalArgs) -> Self {
        crate::settings::Flags {
            db: g.db.clone(),
            config_dir: g.config_dir.clone(),
            json: g.json,
            quiet: g.quiet,
            no_clipboard: g.no_clipboard,
            yes: g.yes,
            allow_unknown_revision: g.allow_unknown_revision,
            product: g.product.map(|p| match p {
                ProductArg::Langflow => crate::settings::Product::Langflow,
                ProductArg::Flowfile => crate::settings::Product::Flowfile,
            }),
        }
    }
}

/// The products flowadmin administers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProductArg {
    Langflow,
    Flowfile,
}

/// `--password-stdin`, shared by every command that takes a password.
#[derive(Debug, Args, Clone, Default)]
pub struct PasswordStdin {
    /// Read the password from stdin (one trailing newline is dropped)
    #[arg(long = "password-stdin")]
    pub enabled: bool,
}

/// `--user NAME`: whose rows a command works on.
#[derive(Debug, Args, Clone, Default)]
pub struct OwnerArg {
    /// The owner (default: LANGFLOW_SUPERUSER, else `langflow`)
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
}

/// `--user NAME | --all`, for the list commands.
#[derive(Debug, Args, Clone, Default)]
pub struct UserOrAll {
    /// Only this user's (default: LANGFLOW_SUPERUSER, else `langflow`)
    #[arg(long, value_name = "NAME", conflicts_with = "all")]
    pub user: Option<String>,
    /// Every user's
    #[arg(long)]
    pub all: bool,
}

/// `--auth-token`: a superuser's API key as proof.
#[derive(Args, Clone, Default)]
pub struct AuthToken {
    /// An active superuser's API key as proof; prefer LANGFLOW_SUPERUSER_TOKEN, which stays out
    /// of the process list [env: LANGFLOW_SUPERUSER_TOKEN]
    #[arg(long = "auth-token", value_name = "KEY")]
    pub token: Option<String>,
}

/// Never the key itself: Debug output reaches logs and panics.
impl std::fmt::Debug for AuthToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = self.token.as_ref().map(|_| "<redacted>");
        f.debug_struct("AuthToken").field("token", &shown).finish()
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find, check and create databases
    #[command(subcommand)]
    Db(DbCommand),

    /// Create a superuser, with Langflow's gates (as `langflow superuser`)
    #[command(
        long_about = "Create a superuser and its personal folder, as `langflow superuser` does.\n\n\
        Refused when LANGFLOW_ENABLE_SUPERUSER_CLI is false. With LANGFLOW_AUTO_LOGIN true only one \
        superuser may exist. With it false the first superuser is created freely and any later one \
        needs an active superuser's API key (--auth-token or LANGFLOW_SUPERUSER_TOKEN).\n\n\
        Username: --username, else LANGFLOW_SUPERUSER, else a prompt. Password: --password-stdin, \
        else LANGFLOW_SUPERUSER_PASSWORD, else a hidden prompt asked twice.\n\n\
        On Flowfile: an admin (is_admin), as its docker bootstrap makes one (--username, else \
        FLOWFILE_ADMIN_USER), held to Flowfile's password policy, asked to change it at first login."
    )]
    Superuser(SuperuserArgs),

    /// List, create, activate, deactivate, re-password and delete users (Flowfile: its users table)
    #[command(subcommand)]
    User(UserCommand),

    /// Mint, list and revoke API keys (Flowfile: keys of an API consumer, --consumer NAME)
    #[command(subcommand, name = "api-key")]
    ApiKey(ApiKeyCommand),

    /// Set, get, list, delete and repair global variables (Flowfile: its secrets; alias `secret`)
    #[command(subcommand, visible_alias = "secret")]
    Variable(VariableCommand),

    /// Generate, rotate and check the secret key that encrypts every stored secret (Flowfile: its master key)
    #[command(subcommand, name = "secret-key")]
    SecretKey(SecretKeyCommand),

    /// Declarative administration: export, diff and apply Langflow's AdminState manifest (teams, roles, assignments) offline, in one transaction
    #[command(
        subcommand,
        long_about = "Langflow 1.13's declarative administration (`apiVersion: langflow.ai/v1`, `kind: AdminState`: \
        users, teams, roles, role assignments), worked directly on the database with no server running.\n\n\
        `export` prints the state as `langflow admin export` does, byte for byte. `diff` shows the plan in \
        Langflow's order and keys (exit 3 on drift, 0 on none). `apply` runs the whole plan in ONE \
        transaction: all of it lands or nothing does, with revokes before grants so a role changed within \
        a scope does not stop half-way as Langflow's own apply does. Manifests are validated as strictly as \
        Langflow validates them (exit 2)."
    )]
    State(StateCommand),

    /// List, create, update and delete teams and their members (Langflow 1.13, as `langflow admin teams`)
    #[command(subcommand)]
    Team(TeamCommand),

    /// List, create, update and delete roles; grant and revoke them (Langflow 1.13, as `langflow admin roles`)
    #[command(subcommand)]
    Role(RoleCommand),

    /// Audit the deployment: key drift, auth settings, key strength, file modes, accounts (read-only)
    #[command(
        long_about = "Audit a Langflow or Flowfile deployment, on SQLite or PostgreSQL, without changing a byte.\n\n\
        Key drift: every key flowadmin can find (the environment, --env-file, secret_key, secret_key.new, \
        secret_key.backup.*, Flowfile's master key and its backups, --key-file) is tried on every encrypted \
        value, and shown by a short fingerprint with how many values it opens. Then Langflow's auth settings, \
        the secret key's strength, the modes and owners of key files, .env files, the database and its \
        backups, and stale accounts and API keys.\n\n\
        Findings are grouped by severity (critical, warning, info). `--json` gives a stable schema \
        (\"schema\": 1, documented in the README). Exit 8 when a finding is at or above --fail-on \
        (critical by default)."
    )]
    Doctor(DoctorArgs),

    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions(CompletionsArgs),
}

/// Which findings make `doctor` exit non-zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Critical,
    Never,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Run only this check, or every check in a group (`key`, `auth`...); repeatable
    #[arg(long = "check", value_name = "ID")]
    pub checks: Vec<String>,

    /// Leave out this check or group; repeatable
    #[arg(long = "skip", value_name = "ID")]
    pub skips: Vec<String>,

    /// Exit 8 when a finding has this severity or a higher one
    #[arg(long, value_enum, default_value = "critical", value_name = "SEVERITY")]
    pub fail_on: FailOn,

    /// Accounts and API keys unused for this many days are stale
    #[arg(long, default_value_t = 90, value_name = "DAYS")]
    pub stale_days: u32,

    /// Judge staleness as of this UTC date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS), not now: what will be stale by then
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// Also try the key in this file (an old key kept elsewhere); repeatable
    #[arg(long = "key-file", value_name = "FILE")]
    pub key_files: Vec<PathBuf>,

    /// List every check (id, severity, product) and exit
    #[arg(long)]
    pub list_checks: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write the script for
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Show where the database, config dir and secret key are, and which rule decided each
    #[command(
        long_about = "Show where the database, config dir and secret key are, and which rule decided each.\n\n\
        Works with no database present and never prints the secret key. \
        The database is resolved as Langflow does: --db, LANGFLOW_DATABASE_URL, \
        <config dir>/langflow.db when LANGFLOW_SAVE_DB_IN_CONFIG_DIR is true, \
        else langflow.db in the installed langflow package of FLOWADMIN_PYTHON, \
        $VIRTUAL_ENV/bin/python, the interpreter of the `langflow` command on PATH, or python3, \
        read from its site-packages without starting Python when that is certain (else Python is \
        asked; FLOWADMIN_LOCATE=python always asks)."
    )]
    Locate(DbLocateArgs),

    /// Check that the database is Langflow's and that the secret key opens every encrypted value
    #[command(
        long_about = "Open the database read-only and report: whether it is Langflow's, its Alembic \
        revision and release, journal mode, counts of users, API keys and variables; then whether \
        the configured secret key opens every encrypted value (variables, API keys, store keys, \
        folder auth settings, MCP server configs, connection and trigger secrets, deployment keys, \
        the SSO client secret), naming each one that does not. Values are never printed.\n\n\
        Exits 0 only when every value opens; 5 when any does not or no key is configured."
    )]
    Check(DbCheckArgs),

    /// Create a scratch database with Langflow 1.13's user, apikey, variable and folder tables
    #[command(
        long_about = "Create a scratch SQLite database with Langflow 1.13's user, apikey, variable \
        and folder tables (the DDL of a real 1.13 database), in WAL mode, at the 1.13 head revision, \
        to try flowadmin or to test from nothing. Refuses an existing file. Langflow creates the \
        real database itself on first start."
    )]
    Init(DbInitArgs),
}

#[derive(Debug, Args)]
pub struct DbLocateArgs {}

#[derive(Debug, Args)]
pub struct DbCheckArgs {}

#[derive(Debug, Args)]
pub struct DbInitArgs {
    /// Where to create it (must not exist)
    pub path: PathBuf,
}

#[derive(Debug, Args)]
pub struct SuperuserArgs {
    /// The superuser's name [env: LANGFLOW_SUPERUSER]
    #[arg(long, value_name = "NAME")]
    pub username: Option<String>,

    #[command(flatten)]
    pub password_stdin: PasswordStdin,

    /// (Needed for a second superuser when AUTO_LOGIN is false.)
    #[command(flatten)]
    pub auth_token: AuthToken,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// List users: name, active (or retired), superuser, created, last login, API key count
    List(UserListArgs),

    /// Create an ordinary user (superusers: `flowadmin superuser`)
    Create(UserCreateArgs),

    /// Let a user log in again (idempotent)
    Activate(UserActivateArgs),

    /// Stop a user from logging in and its API keys from working (idempotent)
    Deactivate(UserDeactivateArgs),

    /// Set a user's password (the reset Langflow has no command for)
    SetPassword(UserSetPasswordArgs),

    /// Check a password against a user's stored hash (exit 0 if it matches, 4 if not)
    VerifyPassword(UserVerifyPasswordArgs),

    /// Delete a user and every row that points at it, after showing the plan
    Delete(UserDeleteArgs),
}

/// A user named on the command line.
#[derive(Debug, Args, Clone)]
pub struct UserName {
    /// The user's name (matched ignoring case, as Langflow does)
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct UserListArgs {}

#[derive(Debug, Args)]
pub struct UserCreateArgs {
    /// The new user's name
    pub name: String,
    /// Create it active (default: LANGFLOW_NEW_USER_IS_ACTIVE, false)
    #[arg(long, conflicts_with = "inactive")]
    pub active: bool,
    /// Create it inactive
    #[arg(long)]
    pub inactive: bool,
    #[command(flatten)]
    pub password_stdin: PasswordStdin,
}

impl UserCreateArgs {
    /// `--active`, `--inactive`, or neither (the setting decides).
    pub fn active(&self) -> Option<bool> {
        match (self.active, self.inactive) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        }
    }
}

#[derive(Debug, Args)]
pub struct UserActivateArgs {
    #[command(flatten)]
    pub user: UserName,
}

#[derive(Debug, Args)]
pub struct UserDeactivateArgs {
    #[command(flatten)]
    pub user: UserName,
    /// Allow deactivating the last active superuser
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct UserSetPasswordArgs {
    #[command(flatten)]
    pub user: UserName,
    #[command(flatten)]
    pub password_stdin: PasswordStdin,
}

#[derive(Debug, Args)]
pub struct UserVerifyPasswordArgs {
    #[command(flatten)]
    pub user: UserName,
    #[command(flatten)]
    pub password_stdin: PasswordStdin,
}

#[derive(Debug, Args)]
pub struct UserDeleteArgs {
    #[command(flatten)]
    pub user: UserName,
    /// Print the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Allow deleting the last superuser
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum ApiKeyCommand {
    /// Mint an API key, shown once (and copied to the clipboard on a terminal)
    #[command(long_about = "Mint an API key for a user, shown once.\n\n\
        The owner is --user, else LANGFLOW_SUPERUSER (default `langflow`). A key carries its owner's \
        rights, so with LANGFLOW_AUTO_LOGIN false flowadmin asks for proof: the owner's password \
        (LANGFLOW_SUPERUSER_PASSWORD for the configured superuser, else --password-stdin or a hidden \
        prompt) or an active superuser's API key (LANGFLOW_SUPERUSER_TOKEN or --auth-token). \
        With AUTO_LOGIN true no proof is asked, as in Langflow.\n\n\
        On a terminal the key is shown in a box and copied to the clipboard (best effort; \
        --no-clipboard skips it). Piped, only the key is printed, for KEY=$(flowadmin api-key create). \
        --json prints id, name, owner, key, created and expires. Other keys are never touched.")]
    Create(ApiKeyCreateArgs),

    /// List keys, masked as Langflow shows them (default: the configured superuser's)
    List(ApiKeyListArgs),

    /// Revoke (delete) a key by id, id prefix, name or the key itself, after confirmation
    Revoke(ApiKeyRevokeArgs),
}

#[derive(Debug, Args)]
pub struct ApiKeyCreateArgs {
    #[command(flatten)]
    pub owner: OwnerArg,
    /// Flowfile: the API consumer the key belongs to (its owner owns the key)
    #[arg(long, value_name = "NAME")]
    pub consumer: Option<String>,
    /// The key's name
    #[arg(long, default_value = "CLI")]
    pub name: String,
    /// Expiry: a duration (90s, 30m, 12h, 7d, 2w) or a UTC date/time (2027-01-31, 2027-01-31T12:00:00)
    #[arg(long, value_name = "DURATION|DATE")]
    pub expires: Option<String>,
    /// (The owner's password, as proof.)
    #[command(flatten)]
    pub password_stdin: PasswordStdin,
    #[command(flatten)]
    pub auth_token: AuthToken,
}

#[derive(Debug, Args)]
pub struct ApiKeyListArgs {
    #[command(flatten)]
    pub scope: UserOrAll,
}

#[derive(Debug, Args)]
pub struct ApiKeyRevokeArgs {
    /// A key id (or its first 6+ characters), its name, or the whole key
    /// (sk-..., compared by hash, never printed; prefer a name or id)
    pub key: String,
    /// Only look among this user's keys
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
}

/// Where a bundle's passphrase comes from (never argv).
#[derive(Debug, Args)]
pub struct PassphraseSource {
    /// Read the passphrase from stdin (one trailing newline is dropped)
    #[arg(long)]
    pub passphrase_stdin: bool,
    /// Read the passphrase from this environment variable
    #[arg(long, value_name = "VAR", conflicts_with = "passphrase_stdin")]
    pub passphrase_env: Option<String>,
}

#[derive(Debug, Args)]
pub struct VariableExportArgs {
    #[command(flatten)]
    pub scope: UserOrAll,
    /// Only variables whose name matches this glob (*, ?, [abc]); repeatable
    #[arg(long = "name", value_name = "GLOB")]
    pub names: Vec<String>,
    /// The bundle to write (`-`: stdout, when it is not a terminal)
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub passphrase: PassphraseSource,
}

/// What `variable import` does with a variable the user already has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnConflictArg {
    Skip,
    Overwrite,
    Fail,
}

#[derive(Debug, Args)]
pub struct VariableImportArgs {
    /// The bundle (`-`: stdin, unless --passphrase-stdin)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Give every variable to this user instead of the user of the same name
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// A variable the user already has: fail (write nothing), skip it, or overwrite it
    #[arg(long, value_enum, default_value = "fail", value_name = "WHAT")]
    pub on_conflict: OnConflictArg,
    /// Report what would be created, updated and skipped; write nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub passphrase: PassphraseSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VariableType {
    Credential,
    Generic,
}

impl VariableType {
    /// The `type` column's value.
    pub fn as_stored(self) -> &'static str {
        match self {
            VariableType::Credential => "Credential",
            VariableType::Generic => "Generic",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum VariableCommand {
    /// Create or update a variable; the value comes from stdin, a prompt or an environment variable
    #[command(
        long_about = "Create or update a global variable (one row per owner and name).\n\n\
        The value: --value-env VAR, else --value (Generic only), else stdin when it is not a \
        terminal (one trailing newline dropped unless --raw), else a prompt (hidden for a \
        Credential). Credentials are Fernet-encrypted with the configured secret key; on Langflow \
        1.5 to 1.7 databases Generic values are too, as those releases did. A Generic value may not \
        start with gAAAAA (Langflow reserves it). An update sets updated_at and clears \
        is_environment_managed, so Langflow's start-up import will not overwrite the edit."
    )]
    Set(VariableSetArgs),

    /// Print a variable's plaintext value (then one newline, unless --raw)
    Get(VariableGetArgs),

    /// List variables: name, type, owner, updated, fields, and whether each decrypts
    List(VariableListArgs),

    /// Delete a variable, after confirmation
    Delete(VariableDeleteArgs),

    /// Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)
    #[command(
        long_about = "Write the selected variables (name, type, owner's username, default fields, \
        timestamps and the decrypted value) into a bundle sealed with a passphrase: argon2id \
        derives the key (64 MiB, 3 passes; the costs are in the bundle's header), AES-256-GCM \
        encrypts the payload and authenticates the header. The format is documented in the README.\n\n\
        The passphrase: --passphrase-stdin, else --passphrase-env VAR, else a hidden prompt asked \
        twice; at least 12 characters. The file is written 0600 and atomically; -o - writes to \
        stdout when it is not a terminal. On Flowfile: its secrets."
    )]
    Export(VariableExportArgs),

    /// Store the variables of a sealed bundle under this instance's key, in one transaction
    #[command(
        long_about = "Open a bundle made by `variable export` (a wrong passphrase or a changed byte: \
        exit 5, nothing written), map each variable to the user of the same name (or all to \
        --user), encrypt each value with this database's key as this schema stores it, and write \
        them all in one transaction. A variable the user already has is refused (--on-conflict \
        fail, the default: nothing is written), kept (skip) or replaced (overwrite). --dry-run \
        reports what would happen and writes nothing. Works across backends and products: a \
        Langflow bundle imports into Flowfile as secrets, and back."
    )]
    Import(VariableImportArgs),

    /// Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads
    #[command(
        long_about = "Langflow 1.5 to 1.7 encrypted Generic variables too. After an upgrade to 1.8+, \
        Langflow returns the raw gAAAAA... token as such a variable's value and hides it from its \
        list. repair decrypts these values back to plaintext (the type stays Generic) in one \
        transaction, on a 1.8+ schema. --dry-run counts them and changes nothing."
    )]
    Repair(VariableRepairArgs),
}

#[derive(Debug, Args)]
pub struct VariableSetArgs {
    /// The variable's name, as flows refer to it
    pub name: String,
    /// Credential (encrypted; the default for a new variable) or Generic
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub kind: Option<VariableType>,
    #[command(flatten)]
    pub owner: OwnerArg,
    /// A component field (display name) this variable fills by default; repeatable
    #[arg(long = "field", value_name = "DISPLAY_NAME")]
    pub fields: Vec<String>,
    /// Read the value from this environment variable
    #[arg(long, value_name = "VAR", conflicts_with = "value")]
    pub value_env: Option<String>,
    /// The value itself, for Generic variables only (argv is visible to other users)
    #[arg(long, value_name = "VALUE")]
    pub value: Option<String>,
    /// Keep stdin exactly, trailing newline included
    #[arg(long)]
    pub raw: bool,
    /// Store an empty value (refused otherwise: an empty stdin is usually a failed pipeline)
    #[arg(long)]
    pub allow_empty: bool,
}

#[derive(Debug, Args)]
pub struct VariableGetArgs {
    /// The variable's name
    pub name: String,
    #[command(flatten)]
    pub owner: OwnerArg,
    /// Print the value exactly, with no newline after it
    #[arg(long)]
    pub raw: bool,
}

#[derive(Debug, Args)]
pub struct VariableListArgs {
    #[command(flatten)]
    pub scope: UserOrAll,
    /// Include values (on a terminal, or with --json)
    #[arg(long)]
    pub show_values: bool,
    /// Only variables of this type
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub kind: Option<VariableType>,
}

#[derive(Debug, Args)]
pub struct VariableDeleteArgs {
    /// The variable's name
    pub name: String,
    #[command(flatten)]
    pub owner: OwnerArg,
    /// Delete this row (dashed or plain id) when several share the name
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
}

#[derive(Debug, Args)]
pub struct VariableRepairArgs {
    /// Count and check, change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KeyFormat {
    /// LANGFLOW_SECRET_KEY=<key>
    Env,
    /// The key alone
    Raw,
    /// {"LANGFLOW_SECRET_KEY": "<key>"}
    Json,
}

#[derive(Debug, Subcommand)]
pub enum SecretKeyCommand {
    /// Make a new key (token_urlsafe(32), 43 characters); --write puts it in <config dir>/secret_key
    #[command(
        long_about = "Make a new secret key: 32 bytes from the OS generator as URL-safe base64 \
        (43 characters), what Langflow generates itself. Printed as LANGFLOW_SECRET_KEY=<key> (see \
        --format) and copied to the clipboard on a terminal.\n\n\
        --write puts it in <config dir>/secret_key (0600, atomic) instead of printing it; it refuses \
        when that file exists or when the database holds encrypted values, which a new key would \
        make unreadable: use `secret-key rotate` for that."
    )]
    Generate(SecretKeyGenerateArgs),

    /// Re-encrypt every stored secret under a new key, verified before commit, crash-safe
    #[command(
        long_about = "Re-encrypt every encrypted value (variables, API keys, store keys, \
        deployment keys, connection and trigger secrets, folder auth settings, MCP server configs, \
        the SSO client secret) under a new key in one transaction: decrypt with the old key(s), \
        encrypt with the new and check it opens, write it and read it back, then commit. \
        A value that does not open rolls everything back and is named (or is left as it is with \
        --skip-undecryptable). A value already under the new key is skipped, so a rerun is safe.\n\n\
        On disk: a backup of the database (SQLite: a copy, <db>.backup-<UTC stamp>; PostgreSQL: \
        the old value of every changed row as a SQL script, <config dir>/<database>.backup-<UTC \
        stamp>.sql, complete before the commit) and of the key file (secret_key.backup.<UTC \
        stamp>), the new key in secret_key.new (0600), the commit, then secret_key.new renamed over \
        secret_key. A crash at any instant leaves a key that opens every value, and the next rotate \
        or check finishes the job. A key that came from --env-file is rewritten there; one from the \
        process environment must be changed by the operator (the command says so).\n\n\
        Refused while another process has the database open (PostgreSQL: any other session, as a \
        running Langflow keeps idle connections), unless --force; on PostgreSQL it also holds \
        Langflow's start-up advisory lock, so no instance starts meanwhile, and locks the tables \
        that hold secrets, so a writer waits for the commit."
    )]
    Rotate(SecretKeyRotateArgs),

    /// Check that the configured (or given) key opens every encrypted value; finish an interrupted rotation
    Check(SecretKeyCheckArgs),

    /// Undo a rotation: every value back under the key it replaced, nothing written since lost
    #[command(
        long_about = "Undo the rotation of STAMP (the stamp of its secret_key.backup.<STAMP>):         every encrypted value is re-encrypted under the key that rotation replaced, including every         value written since under the new key (Langflow writes some at its first start and login),         so nothing is lost, unlike restoring the database backup. It is a rotation back to that         key, with all of rotate's guarantees: one transaction verified before commit, a backup,         crash safety, refused while another process (PostgreSQL: another session) has the database         open unless --force. The key in force now is kept in a 0600 secret_key.backup.<new stamp>,         and the old key goes back into secret_key (and the --env-file), exactly as it was."
    )]
    Rollback(SecretKeyRollbackArgs),
}

#[derive(Debug, Args)]
pub struct SecretKeyRollbackArgs {
    /// The rotation to undo: the stamp of its secret_key.backup.<STAMP> (see `ls <config dir>`)
    #[arg(value_name = "STAMP")]
    pub stamp: String,
    /// Decrypt and count everything, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Make no backup of the database first
    #[arg(long)]
    pub no_backup: bool,
    /// Roll back even though another process (PostgreSQL: another session) has the database open
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct SecretKeyGenerateArgs {
    /// Write it to <config dir>/secret_key instead of printing it
    #[arg(long)]
    pub write: bool,
    #[arg(long, value_enum, default_value = "env")]
    pub format: KeyFormat,
}

#[derive(Debug, Args)]
pub struct SecretKeyRotateArgs {
    /// The new key, from a file (default: a new generated key, shown once)
    #[arg(long, value_name = "FILE", conflicts_with = "new_key_env")]
    pub new_key_file: Option<PathBuf>,
    /// The new key, from this environment variable
    #[arg(long, value_name = "VAR")]
    pub new_key_env: Option<String>,
    /// Another old key that may open some values (a half-finished rotation); repeatable
    #[arg(long = "old-key-file", value_name = "FILE")]
    pub old_key_files: Vec<PathBuf>,
    /// Decrypt and count everything, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Make no backup of the database (SQLite: its copy; PostgreSQL: the old values)
    #[arg(long)]
    pub no_backup: bool,
    /// Leave values no old key opens as they are (and report them) instead of rolling back
    #[arg(long)]
    pub skip_undecryptable: bool,
    /// Rotate even though another process (PostgreSQL: another session) has the database open
    #[arg(long)]
    pub force: bool,
    /// Accept a given new key that doctor would flag as weak (short or low variety)
    #[arg(long)]
    pub allow_weak_key: bool,
}

#[derive(Debug, Args)]
pub struct SecretKeyCheckArgs {
    /// Check this key instead of the configured one
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

impl From<Shell> for clap_complete::Shell {
    fn from(shell: Shell) -> Self {
        match shell {
            Shell::Bash => clap_complete::Shell::Bash,
            Shell::Zsh => clap_complete::Shell::Zsh,
            Shell::Fish => clap_complete::Shell::Fish,
            Shell::Powershell => clap_complete::Shell::PowerShell,
            Shell::Elvish => clap_complete::Shell::Elvish,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum StateCommand {
    /// Print the deployment's users, teams, roles and assignments as a manifest (as `langflow admin export`)
    Export(StateExportArgs),
    /// Show what `apply` would change, in Langflow's order (exit 3 on drift, 0 on none)
    Diff(StateDiffArgs),
    /// Make the deployment match a manifest, in one transaction (all or nothing)
    Apply(StateApplyArgs),
}

/// The output format of `state export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StateFormat {
    Yaml,
    Json,
}

#[derive(Debug, Args)]
pub struct StateExportArgs {
    /// yaml (the default; json with --json) or json
    #[arg(long, value_enum)]
    pub format: Option<StateFormat>,
    /// Write to FILE (atomically; a FIFO or character device is written into) instead of stdout
    #[arg(
        short = 'o',
        long = "output",
        visible_alias = "file",
        value_name = "FILE"
    )]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists (never the database, a key file, or the env file)
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct StateDiffArgs {
    /// The manifest (YAML, or JSON when the name ends in .json); YAML may add flowadmin's Credentials document after `---`
    pub file: PathBuf,
    /// Also plan removals: memberships and role assignments the manifest does not list (never users, teams or roles)
    #[arg(long)]
    pub prune: bool,
}

#[derive(Debug, Args)]
pub struct StateApplyArgs {
    /// The manifest (YAML, or JSON when the name ends in .json); YAML may add flowadmin's Credentials document after `---`
    pub file: PathBuf,
    /// Also remove memberships and role assignments the manifest does not list (never users, teams or roles)
    #[arg(long)]
    pub prune: bool,
    /// Take every step inside the transaction, then roll it back
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask before pruning (needed for --prune when stdin is not a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// The superuser recorded as having made the changes (created_by, assigned_by); default: the first active superuser by name
    #[arg(long = "as", value_name = "USERNAME")]
    pub actor: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// List the teams, with their manual members
    List(TeamListArgs),
    /// Create a team
    Create(TeamCreateArgs),
    /// Change a team's slug, name, description or state
    Update(TeamUpdateArgs),
    /// Delete a team and its memberships (never its users)
    Delete(TeamDeleteArgs),
    /// Add a user to a team (a manual membership)
    AddMember(TeamMemberArgs),
    /// Remove a user's manual membership of a team
    RemoveMember(TeamMemberArgs),
}

#[derive(Debug, Args)]
pub struct TeamListArgs {}

/// Active or disabled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StateArg {
    Active,
    Disabled,
}

#[derive(Debug, Args)]
pub struct TeamCreateArgs {
    /// The team's unique slug (adom_name)
    pub adom_name: String,
    /// Its display name (default: the slug)
    #[arg(long)]
    pub display_name: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    #[arg(long, value_enum, default_value = "active")]
    pub state: StateArg,
}

#[derive(Debug, Args)]
pub struct TeamUpdateArgs {
    /// The team's slug (adom_name)
    pub adom_name: String,
    /// A new slug
    #[arg(long)]
    pub new_adom_name: Option<String>,
    #[arg(long)]
    pub display_name: Option<String>,
    #[arg(long, conflicts_with = "clear_description")]
    pub description: Option<String>,
    #[arg(long)]
    pub clear_description: bool,
    #[arg(long, value_enum)]
    pub state: Option<StateArg>,
}

#[derive(Debug, Args)]
pub struct TeamDeleteArgs {
    /// The team's slug (adom_name)
    pub adom_name: String,
}

#[derive(Debug, Args)]
pub struct TeamMemberArgs {
    /// The team's slug (adom_name)
    pub adom_name: String,
    /// The user's name
    pub username: String,
}

#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// List the roles (system roles too)
    List(RoleListArgs),
    /// Create a custom role
    Create(RoleCreateArgs),
    /// Change a custom role (system roles cannot be changed)
    Update(RoleUpdateArgs),
    /// Delete a custom role that no one holds
    Delete(RoleDeleteArgs),
    /// Give a user a role, globally or in a workspace or project
    Grant(RoleGrantArgs),
    /// Take a user's manual role assignment away
    Revoke(RoleGrantArgs),
}

#[derive(Debug, Args)]
pub struct RoleListArgs {}

#[derive(Debug, Args)]
pub struct RoleCreateArgs {
    pub name: String,
    /// A permission slug (flow:read, deployment:*, user:manage...); repeatable
    #[arg(short = 'p', long = "permission", value_name = "SLUG")]
    pub permissions: Vec<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// The parent role's name
    #[arg(long)]
    pub parent: Option<String>,
}

#[derive(Debug, Args)]
pub struct RoleUpdateArgs {
    pub name: String,
    #[arg(long)]
    pub new_name: Option<String>,
    /// The new permissions (replacing the old); repeatable
    #[arg(
        short = 'p',
        long = "permission",
        value_name = "SLUG",
        conflicts_with = "clear_permissions"
    )]
    pub permissions: Vec<String>,
    #[arg(long)]
    pub clear_permissions: bool,
    #[arg(long, conflicts_with = "clear_description")]
    pub description: Option<String>,
    #[arg(long)]
    pub clear_description: bool,
    #[arg(long, conflicts_with = "no_parent")]
    pub parent: Option<String>,
    #[arg(long)]
    pub no_parent: bool,
}

#[derive(Debug, Args)]
pub struct RoleDeleteArgs {
    pub name: String,
}

#[derive(Debug, Args)]
pub struct RoleGrantArgs {
    /// The role's name
    pub role: String,
    /// The user
    #[arg(long, required_unless_present = "team")]
    pub user: Option<String>,
    /// A team (not supported by Langflow OSS 1.13: refused)
    #[arg(long, conflicts_with = "user")]
    pub team: Option<String>,
    /// In this workspace (a UUID)
    #[arg(long, value_name = "UUID", conflicts_with = "project")]
    pub workspace: Option<String>,
    /// In this project (a folder's UUID)
    #[arg(long, value_name = "UUID")]
    pub project: Option<String>,
}
