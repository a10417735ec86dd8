//! `flowadmin state export|diff|apply`: Langflow 1.13's declarative
//! administration, offline. The core is [`crate::state`]; this layer reads
//! the manifest file, renders plans and reports, and adds the hints.

use std::path::Path;

use crate::cli::{StateApplyArgs, StateCommand, StateDiffArgs, StateExportArgs, StateFormat};
use crate::commands::{
    folder_name, key_for_encrypting, open_readable, open_writable, protected_files,
};
use crate::error::{Error, Kind, Result};
use std::collections::HashMap;

use zeroize::Zeroizing;

use crate::crypto::{Keyring, SecretKey};
use crate::ops::audit::Actor;
use crate::state::credentials::{Credentials, Source};
use crate::state::manifest::AdminState;
use crate::state::plan::{self, Action, Op, Plan, Skipped};
use crate::state::{apply, export};
use crate::storage::Store;
use crate::storage::authz::{self, AuthzRows, python_json_string};
use crate::ui::context::Ctx;
use crate::ui::output::escape;
use crate::ui::prompt;

pub fn run(ctx: &Ctx, command: &StateCommand) -> Result<()> {
    match command {
        StateCommand::Export(args) => export_state(ctx, args),
        StateCommand::Diff(args) => diff(ctx, args),
        StateCommand::Apply(args) => apply_state(ctx, args),
    }
}

fn export_state(ctx: &Ctx, args: &StateExportArgs) -> Result<()> {
    // Where it goes is checked before the database is read.
    let to = match &args.output {
        Some(path) => Some(
            crate::outfile::check_export(path, args.force, &protected_files(&ctx.settings, &[]))
                .map_err(crate::commands::hints::export_refused)?,
        ),
        None => None,
    };
    let db = open_readable(&ctx.settings)?;
    let rows = db.authz_read(authz::read_rows)?;
    let state = export::state_of(&rows);
    let format = args.format.unwrap_or(match ctx.out.json_mode() {
        true => StateFormat::Json,
        false => StateFormat::Yaml,
    });
    let text = match format {
        StateFormat::Yaml => export::to_yaml(&state),
        StateFormat::Json => export::to_json(&state),
    };
    match (&args.output, to) {
        (Some(path), Some(crate::outfile::ExportTo::Stream)) => {
            use std::io::Write;
            let shown = escape(&path.display().to_string());
            std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .and_then(|mut f| f.write_all(text.as_bytes()))
                .map_err(|e| Error::io(&shown, e))?;
            ctx.out.note(format!("wrote {shown}"));
            Ok(())
        }
        (Some(path), _) => {
            crate::keyfile::write_private(path, text.as_bytes())?;
            ctx.out
                .note(format!("wrote {}", escape(&path.display().to_string())));
            Ok(())
        }
        (None, _) => ctx.out.line(text.trim_end_matches('\n')),
    }
}

/// The documents of the file at `path`: Langflow's AdminState (validated
/// as Langflow validates it) and flowadmin's Credentials.
fn read_manifest(path: &Path) -> Result<Docs> {
    let shown = crate::ui::output::escape(&path.display().to_string());
    let bytes = read_bounded(path, MAX_MANIFEST).map_err(|e| {
        Error::new(
            match e.kind() {
                std::io::ErrorKind::NotFound => Kind::Usage,
                _ => Kind::Io,
            },
            format!(
                "cannot read the manifest {shown}: {}",
                crate::error::io_reason(&e)
            ),
        )
        .hint("give the path of an AdminState manifest (YAML, or JSON named *.json)")
    })?;
    let bytes = bytes.ok_or_else(|| {
        Error::usage(format!(
            "the manifest {shown} is larger than {} MiB",
            MAX_MANIFEST >> 20
        ))
        .hint("give the manifest file (a device or a stream that never ends is not one)")
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::usage(format!("the manifest {shown} is not UTF-8 text")).hint("save it as UTF-8")
    })?;
    let json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let (admin, creds) = crate::state::documents::parse_documents(&text, json).map_err(|e| {
        Error::usage(format!("{shown}: {e}"))
            .hint("fix the manifest (`flowadmin state export` prints one in this format)")
    })?;
    Ok(Docs { admin, creds })
}

