//! Langflow's settings as Langflow itself resolves them (lfx 1.13
//! `services/settings`): the config dir, the database, the secret key and the
//! auth settings, each with the rule that decided it so `db locate` can say why.
//!
//! Inputs are a snapshot of the environment ([`Env`]: the process environment
//! with an optional `.env` file laid over it, as `langflow run --env-file`
//! does) and the global flags; nothing here reads the process environment
//! directly, so every rule is testable.

pub mod dotenv;
pub mod flowfile;
mod pyenv;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::crypto::SecretKey;
use crate::error::{Error, Result};

/// The environment flowadmin resolves settings from.
#[derive(Debug, Clone, Default)]
pub struct Env {
    vars: BTreeMap<String, String>,
    /// Names whose value came from the `.env` file.
    from_file: BTreeMap<String, PathBuf>,
    /// The files laid over the environment, in order.
    files: Vec<PathBuf>,
    /// Process values a file replaced (an audit compares the two).
    shadowed: BTreeMap<String, String>,
    /// Statements of the files that do not parse (skipped, as Langflow does).
    skipped: Vec<String>,
    /// Process variables whose name or value is not UTF-8 (names shown
    /// lossily): [`Env::refuse_unreadable`] stops on the ones read.
    not_utf8: Vec<String>,
}

/// Prefixes and names of the variables flowadmin (and the products) read.
const READ_PREFIXES: [&str; 4] = ["LANGFLOW_", "FLOWFILE_", "FLOWADMIN_", "PG"];
const READ_NAMES: [&str; 6] = [
    "HOME",
    "XDG_CACHE_HOME",
    "XDG_CONFIG_HOME",
    "APPDATA",
    "LOCALAPPDATA",
    "SECURE_STORAGE_PATH",
];

impl Env {
    pub fn from_process() -> Self {
        let mut env = Env::default();
        for (k, v) in std::env::vars_os() {
            match (k.into_string(), v.into_string()) {
                (Ok(k), Ok(v)) => {
                    env.vars.insert(k, v);
                }
                (k, _) => env.not_utf8.push(match k {
                    Ok(k) => k,
                    Err(k) => k.to_string_lossy().into_owned(),
                }),
            }
        }
        env
    }

    /// A setting flowadmin reads whose process value is not UTF-8 would be
    /// read by Langflow (Python keeps the bytes) but not by flowadmin, which
    /// would then act on another database, folder or key: exit 2, naming
    /// it. A `.env` file that sets the same name replaces it, as it does
    /// for Langflow.
    pub fn refuse_unreadable(&self) -> Result<()> {
        let read = |name: &str| {
            let upper = name.to_ascii_uppercase();
            READ_PREFIXES.iter().any(|p| upper.starts_with(p))
                || READ_NAMES.contains(&upper.as_str())
        };
        match self
            .not_utf8
            .iter()
            .find(|name| read(name) && !self.from_file.contains_key(name.as_str()))
        {
            Some(name) => Err(Error::usage(format!(
                "the environment variable {} is not UTF-8 text, so flowadmin cannot read it as Langflow and Flowfile do (it would act on another database, folder or key)",
                name.escape_debug()
            ))
            .hint("set it to UTF-8 text, or unset it")),
            None => Ok(()),
        }
    }

    pub fn from_pairs<I, K, V>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        Env {
            vars: pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
            ..Env::default()
        }
    }

    /// Lays a dotenv file over the environment: its values win, as with
    /// `langflow run --env-file` (python-dotenv's `load_dotenv(override=True)`,
    /// read as it reads it: see [`dotenv`]). A key with no `=` sets nothing;
    /// statements that do not parse are skipped, as Langflow skips them,
    /// and listed in [`Env::skipped`].
    pub fn overlay_file(&mut self, path: &Path) -> Result<()> {
        let bytes = std::fs::read(path).map_err(|e| env_file_io_error(path, e))?;
        let text = String::from_utf8(bytes).map_err(|_| {
            Error::usage(format!(
                "env file {} is not UTF-8 text, so Langflow cannot read it either (it stops at start)",
                path.display()
            ))
            .hint("save it as UTF-8, or drop --env-file")
        })?;
        let parsed = dotenv::parse(&dotenv::normalize(&text));
        for line in parsed.skipped_lines {
            self.skipped.push(format!(
                "warning: line {line} of {} does not parse; Langflow (python-dotenv) skips it, and so does flowadmin",
                path.display()
            ));
        }
        let process = |name: &str| self.vars.get(name).cloned();
        let loaded = dotenv::interpolate(parsed.bindings, &process);
        for (k, v) in loaded {
            let Some(v) = v else { continue };
            let from_process = !self.from_file.contains_key(&k);
            self.from_file.insert(k.clone(), path.to_path_buf());
            if let Some(old) = self.vars.insert(k.clone(), v)
                && from_process
            {
                self.shadowed.insert(k, old);
            }
        }
        self.files.push(path.to_path_buf());
        Ok(())
    }

    /// Warnings about statements of the `.env` files that were skipped.
    pub fn skipped(&self) -> &[String] {
        &self.skipped
    }

    /// The `.env` files laid over the environment.
    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }

    /// The process environment's value of `name` when a `.env` file
    /// replaced it with another.
    pub fn shadowed(&self, name: &str) -> Option<&str> {
        self.shadowed
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .filter(|v| self.get(name) != Some(v))
    }

    /// A variable by exact name, else (as pydantic-settings matches
    /// `LANGFLOW_*` names case-insensitively) by any case.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.entry(name).map(|(_, v)| v)
    }

    fn entry(&self, name: &str) -> Option<(&str, &str)> {
        if let Some((k, v)) = self.vars.get_key_value(name) {
            return Some((k, v));
        }
        self.vars
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// A non-empty variable (Langflow treats an empty value as unset for
    /// paths, URLs and keys) and where it came from.
    pub fn non_empty(&self, name: &str) -> Option<(String, Source)> {
        let (key, value) = self.entry(name)?;
        if value.is_empty() {
            return None;
        }
        let source = match self.from_file.get(key) {
            Some(path) => Source::EnvFile {
                var: name.to_owned(),
                path: path.clone(),
            },
            None => Source::Env(name.to_owned()),
        };
        Some((value.to_owned(), source))
    }

    /// A boolean setting with Langflow's (pydantic's) spellings.
    pub fn bool(&self, name: &str, default: bool) -> Result<bool> {
        match self.get(name) {
            None => Ok(default),
            Some(value) => parse_bool(value).ok_or_else(|| {
                Error::usage(format!("{name}={value:?} is not a boolean"))
                    .hint("use true/false, 1/0, yes/no or on/off, as Langflow requires")
            }),
        }
    }
}

