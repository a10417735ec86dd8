//! What `doctor` reports: findings, the catalog of checks they come from,
//! which checks a run selects, and the two renderings (text and JSON).

use serde_json::{Value, json};

use crate::cli::FailOn;
use crate::error::{Error, Result};
use crate::ui::output::Output;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Critical => "critical",
        }
    }

    /// Whether a finding of this severity fails the run.
    pub fn fails(self, fail_on: FailOn) -> bool {
        match fail_on {
            FailOn::Never => false,
            FailOn::Info => true,
            FailOn::Warning => self >= Severity::Warning,
            FailOn::Critical => self == Severity::Critical,
        }
    }
}

/// Which product a check applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    Both,
    Langflow,
    Flowfile,
}

impl Applies {
    fn as_str(self) -> &'static str {
        match self {
            Applies::Both => "langflow, flowfile",
            Applies::Langflow => "langflow",
            Applies::Flowfile => "flowfile",
        }
    }
}

/// Every check's id, spelled once.
pub mod id {
    pub const KEY_UNUSABLE: &str = "key.unusable";
    pub const KEY_OTHER_KEY_OPENS_MORE: &str = "key.other-key-opens-more";
    pub const KEY_NEEDS_OTHER_KEY: &str = "key.needs-other-key";
    pub const KEY_MIXED: &str = "key.mixed";
    pub const KEY_UNOPENABLE: &str = "key.unopenable";
    pub const KEY_INTERRUPTED_ROTATION: &str = "key.interrupted-rotation";
    pub const KEY_RELEASE_REFUSES_KEY: &str = "key.release-refuses-key";
    pub const KEY_RELEASE_GAP_VALUES: &str = "key.release-gap-values";
    pub const KEY_ENV_OVERRIDES_FILE: &str = "key.env-overrides-file";
    pub const KEY_IGNORED_SETTING: &str = "key.ignored-setting";
    pub const SECRET_KEY_NOT_EXPLICIT: &str = "secret-key.not-explicit";
    pub const SECRET_KEY_SHORT: &str = "secret-key.short";
    pub const SECRET_KEY_LOW_VARIETY: &str = "secret-key.low-variety";
    pub const AUTH_INVALID_SETTING: &str = "auth.invalid-setting";
    pub const AUTH_AUTO_LOGIN: &str = "auth.auto-login";
    pub const AUTH_SKIP_AUTH: &str = "auth.skip-auth";
    pub const AUTH_DEFAULT_SUPERUSER: &str = "auth.default-superuser";
    pub const AUTH_SUPERUSER_CLI: &str = "auth.superuser-cli";
    pub const AUTH_NEW_USER_ACTIVE: &str = "auth.new-user-active";
    pub const AUTH_WEBHOOK_AUTH_OFF: &str = "auth.webhook-auth-off";
    pub const AUTH_CORS_WILDCARD: &str = "auth.cors-wildcard";
    pub const AUTH_KEY_TRACKING_OFF: &str = "auth.key-tracking-off";
    pub const FILES_KEY_EXPOSED: &str = "files.key-exposed";
    pub const FILES_ENV_EXPOSED: &str = "files.env-exposed";
    pub const FILES_DATABASE_EXPOSED: &str = "files.database-exposed";
    pub const FILES_OWNER_MISMATCH: &str = "files.owner-mismatch";
    pub const FILES_BACKUPS: &str = "files.backups";
    pub const ACCOUNTS_STALE_SUPERUSER: &str = "accounts.stale-superuser";
    pub const ACCOUNTS_SUPERUSERS_WITH_AUTO_LOGIN: &str = "accounts.superusers-with-auto-login";
    pub const API_KEYS_INACTIVE_OWNER: &str = "api-keys.inactive-owner";
    pub const API_KEYS_UNUSED: &str = "api-keys.unused";
    pub const API_KEYS_NEVER_EXPIRE: &str = "api-keys.never-expire";
    pub const VARIABLES_LEGACY_GENERIC: &str = "variables.legacy-generic";
    pub const FLOWFILE_KEY_NO_BACKUP: &str = "flowfile.key-no-backup";
    pub const FLOWFILE_DISABLED_ADMIN: &str = "flowfile.disabled-admin";
    pub const FLOWFILE_ORPHAN_SECRETS: &str = "flowfile.orphan-secrets";
    pub const FLOWFILE_KEY_NO_CONSUMER: &str = "flowfile.key-no-consumer";
}

