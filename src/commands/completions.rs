use std::io::Write;

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, Shell};
use crate::error::Result;

pub fn run(args: &CompletionsArgs) -> Result<u8> {
    std::io::stdout().lock().write_all(&script(args.shell))?;
    Ok(0)
}

/// The completion script for one shell.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(
        clap_complete::Shell::from(shell),
        &mut cmd,
        "flowadmin",
        &mut buf,
    );
    buf
}
