//! flowadmin on a Flowfile database: the fixture written by real Flowfile
//! 0.23.3 (tests/fixtures/flowfile/, docker mode, its master key and every
//! plaintext in credentials.json). Real Flowfile judges the same paths in the
//! interop suite.

mod common;

use std::path::{Path, PathBuf};

use common::*;

const MASTER: &str = "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=";

fn ff_fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/flowfile")
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
    fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = self.s.cmd();
        cmd.env("FLOWFILE_STORAGE_DIR", self.s.path())
            .arg("--env-file")
            .arg(&self.env_file);
        cmd
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        self.cmd().args(args).output().unwrap()
    }

    /// The same database as the desktop app has it: the key in the secure
    /// store in `store`.
    fn desktop(&self, store: &Path, args: &[&str]) -> std::process::Output {
        self.s
            .cmd()
            .env("FLOWFILE_DB_PATH", &self.db)
            .env("FLOWFILE_MODE", "electron")
            .env("FLOWFILE_SECURE_STORAGE_PATH", store)
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
    // What has no meaning on Flowfile says so (exit 7).
    let out = ff.run(&["variable", "repair"]);
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
    let run = |args: &[&str]| ff.desktop(&store, args);
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
    if !cfg!(feature = "test-hooks") {
        eprintln!(
            "SKIPPED a_rotation_killed_at_each_step_leaves_a_key_that_opens_everything: its crash points need a build with --features test-hooks (.ci/run has it)"
        );
        return;
    }
    for point in [
        "before-commit",
        "after-commit",
        "after-install",
        "after-rename",
    ] {
        let ff = Ff::new();
        let out = ff
            .cmd()
            .env("FLOWADMIN_TEST_CRASH_AT", point)
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
        // #31: a rotation that committed is never said to have stopped before it.
        if point != "before-commit" {
            assert!(
                !stderr_of(&out).contains("stopped before its commit"),
                "{point}: {}",
                stderr_of(&out)
            );
        }
        assert_eq!(ff.opened_with(&ff.key_in_env_file()), (3, 3), "{point}");
    }
}

