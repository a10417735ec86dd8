//! `flowadmin secret-key rotate`: every encrypted value re-encrypted under a
//! new key in one transaction, verified before commit, in an order on disk
//! that leaves a key that opens every value at any instant.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Mutex, RwLock};
use std::time::Instant;

use serde_json::json;

use super::{new_key_env, refuse_partial_key, refuse_weak_key};
use crate::cli::SecretKeyRotateArgs;
use crate::commands::{open_readable, open_writable};
use crate::crypto::{Cipher, Keyring, SecretKey, token_urlsafe};
use crate::error::{Error, Result};
use crate::keychange::langflow::{
    LangflowHome, env_file_of, keep_old_keys, keyrings_from_file, temp_places,
};
use crate::keychange::{
    ColumnStats, RotationLock, before_change, install_after_commit, rotation_lock,
};
use crate::keyfile;
use crate::settings::{KeySource, Settings};
use crate::storage::Store;
use crate::storage::secrets::{Rewrite, Slot, ValueRef};
use crate::ui::context::Ctx;

#[derive(Default)]
struct State {
    columns: BTreeMap<String, ColumnStats>,
    failed: Vec<String>,
}

fn new_key(settings: &Settings, req: &SecretKeyRotateArgs) -> Result<(SecretKey, bool)> {
    if let Some(path) = req.new_key_file.as_deref() {
        let text = keyfile::read_key_text(path, "new key file")?;
        // Written to secret_key exactly as used, so a trailing newline is dropped.
        refuse_weak_key(keyfile::as_given(&text), req.allow_weak_key)?;
        let key = SecretKey::new(keyfile::as_given(&text).to_owned());
        refuse_partial_key(&key)?;
        return Ok((key, false));
    }
    if let Some(var) = req.new_key_env.as_deref() {
        let text = new_key_env(settings, var)?;
        refuse_weak_key(text, req.allow_weak_key)?;
        let key = SecretKey::new(text.to_owned());
        refuse_partial_key(&key)?;
        return Ok((key, false));
    }
    Ok((SecretKey::new(token_urlsafe(32).to_string()), true))
}

/// The key text the rotation replaces, as read under the rotation lock:
/// checked again just before the commit, so a key that changed meanwhile
/// (Langflow writing its environment key over the file) stops the rotation.
fn key_on_disk(settings: &Settings) -> Option<String> {
    let source = settings.key_source();
    match &source {
        KeySource::Env(_) => settings.secret_key().ok().map(|k| k.expose().to_owned()),
        KeySource::File(path) => std::fs::read(path)
            .ok()
            .map(|b| String::from_utf8_lossy(&b).into_owned()),
        _ => None,
    }
}

/// Every file the rotation writes or renames after its commit must be
/// writable now, or nothing is done: the env file, the key file's folder,
/// and the backup's folder.
fn preflight(settings: &Settings, db: &Store, req: &SecretKeyRotateArgs) -> Result<()> {
    let key_file = settings.secret_key_path();
    let config_dir = key_file.parent().unwrap_or(Path::new("."));
    keyfile::check_folder_writable(config_dir, "the new key file")?;
    if std::fs::symlink_metadata(&key_file).is_ok() {
        keyfile::check_file_writable(&key_file, "the key file")?;
    }
    if let Some(env_file) = env_file_of(&settings.key_source()) {
        keyfile::check_file_writable(env_file, "the env file")?;
    }
    if !req.no_backup {
        let backup_at = db.backup_path(&settings.config_dir, "stamp");
        let db_dir = backup_at
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        keyfile::check_folder_writable(db_dir, "the database backup")?;
    }
    Ok(())
}

/// The keys of one rotation: the old ones that may open values, and the new.
struct Keys {
    olds: Vec<Keyring>,
    new_key: SecretKey,
    new_ring: Keyring,
    /// Generated here (so shown once), not given.
    generated: bool,
    /// How reports name the new key: "new key", or "restored key" when a
    /// rollback puts the old one back.
    noun: &'static str,
}

