//! `secret-key generate | rotate | check`, including a crash test that kills
//! rotations at random instants.

mod common;

use std::path::Path;

use common::*;
use flowadmin::crypto::SecretKey;
use flowadmin::integrity;
use flowadmin::storage::Database;
use rusqlite::Connection;
use serde_json::Value;

#[test]
fn generate_prints_a_langflow_key_in_each_format() {
    let s = Scratch::empty();
    let out = s.cmd().args(["secret-key", "generate"]).output().unwrap();
    let line = stdout_of(&out);
    let key = line
        .trim_end()
        .strip_prefix("LANGFLOW_SECRET_KEY=")
        .unwrap()
        .to_owned();
    assert_eq!(key.len(), 43);
    assert!(SecretKey::new(key.clone()).keyring().is_ok());
    let out = s
        .cmd()
        .args(["secret-key", "generate", "--format", "raw"])
        .output()
        .unwrap();
    let raw = stdout_of(&out).trim_end().to_owned();
    assert_eq!(raw.len(), 43);
    assert_ne!(raw, key, "a new key each time");
    let out = s
        .cmd()
        .args(["secret-key", "generate", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        json_of(&out)["LANGFLOW_SECRET_KEY"].as_str().unwrap().len(),
        43
    );
}

#[test]
fn generate_write_is_0600_and_refuses_to_lose_data() {
    let s = Scratch::empty();
    let out = s
        .cmd()
        .args(["db", "init", "langflow.db"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let cfg = s.path().join("cfg");
    let run = |db: &str| {
        s.cmd()
            .args([
                "--db",
                db,
                "--config-dir",
                cfg.to_str().unwrap(),
                "secret-key",
                "generate",
                "--write",
            ])
            .output()
            .unwrap()
    };
    let out = run("langflow.db");
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let key = std::fs::read_to_string(cfg.join("secret_key")).unwrap();
    assert_eq!(key.len(), 43, "no newline");
    assert!(!stdout_of(&out).contains(&key), "written, not printed");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(cfg.join("secret_key"))
                .unwrap()
                .permissions()
                .mode()
                & 0o777,
            0o600
        );
    }
    let out = run("langflow.db");
    assert_eq!(code(&out), 4, "refuses an existing key file");
    assert_eq!(
        std::fs::read_to_string(cfg.join("secret_key")).unwrap(),
        key
    );
    std::fs::remove_file(cfg.join("secret_key")).unwrap();
    std::fs::copy(
        fixtures().join("langflow-1.13-rich.db"),
        s.path().join("rich.db"),
    )
    .unwrap();
    let out = run("rich.db");
    assert_eq!(code(&out), 4);
    assert!(
        stderr_of(&out).contains("secret-key rotate"),
        "{}",
        stderr_of(&out)
    );
    assert!(!cfg.join("secret_key").exists());
}

#[test]
fn dry_run_counts_and_writes_nothing() {
    let t = Rich::new();
    let before = digest(&t.s.db);
    let files = listing(t.s.path());
    let out = t.run(&["--json", "secret-key", "rotate", "--dry-run"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(j["totals"]["reencrypted"], 18);
    assert_eq!(j["committed"], false);
    assert_eq!(digest(&t.s.db), before);
    assert_eq!(listing(t.s.path()), files);
    assert_eq!(listing(&t.cfg), vec!["secret_key"]);
}

#[test]
fn rotation_re_encrypts_every_column_kind() {
    let t = Rich::new();
    let folder_before: String = Connection::open(&t.s.db)
        .unwrap()
        .query_row(
            "SELECT auth_settings FROM folder WHERE auth_settings != 'null'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let out = t.run(&["--json", "secret-key", "rotate"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    let new_key = j["new_key"].as_str().unwrap().to_owned();
    assert_eq!(t.key_file(), new_key, "secret_key holds the new key");
    let columns = j["columns"].as_object().unwrap();
    for column in [
        "variable.value",
        "apikey.api_key",
        "user.store_api_key",
        "deployment_provider_account.api_key",
        "connection_secret.encrypted_payload",
        "trigger.signing_secret_encrypted",
        "folder.auth_settings",
        "mcp_server.config.env",
        "mcp_server.config.headers",
        "mcp_server.config.args",
        "sso_config.client_secret_encrypted",
    ] {
        assert!(
            columns[column]["reencrypted"].as_u64().unwrap() >= 1,
            "{column}"
        );
    }
    assert_eq!(opened_with(&t.s.db, &new_key), (18, 18));
    assert_eq!(opened_with(&t.s.db, &t.key), (18, 0));
    // The JSON around the secrets is unchanged, in the same order.
    let folder_after: String = Connection::open(&t.s.db)
        .unwrap()
        .query_row(
            "SELECT auth_settings FROM folder WHERE auth_settings != 'null'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let strip = |text: &str| -> Vec<String> {
        let v: Value = serde_json::from_str(text).unwrap();
        v.as_object()
            .unwrap()
            .iter()
            .filter(|(k, _)| *k != "oauth_client_secret" && *k != "api_key")
            .map(|(k, v)| format!("{k}={v}"))
            .collect()
    };
    assert_eq!(strip(&folder_after), strip(&folder_before));
    // Backups: the database and the old key, by name.
    let backups = j["backups"].as_array().unwrap();
    assert_eq!(backups.len(), 2);
    let key_backup = backups
        .iter()
        .map(|b| b.as_str().unwrap())
        .find(|b| b.contains("secret_key.backup."))
        .unwrap();
    assert_eq!(std::fs::read_to_string(key_backup).unwrap(), t.key);
    let db_backup = backups
        .iter()
        .map(|b| b.as_str().unwrap())
        .find(|b| b.contains("langflow.db.backup-"))
        .unwrap();
    assert_eq!(opened_with(Path::new(db_backup), &t.key), (18, 18));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(db_backup).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    assert!(!t.cfg.join("secret_key.new").exists());
    // And `secret-key check` agrees.
    assert_eq!(code(&t.run(&["secret-key", "check"], "", &[])), 0);
    let out = t.run(&["secret-key", "check", "--key-file", key_backup], "", &[]);
    assert_eq!(code(&out), 5, "the old key opens nothing now");
}

#[test]
fn a_rerun_skips_values_already_under_the_new_key() {
    let t = Rich::new();
    let new_key_file = t.s.path().join("new.key");
    std::fs::write(
        &new_key_file,
        "Zm9yLXRlc3RzLW9ubHktMzItYnl0ZXMtb2Yta2V5ISE\n",
    )
    .unwrap();
    // The configured key stays the old one, as when it lives in an environment not yet updated.
    let env = [("LANGFLOW_SECRET_KEY", t.key.as_str())];
    let args = [
        "--json",
        "secret-key",
        "rotate",
        "--new-key-file",
        new_key_file.to_str().unwrap(),
    ];
    let first = json_of(&t.run(&args, "", &env));
    assert_eq!(first["totals"]["reencrypted"], 18);
    assert!(
        first["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n.as_str().unwrap().contains("ACTION NEEDED"))
    );
    let out = t.run(&args, "", &env);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let second = json_of(&out);
    assert_eq!(second["totals"]["reencrypted"], 0);
    assert_eq!(second["totals"]["already_current"], 18);
}

#[test]
fn a_half_rotated_database_needs_the_other_key() {
    let t = Rich::new();
    // Langflow restarted with key B before a rotation finished: one value under B, the rest under A.
    let key_b = "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI";
    // (flowadmin itself refuses to write with a key that opens nothing here,
    // so the value under B is written as that Langflow would have.)
    let token = SecretKey::new(key_b)
        .keyring()
        .unwrap()
        .encrypt(b"written by B");
    Connection::open(&t.s.db)
        .unwrap()
        .execute(
            "INSERT INTO variable (id, name, value, type, user_id, default_fields, is_environment_managed) \
             SELECT 'b0000000000000000000000000000001', 'UNDER_B', ?1, 'Credential', id, '[]', 0 FROM user WHERE username = 'admin'",
            [token],
        )
        .unwrap();
    std::fs::write(t.cfg.join("secret_key"), key_b).unwrap();
    let before = digest(&t.s.db);
    let out = t.run(&["secret-key", "rotate"], "", &[]);
    assert_eq!(code(&out), 5, "A's values do not open with B");
    let err = stderr_of(&out);
    assert!(
        err.contains("18 value(s) do not open")
            && err.contains("variable.value row")
            && err.contains("--old-key-file"),
        "{err}"
    );
    assert_eq!(digest(&t.s.db), before, "rolled back");
    assert_eq!(
        listing(&t.cfg),
        vec!["secret_key", "secret_key.lock", "secret_key.rotating"],
        "no pending key or backups left"
    );
    assert!(!listing(t.s.path()).iter().any(|f| f.contains("backup")));

    let old_file = t.s.path().join("a.key");
    std::fs::write(&old_file, &t.key).unwrap();
    let out = t.run(
        &[
            "--json",
            "secret-key",
            "rotate",
            "--old-key-file",
            old_file.to_str().unwrap(),
        ],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let new_key = json_of(&out)["new_key"].as_str().unwrap().to_owned();
    assert_eq!(opened_with(&t.s.db, &new_key), (19, 19));
}

#[test]
fn skip_undecryptable_leaves_them_and_reports_them() {
    let t = Rich::new();
    std::fs::write(
        t.cfg.join("secret_key"),
        "c29tZS1vdGhlci1rZXktb3BlbnMtbm90aGluZyEhISE",
    )
    .unwrap();
    let out = t.run(
        &["--json", "secret-key", "rotate", "--skip-undecryptable"],
        "",
        &[],
    );
    assert_eq!(code(&out), 5, "reported, not silent");
    let j = json_of(&out);
    assert_eq!(j["committed"], true);
    assert_eq!(j["totals"]["skipped"], 18);
    assert_eq!(opened_with(&t.s.db, &t.key), (18, 18), "left as they were");
}

#[test]
fn env_file_key_is_rewritten_in_place() {
    let t = Rich::new();
    std::fs::remove_file(t.cfg.join("secret_key")).unwrap();
    let env_file = t.s.path().join("langflow.env");
    std::fs::write(
        &env_file,
        format!(
            "# production\nLANGFLOW_AUTO_LOGIN=false\nLANGFLOW_SECRET_KEY={}\nLANGFLOW_PORT=7860\n",
            t.key
        ),
    )
    .unwrap();
    let out = t.run(
        &[
            "--env-file",
            "langflow.env",
            "--json",
            "secret-key",
            "rotate",
        ],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let new_key = json_of(&out)["new_key"].as_str().unwrap().to_owned();
    assert_eq!(
        std::fs::read_to_string(&env_file).unwrap(),
        format!(
            "# production\nLANGFLOW_AUTO_LOGIN=false\nLANGFLOW_SECRET_KEY={new_key}\nLANGFLOW_PORT=7860\n"
        )
    );
    let out = t.run(
        &["--env-file", "langflow.env", "secret-key", "check"],
        "",
        &[],
    );
    assert_eq!(code(&out), 0);
}

#[test]
fn refused_while_another_process_has_the_database_open() {
    let t = Rich::new();
    let holder = Connection::open(&t.s.db).unwrap();
    let _: i64 = holder
        .query_row("SELECT count(*) FROM user", [], |r| r.get(0))
        .unwrap();
    let before = digest(&t.s.db);
    let out = t.run(&["secret-key", "rotate"], "", &[]);
    assert_eq!(code(&out), 6);
    assert!(stderr_of(&out).contains("stop Langflow"));
    assert_eq!(digest(&t.s.db), before);
    assert_eq!(
        listing(&t.cfg),
        vec!["secret_key", "secret_key.lock", "secret_key.rotating"]
    );
    let out = t.run(&["secret-key", "rotate", "--force"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    drop(holder);
}

#[test]
fn check_finishes_or_clears_an_interrupted_rotation() {
    // Crash between commit and rename: the database is under secret_key.new.
    let t = Rich::new();
    let out = t.run(&["--json", "secret-key", "rotate", "--no-backup"], "", &[]);
    let new_key = json_of(&out)["new_key"].as_str().unwrap().to_owned();
    std::fs::write(t.cfg.join("secret_key"), &t.key).unwrap();
    std::fs::write(t.cfg.join("secret_key.new"), &new_key).unwrap();
    let out = t.run(&["secret-key", "check"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("finished an interrupted rotation"));
    assert_eq!(t.key_file(), new_key);
    assert!(!t.cfg.join("secret_key.new").exists());

    // Crash before commit: secret_key.new is stale.
    std::fs::write(
        t.cfg.join("secret_key.new"),
        "c3RhbGUtcGVuZGluZy1rZXktdGhhdC1uZXZlci1jb21taXR0ZWQ",
    )
    .unwrap();
    let out = t.run(&["secret-key", "check"], "", &[]);
    assert_eq!(code(&out), 0);
    assert!(stderr_of(&out).contains("removed"));
    assert!(!t.cfg.join("secret_key.new").exists());
    assert_eq!(t.key_file(), new_key);
}

/// Where a kill landed, read from what it left on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Window {
    /// Nothing committed: the database is under the key in secret_key.
    BeforeCommit,
    /// Committed, not renamed: the database is under secret_key.new.
    BetweenCommitAndRename,
    /// Renamed: secret_key holds the new key.
    AfterRename,
}

/// The key in a file, if there is one (empty or missing: none).
fn key_in(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok().filter(|k| !k.is_empty())
}

#[test]
fn crash_at_random_instants_never_loses_a_key() {
    if !cfg!(feature = "test-hooks") {
        eprintln!(
            "SKIPPED crash_at_random_instants_never_loses_a_key: its crash points need a build with --features test-hooks (.ci/run has it)"
        );
        return;
    }
    const VALUES: usize = 100_000;
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    let first_key = flowadmin::crypto::token_urlsafe(32).to_string();
    std::fs::write(cfg.join("secret_key"), &first_key).unwrap();
    let db = big_database(dir.path(), &first_key, VALUES);
    let rotate = |crash_at: Option<&str>| {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"));
        cmd.arg("--db")
            .arg(&db)
            .args(["-q", "secret-key", "rotate", "--no-backup"])
            .env_clear()
            .env("LANGFLOW_CONFIG_DIR", &cfg)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        if let Some(point) = crash_at {
            cmd.env("FLOWADMIN_TEST_CRASH_AT", point);
        }
        cmd
    };
    let opens_all = |key: &str| {
        let Ok(ring) = SecretKey::new(key).keyring() else {
            return false;
        };
        let conn_db = Database::open_read_only(&db).unwrap();
        let v = integrity::verify(&ring, &conn_db).unwrap();
        assert_eq!(v.total, VALUES);
        v.all_open()
    };
    // How long one full rotation takes, to spread the kills over it.
    let started = std::time::Instant::now();
    assert!(rotate(None).status().unwrap().success());
    let full = started.elapsed();

    let mut rng_state = std::process::id() as u64 ^ 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        rng_state ^= rng_state << 13;
        rng_state ^= rng_state >> 7;
        rng_state ^= rng_state << 17;
        rng_state
    };
    // Random SIGKILLs, plus an abort at each step boundary of the protocol
    // (the window between commit and rename is too short to hit by chance).
    let mut plan: Vec<Option<&str>> = vec![None; 12];
    plan.extend([
        Some("before-commit"),
        Some("after-commit"),
        Some("after-rename"),
    ]);
    let mut windows = Vec::new();
    for (round, crash_at) in plan.into_iter().enumerate() {
        let key_before = key_in(&cfg.join("secret_key")).unwrap();
        let mut child = rotate(crash_at).spawn().unwrap();
        if crash_at.is_none() {
            let delay = full.mul_f64((next() % 1000) as f64 / 1000.0);
            std::thread::sleep(delay);
            // SIGKILL: no destructor, no cleanup.
            child.kill().ok();
        }
        let status = child.wait().unwrap();
        if status.success() {
            continue; // finished before the kill: no kill to judge
        }

        // The keys Langflow could end up with: secret_key (what it reads)
        // and secret_key.new (what `check` renames over it). Old backups do
        // not count.
        let on_disk = key_in(&cfg.join("secret_key")).unwrap();
        let pending = key_in(&cfg.join("secret_key.new"));
        let window = match &pending {
            Some(new) if opens_all(new) && !opens_all(&on_disk) => Window::BetweenCommitAndRename,
            _ if on_disk == key_before => Window::BeforeCommit,
            _ => Window::AfterRename,
        };
        let good = opens_all(&on_disk) || pending.as_deref().is_some_and(opens_all);
        assert!(
            good,
            "round {round} ({window:?}): neither secret_key nor secret_key.new opens every value"
        );
        windows.push(window);

        // The next check settles whatever was left, and then the key opens all.
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"))
            .arg("--db")
            .arg(&db)
            .args(["secret-key", "check"])
            .env_clear()
            .env("LANGFLOW_CONFIG_DIR", &cfg)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "round {round} ({window:?}): {}",
            stderr_of(&out)
        );
        assert!(
            !cfg.join("secret_key.new").exists(),
            "round {round}: settled"
        );
        assert!(opens_all(&key_in(&cfg.join("secret_key")).unwrap()));
    }
    println!(
        "crash test: {} kills over a {:.2} s rotation of {VALUES} values, windows {windows:?}",
        windows.len(),
        full.as_secs_f64()
    );
    for window in [
        Window::BeforeCommit,
        Window::BetweenCommitAndRename,
        Window::AfterRename,
    ] {
        assert!(
            windows.contains(&window),
            "no kill landed {window:?}: {windows:?}"
        );
    }
    // And a rotation after all that completes.
    assert!(rotate(None).status().unwrap().success());
}
