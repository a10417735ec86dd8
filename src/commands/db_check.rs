//! `flowadmin db check`: is this Langflow's database, and does the configured
//! secret key open every encrypted value in it? Read-only.

use serde_json::{Value, json};

use crate::cli::DbCheckArgs;
use crate::commands::open_readable;
use crate::error::{Error, Result, exit};
use crate::integrity::{self, Verification};
use crate::settings::{KeySource, Settings};
use crate::storage;
use crate::storage::secrets::ValueRef;
use crate::ui::context::Ctx;

fn value_json(v: &ValueRef) -> Value {
    json!({
        "column": v.column,
        "row_id": storage::secrets::dashed_uuid(&v.row_id),
        "name": v.name,
        "owner": v.owner,
        "row": v.describe_row(),
    })
}

/// Everything `db check` found, gathered once and then rendered as JSON or
/// as text.
struct Check {
    location: String,
    revision: Option<String>,
    revisions: Vec<String>,
    release: Option<storage::Release>,
    head_of: Option<storage::Release>,
    journal: String,
    counts: storage::Counts,
    key_source: KeySource,
    /// The key's length in characters, or why there is no usable key.
    key: std::result::Result<usize, Error>,
    verification: Option<Verification>,
    total: usize,
    legacy_generic: Vec<ValueRef>,
    code: u8,
    verdict: String,
}