/// A file's documents.
struct Docs {
    admin: Option<AdminState>,
    creds: Option<Credentials>,
}

/// The manifest, the current rows and the plan that makes them match it.
fn plan_for(
    ctx: &Ctx,
    db: &Store,
    file: &Path,
    prune: bool,
) -> Result<(Docs, AuthzRows, Plan, Option<CredValues>)> {
    let docs = read_manifest(file)?;
    let with_credentials = docs.creds.is_some();
    let rows = db.authz_read(|sql, schema| authz::read_rows_with(sql, schema, with_credentials))?;
    if let Some(state) = &docs.admin {
        let admin_objects =
            !(state.teams.is_empty() && state.roles.is_empty() && state.assignments.is_empty());
        if admin_objects && !authz::has_authz(db.schema()) {
            return Err(Error::unsupported(
                "this database has no teams, roles or role assignments (its Langflow predates 1.13's authz tables), so the manifest's teams, roles and assignments cannot be applied",
            )
            .hint("upgrade Langflow (it migrates the database), or keep only users in the manifest"));
        }
    }
    let values = match &docs.creds {
        Some(creds) => Some(CredValues::read(ctx, creds)?),
        None => None,
    };
    let plan = plan_of(ctx, &rows, &docs, prune, values.as_ref())
        .map_err(|e| Error::usage(e).hint("fix the manifest, or the deployment it names"))?;
    Ok((docs, rows, plan, values))
}

/// The plan that makes `rows` match the documents (password variables
/// looked up in the settings' environment; credential values as read).
fn plan_of(
    ctx: &Ctx,
    rows: &AuthzRows,
    docs: &Docs,
    prune: bool,
    values: Option<&CredValues>,
) -> std::result::Result<Plan, String> {
    let env = ctx.settings.env();
    let mut plan = match &docs.admin {
        Some(state) => plan::build(rows, state, prune, &|var| {
            env.get(var).is_some_and(|v| !v.is_empty())
        })
        .map_err(|e| e.0)?,
        None => Plan::default(),
    };
    if let (Some(creds), Some(values)) = (&docs.creds, values) {
        let fingerprint = |s: &Source| values.fingerprint(s);
        let holds = |stored: &str, s: &Source| values.holds(stored, s);
        let v = crate::state::plan_credentials::Values {
            fingerprint: &fingerprint,
            holds: &holds,
        };
        crate::state::plan_credentials::plan_credentials(rows, creds, &v, &mut plan)
            .map_err(|e| e.0)?;
    }
    Ok(plan)
}

/// The Credentials document's values, each read once (from its environment
/// variable or file), and the secret key they are compared and sealed with.
struct CredValues {
    values: HashMap<Source, Zeroizing<String>>,
    key: SecretKey,
    ring: Keyring,
}

impl CredValues {
    fn read(ctx: &Ctx, creds: &Credentials) -> Result<CredValues> {
        let env = ctx.settings.env();
        let mut values = HashMap::new();
        for v in &creds.variables {
            let value = match &v.source {
                Source::Env(var) => env.get(var).map(str::to_owned).ok_or_else(|| {
                    Error::usage(format!(
                        "variable {}/{}: the environment variable {var} is not set",
                        escape(&v.owner),
                        escape(&v.name)
                    ))
                    .hint("set it (value_from.env names where the value comes from)")
                })?,
                Source::File(path) => read_value_file(path)?,
            };
            if value.is_empty() && !v.allow_empty {
                return Err(Error::usage(format!(
                    "variable {}/{}: the value from {} is empty (an empty file or variable is usually a step that failed), so nothing was changed",
                    escape(&v.owner),
                    escape(&v.name),
                    match &v.source {
                        Source::Env(var) => format!("the environment variable {var}"),
                        Source::File(path) => escape(&path.display().to_string()),
                    }
                ))
                .hint("check what fills it, or add `allow_empty: true` to the entry to store an empty value"));
            }
            if value.contains('\0') {
                return Err(Error::usage(format!(
                    "variable {}/{}: the value contains a NUL byte, which Langflow's databases cannot store",
                    escape(&v.owner),
                    escape(&v.name)
                ))
                .hint("remove it"));
            }
            values.insert(v.source.clone(), Zeroizing::new(value));
        }
        let key = ctx.settings.secret_key()?;
        let ring = key.keyring()?;
        Ok(CredValues { values, key, ring })
    }