/// One check: its id, the highest severity it reports, and what it looks at.
pub struct Check {
    pub id: &'static str,
    pub severity: Severity,
    pub applies: Applies,
    pub about: &'static str,
}

const fn check(
    id: &'static str,
    severity: Severity,
    applies: Applies,
    about: &'static str,
) -> Check {
    Check {
        id,
        severity,
        applies,
        about,
    }
}

use Applies::{Both, Flowfile, Langflow};
use Severity::{Critical, Info, Warning};

/// Every check, in report order. docs/doctor.md lists each (a test holds it to that).
pub const CHECKS: &[Check] = &[
    check(
        id::KEY_UNUSABLE,
        Critical,
        Both,
        "encrypted values exist but no usable key is configured",
    ),
    check(
        id::KEY_OTHER_KEY_OPENS_MORE,
        Critical,
        Both,
        "another key found opens more values than the configured one",
    ),
    check(
        id::KEY_NEEDS_OTHER_KEY,
        Critical,
        Both,
        "values that open only with a key that is not the configured one (a backup, an old key)",
    ),
    check(
        id::KEY_MIXED,
        Critical,
        Both,
        "values under two different keys at once, so no single key opens them all (a half-finished rotation)",
    ),
    check(
        id::KEY_UNOPENABLE,
        Critical,
        Both,
        "values that no key flowadmin found opens",
    ),
    check(
        id::KEY_INTERRUPTED_ROTATION,
        Critical,
        Both,
        "a pending key left by an interrupted rotation",
    ),
    check(
        id::KEY_RELEASE_REFUSES_KEY,
        Critical,
        Langflow,
        "a cryptography release Langflow 1.13 allows (50.x or 51.x) refuses the configured secret key",
    ),
    check(
        id::KEY_RELEASE_GAP_VALUES,
        Critical,
        Langflow,
        "values whose token only some of the cryptography releases Langflow allows read",
    ),
    check(
        id::KEY_ENV_OVERRIDES_FILE,
        Warning,
        Langflow,
        "LANGFLOW_SECRET_KEY differs from the secret_key file, which Langflow overwrites at start",
    ),
    check(
        id::KEY_IGNORED_SETTING,
        Warning,
        Flowfile,
        "FLOWFILE_MASTER_KEY is set, but Flowfile ignores it outside docker mode",
    ),
    check(
        id::SECRET_KEY_NOT_EXPLICIT,
        Warning,
        Langflow,
        "no LANGFLOW_SECRET_KEY: the key is the one Langflow generated into its config dir",
    ),
    check(
        id::SECRET_KEY_SHORT,
        Warning,
        Langflow,
        "the secret key is shorter than 32 characters",
    ),
    check(
        id::SECRET_KEY_LOW_VARIETY,
        Warning,
        Langflow,
        "the secret key has too little variety to come from a random generator",
    ),
    check(
        id::AUTH_INVALID_SETTING,
        Critical,
        Langflow,
        "a LANGFLOW_* auth setting Langflow cannot parse, so it would not start",
    ),
    check(
        id::AUTH_AUTO_LOGIN,
        Critical,
        Langflow,
        "LANGFLOW_AUTO_LOGIN is true: everyone who reaches the server is a superuser",
    ),
    check(
        id::AUTH_SKIP_AUTH,
        Critical,
        Langflow,
        "LANGFLOW_SKIP_AUTH_AUTO_LOGIN with AUTO_LOGIN: the API takes requests without a key",
    ),
    check(
        id::AUTH_DEFAULT_SUPERUSER,
        Warning,
        Langflow,
        "a user `langflow` whose stored hash verifies the password `langflow`, or LANGFLOW_SUPERUSER_PASSWORD=langflow",
    ),
    check(
        id::AUTH_SUPERUSER_CLI,
        Warning,
        Langflow,
        "LANGFLOW_ENABLE_SUPERUSER_CLI is on (the default)",
    ),
    check(
        id::AUTH_NEW_USER_ACTIVE,
        Warning,
        Langflow,
        "LANGFLOW_NEW_USER_IS_ACTIVE is true: sign-ups are active without approval",
    ),
    check(
        id::AUTH_WEBHOOK_AUTH_OFF,
        Warning,
        Langflow,
        "LANGFLOW_WEBHOOK_AUTH_ENABLE is false: webhooks run flows without a key",
    ),
    check(
        id::AUTH_CORS_WILDCARD,
        Info,
        Langflow,
        "LANGFLOW_CORS_ORIGINS is * (with credentials allowed)",
    ),
    check(
        id::AUTH_KEY_TRACKING_OFF,
        Info,
        Langflow,
        "LANGFLOW_DISABLE_TRACK_APIKEY_USAGE is true: unused keys cannot be told apart",
    ),
    check(
        id::FILES_KEY_EXPOSED,
        Critical,
        Both,
        "a file holding a key is readable or writable by group or others",
    ),
    check(
        id::FILES_ENV_EXPOSED,
        Critical,
        Both,
        "an --env-file is readable by group or others",
    ),
    check(
        id::FILES_DATABASE_EXPOSED,
        Warning,
        Both,
        "the database (or its WAL, or a backup of it) is readable by group or others",
    ),
    check(
        id::FILES_OWNER_MISMATCH,
        Warning,
        Both,
        "a key file, .env or backup is owned by another user than the database",
    ),
    check(
        id::FILES_BACKUPS,
        Info,
        Both,
        "backups of the database or the key left beside them",
    ),
    check(
        id::ACCOUNTS_STALE_SUPERUSER,
        Warning,
        Langflow,
        "an active superuser with no login for --stale-days days",
    ),
    check(
        id::ACCOUNTS_SUPERUSERS_WITH_AUTO_LOGIN,
        Warning,
        Langflow,
        "more than one active superuser while AUTO_LOGIN is true",
    ),
    check(
        id::API_KEYS_INACTIVE_OWNER,
        Warning,
        Langflow,
        "API keys that belong to inactive users",
    ),
    check(
        id::API_KEYS_UNUSED,
        Warning,
        Langflow,
        "API keys never used or unused for --stale-days days",
    ),
    check(
        id::API_KEYS_NEVER_EXPIRE,
        Info,
        Langflow,
        "API keys with no expiry",
    ),
    check(
        id::VARIABLES_LEGACY_GENERIC,
        Warning,
        Langflow,
        "Generic variables that still hold a Fernet token (the 1.5-1.7 upgrade trap)",
    ),
    check(
        id::FLOWFILE_KEY_NO_BACKUP,
        Warning,
        Flowfile,
        "the master key is only in Flowfile's default local store, with no backup",
    ),
    check(
        id::FLOWFILE_DISABLED_ADMIN,
        Warning,
        Flowfile,
        "disabled users that are still admins",
    ),
    check(
        id::FLOWFILE_ORPHAN_SECRETS,
        Critical,
        Flowfile,
        "secrets whose owner no longer exists (a new user may get that id, and with it the key)",
    ),
    check(
        id::FLOWFILE_KEY_NO_CONSUMER,
        Warning,
        Flowfile,
        "enabled API keys with no enabled consumer",
    ),
];

