//! `doctor` on a Langflow database (SQLite or PostgreSQL).

use std::path::PathBuf;

use chrono::NaiveDateTime;

use super::Opts;
use super::files::{self, Holds, Watched};
use super::keys::{self, Candidates, Words};
use super::report::{Finding, Items, Report, Selection, Severity, id};
use crate::commands::open_readable;
use crate::crypto::{Keyring, SecretKey};
use crate::error::Result;
use crate::keyfile;
use crate::settings::{DatabaseLocation, KeySource, Settings};
use crate::storage::{self, Store};
use crate::ui::context::Ctx;

const WORDS: Words = Words {
    key: "secret key",
    configure: "LANGFLOW_SECRET_KEY, or the secret_key file in the config dir",
    product: "Langflow",
    store: "database",
};

fn ring(text: &str) -> std::result::Result<Keyring, String> {
    SecretKey::new(text).keyring().map_err(|e| e.to_string())
}

fn fp(text: &str) -> String {
    SecretKey::new(text).fingerprint()
}

/// The configured key, where it comes from, and (when it comes from the
/// environment) the `secret_key` file's own key: read once, for the drift,
/// the file-overwrite and the strength checks.
struct Configured {
    key: std::result::Result<SecretKey, String>,
    source: KeySource,
    /// `Some(Ok(key))` for a readable, non-empty file; `Some(Err(()))` unreadable.
    file_key: Option<std::result::Result<SecretKey, ()>>,
}

impl Configured {
    fn read(settings: &Settings) -> Configured {
        let source = settings.key_source();
        let key_file = settings.secret_key_path();
        let file_key = (matches!(source, KeySource::Env(_)) && key_file.is_file()).then(|| {
            keyfile::read_key_text(&key_file, "secret key file")
                .map(|text| SecretKey::new(keyfile::as_langflow_reads(&text)))
                .map_err(|_| ())
        });
        Configured {
            key: settings.secret_key().map_err(|e| e.message),
            source,
            file_key,
        }
    }
}

/// Every Langflow key flowadmin can find, the configured one marked.
fn candidates(settings: &Settings, conf: &Configured, opts: &Opts) -> Result<Candidates<Keyring>> {
    let mut c: Candidates<Keyring> = Candidates::default();
    let add = |c: &mut Candidates<Keyring>, text: &str, source: String, configured: bool| {
        c.add(text, source, configured, ring, |_| fp(text));
    };
    if let Ok(key) = &conf.key {
        add(&mut c, key.expose(), conf.source.to_string(), true);
    }
    if let Some(process) = settings.env().shadowed("LANGFLOW_SECRET_KEY") {
        add(
            &mut c,
            process,
            "LANGFLOW_SECRET_KEY in the process environment (the --env-file's value wins)".into(),
            false,
        );
    }
    let key_file = settings.secret_key_path();
    let read =
        |c: &mut Candidates<Keyring>, path: &PathBuf, what: &str| match keyfile::read_key_text(
            path, what,
        ) {
            Ok(text) if !text.is_empty() => add(
                c,
                &keyfile::as_langflow_reads(&text),
                path.display().to_string(),
                false,
            ),
            Ok(_) => {}
            Err(_) => c.unreadable.push(path.display().to_string()),
        };
    match &conf.file_key {
        Some(Ok(key)) if !key.expose().is_empty() => {
            add(&mut c, key.expose(), key_file.display().to_string(), false)
        }
        Some(Err(())) => c.unreadable.push(key_file.display().to_string()),
        _ => {}
    }
    let pending = keyfile::pending_path(&key_file);
    if pending.is_file() {
        read(&mut c, &pending, "pending key file");
    }
    let name = key_file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    for backup in keys::siblings(
        &settings.config_dir,
        &format!("{}.backup.", name.unwrap_or_default()),
    ) {
        read(&mut c, &backup, "key backup");
    }
    for extra in &opts.key_files {
        let text = keyfile::read_key_text(extra, "--key-file")?;
        add(
            &mut c,
            keyfile::as_given(&text),
            format!("{} (--key-file)", extra.display()),
            false,
        );
    }
    Ok(c)
}

fn days_since(stored: Option<&str>, now: NaiveDateTime) -> Option<i64> {
    storage::users::parse_stored_time(stored?).map(|at| (now - at).num_days())
}