/// Old keys: the configured one (if any, and unless it is the new one) and
/// every --old-key-file.
fn choose_keys(
    settings: &Settings,
    req: &SecretKeyRotateArgs,
    new: (SecretKey, bool),
) -> Result<Keys> {
    let (new_key, generated) = new;
    let mut olds: Vec<Keyring> = Vec::new();
    let configured = settings.secret_key();
    let configured_is_new = configured
        .as_ref()
        .is_ok_and(|k| k.expose() == new_key.expose());
    match &configured {
        Ok(_) if configured_is_new => {}
        Ok(key) => olds.push(key.keyring()?),
        Err(e) if req.old_key_files.is_empty() => return Err(e.clone()),
        Err(_) => {}
    }
    for file in &req.old_key_files {
        olds.extend(keyrings_from_file(file)?);
    }
    let new_ring = new_key.keyring()?;
    // An old key that is the new one (say, --old-key-file of the new key on a
    // rerun) would only re-encrypt finished values: leave it out.
    let probe = new_ring.encrypt(b"probe");
    olds.retain(|ring| ring.decrypt(&probe).is_none());
    if configured_is_new && olds.is_empty() {
        return Err(Error::usage(
            "the new key is the key already configured and no --old-key-file was given, so there is nothing to rotate",
        )
        .hint("give a different new key, or the old key with --old-key-file to finish a rotation"));
    }
    Ok(Keys {
        olds,
        new_key,
        new_ring,
        generated,
        noun: "new key",
    })
}

/// Counters of one column, bumped from every core.
#[derive(Default)]
struct Counts {
    reencrypted: AtomicU64,
    already_current: AtomicU64,
    skipped: AtomicU64,
    failed: AtomicU64,
}

/// Decides what each value becomes. The walk calls it from several
/// threads: the counters are atomics under a read lock (a column's entry is
/// made once, under the write lock); only failures, which are rare, take a
/// mutex. (One mutex for everything cost a rotation of 1M values about 15%
/// in contention.)
struct Decider<'a> {
    keys: &'a Keys,
    skip_undecryptable: bool,
    columns: RwLock<BTreeMap<String, Counts>>,
    failed: Mutex<Vec<String>>,
    seen: AtomicU64,
    bar: Option<indicatif::ProgressBar>,
}

