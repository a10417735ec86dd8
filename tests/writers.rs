//! #33: the operations layer (`src/ops/`) is the only code that writes
//! Langflow's administered rows (`user`, `apikey`, `variable`, `folder`,
//! `authz_*`), so a guard or an audit row written there cannot be skipped
//! by a new path. Every SQL write statement in `src/` is found and its
//! table named; a write to one of those tables outside `src/ops/` fails
//! this test. Statements over a table named at run time are allowed only
//! in the walks listed below, each with why.

use std::path::{Path, PathBuf};

use regex::Regex;

/// The tables only the operations write.
fn administered(table: &str) -> bool {
    matches!(table, "user" | "apikey" | "variable" | "folder") || table.starts_with("authz_")
}

/// Files whose statements name their table at run time, and why they may.
const WALKS: [(&str, &str); 6] = [
    (
        "src/storage/secrets.rs",
        "the key change's value walk (SQLite): sealed values by rowid",
    ),
    (
        "src/storage/pg/secrets.rs",
        "the key change's value walk (PostgreSQL) and its undo file",
    ),
    (
        "src/storage/delete.rs",
        "deleting a user: every table a foreign key reaches (SQLite)",
    ),
    (
        "src/storage/pg/delete.rs",
        "deleting a user: every table a foreign key reaches (PostgreSQL)",
    ),
    (
        "src/storage/flowfile.rs",
        "Flowfile's own tables (users, secrets, flow_api_keys...)",
    ),
    (
        "src/storage/mod.rs",
        "delete_one, called with Flowfile's tables (checked below)",
    ),
];

/// One SQL write found in a source file.
#[derive(Debug, PartialEq)]
struct Write {
    file: String,
    line: usize,
    verb: String,
    /// The table, or None when it is named at run time.
    table: Option<String>,
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The writes in `text` (comments left out): `INSERT INTO`, `UPDATE`,
/// `DELETE FROM`, `REPLACE INTO` (upper case: this code's SQL, not its
/// prose), with the table after them, and the operations' own
/// `insert("table", ...)` helper.
fn writes(file: &str, text: &str) -> Vec<Write> {
    let statement = Regex::new(
        r#"\b(INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|DELETE\s+FROM|UPDATE)\s+(?:\\?")?([A-Za-z_][A-Za-z0-9_]*|\{[^}]*\})(?:\\?")?(\s+\w+)?"#,
    )
    .unwrap();
    let helper = Regex::new(r#"\binsert\(\s*(?:[a-z_.]+,\s*)*"([A-Za-z_][A-Za-z0-9_]*)""#).unwrap();
    // Comments out; the helper's arguments may span lines.
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out: Vec<Write> = helper
        .captures_iter(&code)
        .map(|m| Write {
            file: file.to_owned(),
            line: code
                .get(..m.get(0).unwrap().start())
                .unwrap_or("")
                .matches('\n')
                .count()
                + 1,
            verb: "INSERT".to_owned(),
            table: Some(m[1].to_owned()),
        })
        .collect();
    for (i, code) in code.lines().enumerate() {
        // Only inside string literals: prose and identifiers are not SQL.
        if !code.contains('"') {
            continue;
        }
        for m in statement.captures_iter(code) {
            let verb = m[1].split_whitespace().next().unwrap().to_uppercase();
            let table = &m[2];
            // `FOR UPDATE OF c`, `ON UPDATE`, ... are not writes.
            let before = code
                .get(..m.get(0).unwrap().start())
                .unwrap_or("")
                .trim_end();
            if verb == "UPDATE"
                && (before.ends_with("FOR") || before.ends_with("ON") || before.ends_with("KEY"))
            {
                continue;
            }
            out.push(Write {
                file: file.to_owned(),
                line: i + 1,
                verb,
                table: (!table.starts_with('{')).then(|| table.to_owned()),
            });
        }
    }
    out.sort_by_key(|w| w.line);
    out
}

fn all_writes() -> Vec<Write> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    files.sort();
    files
        .iter()
        .flat_map(|path| {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            writes(&rel, &std::fs::read_to_string(path).unwrap())
        })
        .collect()
}

#[test]
fn only_the_operations_write_the_administered_tables() {
    let found = all_writes();
    let outside: Vec<&Write> = found
        .iter()
        .filter(|w| !w.file.starts_with("src/ops/"))
        .filter(|w| w.table.as_deref().is_some_and(administered))
        .collect();
    assert!(outside.is_empty(), "written outside src/ops/: {outside:#?}");
    // The operations do write them (the scan sees what it looks for).
    for table in ["user", "apikey", "variable", "folder", "authz_role"] {
        assert!(
            found
                .iter()
                .any(|w| w.file.starts_with("src/ops/") && w.table.as_deref() == Some(table)),
            "no write to {table} found in src/ops/"
        );
    }
}

#[test]
fn run_time_tables_are_written_only_by_the_listed_walks() {
    let found = all_writes();
    let dynamic: Vec<&Write> = found
        .iter()
        .filter(|w| w.table.is_none() && !w.file.starts_with("src/ops/"))
        .collect();
    let stray: Vec<&&Write> = dynamic
        .iter()
        .filter(|w| !WALKS.iter().any(|(f, _)| *f == w.file))
        .collect();
    assert!(
        stray.is_empty(),
        "a table named at run time outside the walks: {stray:#?}"
    );
    // Every listed walk still has one (a stale entry would hide a new one).
    for (file, why) in WALKS {
        assert!(
            dynamic.iter().any(|w| w.file == file),
            "{file} ({why}) no longer writes a run-time table: drop it from WALKS"
        );
    }
}

/// `delete_one` names its table at run time: its callers give Flowfile's.
#[test]
fn delete_one_is_given_no_administered_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    let call = Regex::new(r#"delete_one\(\s*"([^"]+)""#).unwrap();
    let mut seen = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for m in call.captures_iter(&text) {
            seen += 1;
            assert!(
                !administered(&m[1]),
                "{}: delete_one({:?})",
                path.display(),
                &m[1]
            );
        }
    }
    assert!(
        seen > 0,
        "no delete_one call found: the check looks for nothing"
    );
}

/// The scanner finds what it must, and leaves what it must.
#[test]
fn the_scan_finds_writes_and_leaves_prose() {
    let code = r#"
        tx.execute("UPDATE apikey SET name = ?1 WHERE id = ?2", p)?;
        sql.exec("INSERT INTO \"user\" (id) VALUES ($1)", p)?;
        let s = format!("DELETE FROM \"{table}\" WHERE id = ?1");
        let q = "SELECT id FROM user WHERE id = $1 FOR UPDATE";
        // UPDATE variable SET value: a comment, not a write
        let t = "INSERT OR REPLACE INTO variable (id) VALUES (1)";
        tx.insert(
            "folder",
            vec![("id", Val::id(&id))],
        )?;
        out.line(format!("delete from {t}: {n} row(s)"))?;
    "#;
    let found = writes("src/x.rs", code);
    let tables: Vec<(String, Option<String>)> =
        found.into_iter().map(|w| (w.verb, w.table)).collect();
    assert_eq!(
        tables,
        [
            ("UPDATE".to_owned(), Some("apikey".to_owned())),
            ("INSERT".to_owned(), Some("user".to_owned())),
            ("DELETE".to_owned(), None),
            ("INSERT".to_owned(), Some("variable".to_owned())),
            ("INSERT".to_owned(), Some("folder".to_owned())),
        ]
    );
}