#[test]
fn values_outside_secrets_are_checked_and_rotated_too() {
    let ff = Ff::new();
    // A webhook URL sealed for admin, as Flowfile stores a notification channel's.
    let key = flowadmin::crypto::flowfile::MasterKey::exact(MASTER).unwrap();
    let sealed = key.seal(2, b"https://hooks.example.com/T000/B000/XXXX");
    let conn = rusqlite::Connection::open(&ff.db).unwrap();
    conn.execute(
        "INSERT INTO notification_channels (owner_id, name, channel_type, webhook_url_encrypted) VALUES (2, 'ops', 'slack', ?1)",
        [&sealed],
    )
    .unwrap();
    drop(conn);
    let out = ff.run(&["--json", "db", "check"]);
    assert_eq!(
        json_of(&out)["encrypted"]["total"],
        4,
        "{}",
        stdout_of(&out)
    );
    let out = ff.run(&["--json", "secret-key", "rotate", "--no-backup"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(
        j["columns"]["notification_channels.webhook_url_encrypted"]["reencrypted"],
        1
    );
    let new_key =
        flowadmin::crypto::flowfile::MasterKey::exact(j["new_key"].as_str().unwrap()).unwrap();
    let conn = rusqlite::Connection::open(&ff.db).unwrap();
    let stored: String = conn
        .query_row(
            "SELECT webhook_url_encrypted FROM notification_channels",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        stored.starts_with("$ffsec$1$2$"),
        "still sealed for its owner"
    );
    assert_eq!(
        new_key.open(&stored).unwrap().as_slice(),
        b"https://hooks.example.com/T000/B000/XXXX"
    );
}

#[test]
fn users_secrets_and_keys_are_managed_and_bad_input_changes_nothing() {
    let ff = Ff::new();
    let run = |args: &[&str], stdin: &str| {
        ff.cmd()
            .args(args)
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap()
    };
    let before = digest(&ff.db);
    // Refusals, each with nothing changed.
    for (args, stdin, expected) in [
        (
            &["user", "create", "eve", "--password-stdin"][..],
            "short1!\n",
            2,
        ),
        (
            &["user", "create", "eve", "--password-stdin"],
            "NoDigitsHere!\n",
            2,
        ),
        (
            &["user", "create", "admin", "--password-stdin"],
            "Admin#Again2024\n",
            4,
        ),
        (
            &["user", "create", "_internal_service", "--password-stdin"],
            "Svc#Pass2024\n",
            4,
        ),
        (&["user", "deactivate", "local_user"], "", 4),
        (&["user", "delete", "local_user", "--yes"], "", 4),
        (&["user", "delete", "admin", "--yes"], "", 4),
        (&["user", "delete", "alice"], "", 2),
        (
            &["secret", "delete", "admin_db_password", "--user", "admin"],
            "",
            4,
        ),
        (&["api-key", "create"], "", 2),
        (&["api-key", "create", "--consumer", "nobody"], "", 3),
        (&["api-key", "revoke", "ffk_not-a-key-at-all-000000"], "", 3),
        (&["secret-key", "generate", "--write"], "", 2),
    ] {
        let out = run(args, stdin);
        assert_eq!(code(&out), expected, "{args:?}: {}", stderr_of(&out));
        assert_eq!(
            stderr_of(&out).lines().count(),
            1,
            "{args:?}: {}",
            stderr_of(&out)
        );
        assert_eq!(digest(&ff.db), before, "{args:?} changed nothing");
    }

    // A valid but wrong master key seals nothing Flowfile could not open.
    let out =
        ff.s.cmd()
            .args(["--db"])
            .arg(&ff.db)
            .args(["secret", "set", "x", "--user", "admin"])
            .env("FLOWFILE_MODE", "docker")
            .env(
                "FLOWFILE_MASTER_KEY",
                "Fs1Ihl0tKz0d7kQ4d2H0Zf0k8pVb1nS0q3wXy4uZ9aA=",
            )
            .write_stdin("value\n")
            .output()
            .unwrap();
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert_eq!(digest(&ff.db), before);

    // The changes, read back.
    let out = run(
        &["user", "create", "carol", "--password-stdin"],
        "Carol#Pass2024\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = run(
        &["user", "verify-password", "carol", "--password-stdin"],
        "Carol#Pass2024\n",
    );
    assert_eq!(code(&out), 0);
    let out = run(
        &["user", "verify-password", "carol", "--password-stdin"],
        "Wrong#Pass2024\n",
    );
    assert_eq!(code(&out), 4);
    let out = run(
        &["secret", "set", "carol_tok", "--user", "carol"],
        "tok-1\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = run(&["secret", "get", "carol_tok", "--user", "carol"], "");
    assert_eq!(stdout_of(&out), "tok-1\n");
    let out = run(&["user", "deactivate", "carol"], "");
    assert_eq!(code(&out), 0);
    let users = json_of(&run(&["--json", "user", "list"], ""));
    let carol = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "carol")
        .unwrap();
    assert_eq!(carol["disabled"], true);
    assert_eq!(carol["must_change_password"], true);
    let key = stdout_of(&run(
        &["api-key", "create", "--consumer", "fixture-consumer"],
        "",
    ));
    assert!(key.starts_with("ffk_") && key.trim().len() == 47, "{key}");
    let listed = json_of(&run(&["--json", "api-key", "list", "--all"], ""));
    assert!(
        !listed.to_string().contains(key.trim()),
        "the key is never listed"
    );
    let conn = rusqlite::Connection::open(&ff.db).unwrap();
    let (hash, prefix): (String, String) = conn
        .query_row(
            "SELECT key_hash, key_prefix FROM flow_api_keys WHERE name = 'CLI'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(prefix, key.chars().take(12).collect::<String>());
    assert_eq!(hash, hex_sha256(key.trim()));
    drop(conn);
    // Deleting carol takes her secret with her; no row points at her after.
    let out = run(&["user", "delete", "carol", "--yes"], "");
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let conn = rusqlite::Connection::open(&ff.db).unwrap();
    let left: i64 = conn
        .query_row(
            "SELECT count(*) FROM secrets WHERE name = 'carol_tok'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);
}

fn hex_sha256(text: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn generate_writes_a_master_key_only_where_no_secret_needs_one() {
    let ff = Ff::new();
    let store = ff.s.path().join("store");
    let run = |args: &[&str]| ff.desktop(&store, args);
    // #22 item 6: the catalog holds secrets and no store exists: a new key
    // would open none of them. Refused, and nothing is created.
    let out = run(&["secret-key", "generate", "--write"]);
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("3 encrypted secret(s)"),
        "{}",
        stderr_of(&out)
    );
    assert!(!store.exists(), "no store, no .secret_key made");
    // A store holding a wrong key (it opens nothing): still refused.
    std::fs::create_dir(&store).unwrap();
    let store_key = fernet::Fernet::generate_key();
    std::fs::write(store.join(".secret_key"), &store_key).unwrap();
    let fernet = fernet::Fernet::new(&store_key).unwrap();
    let wrong = fernet::Fernet::generate_key();
    let object = format!(r#"{{"master_key": "{wrong}"}}"#);
    std::fs::write(
        store.join("flowfile.json.enc"),
        fernet.encrypt(object.as_bytes()),
    )
    .unwrap();
    let before = std::fs::read(store.join("flowfile.json.enc")).unwrap();
    let out = run(&["secret-key", "generate", "--write"]);
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("0 open"), "{}", stderr_of(&out));
    assert_eq!(
        std::fs::read(store.join("flowfile.json.enc")).unwrap(),
        before
    );
    // The right key: refused too (that is what rotate is for).
    let object = format!(r#"{{"master_key": "{MASTER}"}}"#);
    std::fs::write(
        store.join("flowfile.json.enc"),
        fernet.encrypt(object.as_bytes()),
    )
    .unwrap();
    let out = run(&["secret-key", "generate", "--write"]);
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("rotate"));
    // A catalog with no secret at all: written, with the store's own key, 0600.
    rusqlite::Connection::open(&ff.db)
        .unwrap()
        .execute("DELETE FROM secrets", [])
        .unwrap();
    std::fs::remove_dir_all(&store).unwrap();
    let out = run(&["secret-key", "generate", "--write"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    for f in ["flowfile.json.enc", ".secret_key"] {
        assert_eq!(owner_of(&store.join(f)).2, 0o600, "{f}");
    }
    let out = run(&["secret-key", "check"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    // Docker mode reads FLOWFILE_MASTER_KEY: printed as that line, never written.
    let out = ff.run(&["secret-key", "generate", "--write"]);
    assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    let out = ff.run(&["secret-key", "generate"]);
    let line = stdout_of(&out);
    assert!(
        line.starts_with("FLOWFILE_MASTER_KEY=") && line.trim().len() == 20 + 44,
        "{line}"
    );
}

#[test]
fn hostile_sealed_values_and_a_server_url_are_refused_cleanly() {
    let ff = Ff::new();
    let conn = rusqlite::Connection::open(&ff.db).unwrap();
    for (i, value) in [
        "$ffsec$1$abc$gAAAAABnotatoken",
        "$ffsec$1$99999999999999999999999$gAAAAAB",
        "$ffsec$1$2$not-a-fernet-token",
        "$ffsec$1$",
    ]
    .iter()
    .enumerate()
    {
        conn.execute(
            "INSERT INTO notification_channels (owner_id, name, channel_type, webhook_url_encrypted) VALUES (2, ?1, 'slack', ?2)",
            rusqlite::params![format!("hostile-{i}"), value],
        )
        .unwrap();
    }
    drop(conn);
    let before = digest(&ff.db);
    let out = ff.run(&["--json", "db", "check"]);
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(j["encrypted"]["total"], 7);
    assert_eq!(j["encrypted"]["failed"].as_array().unwrap().len(), 4);
    // A rotation names them and rolls back; nothing changes on disk.
    let out = ff.run(&["secret-key", "rotate", "--no-backup"]);
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("notification_channels.webhook_url_encrypted"));
    assert_eq!(digest(&ff.db), before);
    assert!(!ff.db.with_file_name("flowfile_master_key.new").exists());
    // --skip-undecryptable moves the rest and leaves them, still exit 5.
    let out = ff.run(&[
        "--json",
        "secret-key",
        "rotate",
        "--no-backup",
        "--skip-undecryptable",
    ]);
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["totals"]["reencrypted"], 3);
    assert_eq!(json_of(&out)["totals"]["skipped"], 4);

    // Flowfile's catalog on a server: not read, one clear line (exit 7).
    let out =
        ff.s.cmd()
            .args(["--product", "flowfile", "db", "check"])
            .env("FLOWFILE_DATABASE_URL", "postgresql://ff:s3cret@db/ff")
            .output()
            .unwrap();
    assert_eq!(code(&out), 7, "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("s3cret"));
    assert_eq!(stderr_of(&out).lines().count(), 1);
}

#[test]
fn item22_02_master_keys_are_accepted_exactly_as_flowfiles_fernet_accepts_them() {
    let ff = Ff::new();
    let before = digest(&ff.db);
    // The `=` missing: Flowfile refuses it ("not a valid Fernet key").
    let cut = fernet::Fernet::generate_key()
        .trim_end_matches('=')
        .to_owned();
    let out = ff
        .cmd()
        .args(["secret-key", "rotate", "--new-key-env", "NEXT"])
        .env("NEXT", &cut)
        .output()
        .unwrap();
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("not a Fernet key"));
    assert_eq!(digest(&ff.db), before);
    // `openssl rand -base64 32`: the standard alphabet, which Flowfile runs with.
    let standard = loop {
        let k = fernet::Fernet::generate_key()
            .replace('-', "+")
            .replace('_', "/");
        if k.contains('+') || k.contains('/') {
            break k;
        }
    };
    let out = ff
        .cmd()
        .args([
            "--json",
            "secret-key",
            "rotate",
            "--new-key-env",
            "NEXT",
            "--no-backup",
        ])
        .env("NEXT", &standard)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(ff.key_in_env_file(), standard, "installed as given");
    assert_eq!(ff.opened_with(&standard), (3, 3));
    // The same bytes in the url-safe spelling are another key to Flowfile
    // (it derives each user's key from the text): they open nothing.
    let url_safe = standard.replace('+', "-").replace('/', "_");
    assert_eq!(ff.opened_with(&url_safe), (0, 3));
    // Quotes around the key in the environment are Flowfile's to strip.
    let out =
        ff.s.cmd()
            .env("FLOWFILE_STORAGE_DIR", ff.s.path())
            .env("FLOWFILE_MODE", "docker")
            .env("FLOWFILE_MASTER_KEY", format!("\"{standard}\""))
            .args(["secret-key", "check"])
            .output()
            .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

#[test]
fn item22_07_a_new_user_never_gets_the_id_a_deleted_users_secrets_name() {
    let ff = Ff::new();
    // alice (id 3, the highest) removed as Flowfile's own delete leaves
    // her secrets: their values still say `$ffsec$1$3$`.
    let conn = rusqlite::Connection::open(&ff.db).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM users WHERE id = 3;")
        .unwrap();
    drop(conn);
    let out = ff
        .cmd()
        .args(["--json", "user", "create", "mallory", "--password-stdin"])
        .write_stdin("Mallory-Pass#2024\n")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let id = json_of(&out)["id"].as_i64().unwrap();
    assert!(id > 3, "got id {id}");
    let out = ff.run(&["secret", "get", "alice_api_token", "--user", "mallory"]);
    assert_ne!(code(&out), 0);
    assert!(!stdout_of(&out).contains("tok_alice"));
}

#[test]
fn item22_16_two_rotations_in_one_second_and_a_killed_backup_is_removed() {
    let ff = Ff::new();
    // What a rotation killed in its backup leaves: a hidden copy of the catalog.
    let leftover = ff
        .db
        .parent()
        .unwrap()
        .join(".flowadmin-backup-flowfile_catalog.db-XXXXXX");
    std::fs::copy(&ff.db, &leftover).unwrap();
    for round in 0..2 {
        let out = ff.run(&["--json", "secret-key", "rotate"]);
        assert_eq!(code(&out), 0, "round {round}: {}", stderr_of(&out));
        let backups = json_of(&out)["backups"].as_array().unwrap().len();
        assert_eq!(backups, 2, "round {round}");
    }
    assert!(!leftover.exists(), "the half-made backup was removed");
    let names = listing(ff.db.parent().unwrap());
    let db_backups = names.iter().filter(|n| n.contains(".backup-")).count();
    assert_eq!(db_backups, 2, "{names:?}");
}

/// #23: the kill-at-random-instants test the Langflow rotation has, on
/// Flowfile: a catalog with many sealed secrets, rotations SIGKILLed at
/// random instants and aborted at each step boundary; after every kill the
/// key where Flowfile reads it (the env file) or the pending `.new` opens
/// every value, and `secret-key check` settles what was left.
#[test]
fn a_flowfile_rotation_killed_at_random_instants_never_loses_a_key() {
    if !cfg!(feature = "test-hooks") {
        eprintln!(
            "SKIPPED a_flowfile_rotation_killed_at_random_instants_never_loses_a_key: its crash points need --features test-hooks (.ci/run has it)"
        );
        return;
    }
    const EXTRA: usize = 30_000;
    let ff = Ff::new();
    {
        let key = flowadmin::crypto::flowfile::MasterKey::exact(MASTER).unwrap();
        let mut conn = rusqlite::Connection::open(&ff.db).unwrap();
        let tx = conn.transaction().unwrap();
        for i in 0..EXTRA {
            let owner = 2 + (i % 2) as i64;
            tx.execute(
                "INSERT INTO secrets (name, encrypted_value, iv, user_id) VALUES (?1, ?2, '', ?3)",
                rusqlite::params![format!("bulk_{i}"), key.seal(owner, b"bulk value"), owner],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
    let total = (EXTRA + 3) as u64;
    let pending = ff.db.with_file_name("flowfile_master_key.new");
    let rotate = |crash_at: Option<&str>| {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"));
        cmd.current_dir(ff.s.path())
            .env_clear()
            .env("HOME", ff.s.path())
            .env("FLOWFILE_STORAGE_DIR", ff.s.path())
            .arg("--env-file")
            .arg(&ff.env_file)
            .args(["-q", "secret-key", "rotate", "--no-backup"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        if let Some(point) = crash_at {
            cmd.env("FLOWADMIN_TEST_CRASH_AT", point);
        }
        cmd
    };
    let opens_all = |key: &str| ff.opened_with(key) == (total, total);
    let started = std::time::Instant::now();
    assert!(rotate(None).status().unwrap().success());
    let full = started.elapsed();
    let mut state = std::process::id() as u64 ^ 0x2545_f491_4f6c_dd1d;
    let mut plan: Vec<Option<&str>> = vec![None; 8];
    plan.extend([
        Some("before-commit"),
        Some("after-commit"),
        Some("after-rename"),
    ]);
    let mut killed = 0;
    for (round, crash_at) in plan.into_iter().enumerate() {
        let mut child = rotate(crash_at).spawn().unwrap();
        if crash_at.is_none() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            std::thread::sleep(full.mul_f64((state % 1000) as f64 / 1000.0));
            child.kill().ok();
        }
        if child.wait().unwrap().success() {
            continue;
        }
        killed += 1;
        let in_env = ff.key_in_env_file();
        let left = std::fs::read_to_string(&pending).ok();
        assert!(
            opens_all(&in_env) || left.as_deref().is_some_and(|k| opens_all(k.trim())),
            "round {round} ({crash_at:?}): neither the env file's key nor the pending one opens every value"
        );
        let out = ff.run(&["secret-key", "check"]);
        assert_eq!(code(&out), 0, "round {round}: {}", stderr_of(&out));
        assert!(!pending.exists(), "round {round}: settled");
        assert!(opens_all(&ff.key_in_env_file()), "round {round}");
    }
    assert!(killed >= 3, "the three step boundaries at least");
}

/// #26: a Flowfile rotation on a terminal shows the progress bar the
/// Langflow one shows (stderr, cleared at the end); in a pipe it shows none.
#[test]
fn a_flowfile_rotation_on_a_terminal_shows_its_progress() {
    use expectrl::{Eof, Expect, Session};
    let ff = Ff::new();
    {
        let key = flowadmin::crypto::flowfile::MasterKey::exact(MASTER).unwrap();
        let mut conn = rusqlite::Connection::open(&ff.db).unwrap();
        let tx = conn.transaction().unwrap();
        for i in 0..40_000 {
            tx.execute(
                "INSERT INTO secrets (name, encrypted_value, iv, user_id) VALUES (?1, ?2, '', 2)",
                rusqlite::params![format!("bulk_{i}"), key.seal(2, b"bulk value")],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
    let rotate = || {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"));
        cmd.current_dir(ff.s.path())
            .env_clear()
            .env("HOME", ff.s.path())
            .env("FLOWFILE_STORAGE_DIR", ff.s.path())
            // A terminal that draws (no TERM reads as a dumb one: no bar).
            .env("TERM", "xterm")
            .arg("--env-file")
            .arg(&ff.env_file)
            .args(["secret-key", "rotate", "--dry-run"]);
        cmd
    };
    let mut p = Session::spawn(rotate()).unwrap();
    p.set_expect_timeout(Some(std::time::Duration::from_secs(120)));
    // What came before the report: the bar.
    let seen = p.expect("would re-encrypt").unwrap();
    let text = String::from_utf8_lossy(seen.before()).into_owned();
    assert!(text.contains("checking"), "{text:?}");
    p.expect(Eof).unwrap();
    let piped = rotate().output().unwrap();
    assert!(piped.status.success(), "{}", stderr_of(&piped));
    assert!(
        !stderr_of(&piped).contains("checking"),
        "{}",
        stderr_of(&piped)
    );
}