    fn value(&self, s: &Source) -> &str {
        self.values.get(s).map_or("", |v| v.as_str())
    }

    /// A keyed hash of the value (the first 6 bytes of SHA-256 over the
    /// secret key and the value): equal values show equal fingerprints, and
    /// nobody without the key can test a guess against one in a CI log.
    fn fingerprint(&self, s: &Source) -> String {
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        h.update(b"flowadmin-variable-fingerprint\0");
        h.update(self.key.expose().as_bytes());
        h.update(b"\0");
        h.update(self.value(s).as_bytes());
        hex::encode(&h.finalize()[..6])
    }

    fn holds(&self, stored: &str, s: &Source) -> bool {
        let want = self.value(s).as_bytes();
        match crate::crypto::looks_encrypted(stored) {
            true => self
                .ring
                .decrypt(stored)
                .is_some_and(|(_, plain)| plain.as_slice() == want),
            false => stored.as_bytes() == want,
        }
    }
}

/// The most a manifest, or a value file, may hold: 16 MiB.
const MAX_MANIFEST: u64 = 16 << 20;

/// A file's bytes, or None when it holds more than `limit` (read no
/// further: `/dev/zero` or a FIFO that never ends is bounded too).
fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// A value from a file (a mounted Secret): its text, less one final newline.
fn read_value_file(path: &Path) -> Result<String> {
    let shown = escape(&path.display().to_string());
    let bytes = read_bounded(path, MAX_MANIFEST).map_err(|e| {
        Error::usage(format!(
            "cannot read the value file {shown}: {}",
            crate::error::io_reason(&e)
        ))
        .hint("mount the file, or fix value_from.file")
    })?;
    let bytes = bytes.ok_or_else(|| {
        Error::usage(format!(
            "the value file {shown} is larger than {} MiB",
            MAX_MANIFEST >> 20
        ))
        .hint("fix value_from.file")
    })?;
    let mut text = String::from_utf8(bytes)
        .map_err(|_| Error::usage(format!("the value file {shown} is not UTF-8 text")))?;
    if text.ends_with('\n') {
        text.pop();
    }
    Ok(text)
}

/// One operation as Langflow's JSON shows it (keys sorted, `changes` only
/// for updates), in `json.dumps`' default spacing.
fn op_json(
    action: &str,
    resource: &str,
    key: &str,
    changes: &[&str],
    extra: Option<(&str, &str)>,
) -> String {
    let mut fields = vec![("action", python_json_string(action))];
    if !changes.is_empty() {
        let items: Vec<String> = changes.iter().map(|c| python_json_string(c)).collect();
        fields.push(("changes", format!("[{}]", items.join(", "))));
    }
    fields.push(("key", python_json_string(key)));
    if let Some((k, v)) = extra {
        fields.push((k, python_json_string(v)));
    }
    fields.push(("resource", python_json_string(resource)));
    fields.sort_by(|a, b| a.0.cmp(b.0));
    let parts: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("\"{k}\": {v}"))
        .collect();
    format!("{{{}}}", parts.join(", "))
}

fn ops_json(ops: &[&Op]) -> String {
    let items: Vec<String> = ops
        .iter()
        .map(|op| op_json(op.action, op.resource, &op.key, &op.changes, None))
        .collect();
    format!("[{}]", items.join(", "))
}

fn skipped_json(skipped: &[Skipped]) -> String {
    let items: Vec<String> = skipped
        .iter()
        .map(|s| {
            op_json(
                s.action,
                s.resource,
                &s.key,
                &[],
                Some(("reason", s.reason)),
            )
        })
        .collect();
    format!("[{}]", items.join(", "))
}

