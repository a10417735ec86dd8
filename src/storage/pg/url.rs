//! A PostgreSQL URL as Langflow 1.13 takes it: parsed the way SQLAlchemy's
//! `make_url` parses it (the password ends at the *first* `@`; user and
//! password are percent-decoded, the query is form-decoded), then completed
//! the way libpq completes what psycopg hands it (query parameters, then the
//! URL's parts, then `PG*` variables, then `~/.pgpass` for the password).
//! Nothing here connects; the password never reaches `Debug`.

use std::fmt;
use std::path::PathBuf;

use zeroize::Zeroizing;

/// Why a URL cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("it does not parse as a URL (scheme://user:password@host:port/database?options)")]
    Malformed,
    /// The text is kept out of the message: a `user:password` with no `@`
    /// parses as `host:port`, so the "port" may be a password.
    #[error(
        "its port is not a number from 1 to 65535 (a password with no @ after it reads as a port)"
    )]
    BadPort,
    #[error("sslmode={0:?} is not one of disable, allow, prefer, require, verify-ca, verify-full")]
    BadSslMode(String),
    #[error("connect_timeout={0:?} is not a whole number of seconds")]
    BadTimeout(String),
    #[error("FLOWADMIN_PG_TIMEOUT={0:?} is not a whole number of seconds above 0")]
    BadAnswerTimeout(String),
    #[error("the option {0:?} is not a libpq connection option")]
    UnknownOption(String),
    #[error("the option {0:?} (client certificates) is not supported yet")]
    Unsupported(String),
    #[error(
        "it names no user, PGUSER is not set, and the account this process runs as has no name (libpq: could not look up local user ID)"
    )]
    NoUser,
}

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Allow,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    pub fn parse(text: &str) -> Result<SslMode, UrlError> {
        Ok(match text {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => return Err(UrlError::BadSslMode(other.to_owned())),
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    /// Whether the server's certificate chain is checked.
    pub fn verifies(self) -> bool {
        matches!(self, SslMode::VerifyCa | SslMode::VerifyFull)
    }
}

/// The pieces of the URL itself, before any default.
#[derive(Default, PartialEq, Eq)]
pub struct UrlParts {
    pub user: Option<String>,
    pub password: Option<Zeroizing<String>>,
    pub host: Option<String>,
    pub port: Option<String>,
    pub database: Option<String>,
    /// Query parameters, decoded, in order.
    pub query: Vec<(String, String)>,
}

impl fmt::Debug for UrlParts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UrlParts")
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("host", &self.host)
            .field("port", &self.port)
            .field("database", &self.database)
            .field(
                "query",
                &self
                    .query
                    .iter()
                    .map(|(k, v)| (k.as_str(), if is_secret(k) { "***" } else { v.as_str() }))
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

fn is_secret(key: &str) -> bool {
    key.contains("password") || key == "passfile"
}

/// `%XX` decoded, as Python's `unquote` (invalid escapes kept, bytes that
/// are not UTF-8 replaced).
pub fn unquote(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(Some(h)), Some(Some(l))) = (
                bytes.get(i + 1).map(|b| hex(*b)),
                bytes.get(i + 2).map(|b| hex(*b)),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Python's `parse_qsl`: `&`-separated `key=value` pairs, `+` as a space,
/// percent-decoded; pairs with no `=` are dropped, as it drops them.
fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (unquote(&k.replace('+', " ")), unquote(&v.replace('+', " "))))
        .collect()
}

/// The `user[:password]@` of a URL (the text after `scheme://`), raw.
pub struct UserInfo<'a> {
    pub user: &'a str,
    pub password: Option<&'a str>,
    /// What follows the `@`: host, port, path, query.
    pub after: &'a str,
}

/// Where SQLAlchemy's `(?P<username>[^:/]*)(?::(?P<password>[^@]*))?@`
/// splits, backtracking included: the username runs to the first `:` or
/// `/`; after a `:` the password runs to the *first* `@`; with no password
/// the username ends at the *last* `@` before that `:` or `/` (so
/// `r@x@host` is user `r@x`, and `r:a@b@host` is password `a`, host
/// `b@host`). None when the URL has no user-info. The masker splits here
/// too, so it hides exactly what the connector sends.
pub fn split_userinfo(rest: &str) -> Option<UserInfo<'_>> {
    let (user_part, tail) = rest.split_at(rest.find([':', '/']).unwrap_or(rest.len()));
    if let Some(after_colon) = tail.strip_prefix(':')
        && let Some((password, after)) = after_colon.split_once('@')
    {
        return Some(UserInfo {
            user: user_part,
            password: Some(password),
            after,
        });
    }
    let (user, _) = user_part.rsplit_once('@')?;
    Some(UserInfo {
        user,
        password: None,
        after: rest.split_at(user.len() + 1).1,
    })
}