fn env_file_io_error(path: &Path, e: std::io::Error) -> Error {
    let reason = crate::error::io_reason(&e);
    let text = format!(
        "env file {}: {reason}; give --env-file (or FLOWADMIN_ENV_FILE) the path of a readable .env file, or drop it",
        path.display()
    );
    match e.kind() {
        std::io::ErrorKind::NotFound => Error::not_found(text),
        _ => Error::usage(text),
    }
}

/// pydantic's str-to-bool: these words in any case, nothing else (no spaces).
pub fn parse_bool(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "t" | "yes" | "y" | "on" => Some(true),
        "0" | "false" | "f" | "no" | "n" | "off" => Some(false),
        _ => None,
    }
}

/// Which rule decided a setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(String),
    EnvFile { var: String, path: PathBuf },
    Default(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "the {flag} flag"),
            Source::Env(var) => write!(f, "{var} in the environment"),
            Source::EnvFile { var, path } => write!(f, "{var} in {}", path.display()),
            Source::Default(rule) => f.write_str(rule),
        }
    }
}

/// Langflow's auth settings (prefix `LANGFLOW_`), with 1.13's defaults.
#[derive(Clone)]
pub struct AuthSettings {
    pub auto_login: bool,
    pub superuser: String,
    pub superuser_password: Option<SecretKey>,
    pub enable_superuser_cli: bool,
    pub new_user_is_active: bool,
    pub disable_track_apikey_usage: bool,
    pub superuser_token: Option<SecretKey>,
    /// `LANGFLOW_AUTHZ_AUDIT_ENABLED`: administration changes are recorded
    /// in `authz_audit_log`.
    pub authz_audit_enabled: bool,
}

impl fmt::Debug for AuthSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthSettings")
            .field("auto_login", &self.auto_login)
            .field("superuser", &self.superuser)
            .field("superuser_password", &self.superuser_password.is_some())
            .field("enable_superuser_cli", &self.enable_superuser_cli)
            .field("new_user_is_active", &self.new_user_is_active)
            .field(
                "disable_track_apikey_usage",
                &self.disable_track_apikey_usage,
            )
            .field("superuser_token", &self.superuser_token.is_some())
            .field("authz_audit_enabled", &self.authz_audit_enabled)
            .finish()
    }
}

/// How flowadmin prints.
#[derive(Debug, Clone, Copy, Default)]
pub struct OutputFlags {
    pub json: bool,
    pub quiet: bool,
    pub no_clipboard: bool,
    pub yes: bool,
}

/// A database URL whose Display masks the password, so it can be printed.
#[derive(Clone, PartialEq, Eq)]
pub struct DisplaySafeUrl(String);

impl DisplaySafeUrl {
    pub fn new(url: impl Into<String>) -> Self {
        DisplaySafeUrl(url.into())
    }

