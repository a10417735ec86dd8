use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    if let Some(code) = flowadmin::ui::clipboard::serve_if_child() {
        return ExitCode::from(code);
    }
    // `--version` with `--json` (or FLOWADMIN_JSON): one JSON object, for bug
    // reports; plain `--version` is clap's.
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let has = |f: &str| args.iter().any(|a| a == f);
    if (has("--version") || has("-V"))
        && flowadmin::json_mode(has("--json"), &flowadmin::settings::Env::from_process())
    {
        let _ = writeln!(std::io::stdout(), "{}", flowadmin::cli::version_json());
        return ExitCode::SUCCESS;
    }
    let cli = flowadmin::cli::Cli::parse();
    let mut json = false;
    match flowadmin::run(cli, &mut json) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_output_failure() => output_failed(&e),
        Err(err) => {
            // Scripts read a structured error on stdout; people read stderr.
            if json && !err.reported {
                let _ = writeln!(std::io::stdout(), "{}", err.to_json());
            }
            // One line, no backtrace (RUST_BACKTRACE is often set).
            let _ = writeln!(std::io::stderr(), "error: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}

/// stdout failed. Before any commit: quiet for a closed pipe, else the
/// error. After one: stderr says what was committed and what to do, and the
/// command's own code stands (the change is made; only its report is lost).
fn output_failed(err: &flowadmin::error::Error) -> ExitCode {
    let mut stderr = std::io::stderr();
    match flowadmin::ui::output::take_commit() {
        Some(done) => {
            let why = if err.is_broken_pipe() {
                "stdout was closed".to_owned()
            } else {
                err.message.clone()
            };
            let _ = writeln!(
                stderr,
                "note: {}; its report could not be written ({why})",
                done.what
            );
            for action in &done.actions {
                let _ = writeln!(stderr, "{action}");
            }
            ExitCode::from(done.code)
        }
        None if err.is_broken_pipe() => ExitCode::SUCCESS,
        None => {
            let _ = writeln!(stderr, "error: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}
