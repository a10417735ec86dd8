//! Printing: human text by default, JSON with `--json`, nothing extra with
//! `--quiet`. Every write returns an error instead of panicking, so a closed
//! pipe (`| head`) ends the command quietly.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets};

use crate::error::Result;
use crate::settings::OutputFlags;

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub flags: OutputFlags,
    pub stdout_is_tty: bool,
}

impl Output {
    pub fn new(flags: OutputFlags, stdout_is_tty: bool) -> Self {
        Output {
            flags,
            stdout_is_tty,
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

    /// Something the operator must act on, on stderr; --quiet keeps it.
    pub fn warn(&self, text: impl AsRef<str>) {
        let _ = writeln!(std::io::stderr().lock(), "{}", text.as_ref());
    }

    /// A table whose rows are (label, value) pairs.
    pub fn pairs(&self, rows: &[(String, String)]) -> Result<()> {
        let mut table = Table::new();
        table
            .load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Dynamic);
        for (k, v) in rows {
            table.add_row(vec![escape(k), escape(v)]);
        }
        self.line(trim_lines(&table.to_string()))
    }

    /// A bordered table; every cell is escaped (names and values come from
    /// the database and may hold terminal control sequences).
    pub fn table<S: AsRef<str>>(&self, header: &[&str], rows: &[Vec<S>]) -> Result<()> {
        let mut table = Table::new();
        table.load_style(presets::UTF8_FULL_CONDENSED);
        table.set_header(header.to_vec());
        for row in rows {
            table.add_row(row.iter().map(|c| escape(c.as_ref())).collect::<Vec<_>>());
        }
        self.line(table.to_string())
    }
}

// Where a commit is recorded lives with the errors it changes.
pub use crate::error::{Committed, record_commit, take_commit};

pub use crate::text::{escape, shell_quote};

impl crate::text::Tell for Output {
    fn note(&self, text: &str) {
        Output::note(self, text)
    }

    fn warn(&self, text: &str) {
        Output::warn(self, text)
    }
}

fn trim_lines(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A stored datetime to the minute for a table (`2026-11-23 10:15 UTC`),
/// `none` when there is none. Sliced by characters, never by bytes.
pub fn minute(value: Option<&str>, none: &str) -> String {
    match value {
        Some(v) if v.chars().count() >= 16 => {
            format!("{} UTC", v.chars().take(16).collect::<String>())
        }
        Some(v) => v.to_owned(),
        None => none.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape("a\u{1b}[31mb\n"), "a\\u{1b}[31mb\\n");
        assert_eq!(escape("plain é"), "plain é");
        // #31: invisible and direction-changing characters too.
        assert_eq!(escape("adm\u{202e}in"), "adm\\u{202e}in");
        assert_eq!(escape("al\u{200b}ice"), "al\\u{200b}ice");
        assert_eq!(escape("\u{feff}x\u{2066}"), "\\u{feff}x\\u{2066}");
    }

    #[test]
    fn shell_quoting() {
        assert_eq!(shell_quote("alice"), "alice");
        assert_eq!(shell_quote("with space"), "'with space'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote(""), "''");
        assert_eq!(shell_quote("$(rm -rf)"), "'$(rm -rf)'");
    }
}