/// A boolean setting; an unparsable one becomes a finding (Langflow would
/// refuse to start) and counts as the default.
fn flag(settings: &Settings, name: &str, default: bool, bad: &mut Vec<String>) -> bool {
    match settings.env().bool(name, default) {
        Ok(v) => v,
        Err(e) => {
            bad.push(e.message.clone());
            default
        }
    }
}

fn source_of(settings: &Settings, name: &str) -> String {
    settings
        .env()
        .non_empty(name)
        .map(|(_, s)| s.to_string())
        .unwrap_or_else(|| "Langflow's default".into())
}

fn auth_checks(
    ctx: &Ctx,
    sel: &Selection,
    users: &[storage::users::User],
    findings: &mut Vec<Finding>,
) {
    let settings = &ctx.settings;
    let auth = &settings.auth;
    let mut bad = Vec::new();
    let skip_auth = flag(settings, "LANGFLOW_SKIP_AUTH_AUTO_LOGIN", false, &mut bad);
    let webhook_auth = flag(settings, "LANGFLOW_WEBHOOK_AUTH_ENABLE", true, &mut bad);
    let cors_credentials = flag(settings, "LANGFLOW_CORS_ALLOW_CREDENTIALS", true, &mut bad);
    if !bad.is_empty() && sel.wants(id::AUTH_INVALID_SETTING) {
        findings.push(
            Finding::new(
                id::AUTH_INVALID_SETTING,
                Severity::Critical,
                format!("{} setting(s) Langflow cannot parse", bad.len()),
                "Langflow refuses to start with a setting it cannot parse",
                "use true/false, 1/0, yes/no or on/off",
            )
            .items(bad),
        );
    }
    if auth.auto_login && sel.wants(id::AUTH_AUTO_LOGIN) {
        findings.push(Finding::new(
            id::AUTH_AUTO_LOGIN,
            Severity::Critical,
            format!("LANGFLOW_AUTO_LOGIN is true ({})", source_of(settings, "LANGFLOW_AUTO_LOGIN")),
            "the editor signs everyone in as a superuser without a password: whoever reaches the port owns every flow, key and secret",
            "set LANGFLOW_AUTO_LOGIN=false and create a superuser with a password (`flowadmin superuser`)",
        ));
    }
    if auth.auto_login && skip_auth && sel.wants(id::AUTH_SKIP_AUTH) {
        findings.push(Finding::new(
            id::AUTH_SKIP_AUTH,
            Severity::Critical,
            "LANGFLOW_SKIP_AUTH_AUTO_LOGIN is true together with AUTO_LOGIN",
            "API requests run as the superuser with no API key at all",
            "remove LANGFLOW_SKIP_AUTH_AUTO_LOGIN (Langflow drops it in 2.0) and set LANGFLOW_AUTO_LOGIN=false",
        ));
    }
    if sel.wants(id::AUTH_DEFAULT_SUPERUSER) {
        findings.extend(default_superuser(settings, users));
    }
    if auth.enable_superuser_cli && sel.wants(id::AUTH_SUPERUSER_CLI) {
        findings.push(Finding::new(
            id::AUTH_SUPERUSER_CLI,
            Severity::Warning,
            format!(
                "LANGFLOW_ENABLE_SUPERUSER_CLI is on ({})",
                source_of(settings, "LANGFLOW_ENABLE_SUPERUSER_CLI")
            ),
            "anyone with a shell on the host can create a superuser from the command line",
            "set LANGFLOW_ENABLE_SUPERUSER_CLI=false once the superusers you need exist (flowadmin honours it too)",
        ));
    }
    if auth.new_user_is_active && sel.wants(id::AUTH_NEW_USER_ACTIVE) {
        findings.push(Finding::new(
            id::AUTH_NEW_USER_ACTIVE,
            Severity::Warning,
            format!(
                "LANGFLOW_NEW_USER_IS_ACTIVE is true ({})",
                source_of(settings, "LANGFLOW_NEW_USER_IS_ACTIVE")
            ),
            "whoever signs up can log in and run flows at once, with no superuser approving them",
            "set LANGFLOW_NEW_USER_IS_ACTIVE=false and activate users yourself (`flowadmin user activate`)",
        ));
    }
    exposure_checks(settings, sel, webhook_auth, cors_credentials, findings);
}

