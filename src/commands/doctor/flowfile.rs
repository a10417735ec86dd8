//! `doctor` on a Flowfile catalog (SQLite).

use std::path::{Path, PathBuf};

use super::Opts;
use super::files::{self, Holds, Watched};
use super::keys::{self, Candidates, Words};
use super::report::{Finding, Report, Selection, Severity, id};
use crate::commands::{
    flowfile_database_path as database_path, open_flowfile_readable as open_readable,
};
use crate::crypto::flowfile::MasterKey;
use crate::error::Result;
use crate::keyfile;
use crate::settings::Source;
use crate::settings::flowfile::{MasterKeySource, STORE_FILE, STORE_KEY_FILE};
use crate::ui::context::Ctx;

const WORDS: Words = Words {
    key: "master key",
    configure: "FLOWFILE_MASTER_KEY in docker mode, else the secure store",
    product: "Flowfile",
    store: "catalog",
};

/// Beside the database: where a rotation leaves the pending key and the
/// old keys' backups.
fn key_home(db: &Path) -> PathBuf {
    db.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("flowfile_master_key")
}

fn candidates(
    ctx: &Ctx,
    source: &MasterKeySource,
    db: &Path,
    opts: &Opts,
) -> Result<(Candidates<MasterKey>, Option<String>)> {
    let settings = &ctx.settings;
    let mut c: Candidates<MasterKey> = Candidates::default();
    let configured_error = match settings.master_key() {
        Ok(key) => {
            c.add(
                key.expose(),
                source.to_string(),
                true,
                |_| Ok(key.clone()),
                MasterKey::fingerprint,
            );
            None
        }
        Err(e) => Some(e.message.clone()),
    };
    let (mode, _) = settings.flowfile_mode();
    if mode != "docker"
        && let Some((text, from)) = settings.env().non_empty("FLOWFILE_MASTER_KEY")
    {
        c.add(
            &text,
            format!("FLOWFILE_MASTER_KEY ({from}), ignored in mode {mode}"),
            false,
            |t| MasterKey::from_env(t).map_err(|e| e.to_string()),
            MasterKey::fingerprint,
        );
    }
    let read =
        |c: &mut Candidates<MasterKey>, path: &Path, what: String| match keyfile::read_key_text(
            path, "key file",
        ) {
            Ok(text) => c.add(
                keyfile::as_given(&text),
                what,
                false,
                |t| MasterKey::from_secret_file(t).map_err(|e| e.to_string()),
                MasterKey::fingerprint,
            ),
            Err(_) => c.unreadable.push(path.display().to_string()),
        };
    let home = key_home(db);
    let pending = keyfile::pending_path(&home);
    if pending.is_file() {
        read(&mut c, &pending, pending.display().to_string());
    }
    let name = home
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(dir) = home.parent() {
        for b in keys::siblings(dir, &format!("{name}.backup.")) {
            read(&mut c, &b, b.display().to_string());
        }
    }
    for extra in &opts.key_files {
        keyfile::read_key_text(extra, "--key-file")?;
        read(&mut c, extra, format!("{} (--key-file)", extra.display()));
    }
    Ok((c, configured_error))
}

fn watched(ctx: &Ctx, source: &MasterKeySource, db: &Path) -> Result<Vec<Watched>> {
    let settings = &ctx.settings;
    let mut files = Vec::new();
    match source {
        MasterKeySource::Store { dir, .. } => {
            files.push(Watched::new(dir.join(STORE_FILE), Holds::Key));
            files.push(Watched::new(dir.join(STORE_KEY_FILE), Holds::Key));
        }
        MasterKeySource::DockerSecret(path) => files.push(Watched::new(path.clone(), Holds::Key)),
        MasterKeySource::Env(_) | MasterKeySource::NoneInDocker => {}
    }
    let home = key_home(db);
    files.push(Watched::new(keyfile::pending_path(&home), Holds::Key));
    if let (Some(dir), Some(name)) = (home.parent(), home.file_name()) {
        for b in keys::siblings(dir, &format!("{}.backup.", name.to_string_lossy())) {
            files.push(Watched::backup(b, Holds::Key));
        }
    }
    for env in settings.env().files() {
        files.push(Watched::new(env.clone(), Holds::Env));
    }
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        files.push(Watched::new(PathBuf::from(p), Holds::Data));
    }
    if let (Some(dir), Some(name)) = (db.parent(), db.file_name()) {
        for b in keys::siblings(dir, &format!("{}.backup-", name.to_string_lossy())) {
            files.push(Watched::backup(b, Holds::Data));
        }
    }
    Ok(files)
}

pub fn run(ctx: &Ctx, sel: &Selection, opts: &Opts) -> Result<Report> {
    let settings = &ctx.settings;
    let path = database_path(settings)?;
    let source = settings.master_key_source()?;
    let mut findings = Vec::new();
    // Before the database is open: SQLite's reader makes -wal and -shm files.
    if sel.wants_group("files") {
        let files = watched(ctx, &source, &path)?;
        findings.extend(files::check(sel, &files, Some(&path)));
    }
    let db = open_readable(settings)?;
    let (cands, configured_error) = candidates(ctx, &source, &path, opts)?;
    let (seen, total) = if sel.wants_group("key") {
        let (usable, _) = cands.usable();
        let tally = crate::integrity::tally_flowfile(&usable, &db)?;
        let (seen, drift) = keys::drift(sel, &cands, &tally, configured_error.as_deref(), &WORDS);
        findings.extend(drift);
        (seen, tally.total)
    } else {
        (Vec::new(), 0)
    };
    key_setting_checks(ctx, sel, opts, &source, &path, &mut findings);
    catalog_checks(sel, &db, &mut findings)?;
    Ok(Report {
        product: "Flowfile",
        backend: "SQLite",
        database: path.display().to_string(),
        encrypted: total,
        keys: seen,
        findings,
        checked: Vec::new(),
    })
}

