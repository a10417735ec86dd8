//! File checks: who may read the files that hold keys, settings and data,
//! who owns them, and which backups are lying around. Only metadata is
//! read, except `.env` files, which are scanned for secret-looking names.

use std::path::{Path, PathBuf};

use super::report::{Finding, Selection, Severity, id};
use crate::keyfile::Owner;

/// What a file holds, which decides how exposed it may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// A key, a store of keys, or a pending/backup key.
    Key,
    /// A dotenv file given to flowadmin.
    Env,
    /// The database, its WAL, or a copy of it.
    Data,
}

pub struct Watched {
    pub path: PathBuf,
    pub holds: Holds,
    /// A backup left beside the original (reported by `files.backups`).
    pub backup: bool,
}

impl Watched {
    pub fn new(path: PathBuf, holds: Holds) -> Watched {
        Watched {
            path,
            holds,
            backup: false,
        }
    }

    pub fn backup(path: PathBuf, holds: Holds) -> Watched {
        Watched {
            path,
            holds,
            backup: true,
        }
    }
}

fn mode_text(mode: u32) -> String {
    format!("{:04o}", mode & 0o7777)
}

/// Names in a dotenv file that hold secrets.
fn env_secrets(path: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let parsed = crate::settings::dotenv::parse(&crate::settings::dotenv::normalize(&text));
    parsed
        .bindings
        .into_iter()
        .filter(|(_, v)| v.as_deref().is_some_and(|v| !v.is_empty()))
        .map(|(k, _)| k)
        .filter(|k| {
            let k = k.to_ascii_uppercase();
            [
                "SECRET",
                "PASSWORD",
                "MASTER_KEY",
                "TOKEN",
                "API_KEY",
                "DATABASE_URL",
            ]
            .iter()
            .any(|w| k.contains(w))
        })
        .collect()
}

/// The file checks over `files`. `reference` is whose files these should
/// be: the database file's owner, or the config dir's on PostgreSQL.
pub fn check(sel: &Selection, files: &[Watched], reference: Option<&Path>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let present: Vec<(&Watched, Owner)> = files
        .iter()
        .filter_map(|w| Owner::of(&w.path).map(|o| (w, o)))
        .collect();
    let keys: Vec<String> = present
        .iter()
        .filter(|(w, o)| w.holds == Holds::Key && o.mode & 0o077 != 0)
        .map(|(w, o)| show(w, o))
        .collect();
    if !keys.is_empty() && sel.wants(id::FILES_KEY_EXPOSED) {
        findings.push(
            Finding::new(
                id::FILES_KEY_EXPOSED,
                Severity::Critical,
                format!("{} file(s) holding a key can be read or changed by group or others", keys.len()),
                "anyone who can read the key and the database can decrypt every stored secret; whoever can write it can make the product encrypt under their key",
                "chmod 600 each file (the product's own user must stay its owner)",
            )
            .items(keys),
        );
    }

    env_and_data_checks(sel, &present, &mut findings);
    owner_and_backup_checks(sel, &present, reference, &mut findings);
    findings
}

fn show(w: &Watched, o: &Owner) -> String {
    format!("{} (mode {})", w.path.display(), mode_text(o.mode))
}

/// `.env` files and database files readable by group or others.
fn env_and_data_checks(
    sel: &Selection,
    present: &[(&Watched, Owner)],
    findings: &mut Vec<Finding>,
) {
    let mut env_items = Vec::new();
    let mut env_severity = Severity::Warning;
    for (w, o) in present.iter().filter(|(w, _)| w.holds == Holds::Env) {
        if o.mode & 0o077 == 0 {
            continue;
        }
        let secrets = env_secrets(&w.path);
        if !secrets.is_empty() {
            env_severity = Severity::Critical;
            env_items.push(format!("{}: holds {}", show(w, o), secrets.join(", ")));
        } else {
            env_items.push(show(w, o));
        }
    }
    if !env_items.is_empty() && sel.wants(id::FILES_ENV_EXPOSED) {
        findings.push(
            Finding::new(
                id::FILES_ENV_EXPOSED,
                env_severity,
                format!("{} .env file(s) can be read by group or others", env_items.len()),
                "a .env usually holds the secret key, passwords or a database URL with its password",
                "chmod 600 the file",
            )
            .items(env_items),
        );
    }

    let data: Vec<String> = present
        .iter()
        .filter(|(w, o)| w.holds == Holds::Data && o.mode & 0o044 != 0)
        .map(|(w, o)| show(w, o))
        .collect();
    if !data.is_empty() && sel.wants(id::FILES_DATABASE_EXPOSED) {
        findings.push(
            Finding::new(
                id::FILES_DATABASE_EXPOSED,
                Severity::Warning,
                format!("{} database file(s) can be read by group or others", data.len()),
                "the database holds password hashes, API key hashes and every encrypted secret: with the key (or a weak one) they all open; SQLite creates it 0644 under the usual umask",
                "chmod 600 the database, its -wal and -shm files and its backups (or run the product with umask 077)",
            )
            .items(data),
        );
    }
}

/// Files owned by another user than the reference, and backups lying about.
fn owner_and_backup_checks(
    sel: &Selection,
    present: &[(&Watched, Owner)],
    reference: Option<&Path>,
    findings: &mut Vec<Finding>,
) {
    if let Some(reference) = reference.and_then(Owner::of)
        && sel.wants(id::FILES_OWNER_MISMATCH)
    {
        let odd: Vec<String> = present
            .iter()
            .filter(|(_, o)| o.uid != reference.uid)
            .map(|(w, o)| {
                format!(
                    "{} (uid {}, not {})",
                    w.path.display(),
                    o.uid,
                    reference.uid
                )
            })
            .collect();
        if !odd.is_empty() {
            findings.push(
                Finding::new(
                    id::FILES_OWNER_MISMATCH,
                    Severity::Warning,
                    format!("{} file(s) are owned by another user than the database", odd.len()),
                    "a file written by another user (often root, through sudo) may be unreadable to the product, which then starts with a new key or fails; or readable to someone it should not be",
                    "chown each file to the user the product runs as",
                )
                .items(odd),
            );
        }
    }

    let backups: Vec<String> = present
        .iter()
        .filter(|(w, _)| w.backup)
        .map(|(w, o)| show(w, o))
        .collect();
    if !backups.is_empty() && sel.wants(id::FILES_BACKUPS) {
        findings.push(
            Finding::new(
                id::FILES_BACKUPS,
                Severity::Info,
                format!("{} backup(s) of the database or key are beside them", backups.len()),
                "each holds an old key or a copy of every secret; one left on the same disk protects against a bad rotation, not against losing the disk, and widens what a reader of this folder gets",
                "once `flowadmin db check` passes, move one copy offline and delete the rest",
            )
            .items(backups),
        );
    }
}
