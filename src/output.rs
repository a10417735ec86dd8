//! Printing: human text by default, JSON with `--json`, nothing extra with
//! `--quiet`. Every write returns an error instead of panicking, so a closed
//! pipe (`| head`) ends the command quietly.

use std::io::{IsTerminal, Write};

use comfy_table::{ContentArrangement, Table, presets};

use crate::error::Result;
use crate::settings::OutputFlags;

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub flags: OutputFlags,
    pub stdout_is_tty: bool,
}

impl Output {
    pub fn new(flags: OutputFlags) -> Self {
        Output {
            flags,
            stdout_is_tty: std::io::stdout().is_terminal(),
        }
    }

    pub fn json_mode(&self) -> bool {
        self.flags.json
    }

    /// A line of the command's result.
    pub fn line(&self, text: impl AsRef<str>) -> Result<()> {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", text.as_ref())?;
        Ok(())
    }

    /// A JSON document on stdout, pretty on a terminal, one line otherwise.
    pub fn json(&self, value: &serde_json::Value) -> Result<()> {
        let text = if self.stdout_is_tty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        }
        .expect("a serde_json::Value always serialises");
        self.line(text)
    }

    /// A note for people, on stderr; dropped with --quiet.
    pub fn note(&self, text: impl AsRef<str>) {
        if !self.flags.quiet {
            let _ = writeln!(std::io::stderr().lock(), "{}", text.as_ref());
        }
    }

    /// A table whose rows are (label, value) pairs.
    pub fn pairs(&self, rows: &[(String, String)]) -> Result<()> {
        let mut table = Table::new();
        table
            .load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Dynamic);
        for (k, v) in rows {
            table.add_row(vec![k.as_str(), v.as_str()]);
        }
        self.line(trim_lines(&table.to_string()))
    }
}

fn trim_lines(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}