    /// The real URL, for connecting only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The URL with every password-like part replaced by `***`. The
    /// user-info is split where the connector splits it
    /// ([`split_userinfo`](crate::storage::pg::url::split_userinfo), as
    /// SQLAlchemy's `make_url`), and everything up to the last `@` before
    /// the path is hidden too, so no byte of a password shows whichever `@`
    /// the operator meant. `#` is no
    /// delimiter (SQLAlchemy keeps it in the password). Also hidden: a
    /// `host:port` whose "port" is not a number (a `user:pw` with no `@`)
    /// and query parameters such as `password` or `sslpassword`. Text that
    /// is not a URL at all is cut at its first `:`.
    fn masked(&self) -> String {
        let url = &self.0;
        let Some((scheme, rest)) = url.split_once("://") else {
            return match url.split_once(':') {
                Some((head, tail)) if !tail.is_empty() => format!("{head}:***"),
                _ => url.clone(),
            };
        };
        if let Some(info) = crate::storage::pg::url::split_userinfo(rest) {
            // A raw `@` left in the host (`r:a@b@host`) is most likely part
            // of what the operator meant as the password: hidden too.
            let path_at = info.after.find(['/', '?']).unwrap_or(info.after.len());
            let (host_part, more) = match info.after.split_at(path_at).0.rfind('@') {
                Some(i) => (info.after.split_at(i + 1).1, true),
                None => (info.after, false),
            };
            let userinfo = if info.password.is_some() || more {
                format!("{}:***", info.user)
            } else {
                info.user.to_owned()
            };
            return format!("{scheme}://{userinfo}@{}", mask_after_userinfo(host_part));
        }
        format!("{scheme}://{}", mask_after_userinfo(rest))
    }
}

/// `host[:port][/db][?query]` with a non-numeric "port" (a `user:password`
/// with no `@`) and password-like query parameters hidden.
fn mask_after_userinfo(rest: &str) -> String {
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let authority = match authority.rsplit_once(':') {
        // host:port is fine; host:anything-else may be user:password.
        Some((head, port))
            if !port.is_empty()
                && !port.chars().all(|c| c.is_ascii_digit())
                && !authority.starts_with('[') =>
        {
            let head = head.split(':').next().unwrap_or(head);
            format!("{head}:***")
        }
        _ => authority.to_owned(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let params: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((k, _)) if is_secret_param(k) => format!("{k}=***"),
                    _ => pair.to_owned(),
                })
                .collect();
            format!("{path}?{}", params.join("&"))
        }
        None => tail.to_owned(),
    };
    format!("{authority}{tail}")
}

/// Query parameters that carry a password (libpq's `password`,
/// `sslpassword`, and any other spelling that says so).
fn is_secret_param(name: &str) -> bool {
    let name = crate::storage::pg::url::unquote(name).to_ascii_lowercase();
    name.contains("password") || name.contains("passwd") || name == "pwd" || name == "pass"
}

impl fmt::Display for DisplaySafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for DisplaySafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DisplaySafeUrl({})", self.masked())
    }
}

/// Where the database is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseLocation {
    Sqlite(PathBuf),
    /// A server database (PostgreSQL): recognised, not served yet.
    Server {
        dialect: String,
        url: DisplaySafeUrl,
    },
}

/// The database flowadmin will use and why.
#[derive(Debug, Clone)]
pub struct DatabaseTarget {
    pub location: DatabaseLocation,
    pub source: Source,
    /// Extra explanation, e.g. a relative path or Langflow's copy rule.
    pub note: Option<String>,
}

impl DatabaseTarget {
    pub fn sqlite_path(&self) -> Result<&Path> {
        match &self.location {
            DatabaseLocation::Sqlite(path) => Ok(path),
            DatabaseLocation::Server { dialect, url } => Err(Error::unsupported(format!(
                "this command does not write to {dialect} databases ({url}) yet; the commands that read do"
            ))
            .hint("run it on a SQLite database (--db PATH)")),
        }
    }
}

impl Settings {
    /// Where and how to connect for a PostgreSQL URL: parsed as SQLAlchemy
    /// parses it, completed from `PG*` variables and `~/.pgpass` as libpq
    /// does (read from this environment snapshot).
    pub fn pg_target(&self, url: &DisplaySafeUrl) -> Result<crate::storage::pg::url::Target> {
        use crate::storage::pg::url::{self, UrlError};
        let bad = |e: UrlError| {
            let text = format!("the PostgreSQL URL {url} cannot be used: {e}");
            match e {
                UrlError::Unsupported(_) => Error::unsupported(text)
                    .hint("connect without a client certificate for now (sslmode=require or verify-full with sslrootcert)"),
                // A setting of flowadmin's, not of the URL.
                UrlError::BadAnswerTimeout(_) => Error::usage(e.to_string())
                    .hint("set FLOWADMIN_PG_TIMEOUT to a whole number of seconds (say 30), or unset it"),
                UrlError::NoUser => Error::usage(text)
                    .hint("name the user in the URL (postgresql://USER@host/database) or set PGUSER"),
                _ => Error::usage(text).hint(
                    "write postgresql://user:password@host:port/database?sslmode=... (percent-encode @ : / in the password)",
                ),
            }
        };
        let parts = url::parse(url.expose()).map_err(bad)?;
        let env = |name: &str| self.env.get(name).map(str::to_owned);
        url::resolve(&parts, &env).map_err(bad)
    }
}

/// Where the secret key would come from (never the key itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// `LANGFLOW_SECRET_KEY` (Langflow also writes it over the key file).
    Env(Source),
    /// The key file, read as is.
    File(PathBuf),
    /// No key yet: Langflow would generate one into this file on start.
    Missing(PathBuf),
    /// The file is empty: Langflow would generate a new key into it.
    EmptyFile(PathBuf),
    /// The file exists but cannot be read.
    Unreadable(PathBuf, String),
}