impl Decider<'_> {
    fn new<'a>(
        keys: &'a Keys,
        skip_undecryptable: bool,
        bar: Option<indicatif::ProgressBar>,
    ) -> Decider<'a> {
        Decider {
            keys,
            skip_undecryptable,
            columns: RwLock::default(),
            failed: Mutex::default(),
            seen: AtomicU64::new(0),
            bar,
        }
    }

    fn bump(&self, column: &str, which: impl Fn(&Counts) -> &AtomicU64) {
        {
            let map = self.columns.read().expect("not poisoned");
            if let Some(c) = map.get(column) {
                which(c).fetch_add(1, Relaxed);
                return;
            }
        }
        let mut map = self.columns.write().expect("not poisoned");
        which(map.entry(column.to_owned()).or_default()).fetch_add(1, Relaxed);
    }

    fn decide(&self, slot: &Slot) -> Rewrite {
        let Keys { olds, new_ring, .. } = self.keys;
        // Old keys first: in a first run nearly every value opens with one,
        // which saves trying the new key; a value none opens may already be
        // under the new key (a rerun). The new key is never an old one.
        let mut plain = olds
            .iter()
            .find_map(|ring| ring.open(slot.cipher, slot.value).map(|(_, plain)| plain));
        let mut current = false;
        if plain.is_none()
            && let Some((_, opened)) = new_ring.open(slot.cipher, slot.value)
        {
            // Under the new key already; but a token not in the canonical
            // form only some cryptography releases read is rewritten.
            match slot.cipher == Cipher::Fernet && !crate::crypto::is_canonical_token(slot.value) {
                true => plain = Some(opened),
                false => current = true,
            }
        }
        // A replacement is used only once it opens with the new key; it is
        // then read back from the database after its batch is written.
        let rewrite = plain
            .as_ref()
            .map(|p| new_ring.seal(slot.cipher, p))
            .filter(|token| new_ring.open(slot.cipher, token).is_some());
        let unverified = plain.is_some() && rewrite.is_none();
        let seen = self.seen.fetch_add(1, Relaxed) + 1;
        if let Some(bar) = &self.bar
            && seen.is_multiple_of(1024)
        {
            bar.set_position(seen);
        }
        let column = slot.column;
        let (rewrite, failure) = match (current, rewrite) {
            (true, _) => {
                self.bump(column, |c| &c.already_current);
                (Rewrite::Keep, None)
            }
            (false, Some(token)) => {
                self.bump(column, |c| &c.reencrypted);
                (Rewrite::Replace(token), None)
            }
            (false, None) if unverified => {
                self.bump(column, |c| &c.failed);
                let why = format!(
                    "{} (re-encrypted value did not open with the new key)",
                    ValueRef::of(slot).describe()
                );
                (Rewrite::Keep, Some(why))
            }
            (false, None) if self.skip_undecryptable => {
                self.bump(column, |c| &c.skipped);
                (Rewrite::Keep, None)
            }
            (false, None) => {
                self.bump(column, |c| &c.failed);
                (Rewrite::Keep, Some(ValueRef::of(slot).describe()))
            }
        };
        if let Some(why) = failure {
            self.failed.lock().expect("not poisoned").push(why);
        }
        rewrite
    }

    fn nothing_failed(&self) -> bool {
        self.failed.lock().expect("not poisoned").is_empty()
    }

    fn into_state(self) -> State {
        let columns = self
            .columns
            .into_inner()
            .expect("not poisoned")
            .into_iter()
            .map(|(name, c)| {
                (
                    name,
                    ColumnStats {
                        reencrypted: c.reencrypted.into_inner(),
                        already_current: c.already_current.into_inner(),
                        skipped: c.skipped.into_inner(),
                        failed: c.failed.into_inner(),
                    },
                )
            })
            .collect();
        State {
            columns,
            failed: self.failed.into_inner().expect("not poisoned"),
        }
    }
}

/// Where the rotation reads and writes.
struct Places {
    /// The database, for messages (a file, or `user@host:port/db`).
    db: String,
    key_file: PathBuf,
}

/// What the protocol did up to and including the commit.
struct Outcome {
    committed: bool,
    backups: Vec<PathBuf>,
    key_changed_meanwhile: bool,
}

/// The key-change protocol up to the commit ([`crate::keychange`]): the
/// database backup (SQLite: a copy of the file; PostgreSQL: the old values,
/// written inside the transaction), the old key kept, the new key pending,
/// then the one transaction, committed only if every value was decided and
/// the key on disk is still the one read.
fn commit_in_order(
    db: &mut Store,
    settings: &Settings,
    at: &Places,
    no_backup: bool,
    keys: &Keys,
    decider: &Decider,
    replaced: &Option<String>,
) -> Result<Outcome> {
    let config_dir = settings.config_dir.clone();
    let path_for = |stamp: &str| db.backup_path(&config_dir, stamp);
    let take = |target: &Path| Ok(db.copy_before_rewrite(target)?);
    let prepared = crate::keychange::prepare(
        &at.key_file,
        keys.new_key.expose(),
        crate::keychange::DatabaseBackup {
            path_for: &path_for,
            take: (!no_backup).then_some(&take as crate::keychange::TakeBackup),
        },
        |stamp| keep_old_keys(settings, &at.key_file, stamp),
    )?;
    let mut key_changed_meanwhile = false;
    let rewritten = db.rewrite_secrets(
        &|slot| decider.decide(slot),
        &mut || {
            crate::keychange::pause_point("before-commit-statement");
            // Under the lock no other flowadmin changes the key; anything else
            // that did (Langflow at start) means the old key is not the one read.
            key_changed_meanwhile = key_on_disk(settings) != *replaced;
            decider.nothing_failed() && !key_changed_meanwhile
        },
        prepared.old_values(),
    );
    let concluded = crate::keychange::conclude(prepared, rewritten)?;
    Ok(Outcome {
        committed: concluded.committed,
        backups: concluded.backups,
        key_changed_meanwhile,
    })
}