/// Webhooks without a key, any web origin, key use not tracked.
fn exposure_checks(
    settings: &Settings,
    sel: &Selection,
    webhook_auth: bool,
    cors_credentials: bool,
    findings: &mut Vec<Finding>,
) {
    let auth = &settings.auth;
    if !webhook_auth && sel.wants(id::AUTH_WEBHOOK_AUTH_OFF) {
        findings.push(Finding::new(
            id::AUTH_WEBHOOK_AUTH_OFF,
            Severity::Warning,
            format!(
                "LANGFLOW_WEBHOOK_AUTH_ENABLE is false ({})",
                source_of(settings, "LANGFLOW_WEBHOOK_AUTH_ENABLE")
            ),
            "webhook endpoints run flows as their owner for anyone who knows the URL",
            "unset LANGFLOW_WEBHOOK_AUTH_ENABLE (true is the default) and send an x-api-key with each webhook call",
        ));
    }
    let origins = settings
        .env()
        .get("LANGFLOW_CORS_ORIGINS")
        .unwrap_or("*")
        .to_owned();
    let wildcard = origins.split(',').any(|o| o.trim() == "*");
    if wildcard && sel.wants(id::AUTH_CORS_WILDCARD) {
        findings.push(Finding::new(
            id::AUTH_CORS_WILDCARD,
            Severity::Info,
            format!(
                "LANGFLOW_CORS_ORIGINS is {origins:?} ({}){}",
                source_of(settings, "LANGFLOW_CORS_ORIGINS"),
                if cors_credentials { " with LANGFLOW_CORS_ALLOW_CREDENTIALS true" } else { "" }
            ),
            "any web site may call the API from a browser; Langflow 1.13 turns credentials off itself for a wildcard origin (older releases allowed cross-site requests with cookies)",
            "set LANGFLOW_CORS_ORIGINS to the origins that serve the editor (https://langflow.example.com)",
        ));
    }
    if auth.disable_track_apikey_usage && sel.wants(id::AUTH_KEY_TRACKING_OFF) {
        findings.push(Finding::new(
            id::AUTH_KEY_TRACKING_OFF,
            Severity::Info,
            "LANGFLOW_DISABLE_TRACK_APIKEY_USAGE is true",
            "Langflow no longer records when a key is used, so a leaked or forgotten key cannot be told from one in use (api-keys.unused is skipped)",
            "unset it unless write contention on the database forces it",
        ));
    }
}

/// The default account `langflow` with the password `langflow`, or that
/// password configured for the superuser.
fn default_superuser(settings: &Settings, users: &[storage::users::User]) -> Option<Finding> {
    let auth = &settings.auth;
    // Only the default account's name: each check is a bcrypt verify
    // (about 0.25 s at cost 12), and `langflow/langflow` is the pair the
    // docs warn about.
    let mut items = Vec::new();
    for user in users {
        if user.username != "langflow" || user.retired_at.is_some() {
            continue;
        }
        if crate::crypto::password::Password::new("langflow".into()).verify(&user.password_hash) {
            items.push(format!(
                "user {} ({}{}) has the password `langflow`",
                user.username,
                if user.is_superuser {
                    "superuser"
                } else {
                    "user"
                },
                if user.is_active { "" } else { ", inactive" }
            ));
        }
    }
    if auth
        .superuser_password
        .as_ref()
        .is_some_and(|p| p.expose() == "langflow")
    {
        items.push(format!(
            "LANGFLOW_SUPERUSER_PASSWORD is `langflow` ({})",
            source_of(settings, "LANGFLOW_SUPERUSER_PASSWORD")
        ));
    }
    (!items.is_empty()).then(|| {
            Finding::new(
                id::AUTH_DEFAULT_SUPERUSER,
                Severity::Warning,
                "the default superuser credentials langflow/langflow are still in place",
                "Langflow 1.13 refuses that password at login and replaces it at start, but an older Langflow on this database, or a restore, lets anyone in with it",
                "set a real password: `flowadmin user set-password <name>`, and unset LANGFLOW_SUPERUSER_PASSWORD if it is `langflow`",
            )
            .items(items)
    })
}

