//! `.env` files read exactly as python-dotenv 1.2 reads them, since that is
//! what `langflow run --env-file` uses (`load_dotenv(path, override=True)`):
//! its grammar (`dotenv/parser.py`) and its `${VAR}` interpolation
//! (`dotenv/variables.py`). The `dotenvy` crate reads another dialect
//! (`$VAR` expanded, the process environment before the file's own earlier
//! definitions, `"` refused inside unquoted values, `\.` refused inside
//! double quotes), so a differential test against python-dotenv found one
//! file in four read differently; this reader follows the Python one.
//!
//! - The text is UTF-8 (Python opens it so), newlines are universal (`\r\n`
//!   and `\r` read as `\n`, Python's text mode), a leading BOM is dropped.
//! - A line is `[export ]KEY[ = value][ # comment]`; KEY is `'quoted'` or
//!   runs to `=`, `#` or white space; a value is `'single'` (only `\\` and
//!   `\'` are escapes), `"double"` (`\\ \' \" \a \b \f \n \r \t \v`; any
//!   other backslash stays), or unquoted (cut at the first white space
//!   followed by `#`, then right-stripped). Quoted values may span lines.
//! - A statement that does not parse is skipped to the end of its line
//!   (python-dotenv warns and goes on; so does Langflow); its line number
//!   is reported.
//! - `${NAME}` and `${NAME:-default}` are replaced by the file's earlier
//!   definition, else the process environment, else the default (`$NAME`
//!   stays as it is), as `override=True` does.

/// Python's `\s` (and `str.isspace`): Rust's white space plus U+001C..U+001F.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn is_inline_space(c: char) -> bool {
    is_space(c) && c != '\n' && c != '\r'
}

/// One `KEY[=value]` statement; `None` as value: a key with no `=`.
pub type Binding = (String, Option<String>);

/// What a file holds: its bindings in order, and the line numbers of the
/// statements that do not parse (skipped, as python-dotenv skips them).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub bindings: Vec<Binding>,
    pub skipped_lines: Vec<usize>,
}

/// Universal newlines and no BOM, as Python's text mode and the parser.
pub fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.replace("\r\n", "\n").replace('\r', "\n")
}

struct Reader<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a str {
        self.s.get(self.pos..).unwrap_or_default()
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// Advances over the longest prefix whose chars satisfy `f`.
    fn take_while(&mut self, f: impl Fn(char) -> bool) -> &'a str {
        let rest = self.rest();
        let n = rest.find(|c: char| !f(c)).unwrap_or(rest.len());
        self.pos += n;
        rest.get(..n).unwrap_or_default()
    }

    fn line(&self) -> usize {
        self.s
            .get(..self.pos)
            .unwrap_or_default()
            .matches('\n')
            .count()
            + 1
    }
}

/// Parses a normalized text (see [`normalize`]).
pub fn parse(text: &str) -> Parsed {
    let mut r = Reader { s: text, pos: 0 };
    let mut parsed = Parsed::default();
    loop {
        r.take_while(is_space);
        if r.peek().is_none() {
            return parsed;
        }
        let line = r.line();
        match binding(&mut r) {
            Some(Some(b)) => parsed.bindings.push(b),
            Some(None) => {}
            None => {
                // Skipped from where it stopped to the end of that line, as
                // python-dotenv does (a quoted value that did end, followed
                // by junk, may have taken lines).
                r.take_while(|c| c != '\n');
                if r.peek() == Some('\n') {
                    r.pos += 1;
                }
                parsed.skipped_lines.push(line);
            }
        }
    }
}

/// One statement: Some(Some) a binding, Some(None) a comment line, None a
/// statement that does not parse.
fn binding(r: &mut Reader) -> Option<Option<Binding>> {
    if let Some(rest) = r.rest().strip_prefix("export")
        && rest.starts_with(is_inline_space)
    {
        r.pos += "export".len();
        r.take_while(is_inline_space);
    }
    let key = match r.peek() {
        Some('#') => None,
        Some('\'') => {
            r.pos += 1;
            let k = r.take_while(|c| c != '\'');
            if k.is_empty() || r.peek() != Some('\'') {
                return None;
            }
            r.pos += 1;
            Some(k.to_owned())
        }
        _ => {
            let k = r.take_while(|c| c != '=' && c != '#' && !is_space(c));
            if k.is_empty() {
                return None;
            }
            Some(k.to_owned())
        }
    };
    r.take_while(is_inline_space);
    let value = match (key.is_some(), r.peek()) {
        (true, Some('=')) => {
            r.pos += 1;
            let spaced = !r.take_while(is_inline_space).is_empty();
            if spaced && r.peek() == Some('#') {
                Some(String::new())
            } else {
                Some(value(r)?)
            }
        }
        _ => None,
    };
    // An optional comment, then the end of the line.
    let before = r.pos;
    r.take_while(is_inline_space);
    if r.peek() == Some('#') {
        r.take_while(|c| c != '\n');
    } else {
        r.pos = before;
        r.take_while(is_inline_space);
    }
    match r.peek() {
        None => {}
        Some('\n') => r.pos += 1,
        Some(_) => return None,
    }
    Some(key.map(|k| (k, value)))
}

