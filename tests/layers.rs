//! The layers of docs/development.md, held by the source: the core (every
//! module but the command line's: `cli/`, `commands/`, `ui/`, `main.rs`,
//! `lib.rs`) imports none of the command line's modules, and no text in it
//! spells a command (`flowadmin ...` in backticks): it names one with
//! `error::Next`, which `commands/hints.rs` spells. A new hint written in
//! the core fails here.

use std::path::{Path, PathBuf};

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

/// (file, line number, line) of each core line that breaks a rule.
fn offences() -> Vec<(String, usize, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let command_line = ["cli/", "commands/", "ui/", "main.rs", "lib.rs"];
    let mut found = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if command_line.iter().any(|p| rel.starts_with(p)) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            let imports = ["crate::cli", "crate::commands", "crate::ui"]
                .iter()
                .any(|m| code.contains(m));
            if imports || code.contains("`flowadmin ") {
                found.push((format!("src/{rel}"), i + 1, code.to_owned()));
            }
        }
    }
    found
}

#[test]
fn the_core_neither_imports_nor_spells_the_command_line() {
    let found = offences();
    assert!(
        found.is_empty(),
        "core code that imports the command line's modules or spells a command (name it with error::Next, spelled in commands/hints.rs): {found:#?}"
    );
}

#[test]
fn the_scan_sees_the_core() {
    // The rule above holds of something: the core has files, and the one
    // place that spells commands does spell them.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src/keychange"), &mut files);
    assert!(files.len() >= 5, "{files:?}");
    let hints = std::fs::read_to_string(root.join("src/commands/hints.rs")).unwrap();
    assert!(hints.contains("`flowadmin secret-key check`"));
}
