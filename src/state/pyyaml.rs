//! YAML read as Langflow reads a manifest: PyYAML's `yaml.safe_load` (YAML
//! 1.1 with PyYAML's implicit resolvers), over the events of a maintained
//! YAML parser (`granit-parser`, serde-saphyr's own). Plain scalars resolve
//! as PyYAML resolves them: `yes`/`no`/`on`/`off` are booleans, `y`, `n`,
//! `0o17` and `1e3` are strings, `12:30` is the integer 750, `2024-01-01` is a
//! date; quoted scalars are strings. A duplicate key takes the last value (a
//! Python dict); `<<` merges. What PyYAML refuses (a tab as indentation, a
//! control character, an unknown tag, `=` as a value) is refused.
//!
//! Values that are not strings, booleans, numbers, null, lists or mappings in
//! JSON (a date, a timestamp, infinity) become one-key objects
//! (`{"!timestamp": "2024-01-01"}`): never a string, so a manifest field that
//! wants one says "Input should be a valid string", as pydantic does.

use std::collections::HashMap;

use granit_parser::{Event, Parser, ScalarStyle};
use serde_json::{Map, Value};

/// The most nodes a manifest may expand to (aliases copy their anchor's
/// node): a "billion laughs" document ends in an error, not in all memory.
const MAX_NODES: usize = 1_000_000;

/// Why a YAML text could not be read, as a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError(pub String);

/// Every document of the stream, as `yaml.safe_load_all` would give them
/// (an empty stream: no documents).
pub fn load_all(text: &str) -> Result<Vec<Value>, YamlError> {
    check_printable(text)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut b = Builder {
        parser: Parser::new_from_str(text),
        anchors: HashMap::new(),
        nodes: 0,
        tabs_ok: Vec::new(),
    };
    let mut docs = Vec::new();
    loop {
        match b.next()? {
            Event::StreamStart => {}
            Event::StreamEnd => {
                check_tabs(text, &b.tabs_ok)?;
                return Ok(docs);
            }
            Event::DocumentStart(..) => {
                let first = b.next()?;
                docs.push(b.node(first)?.value()?);
                match b.next()? {
                    Event::DocumentEnd => {}
                    _ => return Err(YamlError("expected the end of the document".into())),
                }
                b.anchors.clear();
            }
            _ => return Err(YamlError("expected a document".into())),
        }
    }
}

/// PyYAML's reader refuses these characters anywhere in the stream.
fn check_printable(text: &str) -> Result<(), YamlError> {
    let ok = |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{7e}' | '\u{85}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..='\u{10ffff}');
    match text.char_indices().find(|(_, c)| !ok(*c)) {
        None => Ok(()),
        Some((at, c)) => {
            let line = text.get(..at).unwrap_or_default().matches('\n').count() + 1;
            Err(YamlError(format!(
                "unacceptable character #x{:04x} on line {line}: special characters are not allowed",
                c as u32
            )))
        }
    }
}

/// PyYAML's scanner takes a tab only inside a quoted or block scalar or a
/// comment: as indentation, as a separator or in a plain scalar it is "a
/// character that cannot start any token".
fn check_tabs(text: &str, ok: &[(usize, usize)]) -> Result<(), YamlError> {
    for (at, _) in text.match_indices('\t') {
        if !ok.iter().any(|(a, b)| *a <= at && at < *b) {
            let before = text.get(..at).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let column = before
                .rsplit('\n')
                .next()
                .unwrap_or_default()
                .chars()
                .count()
                + 1;
            return Err(YamlError(format!(
                "found character '\\t' that cannot start any token (line {line}, column {column})"
            )));
        }
    }
    Ok(())
}

/// A built node: a value, the merge key `<<`, or the value key `=`.
enum Built {
    Value(Value),
    Merge,
    /// `=` (PyYAML's `value` tag): a string as a key, refused as a value.
    Equals,
}

impl Built {
    fn value(self) -> Result<Value, YamlError> {
        match self {
            Built::Value(v) => Ok(v),
            Built::Merge => Err(unknown_tag(Some("tag:yaml.org,2002:merge"))),
            Built::Equals => Err(unknown_tag(Some("tag:yaml.org,2002:value"))),
        }
    }
}

struct Builder<'a> {
    parser: Parser<'a, granit_parser::StrInput<'a>>,
    anchors: HashMap<usize, Value>,
    nodes: usize,
    /// Byte ranges where PyYAML takes a tab: quoted and block scalars, comments.
    tabs_ok: Vec<(usize, usize)>,
}