impl fmt::Display for KeySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeySource::Env(source) => write!(f, "LANGFLOW_SECRET_KEY ({source})"),
            KeySource::File(path) => write!(f, "the key file {}", path.display()),
            KeySource::Missing(path) => write!(
                f,
                "none: {} does not exist (Langflow would generate a new key there on start)",
                path.display()
            ),
            KeySource::EmptyFile(path) => write!(
                f,
                "none: {} is empty (Langflow would generate a new key into it on start)",
                path.display()
            ),
            KeySource::Unreadable(path, why) => {
                write!(
                    f,
                    "the key file {}, which cannot be read ({why})",
                    path.display()
                )
            }
        }
    }
}

impl KeySource {
    pub fn kind(&self) -> &'static str {
        match self {
            KeySource::Env(Source::EnvFile { .. }) => "env-file",
            KeySource::Env(_) => "env",
            KeySource::File(_) => "file",
            KeySource::Missing(_) => "missing",
            KeySource::EmptyFile(_) => "empty-file",
            KeySource::Unreadable(..) => "unreadable",
        }
    }
}

/// All resolved settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub config_dir: PathBuf,
    pub config_dir_source: Source,
    pub auth: AuthSettings,
    pub output: OutputFlags,
    pub allow_unknown_revision: bool,
    env: Env,
    db_flag: Option<String>,
    product_flag: Option<Product>,
    cwd: PathBuf,
}

/// The product whose database and keys a command works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Product {
    Langflow,
    Flowfile,
}

/// What the command line says, as plain values (the `cli` layer fills it
/// from its flags; settings know nothing of clap).
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub db: Option<String>,
    pub config_dir: Option<PathBuf>,
    pub json: bool,
    pub quiet: bool,
    pub no_clipboard: bool,
    pub yes: bool,
    pub allow_unknown_revision: bool,
    pub product: Option<Product>,
}

pub const DB_FILE_NAME: &str = "langflow.db";
pub const SECRET_KEY_FILE: &str = "secret_key";

impl Settings {
    /// Resolves everything that needs no I/O beyond the environment; the
    /// database and key are looked up on demand (they may run `python3` or
    /// read files).
    pub fn resolve(flags: &Flags, env: Env) -> Result<Settings> {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        Self::resolve_in(flags, env, cwd)
    }

    pub fn resolve_in(flags: &Flags, env: Env, cwd: PathBuf) -> Result<Settings> {
        let (config_dir, config_dir_source) = if let Some(dir) = &flags.config_dir {
            (dir.clone(), Source::Flag("--config-dir"))
        } else if let Some((dir, source)) = env.non_empty("LANGFLOW_CONFIG_DIR") {
            (PathBuf::from(dir), source)
        } else {
            let dir = platform_cache_dir(&env).ok_or_else(|| {
                Error::not_found("cannot find the platform cache directory (no home directory)")
                    .hint("set LANGFLOW_CONFIG_DIR or --config-dir")
            })?;
            (
                dir,
                Source::Default("the platform cache directory + langflow".into()),
            )
        };
        // Langflow resolves a relative config dir against its working directory.
        let config_dir = absolutize(&cwd, &config_dir);

        let secret = |name: &str| env.non_empty(name).map(|(v, _)| SecretKey::new(v));
        let auth = AuthSettings {
            auto_login: env.bool("LANGFLOW_AUTO_LOGIN", false)?,
            superuser: env
                .non_empty("LANGFLOW_SUPERUSER")
                .map(|(v, _)| v)
                .unwrap_or_else(|| "langflow".to_owned()),
            superuser_password: secret("LANGFLOW_SUPERUSER_PASSWORD"),
            enable_superuser_cli: env.bool("LANGFLOW_ENABLE_SUPERUSER_CLI", true)?,
            new_user_is_active: env.bool("LANGFLOW_NEW_USER_IS_ACTIVE", false)?,
            disable_track_apikey_usage: env.bool("LANGFLOW_DISABLE_TRACK_APIKEY_USAGE", false)?,
            superuser_token: secret("LANGFLOW_SUPERUSER_TOKEN"),
            authz_audit_enabled: env.bool("LANGFLOW_AUTHZ_AUDIT_ENABLED", false)?,
        };
        let output = OutputFlags {
            json: {
                // Refused here when unparsable; decided by the one rule.
                env.bool("FLOWADMIN_JSON", false)?;
                crate::json_mode(flags.json, &env)
            },
            quiet: flags.quiet || env.bool("FLOWADMIN_QUIET", false)?,
            no_clipboard: flags.no_clipboard || env.bool("FLOWADMIN_NO_CLIPBOARD", false)?,
            yes: flags.yes || env.bool("FLOWADMIN_YES", false)?,
        };
        // Validated now so a bad value fails every command the same way.
        env.bool("LANGFLOW_SAVE_DB_IN_CONFIG_DIR", false)?;
        Ok(Settings {
            config_dir,
            config_dir_source,
            auth,
            output,
            allow_unknown_revision: flags.allow_unknown_revision,
            env,
            db_flag: flags.db.clone(),
            product_flag: flags.product,
            cwd,
        })
    }

    pub fn env(&self) -> &Env {
        &self.env
    }

