//! `flowadmin variable import`: a sealed bundle's variables, each encrypted
//! with this database's key as its schema stores it, written in one
//! transaction (or, with --dry-run, a transaction rolled back).

use serde_json::json;

use super::bundle::{self, Entry};
use crate::cli::{OnConflictArg, VariableImportArgs};
use crate::commands::{key_for_encrypting, open_writable};
use crate::crypto::looks_encrypted;
use crate::error::{Error, Result};
use crate::ops::variables::{Imported, OnConflict, SetVariable};
use crate::ui::context::Ctx;
use crate::ui::output::escape;

pub(crate) fn on_conflict(arg: OnConflictArg) -> OnConflict {
    match arg {
        OnConflictArg::Skip => OnConflict::Skip,
        OnConflictArg::Overwrite => OnConflict::Overwrite,
        OnConflictArg::Fail => OnConflict::Fail,
    }
}

/// Refuses what no product could store, before anything is written.
pub(crate) fn validate(entries: &[Entry]) -> Result<()> {
    for e in entries {
        crate::ui::prompt::validate_name("a variable name in the bundle", &e.name)?;
        if e.value.contains('\0') {
            return Err(Error::usage(format!(
                "the value of {} contains a NUL byte; nothing was written",
                escape(&e.name)
            ))
            .hint("fix it at the source and export again"));
        }
    }
    Ok(())
}

/// The owner each entry goes to: `--user`, else the user of the same name.
pub(crate) fn missing_owners<'a>(
    entries: &'a [Entry],
    user: Option<&'a str>,
    exists: impl Fn(&str) -> bool,
) -> Vec<&'a str> {
    let mut missing: Vec<&str> = entries
        .iter()
        .map(|e| user.unwrap_or(&e.owner))
        .filter(|name| !exists(name))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing
}

pub(crate) fn no_such_owners(missing: &[&str]) -> Error {
    Error::not_found(format!(
        "the bundle's variables belong to {} user(s) this database does not have: {}; nothing was written",
        missing.len(),
        missing.iter().map(|m| escape(m)).collect::<Vec<_>>().join(", ")
    ))
    .hint("create them first, or give every variable to one user with --user NAME")
}

/// The report: one line (or JSON object) per variable, then the totals.
pub(crate) fn report(
    ctx: &Ctx,
    entries: &[Entry],
    owners: &[String],
    outcomes: &[Imported],
    dry_run: bool,
) -> Result<()> {
    let out = &ctx.out;
    let count = |w: Imported| outcomes.iter().filter(|o| **o == w).count();
    if !dry_run {
        crate::ui::output::record_commit(
            format!(
                "the import committed: {} variable(s) created, {} updated, {} skipped",
                count(Imported::Created),
                count(Imported::Updated),
                count(Imported::Skipped)
            ),
            &[],
            0,
        );
    }
    if out.json_mode() {
        let list: Vec<_> = entries
            .iter()
            .zip(owners)
            .zip(outcomes)
            .map(|((e, owner), o)| json!({"name": e.name, "type": e.kind, "owner": owner, "result": o}))
            .collect();
        out.json(&json!({
            "dry_run": dry_run,
            "variables": list,
            "created": count(Imported::Created),
            "updated": count(Imported::Updated),
            "skipped": count(Imported::Skipped),
        }))?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = entries
        .iter()
        .zip(owners)
        .zip(outcomes)
        .map(|((e, owner), o)| {
            vec![
                escape(&e.name),
                e.kind.clone(),
                escape(owner),
                if dry_run {
                    format!("would be {}", o.as_str())
                } else {
                    o.as_str().to_owned()
                },
            ]
        })
        .collect();
    out.table(&["NAME", "TYPE", "OWNER", "RESULT"], &rows)?;
    out.line(format!(
        "{}{} created, {} updated, {} skipped",
        if dry_run {
            "dry run, nothing written: "
        } else {
            ""
        },
        count(Imported::Created),
        count(Imported::Updated),
        count(Imported::Skipped)
    ))?;
    Ok(())
}

pub fn run(ctx: &Ctx, args: &VariableImportArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let payload = bundle::read(ctx, &args.file, &args.passphrase)?;
    let entries = payload.variables;
    validate(&entries)?;
    let mut db = open_writable(settings)?;
    let mut users = std::collections::HashMap::new();
    for name in entries
        .iter()
        .map(|e| args.user.as_deref().unwrap_or(&e.owner))
    {
        if !users.contains_key(name)
            && let Some(u) = db.find_user(name)?
        {
            users.insert(name.to_owned(), u);
        }
    }
    let missing = missing_owners(&entries, args.user.as_deref(), |n| users.contains_key(n));
    if !missing.is_empty() {
        return Err(no_such_owners(&missing));
    }
    let encrypts_generic = db.schema().encrypts_generic_variables();
    // Langflow's types; anything else (a Flowfile secret) is a credential.
    let kind_of = |e: &Entry| {
        if e.kind == "Generic" {
            "Generic"
        } else {
            "Credential"
        }
    };
    for e in entries
        .iter()
        .filter(|e| kind_of(e) == "Generic" && !encrypts_generic)
    {
        if looks_encrypted(&e.value) {
            return Err(Error::usage(format!(
                "the Generic variable {} starts with gAAAAA, which Langflow reserves for encrypted values; nothing was written",
                escape(&e.name)
            ))
            .hint("export it as a Credential"));
        }
    }
    let (ring, _key_guard) =
        key_for_encrypting(settings, db.secrets(), db.schema(), out, &|| Ok(Vec::new()))?;
    let owners: Vec<String> = entries
        .iter()
        .map(|e| {
            users[args.user.as_deref().unwrap_or(&e.owner)]
                .username
                .clone()
        })
        .collect();
    let rows: Vec<(SetVariable, &str)> = entries
        .iter()
        .zip(&owners)
        .map(|(e, owner)| {
            let set = SetVariable {
                user_id: &users[args.user.as_deref().unwrap_or(&e.owner)].id,
                name: &e.name,
                kind: kind_of(e),
                value: &e.value,
                // A bundle carries what was stored, an empty value too.
                allow_empty: true,
                default_fields: Some(&e.default_fields),
                created_at: e
                    .created_at
                    .as_deref()
                    .and_then(crate::storage::users::parse_stored_time),
            };
            (set, owner.as_str())
        })
        .collect();
    let seal = |plain: &[u8]| ring.encrypt(plain);
    // Langflow's variable routes write no audit row.
    let nobody = crate::ops::Actor::new(None, false, db.schema());
    let outcomes = crate::ops::transaction(&mut db, !args.dry_run, &nobody, |tx| {
        crate::ops::variables::import(tx, &rows, on_conflict(args.on_conflict), &seal)
    })?;
    report(ctx, &entries, &owners, &outcomes, args.dry_run)
}
