use std::io::Write;

use crate::cli::CompletionsArgs;
use crate::cli::assets::script;
use crate::error::Result;

pub fn run(args: &CompletionsArgs) -> Result<()> {
    std::io::stdout().lock().write_all(&script(args.shell))?;
    Ok(())
}