    /// Which product this run is for, and why: `--product` or
    /// FLOWADMIN_PRODUCT; else the tables of the `--db` file; else Flowfile
    /// when one of Flowfile's settings is set (its database, storage dir,
    /// master key, store or mode) and none of Langflow's (database URL,
    /// config dir, secret key); else Langflow.
    pub fn product(&self) -> Result<(Product, String)> {
        let named = match self.product_flag {
            Some(p) => Some((p, "the --product flag".to_owned())),
            None => match self.env.non_empty("FLOWADMIN_PRODUCT") {
                Some((v, source)) => match v.to_ascii_lowercase().as_str() {
                    "langflow" => Some((Product::Langflow, source.to_string())),
                    "flowfile" => Some((Product::Flowfile, source.to_string())),
                    _ => {
                        return Err(Error::usage(format!(
                            "{source} is {v:?}, which names no product flowadmin knows"
                        ))
                        .hint("use langflow or flowfile"));
                    }
                },
                None => None,
            },
        };
        if let Some(named) = named {
            return Ok(named);
        }
        if let Some(value) = &self.db_flag
            && !value.contains("://")
        {
            let path = absolutize(&self.cwd, Path::new(value));
            if crate::storage::Database::has_tables(
                &path,
                &crate::storage::flowfile::FLOWFILE_TABLES,
            ) {
                return Ok((
                    Product::Flowfile,
                    format!("the tables of {}", path.display()),
                ));
            }
            return Ok((
                Product::Langflow,
                "the --db file is not Flowfile's".to_owned(),
            ));
        }
        let langflow_set = [
            "LANGFLOW_DATABASE_URL",
            "LANGFLOW_CONFIG_DIR",
            "LANGFLOW_SECRET_KEY",
        ]
        .iter()
        .any(|v| self.env.non_empty(v).is_some());
        if !langflow_set {
            for var in [
                "FLOWFILE_DATABASE_URL",
                "FLOWFILE_DB_PATH",
                "FLOWFILE_STORAGE_DIR",
                "FLOWFILE_MASTER_KEY",
                "FLOWFILE_SECURE_STORAGE_PATH",
                "FLOWFILE_MODE",
            ] {
                if let Some((_, source)) = self.env.non_empty(var) {
                    return Ok((Product::Flowfile, source.to_string()));
                }
            }
        }
        Ok((Product::Langflow, "the default".to_owned()))
    }

    pub fn secret_key_path(&self) -> PathBuf {
        self.config_dir.join(SECRET_KEY_FILE)
    }