/// The plan as a table (Langflow's columns; `changes` only when some
/// operation has them), or "No results".
fn plan_table(ctx: &Ctx, ops: &[&Op]) -> Result<()> {
    if ops.is_empty() {
        return ctx.out.line("No results");
    }
    let with_changes = ops.iter().any(|op| !op.changes.is_empty());
    let mut header = vec!["action", "resource", "key"];
    if with_changes {
        header.push("changes");
    }
    let rows: Vec<Vec<String>> = ops
        .iter()
        .map(|op| {
            let mut row = vec![op.action.to_owned(), op.resource.to_owned(), op.key.clone()];
            if with_changes {
                row.push(match op.changes.is_empty() {
                    true => String::new(),
                    false => {
                        let items: Vec<String> =
                            op.changes.iter().map(|c| python_json_string(c)).collect();
                        format!("[{}]", items.join(", "))
                    }
                });
            }
            row
        })
        .collect();
    ctx.out.table(&header, &rows)
}

fn diff(ctx: &Ctx, args: &StateDiffArgs) -> Result<()> {
    let db = open_readable(&ctx.settings)?;
    let (_, _, plan, _) = plan_for(ctx, &db, &args.file, args.prune)?;
    let ops: Vec<&Op> = plan.ops.iter().collect();
    match ctx.out.json_mode() {
        true => ctx.out.line(ops_json(&ops))?,
        false => plan_table(ctx, &ops)?,
    }
    if ops.is_empty() {
        return Ok(());
    }
    Err(Error::new(
        Kind::Drift,
        format!(
            "the deployment differs from the manifest: {} change(s) to make",
            ops.len()
        ),
    )
    .hint(format!(
        "`flowadmin state apply {}{}` makes them in one transaction",
        if args.prune { "--prune " } else { "" },
        crate::ui::output::shell_quote(&args.file.display().to_string())
    ))
    .after_report())
}

/// Whether the plan deactivates the user with this id.
fn deactivates(plan: &Plan, user_id: &str) -> bool {
    let plain = crate::storage::authz::plain_id;
    plan.ops.iter().any(|op| {
        matches!(&op.what, Action::UpdateUser { id, active: false, .. } if plain(id) == plain(user_id))
    })
}

fn apply_state(ctx: &Ctx, args: &StateApplyArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let mut db = open_writable(settings)?;
    if !args.dry_run {
        settle_staged_keys(ctx, &db, &args.file)?;
    }
    let (docs, rows, plan, values) = plan_for(ctx, &db, &args.file, args.prune)?;
    if let Some(creds) = &docs.creds {
        guard_key_outputs(ctx, &args.file, creds, &plan)?;
    }
    if rows.casbin_rules > 0 {
        out.warn(format!(
            "warning: casbin_rule holds {} row(s): an authorization plugin compiles its policy from these tables, and flowadmin does not write it; sync that policy after this apply (POST /api/v1/authz/policy/sync)",
            rows.casbin_rules
        ));
    }
    let order = apply::run_order(&plan);
    if order.is_empty() {
        return report(ctx, args, &order, &plan, true);
    }
    confirm_prune(ctx, args, &order)?;
    let env = settings.env();
    let hash = |var: &str| -> std::result::Result<String, String> {
        let value = env
            .get(var)
            .filter(|v| !v.is_empty())
            .ok_or(format!("{var} is not set"))?;
        let password = crate::crypto::password::Password::new(value.to_owned());
        password
            .validate()
            .map_err(|e| format!("the password in {var}: {e}"))?;
        password.hash().map_err(|e| e.to_string())
    };
    let hashes = apply::hash_passwords(&plan, &hash);
    let sealed = Sealed::of(ctx, &db, &plan, values.as_ref())?;
    let apply_ctx = apply::Context {
        actor: Actor::new(
            crate::commands::superuser_actor(&db, args.actor.as_deref(), &|id| {
                deactivates(&plan, id)
            })?,
            settings.auth.authz_audit_enabled,
            db.schema(),
        ),
        password_hashes: &hashes,
        folder_name: folder_name(settings),
        new_user_is_active: settings.auth.new_user_is_active,
        values: &sealed.variables,
        seal: &|plain: &[u8]| match &sealed.ring {
            Some(ring) => ring.encrypt(plain),
            None => String::from_utf8_lossy(plain).into_owned(),
        },
        new_keys: &sealed.stored_keys,
        with_credentials: docs.creds.is_some(),
    };
    let replan = |rows: &AuthzRows| plan_of(ctx, rows, &docs, args.prune, values.as_ref());
    let written = std::cell::RefCell::new(Vec::new());
    let applied = crate::ops::transaction(&mut db, !args.dry_run, &apply_ctx.actor, |tx| {
        apply::apply(tx, &plan, &replan, &apply_ctx)?;
        // Each new key to `<write_to>.flowadmin-new` before the commit: a key
        // nobody holds is never committed (a failed commit removes the files
        // again; a kill leaves them for the next apply to settle).
        if !args.dry_run {
            sealed.stage_keys(&mut written.borrow_mut())?;
        }
        Ok(())
    });
    if let Err(e) = applied {
        for (staged, _) in written.borrow().iter() {
            let _ = std::fs::remove_file(staged);
        }
        // A role kept in a scope the manifest grants another in: --prune
        // revokes what the manifest no longer lists.
        let scope = matches!(&e, crate::storage::StorageError::Conflict(m) if m.contains("with this scope"));
        let err = Error::from(e);
        return Err(match scope && !args.prune {
            true => err.hint("see the current state with `flowadmin state export`; a manifest may need --prune to revoke what it no longer lists"),
            false => err,
        });
    }
    drop(sealed);
    // For the crash tests: a kill after the commit, the keys still staged.
    crate::keychange::crash_point("state-apply-committed");
    for (staged, target) in written.borrow().iter() {
        publish_key(ctx, staged, target);
    }
    if !args.dry_run {
        crate::ui::output::record_commit(
            format!(
                "the manifest was applied: {} change(s) committed in one transaction",
                order.len()
            ),
            &[],
            0,
        );
    }
    report(ctx, args, &order, &plan, false)
}

