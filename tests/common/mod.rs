//! Shared helpers: run the real binary in a clean environment on temp copies
//! of the fixture databases (tests/fixtures, made by real Langflow).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use sha2::{Digest, Sha256};
use tempfile::TempDir;

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The secret key of a fixture, exactly as stored (no trailing newline).
pub fn fixture_key(name: &str) -> String {
    std::fs::read_to_string(fixtures().join(format!("{name}.secret_key"))).unwrap()
}

/// A scratch folder holding a writable copy of a fixture database.
pub struct Scratch {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Scratch {
    pub fn empty() -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("langflow.db");
        Scratch { dir, db }
    }

    pub fn fixture(name: &str) -> Scratch {
        let scratch = Scratch::empty();
        std::fs::copy(fixtures().join(format!("{name}.db")), &scratch.db).unwrap();
        scratch
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A command with no inherited LANGFLOW_*/FLOWADMIN_* settings, HOME in
    /// the scratch folder and the current directory there too.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("flowadmin").unwrap();
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .current_dir(self.path());
        cmd
    }
}

/// SHA-256 of a file, to prove a command changed nothing.
pub fn digest(path: &Path) -> Vec<u8> {
    Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

/// The files in a folder, to prove no -wal/-shm or temp file was left.
pub fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn json_of(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout_of(output)))
}