/// What one run looks at: `--check` and `--skip`, by id or by group (the part
/// before the dot).
pub struct Selection {
    only: Vec<String>,
    skip: Vec<String>,
}

fn matches(pattern: &str, id: &str) -> bool {
    pattern == id
        || id
            .split_once('.')
            .is_some_and(|(group, _)| group == pattern)
}

impl Selection {
    pub fn new(only: &[String], skip: &[String]) -> Result<Selection> {
        for pattern in only.iter().chain(skip) {
            if !CHECKS.iter().any(|c| matches(pattern, c.id)) {
                return Err(Error::usage(format!("no check is called {pattern:?}"))
                    .hint("`flowadmin doctor --list-checks` lists every id and group"));
            }
        }
        Ok(Selection {
            only: only.to_vec(),
            skip: skip.to_vec(),
        })
    }

    pub fn wants(&self, id: &str) -> bool {
        (self.only.is_empty() || self.only.iter().any(|p| matches(p, id)))
            && !self.skip.iter().any(|p| matches(p, id))
    }

    /// Whether any check of this group runs (to skip the work behind it).
    pub fn wants_group(&self, group: &str) -> bool {
        CHECKS
            .iter()
            .filter(|c| c.id.split_once('.').is_some_and(|(g, _)| g == group))
            .any(|c| self.wants(c.id))
    }
}

