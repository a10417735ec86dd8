use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    if let Some(code) = flowadmin::clipboard::serve_if_child() {
        return ExitCode::from(code);
    }
    let cli = flowadmin::cli::Cli::parse();
    match flowadmin::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(flowadmin::error::Error::BrokenPipe) => ExitCode::SUCCESS,
        Err(err) => {
            // One line, no backtrace (RUST_BACKTRACE is often set).
            let _ = writeln!(std::io::stderr(), "error: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}