impl<'a> Builder<'a> {
    fn next(&mut self) -> Result<Event<'a>, YamlError> {
        loop {
            match self.parser.next_event() {
                None => return Ok(Event::StreamEnd),
                Some(Err(e)) => {
                    return Err(YamlError(format!(
                        "{} (line {}, column {})",
                        e.info(),
                        e.marker().line(),
                        e.marker().col() + 1
                    )));
                }
                #[allow(unreachable_patterns)]
                Some(Ok((Event::Comment(..), span))) => {
                    self.allow_tabs(span);
                    continue;
                }
                Some(Ok((event, span))) => {
                    if let Event::Scalar(_, style, ..) = &event
                        && *style != ScalarStyle::Plain
                    {
                        self.allow_tabs(span);
                    }
                    return Ok(event);
                }
            }
        }
    }

    fn allow_tabs(&mut self, span: granit_parser::Span) {
        if let (Some(a), Some(b)) = (span.start.byte_offset(), span.end.byte_offset()) {
            self.tabs_ok.push((a, b));
        }
    }

    fn count(&mut self, n: usize) -> Result<(), YamlError> {
        self.nodes += n;
        match self.nodes > MAX_NODES {
            true => Err(YamlError(format!(
                "the document expands to more than {MAX_NODES} nodes (aliases of aliases?)"
            ))),
            false => Ok(()),
        }
    }

    fn node(&mut self, event: Event<'a>) -> Result<Built, YamlError> {
        self.count(1)?;
        let (built, anchor) = match event {
            Event::Alias(id) => {
                let v = self
                    .anchors
                    .get(&id)
                    .cloned()
                    .ok_or_else(|| YamlError("found undefined alias".into()))?;
                self.count(size(&v))?;
                return Ok(Built::Value(v));
            }
            Event::Scalar(text, style, anchor, tag) => {
                let tag = tag.map(|t| format!("{}{}", t.handle(), t.suffix()));
                (scalar(&text, style, tag.as_deref())?, anchor)
            }
            Event::SequenceStart(_, anchor, tag) => {
                let tag = tag.map(|t| format!("{}{}", t.handle(), t.suffix()));
                (self.sequence(tag.as_deref())?, anchor)
            }
            Event::MappingStart(_, anchor, tag) => {
                let tag = tag.map(|t| format!("{}{}", t.handle(), t.suffix()));
                (self.mapping(tag.as_deref())?, anchor)
            }
            _ => return Err(YamlError("expected a node".into())),
        };
        if anchor != 0
            && let Built::Value(v) = &built
        {
            self.anchors.insert(anchor, v.clone());
        }
        Ok(built)
    }

    fn sequence(&mut self, tag: Option<&str>) -> Result<Built, YamlError> {
        let mut items = Vec::new();
        loop {
            match self.next()? {
                Event::SequenceEnd => break,
                event => items.push(self.node(event)?.value()?),
            }
        }
        match tag.map(core) {
            None | Some(Some("seq")) => Ok(Built::Value(Value::Array(items))),
            // A list of one-key mappings, read as PyYAML's list of pairs.
            Some(Some("omap" | "pairs")) => Ok(Built::Value(Value::Array(
                items
                    .into_iter()
                    .map(|i| match i {
                        Value::Object(m) => Value::Array(
                            m.into_iter()
                                .flat_map(|(k, v)| [Value::String(k), v])
                                .collect(),
                        ),
                        other => other,
                    })
                    .collect(),
            ))),
            _ => Err(unknown_tag(tag)),
        }
    }

    fn mapping(&mut self, tag: Option<&str>) -> Result<Built, YamlError> {
        let mut own: Vec<(String, Value)> = Vec::new();
        let mut merges: Vec<Value> = Vec::new();
        loop {
            let event = self.next()?;
            if matches!(event, Event::MappingEnd) {
                break;
            }
            let key = self.node(event)?;
            let next = self.next()?;
            let value = self.node(next)?.value()?;
            match key {
                Built::Merge => merges.push(value),
                Built::Equals => own.push(("=".to_owned(), value)),
                Built::Value(k) => own.push((key_text(&k)?, value)),
            }
        }
        let mut map = Map::new();
        // PyYAML's flatten_mapping: the merged mappings first (the first
        // listed wins), then the mapping's own keys over them.
        let mut merged: Vec<Map<String, Value>> = Vec::new();
        for m in merges {
            match m {
                Value::Object(o) => merged.push(o),
                Value::Array(list) => {
                    for item in list {
                        match item {
                            Value::Object(o) => merged.push(o),
                            _ => return Err(merge_error()),
                        }
                    }
                }
                _ => return Err(merge_error()),
            }
        }
        for m in merged.into_iter().rev() {
            for (k, v) in m {
                map.insert(k, v);
            }
        }
        for (k, v) in own {
            map.insert(k, v);
        }
        match tag.map(core) {
            None | Some(Some("map")) => Ok(Built::Value(Value::Object(map))),
            // A Python set, which pydantic takes where a list is wanted.
            Some(Some("set")) => Ok(Built::Value(Value::Array(
                map.into_iter().map(|(k, _)| Value::String(k)).collect(),
            ))),
            _ => Err(unknown_tag(tag)),
        }
    }
}