/// The configured key, and values, that only some of the `cryptography`
/// releases Langflow allows read: upgrading (or downgrading) that Python
/// package locks the deployment out of them.
fn release_checks(
    conf: &Configured,
    tally: &crate::integrity::KeyTally,
    sel: &Selection,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Ok(key) = &conf.key
        && sel.wants(id::KEY_RELEASE_REFUSES_KEY)
    {
        let readers = key.readers();
        if !readers.is_all() && !readers.is_empty() {
            let refused = crate::crypto::join_labels(&readers.missing());
            let fix = "rotate to a generated key with `flowadmin secret-key rotate`, while this Langflow still runs with the release that accepts the key (the new key and every value the rotation rewrites are in the form every release reads)";
            findings.push(Finding::new(
                id::KEY_RELEASE_REFUSES_KEY,
                Severity::Critical,
                format!(
                    "the secret key is refused by {refused} and accepted by {}",
                    readers.describe()
                ),
                format!(
                    "Langflow 1.13 allows cryptography>=50.0.0, and a fresh install resolves 51.x: a Langflow running with {refused} opens no stored secret with this key"
                ),
                fix,
            ));
        }
    }
    if tally.release_gap_count > 0 && sel.wants(id::KEY_RELEASE_GAP_VALUES) {
        findings.push(
            Finding::new(
                id::KEY_RELEASE_GAP_VALUES,
                Severity::Critical,
                format!(
                    "{} encrypted value(s) are tokens that only some cryptography releases read",
                    tally.release_gap_count
                ),
                "Langflow writes canonical tokens; these were written by something else, and a Langflow on the release that refuses them cannot open them",
                "rewrite them in the form every release reads: `flowadmin secret-key rotate`",
            )
            .listing(Items::sample(
                tally.release_gaps.iter().map(|(v, r)| {
                    format!("{} row {} (opens only with {})", v.column, v.describe_row(), r.describe())
                }),
                tally.release_gap_count,
            )),
        );
    }
    findings
}

fn secret_key_checks(conf: &Configured, sel: &Selection, pg: bool, findings: &mut Vec<Finding>) {
    let source = &conf.source;
    if !matches!(source, KeySource::Env(_)) && sel.wants(id::SECRET_KEY_NOT_EXPLICIT) {
        findings.push(Finding::new(
            id::SECRET_KEY_NOT_EXPLICIT,
            Severity::Warning,
            match source {
                KeySource::File(path) => format!(
                    "LANGFLOW_SECRET_KEY is not set; the key is in the file {}",
                    path.display()
                ),
                KeySource::Missing(path) | KeySource::EmptyFile(path) => format!(
                    "LANGFLOW_SECRET_KEY is not set and {} holds no key: Langflow would generate one there on its next start",
                    path.display()
                ),
                other => format!("LANGFLOW_SECRET_KEY is not set; the key: {other}"),
            },
            if pg {
                "each replica on this PostgreSQL database generates its own key unless all share this file: values one writes, the others cannot open; and a lost config dir loses every secret"
            } else {
                "a key Langflow generated lives only in its cache folder: lose or clear that folder and every secret is unreadable; a second instance would generate a different one"
            },
            if matches!(source, KeySource::File(_)) {
                "set LANGFLOW_SECRET_KEY (from a secret store) to the key in that file, and keep a copy offline"
            } else {
                "generate one (`flowadmin secret-key generate`), set LANGFLOW_SECRET_KEY to it from a secret store, and keep a copy offline"
            },
        ));
    }
    let Ok(key) = &conf.key else {
        return;
    };
    let chars = key.char_len();
    if chars < crate::crypto::MINIMUM_SECRET_KEY_LENGTH && sel.wants(id::SECRET_KEY_SHORT) {
        findings.push(Finding::new(
            id::SECRET_KEY_SHORT,
            Severity::Warning,
            format!("the secret key is {chars} characters long (under 32)"),
            "Langflow derives the encryption key from a short key by hashing it (before 1.10.1, by seeding Python's random), so the key is only as strong as those few characters",
            "rotate to a generated key: `flowadmin secret-key rotate`",
        ));
    }
    let bits = crate::crypto::estimated_bits(key.expose());
    if bits < crate::crypto::WEAK_KEY_BITS && sel.wants(id::SECRET_KEY_LOW_VARIETY) {
        // A key of a few bits (`a`, one repeated byte) is guessed at once.
        let guessable = bits < crate::crypto::GUESSABLE_KEY_BITS;
        findings.push(Finding::new(
            id::SECRET_KEY_LOW_VARIETY,
            if guessable {
                Severity::Critical
            } else {
                Severity::Warning
            },
            format!(
                "the secret key's characters carry about {} bits (a generated key carries about 200)",
                bits.round() as i64
            ),
            "few distinct or repeated characters mean a key someone typed or padded, which can be guessed",
            "rotate to a generated key: `flowadmin secret-key rotate`",
        ));
    }
}

