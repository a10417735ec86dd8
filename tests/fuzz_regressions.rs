//! #31: every input kept under tests/fuzz/<target>/ (seeds, and whatever
//! `scripts/fuzz.sh` found) replayed through the reader it broke or covers
//! (src/fuzzing.rs): CI runs these, not the fuzzer. A reader that panics on
//! one fails this test, which names the file.

use std::path::Path;

#[test]
fn every_kept_fuzz_input_is_read_without_a_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz");
    let mut replayed = 0;
    for (name, reader) in flowadmin::fuzzing::TARGETS {
        let dir = root.join(name);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{name}: no seeds in {}", dir.display());
        for file in files {
            let data = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| reader(&data));
            assert!(outcome.is_ok(), "{name} panicked on {}", file.display());
            replayed += 1;
        }
    }
    assert!(replayed >= 4);
}
