//! What every command gets: the settings resolved once, the output, and the
//! terminal facts detected once (ripgrep's way: nothing below asks
//! `is_terminal()` again, so each piece can be driven alone).

use std::io::IsTerminal;

use crate::settings::Settings;
use crate::ui::output::Output;

/// Which standard streams are terminals.
#[derive(Debug, Clone, Copy, Default)]
pub struct Terminal {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
}

impl Terminal {
    pub fn detect() -> Terminal {
        Terminal {
            stdin: std::io::stdin().is_terminal(),
            stdout: std::io::stdout().is_terminal(),
            stderr: std::io::stderr().is_terminal(),
        }
    }

    /// A person can be asked: prompts read stdin and show on stderr.
    pub fn interactive(&self) -> bool {
        self.stdin && self.stderr
    }
}

/// One command's context.
pub struct Ctx {
    pub settings: Settings,
    pub out: Output,
    pub term: Terminal,
}

impl Ctx {
    pub fn new(settings: Settings, term: Terminal) -> Ctx {
        let out = Output::new(settings.output, term.stdout);
        Ctx {
            settings,
            out,
            term,
        }
    }
}