/// Splits a `postgresql[+psycopg]://` URL as SQLAlchemy's `_parse_url` does.
pub fn parse(url: &str) -> Result<UrlParts, UrlError> {
    let (_, rest) = url.split_once("://").ok_or(UrlError::Malformed)?;
    let mut parts = UrlParts::default();
    let mut rest = rest;
    if let Some(info) = split_userinfo(rest) {
        parts.user = Some(unquote(info.user));
        parts.password = info.password.map(|p| Zeroizing::new(unquote(p)));
        rest = info.after;
    }
    let (netloc, after) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let (host, port) = if let Some(v6) = netloc.strip_prefix('[') {
        let (h, tail) = v6.split_once(']').ok_or(UrlError::Malformed)?;
        (h.to_owned(), tail.strip_prefix(':').map(str::to_owned))
    } else {
        match netloc.split_once(':') {
            Some((h, p)) => (h.to_owned(), Some(p.to_owned())),
            None => (netloc.to_owned(), None),
        }
    };
    parts.host = (!host.is_empty()).then_some(host);
    // `host:` with nothing after the colon: SQLAlchemy refuses it (int("")).
    if port.as_deref() == Some("") {
        return Err(UrlError::BadPort);
    }
    parts.port = port;
    let (path, query) = match after.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (after, None),
    };
    if let Some(db) = path.strip_prefix('/') {
        parts.database = Some(db.to_owned());
    }
    if let Some(q) = query {
        parts.query = parse_query(q);
    }
    Ok(parts)
}

/// libpq options flowadmin honours.
const KNOWN: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "passfile",
    "sslmode",
    "sslrootcert",
    "connect_timeout",
    "options",
    "application_name",
    "fallback_application_name",
];
/// libpq options that change nothing flowadmin relies on; accepted and left out.
const IGNORED: &[&str] = &[
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "tcp_user_timeout",
    "target_session_attrs",
    "load_balance_hosts",
    "gssencmode",
    "channel_binding",
    "client_encoding",
    "sslcompression",
    "sslsni",
    "ssl_min_protocol_version",
    "ssl_max_protocol_version",
    "requirepeer",
    "krbsrvname",
    "gsslib",
    "gssdelegation",
    "service",
    "prepare_threshold",
];
/// libpq options flowadmin cannot honour yet (client certificates).
const UNSUPPORTED: &[&str] = &["sslcert", "sslkey", "sslpassword", "sslcrl", "sslcrldir"];

/// Where to connect and how, every choice made.
pub struct Target {
    /// A host name, an IP address, or a Unix-socket folder (starts with `/`).
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password: Option<Zeroizing<String>>,
    /// Where the password came from, for messages (never the password).
    pub password_from: &'static str,
    pub dbname: String,
    pub sslmode: SslMode,
    pub sslrootcert: Option<PathBuf>,
    pub connect_timeout: std::time::Duration,
    /// How long any one request waits for the server's answer once
    /// connected (`FLOWADMIN_PG_TIMEOUT`, seconds, default 30).
    pub answer_timeout: std::time::Duration,
    /// libpq `options`, with `-c TimeZone=UTC` added: timestamps are written
    /// and read in UTC whatever the server's zone, as Langflow's sessions do.
    pub options: String,
    pub application_name: String,
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Target({}@{}:{}/{} sslmode={}, password {})",
            self.user,
            self.host,
            self.port,
            self.dbname,
            self.sslmode.as_str(),
            if self.password.is_some() {
                self.password_from
            } else {
                "none"
            }
        )
    }
}

impl Target {
    pub fn is_socket(&self) -> bool {
        self.host.starts_with('/')
    }

    /// `user@host:port/dbname` for messages: no password.
    pub fn describe(&self) -> String {
        format!("{}@{}:{}/{}", self.user, self.host, self.port, self.dbname)
    }
}

