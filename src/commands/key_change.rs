//! What both products' key-change commands share above the engine
//! ([`crate::keychange::rotate`]): the new key as the command line gives
//! it, the progress bar, and the report rendered.

use crate::cli::SecretKeyRotateArgs;
use crate::error::{Error, Result};
use crate::keychange::rotate::{KeySide, Options, Report, Sealer, rotate};
use crate::settings::Settings;
use crate::storage::sealed::SealedStore;
use crate::ui::context::Ctx;
use crate::ui::output::escape;

/// The value of `--new-key-env VAR` (set and not empty).
pub(crate) fn new_key_env<'a>(settings: &'a Settings, var: &str) -> Result<&'a str> {
    settings
        .env()
        .get(var)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| {
            Error::not_found(format!(
                "--new-key-env {var}: that environment variable is not set"
            ))
            .hint("export it (or use --new-key-file)")
        })
}

/// A given new key that `doctor` would flag is refused (exit 2) unless
/// `--allow-weak-key`: every secret would be only as safe as it.
pub(crate) fn refuse_weak_key(text: &str, allow: bool) -> Result<()> {
    match crate::crypto::weakness(text) {
        Some(why) if !allow => Err(Error::usage(format!(
            "the new key is weak: {why}, so nothing was changed"
        ))
        .hint("let flowadmin generate one (omit --new-key-file/--new-key-env), or pass --allow-weak-key")),
        _ => Ok(()),
    }
}

/// The engine run once, with a progress bar on a terminal.
pub(crate) fn rotate_with_bar<S, R>(
    ctx: &Ctx,
    store: &mut S,
    rotation: &R,
    req: &SecretKeyRotateArgs,
) -> Result<Report>
where
    S: SealedStore + ?Sized,
    R: Sealer<S> + KeySide<S>,
{
    let bar = crate::ui::progress::bar(ctx, || store.estimate())?;
    if let Some(bar) = &bar {
        bar.set_message(match req.dry_run {
            true => "checking",
            false => "re-encrypting",
        });
    }
    let progress = bar.clone().map(|bar| move |n| bar.set_position(n));
    let options = Options {
        dry_run: req.dry_run,
        no_backup: req.no_backup,
        skip_undecryptable: req.skip_undecryptable,
        force: req.force,
    };
    let progress = progress.as_ref().map(|p| p as &(dyn Fn(u64) + Sync));
    let result = rotate(store, rotation, rotation, options, progress);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    result
}

/// The report: JSON, or lines then notes; the actions on stderr whatever
/// the mode; exit 5 when values were left behind.
pub(crate) fn render(ctx: &Ctx, report: &Report) -> Result<()> {
    let out = &ctx.out;
    if out.json_mode() {
        out.json(&json(report))?;
    } else {
        for line in lines(report) {
            out.line(escape(&line))?;
        }
        for note in &report.notes {
            out.note(note);
        }
    }
    for action in &report.actions {
        out.warn(action);
    }
    match left_behind(report) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The one error line of a rotation that left values behind (exit 5):
/// the report above names them. None when every value is current.
fn left_behind(report: &Report) -> Option<Error> {
    if report.exit_code() == 0 {
        return None;
    }
    let totals = report.totals();
    let failed = report.failed.len() as u64;
    Some(
        Error::key(format!(
            "{} value(s) {} not under the new key ({} skipped, {failed} failed)",
            totals.skipped + failed,
            if report.dry_run { "would be" } else { "are" },
            totals.skipped
        ))
        .hint("re-encrypt them with `flowadmin secret-key rotate --old-key-file <the key they were written with>`")
        .after_report(),
    )
}

/// The `--json` object.
fn json(report: &Report) -> serde_json::Value {
    serde_json::json!({
        "product": report.product.to_ascii_lowercase(),
        "dry_run": report.dry_run,
        "committed": report.committed,
        "columns": report.columns,
        "totals": report.totals(),
        "failed": report.failed,
        "backups": report.backups,
        "key_file": report.key_file,
        "new_key": report.shown_key,
        "new_key_fingerprint": report.fingerprint,
        "seconds": report.seconds,
        "notes": report.notes.iter().chain(&report.actions).collect::<Vec<_>>(),
        "actions_needed": report.actions,
        "other_process_had_database_open": report.shared,
    })
}

/// The human report's lines (stdout), before the notes and actions.
fn lines(report: &Report) -> Vec<String> {
    let totals = report.totals();
    let mut lines = vec![format!(
        "{} {} value(s) under the {}; {} already under it, {} skipped, {} failed ({:.2} s)",
        if report.dry_run {
            "would re-encrypt"
        } else {
            "re-encrypted"
        },
        totals.reencrypted,
        report.new_noun,
        totals.already_current,
        totals.skipped,
        totals.failed,
        report.seconds
    )];
    lines.extend(report.columns.iter().map(|(column, c)| c.line(column)));
    lines.extend(
        report
            .failed
            .iter()
            .map(|f| format!("  does not open: {f}")),
    );
    if report.dry_run {
        lines.push("dry run: nothing written".into());
        return lines;
    }
    lines.extend(
        report
            .backups
            .iter()
            .map(|b| format!("backup: {}", b.display())),
    );
    if report.product == "Langflow" {
        lines.push(format!(
            "the {} is in {}",
            report.new_noun,
            report.key_file.display()
        ));
    }
    if let Some(key) = &report.shown_key {
        lines.push(format!("{} (shown once): {key}", report.new_noun));
    }
    lines
}