fn value(r: &mut Reader) -> Option<String> {
    match r.peek() {
        Some(q @ ('\'' | '"')) => quoted(r, q),
        None | Some('\n') => Some(String::new()),
        Some(_) => {
            let part = r.take_while(|c| c != '\n');
            Some(unquoted(part))
        }
    }
}

/// `re.sub(r"\s+#.*", "", part).rstrip()`.
fn unquoted(part: &str) -> String {
    let mut cut = part.len();
    let mut prev_space_start: Option<usize> = None;
    for (i, c) in part.char_indices() {
        if c == '#'
            && let Some(start) = prev_space_start
        {
            cut = start;
            break;
        }
        if is_space(c) {
            prev_space_start.get_or_insert(i);
        } else {
            prev_space_start = None;
        }
    }
    part.get(..cut)
        .unwrap_or(part)
        .trim_end_matches(is_space)
        .to_owned()
}

/// A quoted value: backslash always escapes the next character for the
/// match; then only the quote kind's escapes are decoded.
fn quoted(r: &mut Reader, q: char) -> Option<String> {
    let body_start = r.pos + 1;
    let mut chars = r.rest().char_indices().skip(1);
    let mut end = None;
    while let Some((i, c)) = chars.next() {
        if c == '\\' {
            chars.next()?;
        } else if c == q {
            end = Some(i);
            break;
        }
    }
    let end = end?;
    let body = r.s.get(body_start..r.pos + end)?;
    r.pos += end + 1;
    Some(decode(body, q))
}

fn decode(body: &str, q: char) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let next = chars.peek().copied();
        let decoded = match (q, next) {
            ('\'', Some(e @ ('\\' | '\''))) => Some(e),
            ('"', Some(e @ ('\\' | '\'' | '"'))) => Some(e),
            ('"', Some('a')) => Some('\u{7}'),
            ('"', Some('b')) => Some('\u{8}'),
            ('"', Some('f')) => Some('\u{c}'),
            ('"', Some('n')) => Some('\n'),
            ('"', Some('r')) => Some('\r'),
            ('"', Some('t')) => Some('\t'),
            ('"', Some('v')) => Some('\u{b}'),
            _ => None,
        };
        match decoded {
            Some(d) => {
                out.push(d);
                chars.next();
            }
            None => out.push('\\'),
        }
    }
    out
}

/// `${NAME}` and `${NAME:-default}` replaced, each binding against the
/// file's earlier ones first, then `process` (python-dotenv's
/// `resolve_variables(override=True)`); a key with no `=` stays None.
pub fn interpolate(
    bindings: Vec<Binding>,
    process: &dyn Fn(&str) -> Option<String>,
) -> Vec<Binding> {
    let mut done: Vec<Binding> = Vec::with_capacity(bindings.len());
    for (key, value) in bindings {
        let value = value.map(|v| {
            expand(
                &v,
                &|name| match done.iter().rev().find(|(k, _)| k == name) {
                    Some((_, v)) => Some(v.clone().unwrap_or_default()),
                    None => process(name),
                },
            )
        });
        done.push((key, value));
    }
    done
}

/// The `\$\{(?P<name>[^\}:]*)(?::-(?P<default>[^\}]*))?\}` replacements.
fn expand(value: &str, lookup: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find("${") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let inner = from.split_at(2).1;
        let name_len = inner.find(['}', ':']).unwrap_or(inner.len());
        let (name, after_name) = inner.split_at(name_len);
        let (default, after) = if let Some(d) = after_name.strip_prefix(":-") {
            match d.find('}') {
                Some(end) => (Some(d.split_at(end).0), Some(d.split_at(end + 1).1)),
                None => (None, None),
            }
        } else {
            (None, after_name.strip_prefix('}'))
        };
        match after {
            Some(after) => {
                out.push_str(&lookup(name).unwrap_or_else(|| default.unwrap_or("").to_owned()));
                rest = after;
            }
            None => {
                // Not a variable: `$` and `{` stay, and the search goes on.
                out.push_str("${");
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<Binding> {
        interpolate(parse(&normalize(text)).bindings, &|_| None)
    }

    #[test]
    fn reads_as_python_dotenv_reads() {
        let b = |k: &str, v: &str| (k.to_owned(), Some(v.to_owned()));
        assert_eq!(
            values("export A=1 # c\nB = \"x\\ty\\.z\"\nC='it\\'s'\nD=a\"b\nE=$A ${A} ${NOPE:-d}\n"),
            vec![
                b("A", "1"),
                b("B", "x\ty\\.z"),
                b("C", "it's"),
                b("D", "a\"b"),
                b("E", "$A 1 d")
            ]
        );
        // A bare key, a key with `= #`, a multi-line value, CRLF, a BOM.
        assert_eq!(
            values("\u{feff}K\r\nL= # gone\r\nM=\"one\ntwo\"\r\n"),
            vec![("K".to_owned(), None), b("L", ""), b("M", "one\ntwo")]
        );
        // A statement that does not parse is skipped, the rest read.
        let p = parse(&normalize("A=\"open\nB=2\n=bad\nC=3\n"));
        assert_eq!(p.skipped_lines, vec![1, 3]);
    }

    #[test]
    fn the_files_earlier_definition_wins_over_the_process() {
        let out = interpolate(parse("A=file\nB=${A}\n").bindings, &|n| {
            (n == "A").then(|| "process".to_owned())
        });
        assert_eq!(out[1].1.as_deref(), Some("file"));
    }
}
