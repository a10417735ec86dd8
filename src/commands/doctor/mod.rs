//! `flowadmin doctor`: a read-only audit of a Langflow or Flowfile
//! deployment. Each product gathers its findings (`langflow`, `flowfile`)
//! from the storage, crypto and settings APIs; key drift (`keys`) and file
//! checks (`files`) are shared; `report` holds the catalog and renderings.

mod files;
mod flowfile;
mod keys;
mod langflow;
pub mod report;

use std::path::PathBuf;

use crate::cli::DoctorArgs;
use crate::error::{Error, Kind, Result};
use crate::settings::Product;
use crate::ui::context::Ctx;

/// The knobs the checks read.
pub struct Opts {
    pub stale_days: u32,
    pub key_files: Vec<PathBuf>,
    /// The instant staleness is judged at (`--as-of`, else now), UTC.
    pub now: chrono::NaiveDateTime,
}

/// `--as-of`: a date (midnight UTC) or a date and time, UTC.
fn as_of(text: Option<&str>) -> Result<chrono::NaiveDateTime> {
    let Some(text) = text else {
        return Ok(chrono::Utc::now().naive_utc());
    };
    let parsed = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .or_else(|| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").ok());
    parsed.ok_or_else(|| {
        crate::error::Error::usage(format!("--as-of {text:?} is not a date"))
            .hint("give YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS (UTC)")
    })
}

pub fn run(ctx: &Ctx, args: &DoctorArgs) -> Result<()> {
    if args.list_checks {
        report::list(&ctx.out)?;
        return Ok(());
    }
    let (product, _) = ctx.settings.product()?;
    let sel = report::Selection::new(&args.checks, &args.skips)?;
    let opts = Opts {
        stale_days: args.stale_days,
        key_files: args.key_files.clone(),
        now: as_of(args.as_of.as_deref())?,
    };
    let mut report = match product {
        Product::Langflow => langflow::run(ctx, &sel, &opts)?,
        Product::Flowfile => flowfile::run(ctx, &sel, &opts)?,
    };
    let applies = |c: &report::Check| match c.applies {
        report::Applies::Both => true,
        report::Applies::Langflow => product == Product::Langflow,
        report::Applies::Flowfile => product == Product::Flowfile,
    };
    report.checked = report::CHECKS
        .iter()
        .filter(|c| applies(c) && sel.wants(c.id))
        .map(|c| c.id)
        .collect();
    report.sort();
    let failing = report.failing(args.fail_on);
    if ctx.out.json_mode() {
        ctx.out.json(&report.to_json(args.fail_on))?;
    } else {
        report.print(&ctx.out)?;
    }
    if failing > 0 {
        return Err(Error::new(
            Kind::Findings,
            format!(
                "{failing} finding(s) at or above --fail-on {}",
                format!("{:?}", args.fail_on).to_lowercase()
            ),
        )
        .hint("fix them as each `fix:` line says, or leave a check out with --skip ID")
        .after_report());
    }
    Ok(())
}