/// What the Credentials document writes, in stored form, made before the
/// transaction: each variable's value (sealed with the secret key, or as
/// typed), each new API key (minted, its stored form and hash), and the
/// key-use guard a write that seals holds until it ends.
struct Sealed {
    /// Each variable's plaintext, sealed by the operation that writes it.
    variables: HashMap<String, Zeroizing<String>>,
    stored_keys: HashMap<String, (String, Option<String>)>,
    plain_keys: HashMap<String, (std::path::PathBuf, Zeroizing<String>)>,
    ring: Option<Keyring>,
    _guard: Option<crate::keyfile::KeyLock>,
}

impl Sealed {
    fn of(ctx: &Ctx, db: &Store, plan: &Plan, values: Option<&CredValues>) -> Result<Sealed> {
        use crate::storage::apikeys::KeyStorage;
        let mut sealed = Sealed {
            variables: HashMap::new(),
            stored_keys: HashMap::new(),
            plain_keys: HashMap::new(),
            ring: None,
            _guard: None,
        };
        let Some(values) = values else {
            return Ok(sealed);
        };
        let creds: Vec<&Op> = plan
            .ops
            .iter()
            .filter(|op| {
                matches!(
                    op.what,
                    Action::SetVariable { .. } | Action::CreateApiKey(_)
                )
            })
            .collect();
        if creds.is_empty() {
            return Ok(sealed);
        }
        // The key is proved to fit the stored secrets, and held against a
        // rotation, as every sealing write does.
        let (ring, guard) =
            key_for_encrypting(&ctx.settings, db.secrets(), db.schema(), &ctx.out, &|| {
                Ok(Vec::new())
            })?;
        sealed._guard = guard;
        let storage = db.key_storage();
        for op in creds {
            match &op.what {
                Action::SetVariable { spec, .. } => {
                    let value = values.value(&spec.source);
                    sealed
                        .variables
                        .insert(op.key.clone(), Zeroizing::new(value.to_owned()));
                }
                Action::CreateApiKey(k) => {
                    let key = crate::crypto::new_api_key();
                    let stored = match storage {
                        KeyStorage::Plaintext => key.to_string(),
                        _ => ring.encrypt(key.as_bytes()),
                    };
                    let hash = (storage == KeyStorage::EncryptedWithHash)
                        .then(|| crate::crypto::api_key_hash(&key));
                    sealed.stored_keys.insert(op.key.clone(), (stored, hash));
                    sealed
                        .plain_keys
                        .insert(op.key.clone(), (k.write_to.clone(), key));
                }
                _ => {}
            }
        }
        sealed.ring = Some(ring);
        Ok(sealed)
    }