fn gather(settings: &Settings) -> Result<Check> {
    let db = open_readable(settings)?;
    let schema = db.schema();
    let revision = schema.revision().map(str::to_owned);
    let release = schema.release();
    let head_of = revision.as_deref().and_then(storage::is_release_head);
    // A missing, unreadable or unusable key is reported, not fatal to the report.
    let keyring = settings.secret_key().and_then(|key| {
        let ring = key.keyring()?;
        Ok((key.char_len(), ring))
    });
    // SQLite: the counts (a scan of every variable row, for the types) run
    // on a connection of their own while the cores check the values.
    let sqlite_path = db.file().map(std::path::Path::to_path_buf);
    let (verification, counts) = std::thread::scope(|scope| -> Result<_> {
        let counting = sqlite_path.map(|path| {
            scope.spawn(move || {
                storage::Described::counts(&storage::Database::open_read_only(&path)?)
            })
        });
        let verification = match &keyring {
            Ok((_, ring)) => Some(integrity::verify(ring, db.secrets())?),
            Err(_) => None,
        };
        let counts = match counting {
            Some(handle) => handle.join().expect("the count does not panic")?,
            None => db.counts()?,
        };
        Ok((verification, counts))
    })?;
    // Without a key the values are still counted (and legacy ones listed).
    let (total, legacy_generic) = match &verification {
        Some(v) => (v.total, v.legacy_generic.clone()),
        None => {
            let n = std::sync::atomic::AtomicUsize::new(0);
            let legacy = std::sync::Mutex::new(Vec::new());
            db.secrets().visit_secrets(&|slot| {
                if slot.legacy_generic {
                    legacy
                        .lock()
                        .expect("not poisoned")
                        .push(ValueRef::of(slot));
                } else {
                    n.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            })?;
            (n.into_inner(), legacy.into_inner().expect("not poisoned"))
        }
    };
    let (code, verdict) = match (&keyring, &verification) {
        (_, Some(v)) if v.all_open_everywhere() => (
            exit::OK,
            format!("{total} values, all open with the configured secret key"),
        ),
        (_, Some(v)) if v.all_open() => (
            exit::KEY,
            format!(
                "{total} values open with the configured secret key, but not with every cryptography release Langflow allows ({} gap(s))",
                integrity::release_gaps(v).len()
            ),
        ),
        (_, Some(v)) => (
            exit::KEY,
            format!(
                "{} of {total} encrypted values do not open with the configured secret key",
                v.failed.len()
            ),
        ),
        (Err(_), None) if total == 0 => (
            exit::OK,
            "no encrypted values (and no usable secret key)".to_owned(),
        ),
        (Err(e), None) => (
            exit::KEY,
            format!("{total} encrypted values cannot be checked: {e}"),
        ),
        (Ok(_), None) => unreachable!("a keyring always yields a verification"),
    };
    Ok(Check {
        revisions: schema.revisions.clone(),
        journal: db.journal_mode()?,
        counts,
        location: db.location(),
        revision,
        release,
        head_of,
        key_source: settings.key_source(),
        key: keyring.map(|(chars, _)| chars),
        verification,
        total,
        legacy_generic,
        code,
        verdict,
    })
}

fn to_json(c: &Check) -> Value {
    let opened: serde_json::Map<String, Value> = c
        .verification
        .as_ref()
        .map(|v| {
            v.opened_by
                .iter()
                .map(|(k, n)| (k.as_str().to_owned(), json!(n)))
                .collect()
        })
        .unwrap_or_default();
    json!({
        "ok": c.code == exit::OK,
        "database": c.location,
        "langflow": true,
        "revision": c.revision,
        "revisions": c.revisions,
        "release": c.release.map(|r| r.to_string()),
        "known_revision": c.release.is_some(),
        "release_head": c.head_of.map(|r| r.to_string()),
        "journal_mode": c.journal,
        "counts": c.counts,
        "secret_key": {
            "source": c.key_source.kind(),
            "comes_from": c.key_source.to_string(),
            "characters": c.key.as_ref().ok(),
            "usable": c.key.is_ok(),
            "error": c.key.as_ref().err().map(|e| e.to_string()),
        },
        "encrypted": {
            "total": c.total,
            "open": c.verification.as_ref().map(|v| v.total - v.failed.len()),
            "opened_by": opened,
            "failed": c.verification.as_ref().map(|v| v.failed.iter().map(value_json).collect::<Vec<_>>()),
        },
        "releases": c.verification.as_ref().map(releases_json),
        "legacy_generic_encrypted": c.legacy_generic.iter().map(value_json).collect::<Vec<_>>(),
        "summary": c.verdict,
    })
}

/// Which `cryptography` releases read the key and each value that not all read.
pub(crate) fn releases_json(v: &Verification) -> Value {
    let labels =
        |r: crate::crypto::Readers| r.members().iter().map(|m| m.label()).collect::<Vec<_>>();
    json!({
        "key_accepted_by": labels(v.key_readers),
        "key_refused_by": v.key_readers.missing().iter().map(|m| m.label()).collect::<Vec<_>>(),
        "values_not_read_by_all": v.partial.iter().map(|(value, readers)| {
            let mut j = value_json(value);
            j["open_with"] = json!(labels(*readers));
            j
        }).collect::<Vec<_>>(),
    })
}

fn text_rows(c: &Check) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = Vec::new();
    rows.push(("database".into(), c.location.clone()));
    let revision_line = match (&c.revision, c.release) {
        (Some(rev), Some(rel)) => match c.head_of {
            Some(head) => format!("{rev} (head of Langflow {head}; known to flowadmin)"),
            None => format!(
                "{rev} (from Langflow {rel}'s migrations, not a release head; known to flowadmin)"
            ),
        },
        (Some(rev), None) => format!(
            "{rev} (unknown to flowadmin: a newer or unreleased Langflow; flowadmin reads it but will not write to it)"
        ),
        (None, _) if c.revisions.is_empty() => {
            "none recorded (alembic_version is empty)".to_owned()
        }
        (None, _) => format!("several recorded: {}", c.revisions.join(", ")),
    };
    rows.push(("revision".into(), revision_line));
    rows.push(("journal mode".into(), c.journal.clone()));
    let counts = &c.counts;
    rows.push((
        "users".into(),
        format!(
            "{} ({} superuser{}, {} inactive)",
            counts.users,
            counts.superusers,
            if counts.superusers == 1 { "" } else { "s" },
            counts.inactive_users
        ),
    ));
    rows.push(("API keys".into(), counts.api_keys.to_string()));
    let vars = if counts.variables_by_type.is_empty() {
        "0".to_owned()
    } else {
        counts
            .variables_by_type
            .iter()
            .map(|(t, n)| format!("{t} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    rows.push(("variables".into(), vars));
    let key_line = match &c.key {
        Ok(chars) => format!("{}, {chars} characters", c.key_source),
        Err(e) => format!("not usable: {e}"),
    };
    rows.push(("secret key".into(), key_line));
    let mut verdict_line = c.verdict.clone();
    if let Some(v) = &c.verification
        && !v.opened_by.is_empty()
        && v.all_open()
    {
        let by: Vec<String> = v
            .opened_by
            .iter()
            .map(|(k, n)| format!("{n} {}", k.as_str()))
            .collect();
        verdict_line = format!("{verdict_line} ({})", by.join(", "));
    }
    rows.push(("encrypted".into(), verdict_line));
    if let Some(v) = &c.verification {
        for (i, gap) in integrity::release_gaps(v).into_iter().enumerate() {
            let label = if i == 0 { "releases" } else { "" };
            rows.push((label.into(), gap));
        }
        for failed in &v.failed {
            rows.push((
                String::new(),
                format!(
                    "does not open: {} row {}",
                    failed.column,
                    failed.describe_row()
                ),
            ));
        }
    }
    if !c.legacy_generic.is_empty() {
        rows.push((
            "legacy generic".into(),
            format!(
                "{} Generic variable(s) still hold a Fernet token from Langflow 1.5-1.7; Langflow 1.8+ returns the raw token as their value",
                c.legacy_generic.len()
            ),
        ));
        for v in &c.legacy_generic {
            rows.push((
                String::new(),
                format!("{} row {}", v.column, v.describe_row()),
            ));
        }
    }
    rows
}

pub fn run(ctx: &Ctx, _args: &DbCheckArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let check = gather(settings)?;
    if out.json_mode() {
        out.json(&to_json(&check))?;
        return verdict_error(&check);
    }
    out.pairs(&text_rows(&check))?;
    let pending = crate::keyfile::pending_path(&settings.secret_key_path());
    if pending.exists() {
        out.warn(format!(
            "warning: {} is left from an interrupted key rotation; settle it with `flowadmin secret-key check`",
            pending.display()
        ));
    }
    verdict_error(&check)
}

/// Values the key does not open (exit 5), said once the report is out.
fn verdict_error(check: &Check) -> Result<()> {
    if check.code == exit::OK {
        return Ok(());
    }
    let hint = match &check.key {
        Err(_) => "configure the secret key Langflow uses (see `flowadmin db locate`)",
        Ok(_) if check.verification.as_ref().is_some_and(|v| v.all_open()) => {
            "rotate to a generated key with `flowadmin secret-key rotate`: the new key and every value it rewrites are in the form every release reads"
        }
        Ok(_) => {
            "the configured key is not the one these values were written with; check LANGFLOW_SECRET_KEY and --config-dir (see `flowadmin db locate`)"
        }
    };
    Err(Error::key(check.verdict.clone()).hint(hint).after_report())
}