/// After the commit: the new key installed by the engine (secret_key.new
/// renamed over secret_key, the env file rewritten). Returns notes and the
/// actions the operator must take.
fn finish_after_commit(
    home: &LangflowHome,
    at: &Places,
    keys: &Keys,
    shared_with_others: bool,
) -> Result<(Vec<String>, Vec<String>)> {
    let installed = install_after_commit(home, &keys.new_key)?;
    let mut actions: Vec<String> = installed.action.into_iter().collect();
    if shared_with_others {
        actions.push(format!(
            "WARNING: another process (a running Langflow?) had {} open during this forced rotation; it keeps encrypting and decrypting with the OLD key until it is restarted with the new one: restart it now",
            at.db
        ));
    }
    Ok((installed.done, actions))
}

pub fn run(ctx: &Ctx, req: &SecretKeyRotateArgs) -> Result<()> {
    run_to(ctx, req, None)
}

/// A rotation to `preset` (a rollback's old key, exactly as it was) or to
/// the key `req` names or generates.
pub(super) fn run_to(
    ctx: &Ctx,
    req: &SecretKeyRotateArgs,
    preset: Option<SecretKey>,
) -> Result<()> {
    let settings = &ctx.settings;
    let key_file = settings.secret_key_path();
    // The new key is judged before anything is locked or opened.
    let new = match &preset {
        Some(key) => (key.clone(), false),
        None => new_key(settings, req)?,
    };
    // Whatever --force says, two rotations never interleave.
    let lock = match req.dry_run {
        true => None,
        false => Some(rotation_lock(&key_file)?),
    };
    let mut db = match req.dry_run {
        true => open_readable(settings)?,
        false => open_writable(settings)?,
    };
    let at = Places {
        db: db.location(),
        key_file,
    };
    let shared_with_others = claim(&mut db, req, &at)?;
    crate::keychange::langflow::refuse_short_key_on_old_schema(&new.0, db.schema())?;
    if let Some(lock) = &lock {
        let home = LangflowHome::new(settings, db.secrets());
        before_change(
            &home,
            &lock.key,
            &temp_places(settings, db.file()),
            &new.0,
            &ctx.out,
        )?;
        preflight(settings, &db, req)?;
    }
    let replaced = key_on_disk(settings);
    let restoring = preset.is_some();
    let mut keys = choose_keys(settings, req, new)?;
    if restoring {
        keys.noun = "restored key";
    }
    let (mut state, outcome, elapsed) = rewrite(ctx, &mut db, &at, req, &keys, &replaced)?;
    let (notes, actions) = match outcome.committed {
        true => after_commit(
            ctx,
            &db,
            &at,
            &keys,
            &mut state,
            &outcome,
            shared_with_others,
        )?,
        false => (Vec::new(), Vec::new()),
    };
    drop::<Option<RotationLock>>(lock);
    report(
        ctx,
        req,
        &Report {
            state,
            outcome,
            keys: &keys,
            key_file: &at.key_file,
            elapsed,
            notes,
            actions,
            shared_with_others,
        },
    )
}

/// Another process with the database open: refused unless --force, and
/// then the operator hears that it still works with the old key. Returns
/// whether there was one.
fn claim(db: &mut Store, req: &SecretKeyRotateArgs, at: &Places) -> Result<bool> {
    if req.dry_run {
        return Ok(false);
    }
    let others = db.claim_for_key_change()?;
    if others.is_empty() || req.force {
        return Ok(!others.is_empty());
    }
    let message = match db.file() {
        Some(file) => format!(
            "{} is open in another process (a running Langflow keeps encrypting with the old key)",
            file.display()
        ),
        None => format!(
            "{} other session(s) are connected to {}: {} (a running Langflow keeps encrypting with the old key)",
            others.len(),
            at.db,
            others.join("; ")
        ),
    };
    Err(Error::database(message)
        .hint("stop Langflow first, or pass --force if you are sure nothing writes to it"))
}