    /// Where the secret key comes from, without reading more than needed.
    pub fn key_source(&self) -> KeySource {
        if let Some((_, source)) = self.env.non_empty("LANGFLOW_SECRET_KEY") {
            return KeySource::Env(source);
        }
        let path = self.secret_key_path();
        match std::fs::metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => KeySource::Missing(path),
            Err(e) => KeySource::Unreadable(path, e.kind().to_string()),
            Ok(meta) if meta.is_dir() => KeySource::Unreadable(path, "it is a directory".into()),
            Ok(meta) if meta.len() == 0 => KeySource::EmptyFile(path),
            Ok(_) => match std::fs::File::open(&path) {
                Ok(_) => KeySource::File(path),
                Err(e) => KeySource::Unreadable(path, e.kind().to_string()),
            },
        }
    }

    /// The secret key Langflow would use. The file is read as Langflow reads
    /// it: UTF-8 text, not stripped (Python's universal newlines apply).
    pub fn secret_key(&self) -> Result<SecretKey> {
        if let Some((value, _)) = self.env.non_empty("LANGFLOW_SECRET_KEY") {
            return Ok(SecretKey::new(value));
        }
        let source = self.key_source();
        match source {
            KeySource::File(path) => {
                let text = crate::keyfile::read_key_text(&path, "secret key file")?;
                Ok(SecretKey::new(crate::keyfile::as_langflow_reads(&text)))
            }
            KeySource::Unreadable(path, _) => {
                let err = std::fs::read(&path).err().unwrap_or_else(|| {
                    std::io::Error::new(std::io::ErrorKind::PermissionDenied, "unreadable")
                });
                Err(key_file_error(&path, err))
            }
            KeySource::Missing(path) | KeySource::EmptyFile(path) => Err(Error::key(format!(
                "no secret key is configured: LANGFLOW_SECRET_KEY is unset and {} {}",
                path.display(),
                if matches!(self.key_source(), KeySource::EmptyFile(_)) {
                    "is empty"
                } else {
                    "does not exist"
                }
            )).hint(format!("set LANGFLOW_SECRET_KEY, or point --config-dir at the config dir Langflow runs with (it writes secret_key there on first start); for a new database, {} makes one", crate::error::Next::GenerateKeyWrite))),
            KeySource::Env(_) => unreachable!("handled above"),
        }
    }

    /// Resolves the database as Langflow does. Only the package-directory
    /// fallback runs Python (to ask where `langflow` is installed).
    pub fn database(&self) -> Result<DatabaseTarget> {
        if let Some(value) = &self.db_flag {
            return self.database_from_value(value, Source::Flag("--db"));
        }
        if let Some((url, source)) = self.env.non_empty("LANGFLOW_DATABASE_URL") {
            return self.database_from_value(&url, source);
        }
        let save_in_config = self.env.bool("LANGFLOW_SAVE_DB_IN_CONFIG_DIR", false)?;
        let (dir, source) = if save_in_config {
            let source = self
                .env
                .non_empty("LANGFLOW_SAVE_DB_IN_CONFIG_DIR")
                .map(|(_, s)| s)
                .unwrap_or(Source::Default("LANGFLOW_SAVE_DB_IN_CONFIG_DIR".into()));
            (self.config_dir.clone(), source)
        } else {
            let (dir, how) = find_langflow_package(&self.env, &self.cwd)?;
            (
                dir,
                Source::Default(format!(
                    "the installed langflow package ({how}), since LANGFLOW_DATABASE_URL is unset and LANGFLOW_SAVE_DB_IN_CONFIG_DIR is false"
                )),
            )
        };
        let path = dir.join(DB_FILE_NAME);
        let local = self.cwd.join(DB_FILE_NAME);
        // Langflow copies ./langflow.db to the target on its next start when
        // the target is missing, so the data is in ./langflow.db until then.
        if !path.exists() && local.exists() {
            return Ok(DatabaseTarget {
                location: DatabaseLocation::Sqlite(local),
                source,
                note: Some(format!(
                    "{} does not exist yet; Langflow copies ./{DB_FILE_NAME} there on its next start, so flowadmin uses ./{DB_FILE_NAME}",
                    path.display()
                )),
            });
        }
        Ok(DatabaseTarget {
            location: DatabaseLocation::Sqlite(path),
            source,
            note: None,
        })
    }

    fn database_from_value(&self, value: &str, source: Source) -> Result<DatabaseTarget> {
        if value.is_empty() {
            return Err(Error::usage(format!("{source} is empty")).hint(
                "give the database file (--db PATH) or a URL (sqlite:////absolute/path.db)",
            ));
        }
        if !value.contains("://") {
            if matches!(source, Source::Flag(_)) {
                let path = absolutize(&self.cwd, Path::new(value));
                return Ok(DatabaseTarget {
                    location: DatabaseLocation::Sqlite(path),
                    source,
                    note: None,
                });
            }
            return Err(bad_url(value, &source));
        }
        let parsed = parse_database_url(value).ok_or_else(|| bad_url(value, &source))?;
        match parsed {
            ParsedUrl::Sqlite(database) => {
                if database.is_empty() || database == ":memory:" {
                    return Err(Error::usage(format!("{source} names an in-memory SQLite database, which holds nothing between runs")).hint("give a file path (sqlite:///path/to/langflow.db)"));
                }
                if database.ends_with('/') {
                    return Err(Error::usage(format!(
                        "{source} names a folder, not a database file"
                    ))
                    .hint(
                        "end the URL with the file name (sqlite:////absolute/path/langflow.db)",
                    ));
                }
                let path = PathBuf::from(&database);
                let note = path.is_relative().then(|| {
                    format!("{database} is relative, so it is taken from the current directory, as Langflow takes it from its own")
                });
                Ok(DatabaseTarget {
                    location: DatabaseLocation::Sqlite(absolutize(&self.cwd, &path)),
                    source,
                    note,
                })
            }
            ParsedUrl::Server(dialect) => Ok(DatabaseTarget {
                location: DatabaseLocation::Server {
                    dialect,
                    url: DisplaySafeUrl::new(value),
                },
                source,
                note: None,
            }),
        }
    }
}

fn key_file_error(path: &Path, err: std::io::Error) -> Error {
    Error::key(format!(
        "cannot read the secret key file {} ({})",
        path.display(),
        err.kind()
    ))
    .hint("run flowadmin as the user Langflow runs as, or set LANGFLOW_SECRET_KEY")
}

fn bad_url(value: &str, source: &Source) -> Error {
    let shown = DisplaySafeUrl::new(value);
    if value.starts_with("postgres://") || value.starts_with("postgresql+psycopg2://") {
        let scheme = value.split("://").next().unwrap_or_default();
        return Error::usage(format!("{source} ({shown}) uses the scheme {scheme}://, which Langflow 1.13's own settings validation refuses at start too")).hint("write postgresql:// (or postgresql+psycopg://) instead");
    }
    Error::usage(format!("{source} is not a database URL Langflow accepts ({shown})")).hint("use sqlite:///relative/path.db, sqlite:////absolute/path.db or postgresql://user:password@host/db")
}

enum ParsedUrl {
    /// The `database` part of a `sqlite[+driver]://` URL, as SQLAlchemy reads it.
    Sqlite(String),
    Server(String),
}

/// Parses the URL forms SQLAlchemy accepts for the dialects Langflow supports.
fn parse_database_url(url: &str) -> Option<ParsedUrl> {
    let (scheme, rest) = url.split_once("://")?;
    let dialect = scheme.split('+').next()?;
    if dialect.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '_')
    {
        return None;
    }
    match dialect {
        "sqlite" => {
            // sqlite:///x -> "x"; sqlite:////abs -> "/abs"; the query is dropped.
            let rest = rest.split('?').next().unwrap_or("");
            if rest.is_empty() {
                return Some(ParsedUrl::Sqlite(String::new()));
            }
            let database = rest.strip_prefix('/')?;
            Some(ParsedUrl::Sqlite(database.to_owned()))
        }
        // Langflow 1.13 ships psycopg 3 only: the bare scheme or +psycopg.
        "postgresql" if matches!(scheme, "postgresql" | "postgresql+psycopg") => {
            Some(ParsedUrl::Server("PostgreSQL".into()))
        }
        _ => None,
    }
}