fn account_checks(
    ctx: &Ctx,
    sel: &Selection,
    db: &Store,
    users: &[storage::users::User],
    opts: &Opts,
    findings: &mut Vec<Finding>,
) -> Result<()> {
    superuser_checks(ctx, sel, users, opts, findings);
    api_key_checks(ctx, sel, db, users, opts, findings)
}

/// Superusers nobody uses, and several of them under AUTO_LOGIN.
fn superuser_checks(
    ctx: &Ctx,
    sel: &Selection,
    users: &[storage::users::User],
    opts: &Opts,
    findings: &mut Vec<Finding>,
) {
    let now = opts.now;
    let auth = &ctx.settings.auth;
    let stale = i64::from(opts.stale_days);
    let superusers: Vec<_> = users
        .iter()
        .filter(|u| u.is_superuser && u.is_active && u.retired_at.is_none())
        .collect();
    if sel.wants(id::ACCOUNTS_STALE_SUPERUSER) {
        let items: Vec<String> = superusers
            .iter()
            .filter_map(|u| match days_since(u.last_login_at.as_deref(), now) {
                Some(d) if d >= stale => Some(format!("{}: last login {d} days ago", u.username)),
                Some(_) => None,
                None => match days_since(u.created_at.as_deref(), now) {
                    Some(d) if d >= stale => Some(format!(
                        "{}: never logged in, created {d} days ago",
                        u.username
                    )),
                    _ => None,
                },
            })
            .collect();
        if !items.is_empty() {
            findings.push(
                Finding::new(
                    id::ACCOUNTS_STALE_SUPERUSER,
                    Severity::Warning,
                    format!("{} active superuser(s) with no login for {stale} days or more", items.len()),
                    "an unused superuser is a full set of rights nobody watches; its password may be known to people who left",
                    "deactivate it (`flowadmin user deactivate <name>`) or delete it",
                )
                .items(items),
            );
        }
    }
    if auth.auto_login && superusers.len() > 1 && sel.wants(id::ACCOUNTS_SUPERUSERS_WITH_AUTO_LOGIN)
    {
        findings.push(
            Finding::new(
                id::ACCOUNTS_SUPERUSERS_WITH_AUTO_LOGIN,
                Severity::Warning,
                format!("{} active superusers while LANGFLOW_AUTO_LOGIN is true", superusers.len()),
                "AUTO_LOGIN is meant for one user; Langflow refuses a second superuser in that mode, so these come from another setup and their keys keep superuser rights",
                "turn AUTO_LOGIN off, or deactivate the superusers it does not use",
            )
            .items(superusers.iter().map(|u| u.username.clone())),
        );
    }
}