/// Every value decided (and, unless a dry run, rewritten in the one
/// transaction), with a progress bar on a terminal. A key that changed
/// meanwhile, or a value no old key opens, rolls it all back (an error).
fn rewrite(
    ctx: &Ctx,
    db: &mut Store,
    at: &Places,
    req: &SecretKeyRotateArgs,
    keys: &Keys,
    replaced: &Option<String>,
) -> Result<(State, Outcome, f64)> {
    let bar = crate::ui::progress::bar(ctx, || db.secret_row_estimate())?;
    if let Some(bar) = &bar {
        bar.set_message(match req.dry_run {
            true => "checking",
            false => "re-encrypting",
        });
    }
    let decider = Decider::new(keys, req.skip_undecryptable, bar);
    let started = Instant::now();
    let outcome = if req.dry_run {
        db.secrets().visit_secrets(&|slot| {
            decider.decide(slot);
        })?;
        Outcome {
            committed: false,
            backups: Vec::new(),
            key_changed_meanwhile: false,
        }
    } else {
        commit_in_order(
            db,
            &ctx.settings,
            at,
            req.no_backup,
            keys,
            &decider,
            replaced,
        )?
    };
    let elapsed = started.elapsed().as_secs_f64();
    if let Some(bar) = &decider.bar {
        bar.finish_and_clear();
    }
    let mut state = decider.into_state();
    state.failed.sort();
    if outcome.key_changed_meanwhile {
        return Err(Error::key(
            "the configured secret key changed on disk while rotating (did Langflow start and write its key?), so nothing was changed (rolled back)",
        )
        .hint(format!("check {} and run the rotation again", at.key_file.display())));
    }
    if !req.dry_run && !outcome.committed {
        return Err(rolled_back(&state.failed));
    }
    Ok((state, outcome, elapsed))
}

/// The error of a rotation that some value stopped: the first 20 named.
fn rolled_back(failed: &[String]) -> Error {
    let shown: Vec<&str> = failed.iter().take(20).map(String::as_str).collect();
    let more = failed.len() - shown.len();
    Error::key(format!(
        "{} value(s) do not open with the old key(s), so nothing was changed (rolled back): {}{}",
        failed.len(),
        shown.join("; "),
        if more > 0 { format!("; and {more} more") } else { String::new() }
    ))
    .hint("pass the key they were written with as --old-key-file, or --skip-undecryptable to leave them")
}

/// Once committed: the key installed, a server's values checked again for
/// late writers, and the commit recorded so any later failure still says
/// it committed. Returns notes and actions.
fn after_commit(
    ctx: &Ctx,
    db: &Store,
    at: &Places,
    keys: &Keys,
    state: &mut State,
    outcome: &Outcome,
    shared_with_others: bool,
) -> Result<(Vec<String>, Vec<String>)> {
    let home = LangflowHome::new(&ctx.settings, db.secrets()).naming(keys.noun);
    let mut finished = finish_after_commit(&home, at, keys, shared_with_others)?;
    if db.file().is_none() {
        finished.1.extend(written_meanwhile(
            db,
            keys,
            state,
            &outcome.backups,
            &at.key_file,
        )?);
    }
    crate::ui::output::record_commit(
        format!(
            "the rotation committed: every value is now under the {}, which is in {}",
            keys.noun,
            at.key_file.display()
        ),
        &finished.1,
        exit_code(state),
    );
    Ok(finished)
}