    /// Writes each new key to its staged file (0600, atomically),
    /// recording (staged, final) paths.
    fn stage_keys(
        &self,
        written: &mut Vec<(std::path::PathBuf, std::path::PathBuf)>,
    ) -> crate::storage::Result<()> {
        for (op_key, (path, key)) in &self.plain_keys {
            let staged = staged_path(path);
            crate::keyfile::write_private(&staged, key.as_bytes()).map_err(|e| {
                crate::storage::StorageError::File {
                    what: format!(
                        "the new API key {} to {}",
                        escape(op_key),
                        escape(&staged.display().to_string()),
                    ),
                    reason: e.message,
                }
            })?;
            written.push((staged, path.clone()));
        }
        // For the crash tests: a kill with the keys staged, nothing committed.
        crate::keychange::crash_point("state-apply-keys-staged");
        Ok(())
    }
}

/// Where a new key waits between its write and the commit.
fn staged_path(write_to: &Path) -> std::path::PathBuf {
    let mut name = write_to.as_os_str().to_owned();
    name.push(".flowadmin-new");
    name.into()
}

/// After the commit, each staged key moved to its `write_to`, never over a
/// file that appeared meanwhile (then the key stays staged and the operator
/// is told where).
fn publish_key(ctx: &Ctx, staged: &Path, target: &Path) {
    let shown = |p: &Path| escape(&p.display().to_string());
    match crate::outfile::publish_no_replace(staged, target) {
        Ok(true) => {}
        Ok(false) => ctx.out.warn(format!(
            "ACTION NEEDED: {} appeared during the apply, so the new API key was left in {}: move it where it belongs",
            shown(target),
            shown(staged)
        )),
        Err(e) => ctx.out.warn(format!(
            "ACTION NEEDED: the new API key is committed and in {}, but could not be moved to {}: {}",
            shown(staged),
            shown(target),
            crate::error::io_reason(&e)
        )),
    }
}

/// What an apply killed between a key's file and its commit left: a
/// `<write_to>.flowadmin-new` whose key was committed is moved into place;
/// one whose key is not in `apikey` for that owner and name is removed.
fn settle_staged_keys(ctx: &Ctx, db: &Store, file: &Path) -> Result<()> {
    let Ok(docs) = read_manifest(file) else {
        // Its errors are the plan's to report.
        return Ok(());
    };
    let Some(creds) = &docs.creds else {
        return Ok(());
    };
    for k in &creds.api_keys {
        let staged = staged_path(&k.write_to);
        let shown = escape(&staged.display().to_string());
        match crate::outfile::Node::of(&staged) {
            crate::outfile::Node::Missing => continue,
            crate::outfile::Node::File => {}
            node => {
                return Err(Error::usage(format!(
                    "{shown} is {}, where flowadmin stages a new API key",
                    node.noun()
                ))
                .hint("remove it"));
            }
        }
        let key = crate::keyfile::read_key_text(&staged, "staged API key")?;
        let ring = crate::commands::keyring_if_any(&ctx.settings);
        let committed = match (
            db.find_api_key_by_secret(key.trim(), ring.as_ref())?,
            db.find_user(&k.owner)?,
        ) {
            (Some(id), Some(owner)) => db
                .list_api_keys(Some(&owner.id))?
                .iter()
                .any(|row| row.id == id && row.name.as_deref() == Some(k.name.as_str())),
            _ => false,
        };
        if committed {
            publish_key(ctx, &staged, &k.write_to);
            ctx.out.note(format!(
                "settled: the API key {}/{} of an interrupted apply was committed; moved it to {}",
                escape(&k.owner),
                escape(&k.name),
                escape(&k.write_to.display().to_string())
            ));
        } else {
            std::fs::remove_file(&staged).map_err(|e| Error::io(&shown, e))?;
            ctx.out.note(format!(
                "settled: removed {shown}, a key an interrupted apply never committed"
            ));
        }
    }
    Ok(())
}