/// API keys of inactive owners, unused, or with no expiry: read one row at
/// a time, so a deployment's hundred thousand keys cost no memory.
fn api_key_checks(
    ctx: &Ctx,
    sel: &Selection,
    db: &Store,
    users: &[storage::users::User],
    opts: &Opts,
    findings: &mut Vec<Finding>,
) -> Result<()> {
    let now = opts.now;
    let stale = i64::from(opts.stale_days);
    let compact = |id: &str| id.replace('-', "").to_ascii_lowercase();
    let inactive: std::collections::BTreeSet<String> = users
        .iter()
        .filter(|u| !u.is_active)
        .map(|u| compact(&u.id))
        .collect();
    let track_use = !ctx.settings.auth.disable_track_apikey_usage;
    // Every key is read only when a check will use it.
    if !(sel.wants(id::API_KEYS_INACTIVE_OWNER)
        || track_use && sel.wants(id::API_KEYS_UNUSED)
        || sel.wants(id::API_KEYS_NEVER_EXPIRE))
    {
        return Ok(());
    }
    let (mut of_inactive, mut unused, mut forever) =
        (Items::default(), Items::default(), Items::default());
    db.visit_api_keys(None, &mut |k| {
        let label = format!(
            "{} of {}",
            k.name.as_deref().unwrap_or("(unnamed)"),
            k.owner.as_deref().unwrap_or("(no owner)")
        );
        if inactive.contains(&compact(&k.user_id)) {
            of_inactive.push(label.clone());
        }
        if !k.is_active {
            return;
        }
        if track_use && let Some(why) = unused_for(&k, now, stale) {
            unused.push(format!("{label}: {why}"));
        }
        if k.expires_at.is_none() {
            forever.push(label);
        }
    })?;
    if sel.wants(id::API_KEYS_INACTIVE_OWNER) && !of_inactive.is_empty() {
        findings.push(
            Finding::new(
                id::API_KEYS_INACTIVE_OWNER,
                Severity::Warning,
                format!("{} API key(s) belong to inactive users", of_inactive.len()),
                "Langflow refuses them while the owner stays inactive, but activating the user brings every key back",
                "revoke them: `flowadmin api-key revoke <id>`",
            )
            .listing(of_inactive),
        );
    }
    if track_use && sel.wants(id::API_KEYS_UNUSED) && !unused.is_empty() {
        findings.push(
            Finding::new(
                id::API_KEYS_UNUSED,
                Severity::Warning,
                format!("{} API key(s) unused for {stale} days or more", unused.len()),
                "a key nobody uses is one nobody would miss, or one that leaked and waits; each carries its owner's rights",
                "revoke the ones no client needs: `flowadmin api-key revoke <id>`",
            )
            .listing(unused),
        );
    }
    if sel.wants(id::API_KEYS_NEVER_EXPIRE) && !forever.is_empty() {
        findings.push(
            Finding::new(
                id::API_KEYS_NEVER_EXPIRE,
                Severity::Info,
                format!("{} API key(s) never expire", forever.len()),
                "a key without an expiry works until someone revokes it",
                if db.supports_key_expiry() {
                    "mint replacements with an expiry (`flowadmin api-key create --expires 90d`) and revoke these"
                } else {
                    "this Langflow schema has no key expiry; upgrade Langflow, or revoke keys on a schedule"
                },
            )
            .listing(forever),
        );
    }
    Ok(())
}

/// Why an active key counts as unused: its last use, or its creation when
/// it was never used, `stale` days ago or more.
fn unused_for(k: &storage::apikeys::ApiKeyRow, now: NaiveDateTime, stale: i64) -> Option<String> {
    match days_since(k.last_used_at.as_deref(), now) {
        Some(d) if d >= stale => Some(format!("last used {d} days ago")),
        Some(_) => None,
        None if k.total_uses == 0 => match days_since(k.created_at.as_deref(), now) {
            Some(d) if d >= stale => Some(format!("never used, created {d} days ago")),
            _ => None,
        },
        None => None,
    }
}

/// The files of this deployment, for the file checks. Looked at before the
/// database is opened: SQLite makes `-wal` and `-shm` files for as long as a
/// reader has a WAL database open, which are not the deployment's.
fn watched(settings: &Settings) -> Result<(Vec<Watched>, Option<PathBuf>)> {
    let mut files = Vec::new();
    let key_file = settings.secret_key_path();
    files.push(Watched::new(key_file.clone(), Holds::Key));
    files.push(Watched::new(keyfile::pending_path(&key_file), Holds::Key));
    let name = key_file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for b in keys::siblings(&settings.config_dir, &format!("{name}.backup.")) {
        files.push(Watched::backup(b, Holds::Key));
    }
    for env in settings.env().files() {
        files.push(Watched::new(env.clone(), Holds::Env));
    }
    let reference = match settings.database()?.location {
        DatabaseLocation::Sqlite(path) => {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let mut p = path.as_os_str().to_owned();
                p.push(suffix);
                files.push(Watched::new(PathBuf::from(p), Holds::Data));
            }
            if let (Some(dir), Some(name)) = (path.parent(), path.file_name()) {
                let name = name.to_string_lossy();
                for b in keys::siblings(dir, &format!("{name}.backup-")) {
                    files.push(Watched::backup(b, Holds::Data));
                }
                for b in keys::siblings(dir, &keyfile::backup_temp_prefix(&path)) {
                    files.push(Watched::backup(b, Holds::Data));
                }
            }
            Some(path)
        }
        DatabaseLocation::Server { url, .. } => {
            let dbname = settings.pg_target(&url)?.dbname;
            let prefix = format!("{}.backup-", dbname.replace('/', "_"));
            for b in keys::siblings(&settings.config_dir, &prefix) {
                files.push(Watched::backup(b, Holds::Data));
            }
            Some(settings.config_dir.clone())
        }
    };
    Ok((files, reference))
}

