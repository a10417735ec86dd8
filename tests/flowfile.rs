//! flowadmin on a Flowfile database: the fixture written by real Flowfile
//! 0.23.3 (../shared/fixtures/flowfile/, docker mode, its master key and every
//! plaintext in credentials.json). Real Flowfile judges the same paths in the
//! interop suite.

mod common;

use std::path::{Path, PathBuf};

use common::*;

const MASTER: &str = "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=";

fn ff_fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/flowfile")
}

fn credentials() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(ff_fixtures().join("credentials.json")).unwrap())
        .unwrap()
}

/// A writable copy of the fixture, as `<scratch>/database/flowfile_catalog.db`,
/// and an env file that runs it in docker mode with its master key.
struct Ff {
    s: Scratch,
    db: PathBuf,
    env_file: PathBuf,
}

impl Ff {
    fn new() -> Ff {
        let s = Scratch::empty();
        let dir = s.path().join("database");
        std::fs::create_dir(&dir).unwrap();
        let db = dir.join("flowfile_catalog.db");
        std::fs::copy(ff_fixtures().join("flowfile-fixture.db"), &db).unwrap();
        let mut perms = std::fs::metadata(&db).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o644);
        std::fs::set_permissions(&db, perms).unwrap();
        let env_file = s.path().join("flowfile.env");
        std::fs::write(
            &env_file,
            format!("# Flowfile's compose .env\nFLOWFILE_MODE=docker\nFLOWFILE_MASTER_KEY=\"{MASTER}\"\nFLOWFILE_PORT=63578\n"),
        )
        .unwrap();
        std::fs::set_permissions(
            &env_file,
            std::os::unix::fs::PermissionsExt::from_mode(0o640),
        )
        .unwrap();
        Ff { s, db, env_file }
    }

    /// flowadmin on this database as Flowfile's compose setup has it: the
    /// database found from FLOWFILE_STORAGE_DIR, the key from the env file.
    fn run(&self, args: &[&str]) -> std::process::Output {
        self.s
            .cmd()
            .env("FLOWFILE_STORAGE_DIR", self.s.path())
            .arg("--env-file")
            .arg(&self.env_file)
            .args(args)
            .output()
            .unwrap()
    }

    fn key_in_env_file(&self) -> String {
        std::fs::read_to_string(&self.env_file)
            .unwrap()
            .lines()
            .find_map(|l| l.strip_prefix("FLOWFILE_MASTER_KEY="))
            .unwrap()
            .trim_matches('"')
            .to_owned()
    }

    /// (open, total) with this master key, by `secret-key check --key-file`.
    fn opened_with(&self, key: &str) -> (u64, u64) {
        let file = self.s.path().join("probe.key");
        std::fs::write(&file, key).unwrap();
        let out = self.run(&["--json", "secret-key", "check", "--key-file", "probe.key"]);
        let j = json_of(&out);
        (j["open"].as_u64().unwrap(), j["total"].as_u64().unwrap())
    }
}