/// Completes a parsed URL as libpq would: query parameters win over the
/// URL's parts, which win over `PG*` variables (read through `env`), then
/// defaults; the password last from the pgpass file.
pub fn resolve(parts: &UrlParts, env: &dyn Fn(&str) -> Option<String>) -> Result<Target, UrlError> {
    refuse_unknown_options(parts)?;
    let q = |key: &str| {
        parts
            .query
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };
    let envv = |key: &str| env(key).filter(|v| !v.is_empty());
    let host = q("host")
        .or_else(|| q("hostaddr"))
        .or_else(|| parts.host.clone())
        .or_else(|| envv("PGHOST"))
        .unwrap_or_else(|| {
            // libpq's compiled-in default on Debian: the local socket folder.
            if std::path::Path::new("/var/run/postgresql").is_dir() {
                "/var/run/postgresql".to_owned()
            } else {
                "localhost".to_owned()
            }
        });
    let port_text = q("port")
        .or_else(|| parts.port.clone())
        .or_else(|| envv("PGPORT"))
        .unwrap_or_else(|| "5432".to_owned());
    let port: u16 = port_text
        .parse()
        .ok()
        .filter(|p| *p > 0)
        .ok_or(UrlError::BadPort)?;
    let user = q("user")
        .or_else(|| parts.user.clone().filter(|u| !u.is_empty()))
        .or_else(|| envv("PGUSER"))
        // As libpq: the account this process runs as (getpwuid), never $USER.
        .or_else(os_user)
        .ok_or(UrlError::NoUser)?;
    let dbname = q("dbname")
        .or_else(|| parts.database.clone().filter(|d| !d.is_empty()))
        .or_else(|| envv("PGDATABASE"))
        .unwrap_or_else(|| user.clone());
    let sslmode = match q("sslmode").or_else(|| envv("PGSSLMODE")) {
        Some(mode) => SslMode::parse(&mode)?,
        None => SslMode::Prefer,
    };
    let sslrootcert = root_cert(q("sslrootcert"), &envv, sslmode);
    let connect_timeout =
        connect_timeout(q("connect_timeout").or_else(|| envv("PGCONNECT_TIMEOUT")))?;
    let answer_timeout = answer_timeout(envv("FLOWADMIN_PG_TIMEOUT"))?;
    let mut options = q("options")
        .or_else(|| envv("PGOPTIONS"))
        .unwrap_or_default();
    if !options.is_empty() {
        options.push(' ');
    }
    options.push_str("-c TimeZone=UTC");
    let application_name = q("application_name").unwrap_or_else(|| "flowadmin".to_owned());
    let (password, password_from) = if let Some(p) = q("password") {
        (Some(Zeroizing::new(p)), "the URL's password parameter")
    } else if let Some(p) = parts.password.clone().filter(|p| !p.is_empty()) {
        (Some(p), "the URL")
    } else if let Some(p) = envv("PGPASSWORD") {
        (Some(Zeroizing::new(p)), "PGPASSWORD")
    } else {
        let passfile = q("passfile")
            .or_else(|| envv("PGPASSFILE"))
            .map(PathBuf::from)
            .or_else(|| envv("HOME").map(|h| PathBuf::from(h).join(".pgpass")));
        match passfile.and_then(|f| from_pgpass(&f, &host, port, &dbname, &user)) {
            Some(p) => (Some(p), "the pgpass file"),
            None => (None, "none"),
        }
    };
    Ok(Target {
        host,
        port,
        user,
        password,
        password_from,
        dbname,
        sslmode,
        sslrootcert,
        connect_timeout,
        answer_timeout,
        options,
        application_name,
    })
}

/// The root certificates' file, as libpq finds it: `sslrootcert`, else
/// PGSSLROOTCERT, else `~/.postgresql/root.crt` when it verifies and the
/// file is there. libpq 16's `sslrootcert=system` is the system's CA bundle
/// (SSL_CERT_FILE, else Debian's path, which the image ships).
fn root_cert(
    given: Option<String>,
    envv: &dyn Fn(&str) -> Option<String>,
    sslmode: SslMode,
) -> Option<PathBuf> {
    given
        .or_else(|| envv("PGSSLROOTCERT"))
        .map(|p| match p.as_str() {
            "system" => envv("SSL_CERT_FILE")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("/etc/ssl/certs/ca-certificates.crt")),
            _ => PathBuf::from(p),
        })
        .or_else(|| {
            envv("HOME")
                .map(|h| PathBuf::from(h).join(".postgresql/root.crt"))
                .filter(|p| sslmode.verifies() && p.is_file())
        })
}

/// Options libpq does not know, or flowadmin does not support, are refused.
fn refuse_unknown_options(parts: &UrlParts) -> Result<(), UrlError> {
    for (key, _) in &parts.query {
        if UNSUPPORTED.contains(&key.as_str()) {
            return Err(UrlError::Unsupported(key.clone()));
        }
        if !KNOWN.contains(&key.as_str()) && !IGNORED.contains(&key.as_str()) {
            return Err(UrlError::UnknownOption(key.clone()));
        }
    }
    Ok(())
}

