//! A progress bar for long walks, on a terminal only (never in a pipe, with
//! `--quiet` or with `--json`).

use crate::ui::context::Ctx;

/// Work smaller than this finishes before a bar would be worth drawing.
const WORTH_A_BAR: u64 = 5_000;

/// A bar for `total()` steps, when one should be shown. `total` runs only
/// when a bar could show (counting rows is a scan on a large database).
pub fn bar<E>(
    ctx: &Ctx,
    total: impl FnOnce() -> Result<u64, E>,
) -> Result<Option<indicatif::ProgressBar>, E> {
    let out = &ctx.out;
    if out.flags.quiet || out.json_mode() || !ctx.term.stderr {
        return Ok(None);
    }
    let total = total()?;
    Ok((total > WORTH_A_BAR).then(|| {
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{msg} {bar:40} {pos}/{len} ({per_sec}, {eta})",
            )
            .expect("a valid template"),
        );
        bar
    }))
}