#[test]
fn a_flowfile_database_is_recognised_located_and_checked() {
    let ff = Ff::new();
    let out = ff.run(&["--json", "db", "locate"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(j["product"], "flowfile");
    assert_eq!(j["mode"], "docker");
    assert_eq!(j["database"], ff.db.to_str().unwrap());
    assert!(
        j["database_decided_by"]
            .as_str()
            .unwrap()
            .contains("FLOWFILE_STORAGE_DIR")
    );
    assert!(!stdout_of(&out).contains(MASTER), "the key never shows");

    let out = ff.run(&["--json", "db", "check"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(j["release"], "0.23.3");
    assert_eq!(j["counts"]["users"], 3);
    assert_eq!(j["counts"]["admins"], 1);
    assert_eq!(j["counts"]["api_keys"], 1);
    assert_eq!(j["counts"]["secrets"], 3);
    assert_eq!(j["encrypted"]["total"], 3);
    assert_eq!(j["encrypted"]["open"], 3);

    // --db with Flowfile's tables picks Flowfile too, whatever else is set.
    let out =
        ff.s.cmd()
            .args(["--json", "--db"])
            .arg(&ff.db)
            .args(["db", "check"])
            .env("FLOWFILE_MODE", "docker")
            .env("FLOWFILE_MASTER_KEY", format!("  '{MASTER}'\n"))
            .output()
            .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["encrypted"]["open"], 3);

    // A valid but wrong key: every value named, exit 5.
    let wrong = "Fs1Ihl0tKz0d7kQ4d2H0Zf0k8pVb1nS0q3wXy4uZ9aA=";
    let out =
        ff.s.cmd()
            .args(["--db"])
            .arg(&ff.db)
            .args(["db", "check"])
            .env("FLOWFILE_MODE", "docker")
            .env("FLOWFILE_MASTER_KEY", wrong)
            .output()
            .unwrap();
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out)
            .matches("does not open: secrets.encrypted_value")
            .count(),
        3
    );
    // Not a Fernet key at all: one clear line.
    let out =
        ff.s.cmd()
            .args(["--db"])
            .arg(&ff.db)
            .args(["secret", "get", "admin_db_password"])
            .env("FLOWFILE_MODE", "docker")
            .env("FLOWFILE_MASTER_KEY", "not-a-key")
            .output()
            .unwrap();
    assert_eq!(code(&out), 5);
    assert_eq!(stderr_of(&out).lines().count(), 1, "{}", stderr_of(&out));
}

#[test]
fn secrets_are_listed_and_read_back_by_their_owner_id() {
    let ff = Ff::new();
    let creds = credentials();
    for (owner, secrets) in creds["secrets"].as_object().unwrap() {
        for (name, value) in secrets.as_object().unwrap() {
            let out = ff.run(&["secret", "get", name, "--user", owner, "--raw"]);
            assert_eq!(code(&out), 0, "{}", stderr_of(&out));
            assert_eq!(stdout_of(&out), value.as_str().unwrap(), "{owner}/{name}");
        }
    }
    let out = ff.run(&["--json", "variable", "list", "--all"]);
    let list = json_of(&out);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "admin_db_password",
            "admin_s3_secret_key",
            "alice_api_token"
        ]
    );
    assert!(list[0].get("value").is_none(), "values only on request");
    let out = ff.run(&["secret", "get", "nope"]);
    assert_eq!(code(&out), 3);
    let out = ff.run(&["secret", "list", "--user", "mallory"]);
    assert_eq!(code(&out), 3);
    // What Flowfile has no command for here yet says so (exit 7).
    let out = ff.run(&["user", "list"]);
    assert_eq!(code(&out), 7, "{}", stderr_of(&out));
}