/// The most rows a finding keeps (and `--json` lists); its count stays
/// exact, so a check that matches a million rows costs no more memory.
pub const ITEM_LIMIT: usize = 1_000;
/// The most rows the terminal report lists under one finding.
const ITEMS_SHOWN: usize = 20;

/// The rows behind a finding: the first [`ITEM_LIMIT`], and how many in all.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Items {
    #[serde(rename = "items")]
    list: Vec<String>,
    #[serde(rename = "item_count")]
    count: usize,
}

impl Items {
    pub fn push(&mut self, item: String) {
        if self.list.len() < ITEM_LIMIT {
            self.list.push(item);
        }
        self.count += 1;
    }

    /// How many rows in all (listed or not).
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// A list already cut short, and the count it was cut from.
    pub fn sample(list: impl IntoIterator<Item = String>, count: usize) -> Items {
        let list: Vec<String> = list.into_iter().take(ITEM_LIMIT).collect();
        Items {
            count: count.max(list.len()),
            list,
        }
    }
}

/// One thing found: what, why it matters, what to do, and the rows behind it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Finding {
    pub id: &'static str,
    pub severity: Severity,
    pub found: String,
    pub why: String,
    pub fix: String,
    #[serde(flatten)]
    pub items: Items,
}

impl Finding {
    pub fn new(
        id: &'static str,
        severity: Severity,
        found: impl Into<String>,
        why: impl Into<String>,
        fix: impl Into<String>,
    ) -> Finding {
        debug_assert!(CHECKS.iter().any(|c| c.id == id), "{id} is in CHECKS");
        Finding {
            id,
            severity,
            found: found.into(),
            why: why.into(),
            fix: fix.into(),
            items: Items::default(),
        }
    }

    pub fn items(mut self, items: impl IntoIterator<Item = String>) -> Finding {
        items.into_iter().for_each(|i| self.items.push(i));
        self
    }

    pub fn listing(mut self, items: Items) -> Finding {
        self.items = items;
        self
    }
}

/// A key found, by fingerprint, and what it opens.
#[derive(Debug, Clone, serde::Serialize)]
pub struct KeySeen {
    pub fingerprint: Option<String>,
    pub sources: Vec<String>,
    pub configured: bool,
    /// Values it opens; `None` when it is not a usable key.
    pub opens: Option<usize>,
    /// Why it is not usable.
    pub error: Option<String>,
}

/// Everything one run found.
pub struct Report {
    pub product: &'static str,
    pub backend: &'static str,
    pub database: String,
    pub encrypted: usize,
    pub keys: Vec<KeySeen>,
    pub findings: Vec<Finding>,
    pub checked: Vec<&'static str>,
}