fn absolutize(cwd: &Path, path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    }
}

/// platformdirs' `user_cache_dir("langflow", "langflow")`.
fn platform_cache_dir(env: &Env) -> Option<PathBuf> {
    if cfg!(target_os = "windows") {
        return dirs::cache_dir().map(|d| d.join("langflow").join("langflow").join("Cache"));
    }
    if cfg!(any(target_os = "macos", target_os = "ios")) {
        return dirs::cache_dir().map(|d| d.join("langflow"));
    }
    // As platformdirs 4 (`_xdg.py`): XDG_CACHE_HOME exactly as set when it
    // is absolute (not trimmed; a relative one is ignored), else `~/.cache`
    // where `~` is HOME when it is absolute, else (unset, empty, relative)
    // the passwd entry's home; with none absolute Langflow cannot start.
    if let Some(xdg) = env.get("XDG_CACHE_HOME")
        && xdg.starts_with('/')
    {
        return Some(PathBuf::from(xdg).join("langflow"));
    }
    let home = match env.get("HOME") {
        Some(home) if home.starts_with('/') => home.to_owned(),
        _ => passwd_home()?,
    };
    let cache = format!("{}/.cache", home.trim_end_matches('/'));
    Some(PathBuf::from(cache).join("langflow"))
}

/// The current user's home from `/etc/passwd` (what `pwd.getpwuid(getuid())`
/// answers without a directory service), when it is absolute.
fn passwd_home() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        let home = *fields.get(5)?;
        let matches = fields.get(2)?.parse::<u32>().ok()? == uid;
        (matches && home.starts_with('/')).then(|| home.to_owned())
    })
}