/// On a server another client (a Langflow on another host) may have
/// connected after the rotation listed the sessions and written under the
/// old key meanwhile: after the commit every value is checked again with
/// the new key, and any that does not open is reported (exit 5) with what
/// to do.
fn written_meanwhile(
    db: &Store,
    keys: &Keys,
    state: &mut State,
    backups: &[PathBuf],
    key_file: &Path,
) -> Result<Option<String>> {
    let skipped: u64 = state.columns.values().map(|c| c.skipped).sum();
    db.wait_for_other_writers()?;
    let after = crate::integrity::verify(&keys.new_ring, db.secrets())?;
    let late = after
        .failed
        .len()
        .saturating_sub(skipped as usize + state.failed.len());
    if late == 0 {
        return Ok(None);
    }
    let names: Vec<String> = after.failed.iter().take(10).map(|v| v.describe()).collect();
    state.failed.push(format!(
        "{late} value(s) written under the old key by another client during the rotation"
    ));
    let old_key = backups
        .iter()
        .find(|b| b.to_string_lossy().contains("secret_key.backup."))
        .map_or("<the old key's backup>".to_owned(), |b| {
            b.display().to_string()
        });
    Ok(Some(format!(
        "ACTION NEEDED: {late} value(s) do not open with the new key (another client wrote them under the old key while the rotation ran; first: {}): restart every Langflow with the new key, then re-encrypt them with `flowadmin secret-key rotate --new-key-file {} --old-key-file {old_key}`",
        names.join("; "),
        key_file.display()
    )))
}

/// Everything the report shows.
struct Report<'a> {
    state: State,
    outcome: Outcome,
    keys: &'a Keys,
    key_file: &'a Path,
    elapsed: f64,
    notes: Vec<String>,
    actions: Vec<String>,
    shared_with_others: bool,
}

fn report(ctx: &Ctx, req: &SecretKeyRotateArgs, r: &Report) -> Result<()> {
    let out = &ctx.out;
    let totals = ColumnStats::total(r.state.columns.values());
    let new_key_shown = r.keys.generated.then(|| r.keys.new_key.expose());
    if out.json_mode() {
        out.json(&json!({
            "dry_run": req.dry_run,
            "committed": r.outcome.committed,
            "columns": r.state.columns,
            "totals": totals,
            "failed": r.state.failed,
            "backups": r.outcome.backups,
            "key_file": r.key_file,
            "new_key": new_key_shown,
            "seconds": r.elapsed,
            "notes": r.notes.iter().chain(&r.actions).collect::<Vec<_>>(),
            "actions_needed": r.actions,
            "other_process_had_database_open": r.shared_with_others,
        }))?;
    } else {
        let verb = if req.dry_run {
            "would re-encrypt"
        } else {
            "re-encrypted"
        };
        out.line(format!(
            "{verb} {} value(s) under the {}; {} already under it, {} skipped, {} failed ({:.2} s)",
            totals.reencrypted,
            r.keys.noun,
            totals.already_current,
            totals.skipped,
            totals.failed,
            r.elapsed
        ))?;
        for (column, c) in &r.state.columns {
            out.line(c.line(column))?;
        }
        for failure in &r.state.failed {
            out.line(format!("  does not open: {failure}"))?;
        }
        if req.dry_run {
            out.line("dry run: nothing written")?;
        } else {
            for b in &r.outcome.backups {
                out.line(format!(
                    "backup: {}",
                    crate::ui::output::escape(&b.display().to_string())
                ))?;
            }
            out.line(format!(
                "the {} is in {}",
                r.keys.noun,
                crate::ui::output::escape(&r.key_file.display().to_string())
            ))?;
            if let Some(key) = new_key_shown {
                out.line(format!("new key (shown once): {key}"))?;
            }
        }
        for note in &r.notes {
            out.note(note);
        }
    }
    for action in &r.actions {
        out.warn(action);
    }
    if exit_code(&r.state) != 0 {
        return Err(super::not_all_current(
            &totals,
            r.state.failed.len(),
            !req.dry_run,
        ));
    }
    Ok(())
}

/// 0 only when every value is now under the new key (skipped ones are not).
fn exit_code(state: &State) -> u8 {
    let totals = ColumnStats::total(state.columns.values());
    if state.failed.is_empty() && totals.skipped == 0 {
        0
    } else {
        crate::error::exit::KEY
    }
}