fn merge_error() -> YamlError {
    YamlError("expected a mapping or list of mappings for merging".into())
}

fn unknown_tag(tag: Option<&str>) -> YamlError {
    YamlError(format!(
        "could not determine a constructor for the tag {:?}",
        tag.unwrap_or_default()
    ))
}

/// The suffix of a `tag:yaml.org,2002:` tag.
fn core(tag: &str) -> Option<&str> {
    tag.strip_prefix("tag:yaml.org,2002:")
}

/// How many nodes a value holds (an alias copies them all).
fn size(v: &Value) -> usize {
    match v {
        Value::Array(a) => 1 + a.iter().map(size).sum::<usize>(),
        Value::Object(o) => 1 + o.values().map(size).sum::<usize>(),
        _ => 1,
    }
}

/// A mapping key as text: a string is itself; anything else is written as
/// Python writes it (`True`, `None`, `750`), which no manifest field is.
/// A list or a mapping is no key ("found unhashable key").
fn key_text(k: &Value) -> Result<String, YamlError> {
    Ok(match k {
        Value::String(s) => s.clone(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Null => "None".into(),
        Value::Array(_) => return Err(YamlError("found unhashable key".into())),
        Value::Object(m) if !is_marker(m) => {
            return Err(YamlError("found unhashable key".into()));
        }
        other => other.to_string(),
    })
}

/// A one-key `{"!kind": text}` object standing for a non-JSON value.
fn is_marker(m: &Map<String, Value>) -> bool {
    m.len() == 1 && m.iter().all(|(k, v)| k.starts_with('!') && v.is_string())
}

/// One scalar, constructed as SafeLoader constructs it.
fn scalar(text: &str, style: ScalarStyle, tag: Option<&str>) -> Result<Built, YamlError> {
    let kind = match tag {
        // `!`, PyYAML's way: resolved as if untagged, quoted or not.
        Some("!") => resolve(text).to_owned(),
        Some(t) => match core(t) {
            Some(k) => k.to_owned(),
            None => return Err(unknown_tag(tag)),
        },
        None if style == ScalarStyle::Plain => resolve(text).to_owned(),
        None => "str".to_owned(),
    };
    let value = match kind.as_str() {
        "str" => Value::String(text.to_owned()),
        "null" => Value::Null,
        "bool" => Value::Bool(matches!(
            text.to_ascii_lowercase().as_str(),
            "yes" | "true" | "on"
        )),
        "int" => {
            int(text).ok_or_else(|| YamlError(format!("invalid literal for int(): {text:?}")))?
        }
        "float" => float(text),
        "timestamp" => marker("!timestamp", text),
        "binary" => binary(text)?,
        "merge" => return Ok(Built::Merge),
        "value" => return Ok(Built::Equals),
        _ => {
            return Err(unknown_tag(
                tag.or(Some(&format!("tag:yaml.org,2002:{kind}"))),
            ));
        }
    };
    Ok(Built::Value(value))
}

fn marker(kind: &str, text: &str) -> Value {
    let mut m = Map::new();
    m.insert(kind.to_owned(), Value::String(text.to_owned()));
    Value::Object(m)
}

/// PyYAML's implicit resolvers (YAML 1.1), in their order.
fn resolve(text: &str) -> &'static str {
    static PATTERNS: std::sync::OnceLock<Vec<(&'static str, regex::Regex)>> =
        std::sync::OnceLock::new();
    let patterns = PATTERNS.get_or_init(|| {
        [
            ("bool", r"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"),
            ("float", r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
            ("int", r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"),
            ("merge", r"^(?:<<)$"),
            ("null", r"^(?:~|null|Null|NULL|)$"),
            ("timestamp", r"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"),
            ("value", r"^(?:=)$"),
        ]
        .iter()
        .map(|(k, p)| (*k, regex::Regex::new(p).expect("valid pattern")))
        .collect()
    });
    patterns
        .iter()
        .find(|(_, p)| p.is_match(text))
        .map_or("str", |(k, _)| k)
}

/// `construct_yaml_int`: underscores dropped, sign, `0b`, `0x`, a leading
/// `0` for octal, `:` for base 60.
fn int(text: &str) -> Option<Value> {
    let t = text.replace('_', "");
    let (neg, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.to_owned()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_owned()),
    };
    let n: i128 = if t == "0" {
        0
    } else if let Some(b) = t.strip_prefix("0b") {
        i128::from_str_radix(b, 2).ok()?
    } else if let Some(h) = t.strip_prefix("0x") {
        i128::from_str_radix(h, 16).ok()?
    } else if let Some(o) = t.strip_prefix('0') {
        i128::from_str_radix(o, 8).ok()?
    } else if t.contains(':') {
        t.split(':').try_fold(0i128, |acc, d| {
            Some(acc.checked_mul(60)? + d.parse::<i128>().ok()?)
        })?
    } else {
        t.parse().ok()?
    };
    let n = if neg { -n } else { n };
    Some(match i64::try_from(n) {
        Ok(small) => Value::from(small),
        Err(_) => marker("!int", &n.to_string()),
    })
}

/// `construct_yaml_float`; infinities and NaN (which JSON lacks) as markers.
fn float(text: &str) -> Value {
    let t = text.replace('_', "").to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.to_owned()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_owned()),
    };
    let v: f64 = if t == ".inf" || t == ".nan" {
        return marker("!float", text);
    } else if t.contains(':') {
        t.split(':')
            .fold(0.0, |acc, d| acc * 60.0 + d.parse::<f64>().unwrap_or(0.0))
    } else {
        t.parse().unwrap_or(0.0)
    };
    let v = if neg { -v } else { v };
    serde_json::Number::from_f64(v).map_or_else(|| marker("!float", text), Value::Number)
}