impl Report {
    fn count(&self, s: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == s).count()
    }

    pub fn failing(&self, fail_on: FailOn) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity.fails(fail_on))
            .count()
    }

    fn summary(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        format!(
            "{}, {}, {} ({} checks run)",
            plural(self.count(Critical), "critical", "critical"),
            plural(self.count(Warning), "warning", "warnings"),
            plural(self.count(Info), "info", "info"),
            self.checked.len()
        )
    }

    /// Sorts findings by severity (worst first), then catalog order.
    pub fn sort(&mut self) {
        let rank = |id: &str| CHECKS.iter().position(|c| c.id == id).unwrap_or(usize::MAX);
        self.findings
            .sort_by_key(|f| (std::cmp::Reverse(f.severity), rank(f.id)));
    }

    pub fn to_json(&self, fail_on: FailOn) -> Value {
        json!({
            "schema": 1,
            "product": self.product,
            "backend": self.backend,
            "database": self.database,
            "encrypted_values": self.encrypted,
            "keys": self.keys,
            "findings": self.findings,
            "counts": {
                "critical": self.count(Critical),
                "warning": self.count(Warning),
                "info": self.count(Info),
            },
            "checked": self.checked,
            "fail_on": format!("{fail_on:?}").to_lowercase(),
            "ok": self.failing(fail_on) == 0,
            "summary": self.summary(),
        })
    }

    pub fn print(&self, out: &Output) -> Result<()> {
        out.line(format!(
            "{} database {} ({}): {} encrypted value{}, {} key{} found",
            self.product,
            self.database,
            self.backend,
            self.encrypted,
            if self.encrypted == 1 { "" } else { "s" },
            self.keys.len(),
            if self.keys.len() == 1 { "" } else { "s" },
        ))?;
        if !self.keys.is_empty() {
            let rows: Vec<Vec<String>> = self
                .keys
                .iter()
                .map(|k| {
                    vec![
                        k.fingerprint.clone().unwrap_or_else(|| "-".into()),
                        match k.opens {
                            Some(n) => format!("{n}/{}", self.encrypted),
                            None => k.error.clone().unwrap_or_else(|| "-".into()),
                        },
                        if k.configured { "configured" } else { "" }.into(),
                        k.sources.join("; "),
                    ]
                })
                .collect();
            out.line("")?;
            out.table(&["KEY", "OPENS", "ROLE", "FOUND IN"], &rows)?;
        }
        for severity in [Critical, Warning, Info] {
            let found: Vec<&Finding> = self
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .collect();
            if found.is_empty() {
                continue;
            }
            out.line("")?;
            out.line(format!(
                "{} ({})",
                severity.as_str().to_uppercase(),
                found.len()
            ))?;
            for f in found {
                out.line(format!("  [{}] {}", f.id, f.found))?;
                for item in f.items.list.iter().take(ITEMS_SHOWN) {
                    out.line(format!("      - {item}"))?;
                }
                if f.items.len() > ITEMS_SHOWN {
                    out.line(format!(
                        "      - ... and {} more (`--json` lists the first {ITEM_LIMIT})",
                        f.items.len() - ITEMS_SHOWN
                    ))?;
                }
                out.line(format!("      why: {}", f.why))?;
                out.line(format!("      fix: {}", f.fix))?;
            }
        }
        out.line("")?;
        out.line(format!("summary: {}", self.summary()))
    }
}

/// `--list-checks`.
pub fn list(out: &Output) -> Result<()> {
    if out.json_mode() {
        let checks: Vec<Value> = CHECKS
            .iter()
            .map(|c| {
                json!({"id": c.id, "severity": c.severity, "products": c.applies.as_str().split(", ").collect::<Vec<_>>(), "about": c.about})
            })
            .collect();
        return out.json(&json!({ "schema": 1, "checks": checks }));
    }
    let rows: Vec<Vec<String>> = CHECKS
        .iter()
        .map(|c| {
            vec![
                c.id.to_owned(),
                c.severity.as_str().to_owned(),
                c.applies.as_str().to_owned(),
                c.about.to_owned(),
            ]
        })
        .collect();
    out.table(&["ID", "UP TO", "PRODUCTS", "WHAT IT LOOKS FOR"], &rows)
}