/// The master key's settings and files: an interrupted rotation, a key set
/// where the mode ignores it, a key kept nowhere but the default store.
fn key_setting_checks(
    ctx: &Ctx,
    sel: &Selection,
    opts: &Opts,
    source: &MasterKeySource,
    path: &Path,
    findings: &mut Vec<Finding>,
) {
    let settings = &ctx.settings;
    let home = key_home(path);
    findings.extend(keys::interrupted_rotation(
        sel,
        &keyfile::pending_path(&home),
        &WORDS,
    ));
    let (mode, _) = settings.flowfile_mode();
    if mode != "docker"
        && sel.wants(id::KEY_IGNORED_SETTING)
        && let Some((_, from)) = settings.env().non_empty("FLOWFILE_MASTER_KEY")
    {
        findings.push(Finding::new(
            id::KEY_IGNORED_SETTING,
            Severity::Warning,
            format!("FLOWFILE_MASTER_KEY is set ({from}), but FLOWFILE_MODE is {mode}, where Flowfile reads the secure store instead"),
            "whoever set it believes Flowfile uses that key; it does not, and a rotation that updates only it changes nothing Flowfile reads",
            "unset FLOWFILE_MASTER_KEY, or run Flowfile with FLOWFILE_MODE=docker if that is the key it should use",
        ));
    }
    if sel.wants(id::FLOWFILE_KEY_NO_BACKUP)
        && let MasterKeySource::Store {
            dir,
            decided_by: Source::Default(_),
        } = source
        && keys::siblings(
            home.parent().unwrap_or(Path::new(".")),
            "flowfile_master_key.backup.",
        )
        .is_empty()
        && opts.key_files.is_empty()
    {
        findings.push(Finding::new(
            id::FLOWFILE_KEY_NO_BACKUP,
            Severity::Warning,
            format!(
                "the master key is only in Flowfile's default store {}, with no backup beside the catalog",
                dir.join(STORE_FILE).display()
            ),
            "that store sits in a per-user folder; a new machine, a wiped profile or a lost .secret_key makes every stored secret unreadable for good",
            "keep a copy of the master key offline (`flowadmin secret-key rotate` leaves a backup of the old key; the store's two files together are the key)",
        ));
    }
}

/// The catalog's accounts, secrets and keys.
fn catalog_checks(
    sel: &Selection,
    db: &crate::storage::flowfile::FlowfileDb,
    findings: &mut Vec<Finding>,
) -> Result<()> {
    let users = db.users()?;
    if sel.wants(id::FLOWFILE_DISABLED_ADMIN) {
        let items: Vec<String> = users
            .iter()
            .filter(|u| u.is_admin && u.disabled)
            .map(|u| format!("{} (id {})", u.username, u.id))
            .collect();
        if !items.is_empty() {
            findings.push(
                Finding::new(
                    id::FLOWFILE_DISABLED_ADMIN,
                    Severity::Warning,
                    format!("{} disabled user(s) are still admins", items.len()),
                    "enabling the account again (by mistake, or by another admin) restores full rights at once",
                    "delete the account (`flowadmin user delete <name>`) if it is not coming back",
                )
                .items(items),
            );
        }
    }
    if sel.wants(id::FLOWFILE_ORPHAN_SECRETS) {
        let max_id = users.iter().map(|u| u.id).max().unwrap_or(0);
        let orphans: Vec<_> = db
            .secrets(None)?
            .into_iter()
            .filter(|s| s.owner.is_none())
            .collect();
        if !orphans.is_empty() {
            // SQLite gives a new row max(id)+1: an orphan's owner id above the
            // highest user id is the id a future user gets, with the key to it.
            let reusable = orphans
                .iter()
                .any(|s| s.user_id.is_none_or(|id| id > max_id));
            findings.push(
                Finding::new(
                    id::FLOWFILE_ORPHAN_SECRETS,
                    if reusable { Severity::Critical } else { Severity::Warning },
                    format!("{} secret(s) belong to a user that no longer exists", orphans.len()),
                    if reusable {
                        "Flowfile derives each secret's key from its owner's id, and the next user created gets that id: they would open these secrets"
                    } else {
                        "nobody can use them, and a restore that brings the id back hands them to whoever holds it"
                    },
                    "delete them (they open with the master key only by owner id, so nobody needs them), or restore the user",
                )
                .items(orphans.iter().map(|s| {
                    format!(
                        "{} (id {}, owner id {})",
                        s.name,
                        s.id,
                        s.user_id.map_or("none".into(), |i| i.to_string())
                    )
                })),
            );
        }
    }
    if sel.wants(id::FLOWFILE_KEY_NO_CONSUMER) {
        let items: Vec<String> = db
            .api_keys(None)?
            .iter()
            .filter(|k| k.enabled && !k.consumer_enabled)
            .map(|k| match &k.consumer {
                Some(c) => format!("{} ({}...): consumer {c} is disabled", k.name, k.prefix),
                None => format!("{} ({}...): no consumer", k.name, k.prefix),
            })
            .collect();
        if !items.is_empty() {
            findings.push(
                Finding::new(
                    id::FLOWFILE_KEY_NO_CONSUMER,
                    Severity::Warning,
                    format!("{} enabled API key(s) have no enabled consumer", items.len()),
                    "they authenticate nothing today, but enabling the consumer again revives every one of them",
                    "revoke them: `flowadmin api-key revoke <id>`",
                )
                .items(items),
            );
        }
    }
    Ok(())
}