#[test]
fn the_master_key_is_rotated_in_the_env_file_with_every_guarantee() {
    let ff = Ff::new();
    let before = digest(&ff.db);
    // Refused while another process has the database open (as Flowfile does).
    let holder = rusqlite::Connection::open(&ff.db).unwrap();
    let _: i64 = holder
        .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
        .unwrap();
    let out = ff.run(&["secret-key", "rotate"]);
    assert_eq!(code(&out), 6, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("stop Flowfile"));
    assert_eq!(digest(&ff.db), before);
    drop(holder);

    let dry = ff.run(&["--json", "secret-key", "rotate", "--dry-run"]);
    assert_eq!(json_of(&dry)["totals"]["reencrypted"], 3);
    assert_eq!(digest(&ff.db), before, "a dry run writes nothing");

    let out = ff.run(&["--json", "secret-key", "rotate"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    let new_key = j["new_key"].as_str().unwrap().to_owned();
    assert_eq!(j["totals"]["reencrypted"], 3);
    // The env file holds the new key, every other line kept, mode kept.
    assert_eq!(ff.key_in_env_file(), new_key);
    let env = std::fs::read_to_string(&ff.env_file).unwrap();
    assert!(env.starts_with("# Flowfile's compose .env\nFLOWFILE_MODE=docker\n"));
    assert!(env.ends_with("FLOWFILE_PORT=63578\n"));
    assert_eq!(owner_of(&ff.env_file).2, 0o640);
    assert_eq!(ff.opened_with(&new_key), (3, 3));
    assert_eq!(ff.opened_with(MASTER), (0, 3));
    // Backups: the database and the old key, 0600.
    let backups: Vec<PathBuf> = j["backups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_str().unwrap().into())
        .collect();
    assert_eq!(backups.len(), 2);
    for b in &backups {
        assert_eq!(owner_of(b).2, 0o600, "{}", b.display());
    }
    let key_backup = backups
        .iter()
        .find(|b| b.to_string_lossy().contains("flowfile_master_key.backup."))
        .unwrap();
    assert_eq!(std::fs::read_to_string(key_backup).unwrap(), MASTER);
    assert!(!ff.db.with_file_name("flowfile_master_key.new").exists());
    // Every plaintext survives, by its owner's new derived key.
    let out = ff.run(&["secret", "get", "alice_api_token", "--user", "alice"]);
    assert_eq!(stdout_of(&out), "tok_alice_0123456789\n");

    // A rerun with the old key as --old-key-file: nothing left to do.
    let out = ff.run(&[
        "--json",
        "secret-key",
        "rotate",
        "--old-key-file",
        key_backup.to_str().unwrap(),
        "--new-key-env",
        "FLOWFILE_MASTER_KEY",
        "--no-backup",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["totals"]["already_current"], 3);
}

#[test]
fn the_master_key_in_flowfiles_secure_store_is_rotated_there() {
    let ff = Ff::new();
    // The desktop store: a JSON object Fernet-encrypted under .secret_key.
    let store = ff.s.path().join("store");
    std::fs::create_dir(&store).unwrap();
    let store_key = "3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    std::fs::write(store.join(".secret_key"), store_key).unwrap();
    let fernet = fernet::Fernet::new(store_key).unwrap();
    let object = format!(r#"{{"master_key": "{MASTER}", "other_service_entry": "kept"}}"#);
    std::fs::write(
        store.join("flowfile.json.enc"),
        fernet.encrypt(object.as_bytes()),
    )
    .unwrap();
    // As Flowfile writes them.
    for f in [".secret_key", "flowfile.json.enc"] {
        std::fs::set_permissions(
            store.join(f),
            std::os::unix::fs::PermissionsExt::from_mode(0o600),
        )
        .unwrap();
    }
    let run = |args: &[&str]| {
        ff.s.cmd()
            .env("FLOWFILE_DB_PATH", &ff.db)
            .env("FLOWFILE_MODE", "electron")
            .env("FLOWFILE_SECURE_STORAGE_PATH", &store)
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["--json", "db", "check"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["encrypted"]["open"], 3);
    let out = run(&["--json", "secret-key", "rotate", "--no-backup"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let new_key = json_of(&out)["new_key"].as_str().unwrap().to_owned();
    let token = std::fs::read_to_string(store.join("flowfile.json.enc")).unwrap();
    let object: serde_json::Value =
        serde_json::from_slice(&fernet.decrypt(&token).unwrap()).unwrap();
    assert_eq!(object["master_key"], new_key.as_str());
    assert_eq!(object["other_service_entry"], "kept");
    assert_eq!(owner_of(&store.join("flowfile.json.enc")).2, 0o600);
    let out = run(&["secret-key", "check"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

#[test]
fn a_rotation_killed_at_each_step_leaves_a_key_that_opens_everything() {
    for point in ["before-commit", "after-commit", "after-rename"] {
        let ff = Ff::new();
        let out =
            ff.s.cmd()
                .env("FLOWFILE_STORAGE_DIR", ff.s.path())
                .env("FLOWADMIN_TEST_CRASH_AT", point)
                .arg("--env-file")
                .arg(&ff.env_file)
                .args(["secret-key", "rotate", "--no-backup"])
                .output()
                .unwrap();
        assert_ne!(code(&out), 0, "{point}: the abort happened");
        let pending = ff.db.with_file_name("flowfile_master_key.new");
        let configured = ff.key_in_env_file();
        let pending_key = std::fs::read_to_string(&pending).ok();
        let good = ff.opened_with(&configured) == (3, 3)
            || pending_key
                .as_deref()
                .is_some_and(|k| ff.opened_with(k) == (3, 3));
        assert!(good, "{point}: a key on disk opens every value");
        // The next check settles it: the env file ends with a key that opens all.
        let out = ff.run(&["secret-key", "check"]);
        assert_eq!(code(&out), 0, "{point}: {}", stderr_of(&out));
        assert!(!pending.exists(), "{point}: settled");
        assert_eq!(ff.opened_with(&ff.key_in_env_file()), (3, 3), "{point}");
    }
}
