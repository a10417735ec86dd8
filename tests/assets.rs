//! The committed completions and man pages must match the clap definitions.
//! Regenerate with: FLOWADMIN_BLESS=1 cargo test --test assets

use std::path::Path;

#[test]
fn completions_and_man_pages_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("FLOWADMIN_BLESS").is_some() {
        flowadmin::cli::assets::write_all(root).unwrap();
    }
    let files = flowadmin::cli::assets::generate();
    for shell_file in [
        "flowadmin.bash",
        "_flowadmin",
        "flowadmin.fish",
        "_flowadmin.ps1",
        "flowadmin.elv",
    ] {
        assert!(
            files
                .iter()
                .any(|(p, _)| p == &format!("completions/{shell_file}"))
        );
    }
    for page in [
        "flowadmin.1",
        "flowadmin-db.1",
        "flowadmin-db-check.1",
        "flowadmin-db-locate.1",
        "flowadmin-db-init.1",
    ] {
        assert!(
            files.iter().any(|(p, _)| p == &format!("man/{page}")),
            "{page}"
        );
    }
    let mut stale = Vec::new();
    for (rel, contents) in &files {
        match std::fs::read(root.join(rel)) {
            Ok(committed) if &committed == contents => {}
            _ => stale.push(rel.clone()),
        }
    }
    // Nothing committed that the CLI no longer generates.
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let rel = format!("{dir}/{}", entry.unwrap().file_name().to_string_lossy());
            if !files.iter().any(|(p, _)| p == &rel) {
                stale.push(format!("{rel} (no longer generated)"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files {stale:?}; run FLOWADMIN_BLESS=1 cargo test --test assets"
    );
}