/// Every key output of the Credentials document, before anything is
/// written: never two entries on one file, and for each key the plan makes,
/// a new regular file in an existing folder (no device, FIFO, socket or
/// symbolic link; never the database, a key file, the env file or the
/// manifest), its staging name free.
fn guard_key_outputs(ctx: &Ctx, manifest: &Path, creds: &Credentials, plan: &Plan) -> Result<()> {
    let paths: Vec<&Path> = creds
        .api_keys
        .iter()
        .map(|k| k.write_to.as_path())
        .collect();
    let in_manifest = |e: crate::outfile::OutfileError| {
        let e = Error::from(e);
        let message = format!(
            "{}: api_keys: {}",
            escape(&manifest.display().to_string()),
            e.message
        );
        Error::new(Kind::Usage, message).hint(e.hint.unwrap_or_default())
    };
    crate::outfile::refuse_same_file(&paths).map_err(in_manifest)?;
    let protected = protected_files(&ctx.settings, &[manifest]);
    for op in &plan.ops {
        if let Action::CreateApiKey(k) = &op.what {
            crate::outfile::check_new_secret_file(&k.write_to, &protected).map_err(|e| {
                let exists = matches!(e, crate::outfile::OutfileError::Exists(_));
                let e = in_manifest(e);
                match exists {
                    true => e.hint("the key does not exist yet, so its file must not: move the file away (or name another write_to)"),
                    false => e,
                }
            })?;
            let staged = staged_path(&k.write_to);
            if crate::outfile::Node::of(&staged) != crate::outfile::Node::Missing {
                return Err(Error::usage(format!(
                    "{} exists, where flowadmin stages the new API key {}",
                    escape(&staged.display().to_string()),
                    escape(&op.key)
                ))
                .hint("remove it"));
            }
        }
    }
    Ok(())
}

/// Removals are shown on stderr and confirmed (or `--yes`) first.
fn confirm_prune(ctx: &Ctx, args: &StateApplyArgs, order: &[&Op]) -> Result<()> {
    let removals: Vec<&&Op> = order
        .iter()
        .filter(|op| matches!(op.action, "remove" | "revoke"))
        .collect();
    if removals.is_empty() || args.dry_run {
        return Ok(());
    }
    for op in &removals {
        ctx.out.warn(format!(
            "{} {} {}",
            op.action,
            op.resource,
            crate::ui::output::escape(&op.key)
        ));
    }
    let question = format!("Apply this pruning plan ({} removal(s))?", removals.len());
    if !prompt::confirm(args.yes, ctx.term.interactive(), "--prune", &question)? {
        return Err(Error::usage("not confirmed; nothing changed"));
    }
    Ok(())
}

fn report(
    ctx: &Ctx,
    args: &StateApplyArgs,
    order: &[&Op],
    plan: &Plan,
    nothing: bool,
) -> Result<()> {
    let out = &ctx.out;
    if out.json_mode() {
        return out.line(format!(
            "{{\"applied\": {}, \"dry_run\": {}, \"failed\": [], \"pending\": [], \"skipped\": {}, \"status\": \"success\"}}",
            ops_json(order),
            args.dry_run,
            skipped_json(&plan.skipped)
        ));
    }
    if nothing {
        return out.line("nothing to do: the deployment already matches the manifest");
    }
    plan_table(ctx, order)?;
    for s in &plan.skipped {
        out.note(format!(
            "skipped: {} {} {} ({})",
            s.action,
            s.resource,
            crate::ui::output::escape(&s.key),
            s.reason
        ));
    }
    out.line(match args.dry_run {
        true => format!(
            "dry run: {} change(s) taken inside the transaction, then rolled back; nothing changed",
            order.len()
        ),
        false => format!("applied {} change(s) in one transaction", order.len()),
    })
}