pub fn run(ctx: &Ctx, sel: &Selection, opts: &Opts) -> Result<Report> {
    let settings = &ctx.settings;
    let mut findings = Vec::new();
    if sel.wants_group("files") {
        let (files, reference) = watched(settings)?;
        findings.extend(files::check(sel, &files, reference.as_deref()));
    }
    let db = open_readable(settings)?;
    let pg = db.kind() == storage::contract::Kind::Postgres;

    let conf = Configured::read(settings);
    let cands = candidates(settings, &conf, opts)?;
    let wants_keys = sel.wants_group("key") || sel.wants(id::VARIABLES_LEGACY_GENERIC);
    let (seen, tally) = if wants_keys {
        let (rings, _) = cands.usable();
        let tally = crate::integrity::tally_langflow(&rings, db.secrets())?;
        let (seen, drift) = keys::drift(
            sel,
            &cands,
            &tally,
            conf.key.as_ref().err().map(String::as_str),
            &WORDS,
        );
        findings.extend(drift);
        (seen, tally)
    } else {
        (Vec::new(), crate::integrity::KeyTally::default())
    };
    findings.extend(keys::interrupted_rotation(
        sel,
        &keyfile::pending_path(&settings.secret_key_path()),
        &WORDS,
    ));
    if sel.wants(id::KEY_ENV_OVERRIDES_FILE)
        && let (Ok(configured), Some(Ok(file))) = (&conf.key, &conf.file_key)
        && !file.expose().is_empty()
        && file.expose() != configured.expose()
    {
        findings.push(Finding::new(
            id::KEY_ENV_OVERRIDES_FILE,
            Severity::Warning,
            format!(
                "LANGFLOW_SECRET_KEY ({}) differs from the key in {}",
                conf.source,
                settings.secret_key_path().display()
            ),
            "Langflow writes the environment's key over that file at start: the file's key is gone after the next start, and with it whatever only it opens",
            "if the file's key opens values the environment's does not (see the keys above), copy the file away before starting Langflow, then rotate with `--old-key-file`",
        ));
    }
    secret_key_checks(&conf, sel, pg, &mut findings);
    findings.extend(release_checks(&conf, &tally, sel));
    let accounts = sel.wants_group("accounts") || sel.wants_group("api-keys");
    // Read once for the auth and the account checks.
    let users = if accounts || sel.wants(id::AUTH_DEFAULT_SUPERUSER) {
        db.list_users()?
    } else {
        Vec::new()
    };
    if sel.wants_group("auth") {
        auth_checks(ctx, sel, &users, &mut findings);
    }
    if accounts {
        account_checks(ctx, sel, &db, &users, opts, &mut findings)?;
    }
    if tally.legacy_generic_count > 0 && sel.wants(id::VARIABLES_LEGACY_GENERIC) {
        findings.push(
            Finding::new(
                id::VARIABLES_LEGACY_GENERIC,
                Severity::Warning,
                format!(
                    "{} Generic variable(s) still hold a Fernet token written by Langflow 1.5-1.7",
                    tally.legacy_generic_count
                ),
                "Langflow 1.8+ stores Generic values in plain text and hands the token itself to flows as the value",
                "run `flowadmin variable repair` (it decrypts them in place, in one transaction)",
            )
            .listing(Items::sample(
                tally.legacy_generic.iter().map(|v| format!("{} row {}", v.column, v.describe_row())),
                tally.legacy_generic_count,
            )),
        );
    }
    Ok(Report {
        product: "Langflow",
        backend: db.kind().label(),
        database: db.location(),
        encrypted: tally.total,
        keys: seen,
        findings,
        checked: Vec::new(),
    })
}
