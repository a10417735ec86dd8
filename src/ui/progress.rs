//! A progress bar for long walks, on a terminal only (never in a pipe, with
//! `--quiet` or with `--json`).

use crate::ui::context::Ctx;

/// Work smaller than this finishes before a bar would be worth drawing.
const WORTH_A_BAR: u64 = 5_000;

/// A bar for `total` steps, when one should be shown.
pub fn bar(ctx: &Ctx, total: u64) -> Option<indicatif::ProgressBar> {
    let out = &ctx.out;
    let show = total > WORTH_A_BAR && !out.flags.quiet && !out.json_mode() && ctx.term.stderr;
    show.then(|| {
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{msg} {bar:40} {pos}/{len} ({per_sec}, {eta})",
            )
            .expect("a valid template"),
        );
        bar
    })
}