/// `!!binary`: base64 (white space allowed); UTF-8 becomes a string (as
/// pydantic takes bytes for a `str`), anything else a marker.
fn binary(text: &str) -> Result<Value, YamlError> {
    use base64::Engine;
    let clean: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(clean)
        .map_err(|_| YamlError("failed to decode base64 data".into()))?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => Value::String(s),
        Err(_) => marker("!binary", text),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn one(text: &str) -> Value {
        load_all(text).unwrap().remove(0)
    }

    #[test]
    fn scalars_resolve_as_pyyaml_resolves_them() {
        let v = one(
            "a: y\nb: n\nc: 0o17\nd: 1e3\ne: 12:30\nf: yes\ng: Off\nh: 017\ni: 0x1F\nj: 1.5\nk: ~\nl:\nm: '12:30'\nn: 2024-01-01\no: 1_000\n",
        );
        assert_eq!(
            v,
            json!({"a": "y", "b": "n", "c": "0o17", "d": "1e3", "e": 750, "f": true, "g": false,
                   "h": 15, "i": 31, "j": 1.5, "k": null, "l": null, "m": "12:30",
                   "n": {"!timestamp": "2024-01-01"}, "o": 1000})
        );
    }

    #[test]
    fn duplicates_take_the_last_value_and_merges_merge() {
        assert_eq!(one("a: 1\nb: 2\na: 3\n"), json!({"a": 3, "b": 2}));
        let v = one("base: &b {x: 1, y: 2}\nthis:\n  <<: *b\n  y: 3\n");
        assert_eq!(v["this"], json!({"x": 1, "y": 3}));
    }

    #[test]
    fn what_pyyaml_refuses_is_refused() {
        assert!(load_all("a:\n\tb: 1\n").is_err(), "a tab as indentation");
        assert!(load_all("a: \u{1}\n").is_err(), "a control character");
        assert!(load_all("a: !foo x\n").is_err(), "an unknown tag");
        assert!(load_all("a: =\n").is_err(), "the value tag");
        assert_eq!(
            one("a: \"\\0\"\n"),
            json!({"a": "\u{0}"}),
            "an escaped NUL is text"
        );
    }

    #[test]
    fn aliases_are_bounded() {
        let mut doc = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            let prev = i - 1;
            doc.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let err = load_all(&doc).unwrap_err();
        assert!(err.0.contains("nodes"), "{err:?}");
    }
}
