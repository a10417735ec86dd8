use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    if let Some(code) = flowadmin::ui::clipboard::serve_if_child() {
        return ExitCode::from(code);
    }
    let cli = flowadmin::cli::Cli::parse();
    let json = cli.global.json
        || std::env::var("FLOWADMIN_JSON")
            .ok()
            .and_then(|v| flowadmin::settings::parse_bool(&v))
            .unwrap_or(false);
    match flowadmin::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            // Scripts read a structured error on stdout; people read stderr.
            if json {
                let _ = writeln!(std::io::stdout(), "{}", err.to_json());
            }
            // One line, no backtrace (RUST_BACKTRACE is often set).
            let _ = writeln!(std::io::stderr(), "error: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}
