//! Text the core puts in front of people, without knowing how it is shown:
//! terminal-safe escaping, commands quoted for a shell, and [`Tell`], the
//! one way a core step (settling an interrupted key change, clearing what
//! a killed run left) says what it did.

/// Where a core step reports to; the command layer's output implements it.
pub trait Tell {
    /// For people; dropped with --quiet.
    fn note(&self, text: &str);
    /// Something the operator must act on; --quiet keeps it.
    fn warn(&self, text: &str);
}

/// Control characters shown as escapes, so text from the database cannot
/// move the cursor, recolour the terminal or fake a line.
pub fn escape(text: &str) -> String {
    let hidden = |c: char| c.is_control() || is_invisible(c);
    if !text.chars().any(hidden) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if hidden(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Characters a terminal shows as nothing, or that reorder what follows:
/// the bidi controls (U+202E turns the rest of a name around, so it reads
/// as another),
/// zero-width spaces and joiners, the BOM, line and paragraph separators,
/// the soft hyphen. Escaped like control characters, so one name can never
/// pass for another in a table.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{61c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}

/// An argument as a POSIX shell reads it back: as is when it is plain,
/// else in single quotes. For commands suggested in messages.
pub fn shell_quote(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_@%+=:,./-".contains(c));
    if plain {
        arg.to_owned()
    } else {
        format!("'{}'", escape(arg).replace('\'', r"'\''"))
    }
}

/// A value that is never shown: its `Debug` prints `<redacted>`, so a struct
/// holding one can derive `Debug` (for logs and test failures) safely.
/// Derefs to the value for the code that uses it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Redacted<T>(pub T);

impl<T> std::fmt::Debug for Redacted<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T> std::ops::Deref for Redacted<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Redacted;

    #[test]
    fn a_redacted_field_never_shows_in_a_derived_debug() {
        #[derive(Debug)]
        struct Row {
            name: &'static str,
            stored: Redacted<String>,
        }
        let row = Row {
            name: "OPENAI_API_KEY",
            stored: Redacted("gAAAAABsecret".to_owned()),
        };
        let shown = format!("{row:?}");
        assert_eq!(
            shown,
            r#"Row { name: "OPENAI_API_KEY", stored: <redacted> }"#
        );
        assert_eq!(
            row.stored.len(),
            13,
            "the value itself is still there to use"
        );
        assert_eq!(row.name, "OPENAI_API_KEY");
    }
}
