//! YAML written as PyYAML's `yaml.safe_dump(data, sort_keys=False)` writes
//! it (what `langflow admin export` prints): block style, sequences in a
//! mapping not indented, `[]` for an empty list, plain scalars unless the
//! text would read back as something else, long lines folded at spaces past
//! column 80, non-ASCII escaped in double quotes.

/// A YAML value to write: the subset a manifest needs.
pub enum Node {
    Str(String),
    List(Vec<Node>),
    Map(Vec<(&'static str, Node)>),
}

const WIDTH: usize = 80;

/// The document, ending with a newline.
pub fn dump(root: &Node) -> String {
    let mut w = Writer {
        out: String::new(),
        column: 0,
    };
    match root {
        Node::Map(fields) => w.map(fields, 0, false),
        Node::List(items) => w.list(items, 0),
        Node::Str(s) => w.scalar(s, 0),
    }
    if !w.out.ends_with('\n') {
        w.out.push('\n');
    }
    w.out
}

struct Writer {
    out: String,
    column: usize,
}

impl Writer {
    fn write(&mut self, s: &str) {
        self.out.push_str(s);
        self.column += s.chars().count();
    }

    fn newline_indent(&mut self, indent: usize) {
        self.out.push('\n');
        self.out.push_str(&" ".repeat(indent));
        self.column = indent;
    }

    /// A block mapping at `indent`; `inline` when its first key follows a
    /// `- ` already written.
    fn map(&mut self, fields: &[(&'static str, Node)], indent: usize, inline: bool) {
        for (i, (key, value)) in fields.iter().enumerate() {
            if i > 0 || !inline {
                if !self.out.is_empty() {
                    self.newline_indent(indent);
                } else {
                    self.write(&" ".repeat(indent));
                }
            }
            self.write(&format!("{key}:"));
            match value {
                Node::Str(s) => {
                    self.write(" ");
                    self.scalar(s, indent + 2);
                }
                Node::List(items) if items.is_empty() => self.write(" []"),
                Node::List(items) => self.list(items, indent),
                Node::Map(inner) if inner.is_empty() => self.write(" {}"),
                Node::Map(inner) => self.map(inner, indent + 2, false),
            }
        }
    }

    /// A block sequence whose dashes sit at `indent`.
    fn list(&mut self, items: &[Node], indent: usize) {
        for item in items {
            if self.out.is_empty() {
                self.write(&" ".repeat(indent));
            } else {
                self.newline_indent(indent);
            }
            self.write("- ");
            match item {
                Node::Str(s) => self.scalar(s, indent + 2),
                Node::Map(inner) => self.map(inner, indent + 2, true),
                Node::List(inner) => self.list(inner, indent + 2),
            }
        }
    }

    fn scalar(&mut self, s: &str, indent: usize) {
        match style(s) {
            Style::Plain => self.folded(s, indent, false),
            Style::Single => {
                self.write("'");
                self.folded(&s.replace('\'', "''"), indent, true);
                self.write("'");
            }
            Style::Double => self.write(&double_quoted(s)),
        }
    }

    /// Words separated by single spaces; a space met past the width becomes
    /// a line break and the indent (PyYAML's `write_plain`).
    fn folded(&mut self, s: &str, indent: usize, quoted: bool) {
        let chars: Vec<char> = s.chars().collect();
        let mut start = 0;
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == ' ' {
                let word: String = chars[start..i].iter().collect();
                self.write(&word);
                let mut end = i;
                while end < chars.len() && chars[end] == ' ' {
                    end += 1;
                }
                let single = end == i + 1;
                let inner = !quoted || (i != 0 && end != chars.len());
                if single && self.column > WIDTH && inner {
                    self.newline_indent(indent);
                } else {
                    let spaces: String = chars[i..end].iter().collect();
                    self.write(&spaces);
                }
                start = end;
                i = end;
            } else {
                i += 1;
            }
        }
        let rest: String = chars[start..].iter().collect();
        self.write(&rest);
    }
}

enum Style {
    Plain,
    Single,
    Double,
}

const BREAKS: &[char] = &['\n', '\u{85}', '\u{2028}', '\u{2029}'];

/// PyYAML's `analyze_scalar` and `choose_scalar_style`, for a block context.
fn style(s: &str) -> Style {
    if s.is_empty() {
        return Style::Single;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut block_indicators = s.starts_with("---") || s.starts_with("...");
    let (mut special, mut line_breaks, mut space_break, mut break_space) =
        (false, false, false, false);
    let space_like =
        |c: Option<&char>| c.is_none_or(|c| "\0 \t\r\n\u{85}\u{2028}\u{2029}".contains(*c));
    for (i, &c) in chars.iter().enumerate() {
        let followed_by_ws = space_like(chars.get(i + 1));
        let preceded_by_ws = i == 0 || space_like(chars.get(i - 1));
        if i == 0 {
            if "#,[]{}&*!|>'\"%@`".contains(c)
                || (c == '-' || c == '?' || c == ':') && followed_by_ws
            {
                block_indicators = true;
            }
        } else if (c == ':' && followed_by_ws) || (c == '#' && preceded_by_ws) {
            block_indicators = true;
        }
        if BREAKS.contains(&c) {
            line_breaks = true;
            if i > 0 && chars[i - 1] == ' ' {
                space_break = true;
            }
        }
        if c == ' ' && i > 0 && BREAKS.contains(&chars[i - 1]) {
            break_space = true;
        }
        // Not allow_unicode: anything outside printable ASCII is special.
        if !(c == '\n' || (' '..='~').contains(&c)) {
            special = true;
        }
    }
    let edge_space = chars[0] == ' ' || chars[chars.len() - 1] == ' ';
    let edge_break = BREAKS.contains(&chars[0]) || BREAKS.contains(&chars[chars.len() - 1]);
    if special || space_break {
        return Style::Double;
    }
    let plain = !(edge_space || edge_break || break_space || line_breaks || block_indicators);
    if plain && !resolves_to_non_string(s) {
        return Style::Plain;
    }
    match break_space || line_breaks {
        // Multi-line single quotes fold differently; double quotes keep
        // every character exactly.
        true => Style::Double,
        false => Style::Single,
    }
}

/// PyYAML's implicit resolvers: text a plain scalar would read back as a
/// bool, int, float, null, timestamp, merge or value.
fn resolves_to_non_string(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", "<<", "=",
    ];
    if WORDS.contains(&s) {
        return true;
    }
    static PATTERNS: std::sync::OnceLock<Vec<regex::Regex>> = std::sync::OnceLock::new();
    let patterns = PATTERNS.get_or_init(|| {
        [
            r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$",
            r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
            r"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$",
        ]
        .iter()
        .map(|p| regex::Regex::new(p).expect("valid pattern"))
        .collect()
    });
    patterns.iter().any(|p| p.is_match(s))
}

/// PyYAML's double-quoted style, ASCII only.
fn double_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        let escaped = match c {
            '\0' => "\\0".to_owned(),
            '\u{7}' => "\\a".to_owned(),
            '\u{8}' => "\\b".to_owned(),
            '\t' => "\\t".to_owned(),
            '\n' => "\\n".to_owned(),
            '\u{b}' => "\\v".to_owned(),
            '\u{c}' => "\\f".to_owned(),
            '\r' => "\\r".to_owned(),
            '\u{1b}' => "\\e".to_owned(),
            '"' => "\\\"".to_owned(),
            '\\' => "\\\\".to_owned(),
            '\u{85}' => "\\N".to_owned(),
            '\u{a0}' => "\\_".to_owned(),
            '\u{2028}' => "\\L".to_owned(),
            '\u{2029}' => "\\P".to_owned(),
            c if (' '..='~').contains(&c) => c.to_string(),
            c if (c as u32) <= 0xff => format!("\\x{:02X}", c as u32),
            c if (c as u32) <= 0xffff => format!("\\u{:04X}", c as u32),
            c => format!("\\U{:08X}", c as u32),
        };
        out.push_str(&escaped);
    }
    out.push('"');
    out
}