/// libpq's `connect_timeout` (0 or none: wait for ever), bounded here: the
/// default when unset or 0, at least 2 s.
fn connect_timeout(text: Option<String>) -> Result<std::time::Duration, UrlError> {
    let secs = match text {
        Some(t) => {
            let secs: u64 = t
                .trim()
                .parse()
                .map_err(|_| UrlError::BadTimeout(t.clone()))?;
            if secs == 0 {
                DEFAULT_TIMEOUT
            } else {
                secs.max(2)
            }
        }
        None => DEFAULT_TIMEOUT,
    };
    Ok(std::time::Duration::from_secs(secs))
}

/// `FLOWADMIN_PG_TIMEOUT`: seconds above 0, default 30.
fn answer_timeout(text: Option<String>) -> Result<std::time::Duration, UrlError> {
    let secs = match text {
        Some(t) => t
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|s| *s > 0)
            .ok_or(UrlError::BadAnswerTimeout(t))?,
        None => DEFAULT_ANSWER_TIMEOUT,
    };
    Ok(std::time::Duration::from_secs(secs))
}

/// How long to wait for a server that does not answer, when the URL does not say.
const DEFAULT_TIMEOUT: u64 = 10;
/// How long one request waits for its answer, when FLOWADMIN_PG_TIMEOUT does not say.
const DEFAULT_ANSWER_TIMEOUT: u64 = 30;

/// The password for (host, port, dbname, user) from a pgpass file, as libpq
/// finds it: the first matching line, `*` matching anything, `\` escaping.
/// libpq ignores a file readable by group or others; so does flowadmin.
fn from_pgpass(
    file: &std::path::Path,
    host: &str,
    port: u16,
    dbname: &str,
    user: &str,
) -> Option<Zeroizing<String>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(file).ok()?;
        if !meta.is_file() || meta.permissions().mode() & 0o077 != 0 {
            return None;
        }
    }
    let text = Zeroizing::new(std::fs::read_to_string(file).ok()?);
    // A socket folder matches `localhost` in pgpass, as in libpq.
    let host = if host.starts_with('/') {
        "localhost"
    } else {
        host
    };
    let port = port.to_string();
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        let fields = split_pgpass(line);
        if fields.len() < 5 {
            continue;
        }
        let wanted = [host, port.as_str(), dbname, user];
        if fields[..4]
            .iter()
            .zip(wanted)
            .all(|(f, w)| f.as_str() == "*" || f.as_str() == w)
        {
            return Some(Zeroizing::new(fields[4].clone()));
        }
    }
    None
}

fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut().expect("one field").push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