/// The directory of the installed `langflow` package and the Python that
/// said so: `FLOWADMIN_PYTHON`, else `$VIRTUAL_ENV/bin/python`, else `python3`.
/// The `langflow` package's folder, and how it was found: read from the
/// interpreter's site-packages when that is certain (no process started),
/// else by asking that interpreter (`FLOWADMIN_LOCATE=python` always asks).
fn find_langflow_package(env: &Env, cwd: &Path) -> Result<(PathBuf, String)> {
    let interpreter = pyenv::interpreter(env);
    let ask_python = env.get("FLOWADMIN_LOCATE") == Some("python");
    if !ask_python && let Some((dir, site)) = pyenv::find_package(env, cwd, &interpreter.path) {
        return Ok((
            dir,
            format!(
                "found in {} of {}, {}, without running Python",
                site.display(),
                interpreter.path.display(),
                interpreter.why
            ),
        ));
    }
    let python = interpreter.path.display().to_string();
    // find_spec does not import langflow (which takes seconds).
    let script = "import importlib.util as u, pathlib\n\
        s = u.find_spec('langflow')\n\
        locs = list(s.submodule_search_locations or []) if s else []\n\
        print(pathlib.Path(locs[0]).resolve() if locs else '')";
    let not_found = |why: String| {
        Error::not_found(format!("cannot find the Langflow database: LANGFLOW_DATABASE_URL is unset, LANGFLOW_SAVE_DB_IN_CONFIG_DIR is false, and {why}")).hint("pass --db PATH, set LANGFLOW_DATABASE_URL, or set VIRTUAL_ENV to Langflow's venv")
    };
    let output = Command::new(&python)
        .arg("-c")
        .arg(script)
        .env_clear()
        .envs(env.vars.iter().filter(|(k, _)| !k.starts_with("LANGFLOW_")))
        .output()
        .map_err(|e| not_found(format!("{python} could not be run ({})", e.kind())))?;
    let dir = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    if !output.status.success() || dir.is_empty() {
        return Err(not_found(format!(
            "{python} has no langflow package installed"
        )));
    }
    Ok((
        PathBuf::from(dir),
        format!("found by {python}, {}", interpreter.why),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(flags: Flags, pairs: &[(&str, &str)]) -> Result<Settings> {
        let mut env: Vec<(&str, &str)> = vec![("HOME", "/home/op")];
        env.extend_from_slice(pairs);
        Settings::resolve_in(
            &flags,
            Env::from_pairs(env.iter().copied()),
            PathBuf::from("/work"),
        )
    }

    #[test]
    fn config_dir_rules() {
        let s = settings(Flags::default(), &[]).unwrap();
        assert_eq!(s.config_dir, PathBuf::from("/home/op/.cache/langflow"));
        let s = settings(Flags::default(), &[("XDG_CACHE_HOME", "/xdg")]).unwrap();
        assert_eq!(s.config_dir, PathBuf::from("/xdg/langflow"));
        let s = settings(Flags::default(), &[("XDG_CACHE_HOME", "rel")]).unwrap();
        assert_eq!(s.config_dir, PathBuf::from("/home/op/.cache/langflow"));
        let s = settings(Flags::default(), &[("LANGFLOW_CONFIG_DIR", "cfg")]).unwrap();
        assert_eq!(s.config_dir, PathBuf::from("/work/cfg"));
        let flags = Flags {
            config_dir: Some("/flag".into()),
            ..Default::default()
        };
        let s = settings(flags, &[("LANGFLOW_CONFIG_DIR", "/env")]).unwrap();
        assert_eq!(s.config_dir, PathBuf::from("/flag"));
        assert_eq!(s.config_dir_source, Source::Flag("--config-dir"));
    }

    #[test]
    fn booleans_take_pydantic_spellings_only() {
        for (v, b) in [
            ("TRUE", true),
            ("yes", true),
            ("1", true),
            ("On", true),
            ("no", false),
            ("0", false),
            ("F", false),
        ] {
            let s = settings(Flags::default(), &[("LANGFLOW_AUTO_LOGIN", v)]).unwrap();
            assert_eq!(s.auth.auto_login, b, "{v}");
        }
        for bad in ["", " true", "2", "enabled"] {
            let err = settings(Flags::default(), &[("LANGFLOW_AUTO_LOGIN", bad)]).unwrap_err();
            assert!(err.kind == crate::error::Kind::Usage, "{bad:?}");
        }
    }

    #[test]
    fn auth_defaults_are_langflow_1_13s() {
        let s = settings(Flags::default(), &[]).unwrap();
        assert!(!s.auth.auto_login);
        assert_eq!(s.auth.superuser, "langflow");
        assert!(s.auth.superuser_password.is_none());
        assert!(s.auth.enable_superuser_cli);
        assert!(!s.auth.new_user_is_active);
        assert!(!s.auth.disable_track_apikey_usage);
        let lower = settings(Flags::default(), &[("langflow_new_user_is_active", "true")]).unwrap();
        assert!(
            lower.auth.new_user_is_active,
            "pydantic-settings ignores case"
        );
    }

    #[test]
    fn url_forms() {
        let db = |url: &str| {
            settings(Flags::default(), &[("LANGFLOW_DATABASE_URL", url)])
                .unwrap()
                .database()
        };
        assert_eq!(
            db("sqlite:///rel/x.db").unwrap().location,
            DatabaseLocation::Sqlite("/work/rel/x.db".into())
        );
        assert_eq!(
            db("sqlite:////abs/x.db?mode=ro").unwrap().location,
            DatabaseLocation::Sqlite("/abs/x.db".into())
        );
        assert_eq!(
            db("sqlite+aiosqlite:///./x.db").unwrap().location,
            DatabaseLocation::Sqlite("/work/./x.db".into())
        );
        for bad in [
            "sqlite:/x.db",
            "foo",
            "postgres://u@h/db",
            "sqlite://",
            "sqlite:///:memory:",
            "mysql://h/db",
        ] {
            assert!(
                matches!(
                    db(bad),
                    Err(Error {
                        kind: crate::error::Kind::Usage,
                        ..
                    })
                ),
                "{bad}"
            );
        }
        let target = db("postgresql://user:p@ss@host:5432/lf").unwrap();
        let DatabaseLocation::Server { url, .. } = target.location else {
            panic!()
        };
        assert_eq!(url.to_string(), "postgresql://user:***@host:5432/lf");
        assert!(!format!("{url:?}").contains("p@ss"));
        for (raw, shown) in [
            (
                "postgresql://h/db?user=u&password=hunter2&sslmode=require",
                "postgresql://h/db?user=u&password=***&sslmode=require",
            ),
            (
                "postgresql://h/db?sslpassword=hunter2#x",
                "postgresql://h/db?sslpassword=***",
            ),
            // #22 item 8: `#`, `/` and `?` are password bytes to SQLAlchemy.
            (
                "postgresql://r:Sup3r#Secret@host/db",
                "postgresql://r:***@host/db",
            ),
            (
                "postgresql://r:a#b@c@host:5/db?x=1",
                "postgresql://r:***@host:5/db?x=1",
            ),
            // SQLAlchemy: user `r@x#y`, no password.
            ("postgresql://r@x#y@host/db", "postgresql://r@x#y@host/db"),
            (
                "postgresql://u@v:pw@host/db",
                "postgresql://u@v:***@host/db",
            ),
            (
                "postgresql://h/db?pass%77ord=hunter2",
                "postgresql://h/db?pass%77ord=***",
            ),
            ("postgresql://user:hunter2/db", "postgresql://user:***/db"),
            ("postgresql://host:5432/db", "postgresql://host:5432/db"),
            ("postgresql:user:hunter2@h", "postgresql:***"),
        ] {
            assert_eq!(DisplaySafeUrl::new(raw).to_string(), shown, "{raw}");
        }
    }

    #[test]
    fn save_db_in_config_dir() {
        let s = settings(
            Flags::default(),
            &[
                ("LANGFLOW_CONFIG_DIR", "/cfg"),
                ("LANGFLOW_SAVE_DB_IN_CONFIG_DIR", "true"),
            ],
        )
        .unwrap();
        assert_eq!(
            s.database().unwrap().location,
            DatabaseLocation::Sqlite("/cfg/langflow.db".into())
        );
    }
}