/// The name of the OS account this process runs as (its effective uid), as
/// libpq's `pg_fe_getusername` finds it.
fn os_user() -> Option<String> {
    nix::unistd::User::from_uid(nix::unistd::Uid::effective())
        .ok()
        .flatten()
        .map(|u| u.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
    }

    #[test]
    fn parses_as_sqlalchemy_does() {
        let p =
            parse("postgresql://lf:p%40ss%3Aw%2Frd%25%21@db.example:6543/langflow?sslmode=require")
                .unwrap();
        assert_eq!(p.user.as_deref(), Some("lf"));
        assert_eq!(
            p.password.as_deref().map(|s| s.as_str()),
            Some("p@ss:w/rd%!")
        );
        assert_eq!(p.host.as_deref(), Some("db.example"));
        assert_eq!(p.port.as_deref(), Some("6543"));
        assert_eq!(p.database.as_deref(), Some("langflow"));
        assert_eq!(p.query, vec![("sslmode".to_owned(), "require".to_owned())]);
        // An unencoded `@` in the password: SQLAlchemy splits at the first.
        let p = parse("postgresql+psycopg://user:p@ss@host:5432/lf").unwrap();
        assert_eq!(p.password.as_deref().map(|s| s.as_str()), Some("p"));
        assert_eq!(p.host.as_deref(), Some("ss@host"));
        // Read from SQLAlchemy 2.0.58's make_url: `#`, `/` and `?` belong to
        // the password; with no `:` the user runs to the last `@`.
        for (url, user, password, host) in [
            (
                "postgresql://r:Sup3r#Secret@host/db",
                "r",
                Some("Sup3r#Secret"),
                "host",
            ),
            ("postgresql://r:a/b@host/db", "r", Some("a/b"), "host"),
            ("postgresql://r:a?b@host/db", "r", Some("a?b"), "host"),
            ("postgresql://r@x@host/db", "r@x", None, "host"),
            ("postgresql://u@v:pw@host/db", "u@v", Some("pw"), "host"),
        ] {
            let p = parse(url).unwrap();
            assert_eq!(p.user.as_deref(), Some(user), "{url}");
            assert_eq!(p.password.as_deref().map(|s| s.as_str()), password, "{url}");
            assert_eq!(p.host.as_deref(), Some(host), "{url}");
        }
        // A socket folder in the query; no host in the URL.
        let p = parse("postgresql://u@/db?host=/run/pg&port=5433").unwrap();
        assert_eq!(p.host, None);
        let t = resolve(&p, &env(&[])).unwrap();
        assert_eq!(
            (t.host.as_str(), t.port, t.is_socket()),
            ("/run/pg", 5433, true)
        );
        let p = parse("postgresql://u:pw@[::1]:5432/db").unwrap();
        assert_eq!(p.host.as_deref(), Some("::1"));
        assert!(!format!("{p:?}").contains("pw"));
    }

    #[test]
    fn libpq_fallbacks_and_defaults() {
        let p = parse("postgresql://app@db/lf").unwrap();
        let t = resolve(
            &p,
            &env(&[
                ("PGPASSWORD", "from-env"),
                ("PGSSLMODE", "verify-ca"),
                ("PGPORT", "6000"),
            ]),
        )
        .unwrap();
        assert_eq!(t.password.as_deref().map(|s| s.as_str()), Some("from-env"));
        assert_eq!(t.password_from, "PGPASSWORD");
        assert_eq!(t.sslmode, SslMode::VerifyCa);
        assert_eq!(t.port, 6000);
        assert!(t.options.ends_with("-c TimeZone=UTC"));
        assert_eq!(t.application_name, "flowadmin");
        assert!(!format!("{t:?}").contains("from-env"));
        // The URL beats the environment, the query beats the URL.
        let p = parse("postgresql://app:url-pw@db:5433/lf?port=5434&password=q-pw").unwrap();
        let t = resolve(&p, &env(&[("PGPASSWORD", "env-pw"), ("PGPORT", "6000")])).unwrap();
        assert_eq!(t.port, 5434);
        assert_eq!(t.password.as_deref().map(|s| s.as_str()), Some("q-pw"));
        for bad in [
            "postgresql://h/db?sslmode=sometimes",
            "postgresql://h:port/db",
            "postgresql://h/db?nonsense=1",
            "postgresql://h/db?connect_timeout=soon",
        ] {
            assert!(resolve(&parse(bad).unwrap(), &env(&[])).is_err(), "{bad}");
        }
        assert_eq!(
            resolve(
                &parse("postgresql://h/db?sslcert=c.pem").unwrap(),
                &env(&[])
            )
            .err(),
            Some(UrlError::Unsupported("sslcert".into()))
        );
        // No user anywhere: the OS account (getpwuid), not $USER and not
        // `postgres`; PGUSER beats it.
        let p = parse("postgresql://h/db").unwrap();
        let me = os_user().expect("this process's account has a name");
        let t = resolve(&p, &env(&[("USER", "someone-else")])).unwrap();
        assert_eq!(t.user, me);
        let t = resolve(&p, &env(&[("PGUSER", "pg-user")])).unwrap();
        assert_eq!(t.user, "pg-user");
        assert_eq!(
            resolve(&parse("postgresql://h").unwrap(), &env(&[]))
                .unwrap()
                .dbname,
            me
        );
        // libpq 16's sslrootcert=system: the system's CA bundle.
        let p = parse("postgresql://u@h/db?sslmode=verify-full&sslrootcert=system").unwrap();
        let t = resolve(&p, &env(&[])).unwrap();
        assert_eq!(
            t.sslrootcert.as_deref(),
            Some(std::path::Path::new("/etc/ssl/certs/ca-certificates.crt"))
        );
        let t = resolve(&p, &env(&[("SSL_CERT_FILE", "/x/ca.pem")])).unwrap();
        assert_eq!(
            t.sslrootcert.as_deref(),
            Some(std::path::Path::new("/x/ca.pem"))
        );
    }

    #[test]
    fn pgpass_lines_match_as_in_libpq() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# comment\nother:5432:lf:app:nope\ndb:5432:*:app:pa\\:ss\\\\word\n*:*:*:*:fallback\n",
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let found = from_pgpass(&file, "db", 5432, "lf", "app").unwrap();
        assert_eq!(found.as_str(), "pa:ss\\word");
        assert_eq!(
            from_pgpass(&file, "x", 1, "y", "z").unwrap().as_str(),
            "fallback"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
            assert!(
                from_pgpass(&file, "db", 5432, "lf", "app").is_none(),
                "libpq ignores a readable pgpass"
            );
        }
    }
}
