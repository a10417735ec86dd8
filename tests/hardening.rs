//! Issue 11: every way a hostile operator broke flowadmin, one test each
//! (`itemNN_...` is item NN of the issue). Each failed on the code before
//! its fix. Tests that act as another user (sudo, a service account) need
//! root and say so when they cannot run.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;
use flowadmin::crypto::SecretKey;
use rusqlite::Connection;
use serde_json::Value;

const ADMIN_KEY: &str = "sk-YMtNUFTGNkXLCibnXE-4wk9oP3WVwHDOPQVQSDhrdr0";
const ADMIN_PW: &str = "Admin-Fixture-Pw-0!";
const OTHER_KEY: &str = "Zm9yLXRlc3RzLW9ubHktMzItYnl0ZXMtb2Yta2V5ISE";

fn needs_root(test: &str) -> bool {
    if is_root() {
        return true;
    }
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: it acts as another user and needs root (CI runs as root)"
    );
    false
}

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("flowadmin")
}

#[test]
fn item01_two_forced_rotations_never_interleave() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    let first = flowadmin::crypto::token_urlsafe(32).to_string();
    std::fs::write(cfg.join("secret_key"), &first).unwrap();
    let db = big_database(dir.path(), &first, 20_000);
    let rotate = || {
        Command::new(binary())
            .arg("--db")
            .arg(&db)
            .args(["--json", "secret-key", "rotate", "--force", "--no-backup"])
            .env_clear()
            .env("LANGFLOW_CONFIG_DIR", &cfg)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    for round in 0..4 {
        let (a, b) = (rotate(), rotate());
        let outs = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
        let codes: Vec<i32> = outs.iter().map(code).collect();
        assert!(
            codes.iter().all(|c| *c == 0 || *c == 6),
            "round {round}: {codes:?} {}",
            outs.iter().map(stderr_of).collect::<String>()
        );
        assert!(codes.contains(&0), "round {round}: one rotation ran");
        for out in outs.iter().filter(|o| code(o) == 6) {
            assert!(
                stderr_of(out).contains("another flowadmin is changing the secret key"),
                "{}",
                stderr_of(out)
            );
        }
        let on_disk = std::fs::read_to_string(cfg.join("secret_key")).unwrap();
        let (total, open) = opened_with(&db, &on_disk);
        assert_eq!(
            (total, open),
            (20_000, 20_000),
            "round {round}: secret_key opens every value"
        );
        let announced: Vec<String> = outs
            .iter()
            .filter(|o| code(o) == 0)
            .map(|o| json_of(o)["new_key"].as_str().unwrap().to_owned())
            .collect();
        assert!(
            announced.contains(&on_disk),
            "round {round}: the key a winner announced is the one on disk"
        );
    }
}

/// A rotation waits for a command that is encrypting (it holds the key
/// lock shared) instead of refusing as if another rotation ran.
#[test]
fn item01_a_rotation_waits_for_a_write_in_flight() {
    let r = Rich::new();
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(r.cfg.join("secret_key.lock"))
        .unwrap();
    lock.lock_shared().unwrap();
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(1500));
        drop(lock);
    });
    let out = r.run(&["--json", "secret-key", "rotate", "--no-backup"], "", &[]);
    release.join().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let new_key = json_of(&out)["new_key"].as_str().unwrap().to_owned();
    assert!(r.all_open_with(&new_key));
}

#[test]
fn item02_unwritable_env_file_refuses_before_the_commit() {
    if !needs_root("item02_unwritable_env_file_refuses_before_the_commit") {
        return;
    }
    let r = Rich::new();
    let env_file = r.s.path().join("prod.env");
    std::fs::write(&env_file, format!("LANGFLOW_SECRET_KEY={}\n", r.key)).unwrap();
    std::fs::remove_file(r.cfg.join("secret_key")).unwrap();
    give_to_nobody(r.s.path());
    set_mode(r.s.path(), 0o755);
    set_mode(&env_file, 0o444);
    // The rotation lock (secret_key.lock) is taken first and may stay.
    let files = |dir: &Path| -> Vec<String> {
        listing(dir)
            .into_iter()
            .filter(|n| n != "secret_key.lock" && n != "secret_key.rotating")
            .collect()
    };
    let before = (digest(&r.s.db), files(&r.cfg), listing(r.s.path()));
    let out = as_nobody(r.s.path())
        .args(["--db", "langflow.db", "--env-file", "prod.env"])
        .env("LANGFLOW_CONFIG_DIR", &r.cfg)
        .args(["secret-key", "rotate"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1, "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("the env file") && err.contains("nothing changed"),
        "{err}"
    );
    assert!(!err.contains("os error"), "{err}");
    assert_eq!(
        (digest(&r.s.db), files(&r.cfg), listing(r.s.path())),
        before,
        "nothing changed on disk"
    );
    assert!(r.all_open_with(&r.key));
}

#[test]
fn item03_files_keep_their_owner_group_and_mode_under_sudo() {
    if !needs_root("item03_files_keep_their_owner_group_and_mode_under_sudo") {
        return;
    }
    let r = Rich::new();
    let env_file = r.s.path().join("prod.env");
    std::fs::write(
        &env_file,
        format!("LANGFLOW_AUTO_LOGIN=false\nLANGFLOW_SECRET_KEY={}\n", r.key),
    )
    .unwrap();
    give_to_nobody(r.s.path());
    set_mode(&r.cfg.join("secret_key"), 0o640);
    set_mode(&env_file, 0o640);
    // Run as root, as `sudo flowadmin ...` does.
    let out = r.run(&["--env-file", "prod.env", "secret-key", "rotate"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(owner_of(&env_file), (65534, 65534, 0o640), "the env file");
    let key_file = r.cfg.join("secret_key");
    assert_eq!(owner_of(&key_file), (65534, 65534, 0o640), "secret_key");
    for name in listing(&r.cfg) {
        let (uid, gid, mode) = owner_of(&r.cfg.join(&name));
        assert_eq!(
            (uid, gid),
            (65534, 65534),
            "{name} takes its folder's owner"
        );
        if name.starts_with("secret_key.backup") {
            assert_eq!(mode, 0o600, "{name}");
        }
    }
    for name in listing(r.s.path()) {
        if name.contains(".backup-") {
            assert_eq!(
                owner_of(&r.s.path().join(&name)),
                (65534, 65534, 0o600),
                "{name}"
            );
        }
    }
    assert!(r.all_open_with(&r.key_file()));

    // A new file takes its folder's owner: `sudo flowadmin db init`.
    let made = tempfile::tempdir().unwrap();
    give_to_nobody(made.path());
    let out = Command::new(binary())
        .args(["db", "init"])
        .arg(made.path().join("new.db"))
        .env_clear()
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(owner_of(&made.path().join("new.db")), (65534, 65534, 0o600));

    // A refused write by a user who may not write the database leaves no
    // -wal/-shm behind that the service could then not write.
    let s = Scratch::fixture("langflow-1.13-rich");
    set_mode(s.path(), 0o777);
    set_mode(&s.db, 0o644);
    let out = as_nobody(s.path())
        .args(["--db", "langflow.db", "user", "activate", "bob"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 6, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("read-only"), "{}", stderr_of(&out));
    assert_eq!(listing(s.path()), vec!["langflow.db"]);
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn item04_a_valid_but_wrong_key_writes_nothing() {
    let r = Rich::new();
    let before = digest(&r.s.db);
    let wrong = [("LANGFLOW_SECRET_KEY", OTHER_KEY)];
    let out = r.run(
        &["variable", "set", "NEW_ONE", "--user", "admin"],
        "value\n",
        &wrong,
    );
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("db check"), "{}", stderr_of(&out));
    let out = r.run(
        &["variable", "set", "OPENAI_API_KEY", "--user", "admin"],
        "overwrite\n",
        &wrong,
    );
    assert_eq!(code(&out), 5, "an update would overwrite a good credential");
    let out = r.run(
        &["api-key", "create", "--user", "admin"],
        "",
        &[
            ("LANGFLOW_SECRET_KEY", OTHER_KEY),
            ("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY),
        ],
    );
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert!(stdout_of(&out).is_empty());
    assert_eq!(digest(&r.s.db), before, "nothing written");

    // A database with no encrypted value yet takes any key.
    let s = Scratch::empty();
    s.cmd()
        .args(["db", "init", "langflow.db"])
        .assert()
        .success();
    s.cmd()
        .args(["--db", "langflow.db", "superuser", "--username", "ops"])
        .args(["--password-stdin"])
        .write_stdin("Ops-Password-1\n")
        .assert()
        .success();
    s.cmd()
        .args([
            "--db",
            "langflow.db",
            "variable",
            "set",
            "FIRST",
            "--user",
            "ops",
        ])
        .env("LANGFLOW_SECRET_KEY", OTHER_KEY)
        .write_stdin("v\n")
        .assert()
        .success();
}

/// The state a crash between rotate's commit and its rename leaves: the
/// database under the new key (in secret_key.new), secret_key still old.
fn committed_but_not_renamed(r: &Rich) -> String {
    let new_key_file = r.s.path().join("new.key");
    std::fs::write(&new_key_file, OTHER_KEY).unwrap();
    let out = r.run(
        &[
            "secret-key",
            "rotate",
            "--no-backup",
            "--new-key-file",
            new_key_file.to_str().unwrap(),
        ],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    for name in listing(&r.cfg) {
        if name.starts_with("secret_key.backup") {
            std::fs::remove_file(r.cfg.join(name)).unwrap();
        }
    }
    std::fs::write(r.cfg.join("secret_key"), &r.key).unwrap();
    std::fs::write(r.cfg.join("secret_key.new"), OTHER_KEY).unwrap();
    OTHER_KEY.to_owned()
}

#[test]
fn item05_a_write_after_a_crash_between_commit_and_rename_settles_first() {
    let r = Rich::new();
    let new_key = committed_but_not_renamed(&r);
    let out = r.run(
        &["variable", "set", "AFTER_CRASH", "--user", "admin"],
        "v\n",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("finished an interrupted rotation"));
    assert_eq!(r.key_file(), new_key, "the rename was finished first");
    assert!(!r.cfg.join("secret_key.new").exists());
    assert!(
        r.all_open_with(&new_key),
        "the new value is under the new key"
    );

    let r = Rich::new();
    let new_key = committed_but_not_renamed(&r);
    let out = r.run(
        &["api-key", "create", "--user", "admin"],
        "",
        &[("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY)],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(r.all_open_with(&new_key));
}

#[test]
fn item05_the_recovery_that_check_prints_works_as_printed() {
    let r = Rich::new();
    let new_key = committed_but_not_renamed(&r);
    // What the old code let happen: a value written with the stale key.
    let token = SecretKey::new(r.key.as_str())
        .keyring()
        .unwrap()
        .encrypt(b"stale");
    Connection::open(&r.s.db)
        .unwrap()
        .execute(
            "UPDATE variable SET value = ?1 WHERE name = 'OPENAI_API_KEY'",
            [token],
        )
        .unwrap();
    let out = r.run(&["secret-key", "check"], "", &[]);
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    let err = stderr_of(&out);
    let command = err
        .split('`')
        .find(|part| part.starts_with("flowadmin secret-key rotate"))
        .unwrap_or_else(|| panic!("no recovery command in: {err}"))
        .to_owned();
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{} --db langflow.db {}",
            binary().display(),
            command.trim_start_matches("flowadmin ")
        ))
        .current_dir(r.s.path())
        .env_clear()
        .env("LANGFLOW_CONFIG_DIR", &r.cfg)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{command}: {}", stderr_of(&out));
    assert_eq!(r.key_file(), new_key);
    assert!(r.all_open_with(&new_key));
}

#[test]
fn item06_passwords_in_a_postgresql_url_never_show() {
    let s = Scratch::empty();
    for url in [
        "postgresql://lf@db:5432/lf?password=hunter2-secret",
        "postgresql://db/lf?sslmode=require&sslpassword=hunter2-secret",
        "postgresql://lf:hunter2-secret/lf",
        "postgresql:lf:hunter2-secret@db/lf",
        "postgres://lf:hunter2-secret@db/lf",
    ] {
        for json in [false, true] {
            let mut cmd = s.cmd();
            if json {
                cmd.arg("--json");
            }
            let out = cmd
                .args(["db", "locate"])
                .env("LANGFLOW_DATABASE_URL", url)
                .output()
                .unwrap();
            let all = format!("{}{}", stdout_of(&out), stderr_of(&out));
            assert!(!all.contains("hunter2"), "{url} (json {json}): {all}");
        }
        let out = s
            .cmd()
            .args(["db", "check"])
            .env("LANGFLOW_DATABASE_URL", url)
            .output()
            .unwrap();
        assert!(!stderr_of(&out).contains("hunter2"), "{}", stderr_of(&out));
    }
}

#[test]
fn item07_revoke_takes_the_key_itself_and_never_echoes_it() {
    let r = Rich::new();
    let missing = "sk-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    let out = r.run(&["api-key", "revoke", missing, "--yes"], "", &[]);
    assert_eq!(code(&out), 3);
    assert!(!stderr_of(&out).contains(missing), "{}", stderr_of(&out));
    let out = r.run(&["api-key", "revoke", ADMIN_KEY, "--yes"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let all = format!("{}{}", stdout_of(&out), stderr_of(&out));
    assert!(all.contains("admin-key-1"), "{all}");
    assert!(!all.contains(ADMIN_KEY));
    let left: i64 = Connection::open(&r.s.db)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM apikey WHERE name = 'admin-key-1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);
}

#[test]
fn item08_a_kill_never_leaves_a_backup_that_is_not_one() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    let key = flowadmin::crypto::token_urlsafe(32).to_string();
    std::fs::write(cfg.join("secret_key"), &key).unwrap();
    let db = big_database(dir.path(), &key, 40_000);
    let mut child = Command::new(binary())
        .arg("--db")
        .arg(&db)
        .args(["-q", "secret-key", "rotate"])
        .env_clear()
        .env("LANGFLOW_CONFIG_DIR", &cfg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Killed the moment a backup-named file shows up.
    let seen = loop {
        let found = listing(dir.path())
            .into_iter()
            .find(|n| n.starts_with("big.db.backup-"));
        if let Some(name) = found {
            child.kill().ok();
            break Some(name);
        }
        if child.try_wait().unwrap().is_some() {
            break None;
        }
    };
    child.wait().unwrap();
    let name = seen.expect("the rotation wrote a backup");
    let backup = dir.path().join(&name);
    let (total, open) = opened_with(&backup, &key);
    assert_eq!((total, open), (40_000, 40_000), "{name} is a whole backup");

    // Temp files a killed run left (keys in them) go with the next check or write.
    std::fs::write(cfg.join(".flowadmin-key-AbC123"), &key).unwrap();
    std::fs::write(dir.path().join(".flowadmin-backup-big.db-XyZ789"), b"").unwrap();
    let check = |args: &[&str]| {
        Command::new(binary())
            .arg("--db")
            .arg(&db)
            .args(args)
            .env_clear()
            .env("LANGFLOW_CONFIG_DIR", &cfg)
            .output()
            .unwrap()
    };
    let out = check(&["secret-key", "check"]);
    assert!(
        matches!(code(&out), 0 | 5),
        "{}",
        stderr_of(&out) // settled either way
    );
    assert!(!listing(&cfg).iter().any(|n| n.starts_with(".flowadmin")));
    assert!(
        !listing(dir.path())
            .iter()
            .any(|n| n.starts_with(".flowadmin"))
    );
    let r = Rich::new();
    std::fs::write(r.cfg.join(".flowadmin-key-Left0v"), &r.key).unwrap();
    let out = r.run(&["variable", "set", "X", "--user", "admin"], "v\n", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(!listing(&r.cfg).iter().any(|n| n.starts_with(".flowadmin")));
}

#[test]
fn item09_a_display_that_never_answers_does_not_hang_create() {
    // Accepts X11 connections and never says a word, as a stale ssh -X forward.
    let listener = (6090..6190)
        .find_map(|port| std::net::TcpListener::bind(("127.0.0.1", port)).ok())
        .expect("a free port for the fake display");
    let display = format!("127.0.0.1:{}", listener.local_addr().unwrap().port() - 6000);
    let held = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let keep = held.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            keep.lock().unwrap().push(conn);
        }
    });
    let r = Rich::new();
    let mut cmd = r.process(&["api-key", "create", "--user", "admin"]);
    cmd.env("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY)
        .env("DISPLAY", &display);
    let screen = on_terminal(cmd, Duration::from_secs(30));
    assert!(screen.contains("│ sk-"), "the key is shown: {screen}");
    assert!(screen.contains("did not answer"), "{screen}");
}

#[test]
fn item10_short_ids_and_odd_timestamps_never_panic() {
    let r = Rich::new();
    let conn = Connection::open(&r.s.db).unwrap();
    for id in ["ab", "é"] {
        conn.execute(
            "INSERT INTO apikey (id, name, created_at, total_uses, is_active, api_key, user_id) \
             SELECT ?1, 'dup', 'é2026-01-01 00:0é', 0, 1, 'x' || ?1, id FROM user WHERE username = 'admin'",
            [id],
        )
        .unwrap();
    }
    conn.execute(
        "UPDATE user SET last_login_at = '2026-01-01 00:0é:00' WHERE username = 'alice'",
        [],
    )
    .unwrap();
    drop(conn);
    let out = r.run(&["api-key", "revoke", "dup", "--yes"], "", &[]);
    assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    for args in [
        &["api-key", "list", "--all"][..],
        &["user", "list"],
        &["variable", "list", "--all"],
        &["api-key", "revoke", "é", "--yes"],
    ] {
        let out = r.run(args, "", &[]);
        assert_ne!(code(&out), 101, "{args:?} panicked: {}", stderr_of(&out));
        assert!(!stderr_of(&out).contains("panicked"), "{args:?}");
    }
}

#[test]
fn item11_quiet_keeps_errors_and_actions() {
    let r = Rich::new();
    let out = r.run(
        &["-q", "db", "check"],
        "",
        &[("LANGFLOW_SECRET_KEY", OTHER_KEY)],
    );
    assert_eq!(code(&out), 5);
    assert!(stderr_of(&out).contains("error:"), "{}", stderr_of(&out));
    let out = r.run(
        &["-q", "secret-key", "rotate", "--no-backup"],
        "",
        &[("LANGFLOW_SECRET_KEY", r.key.as_str())],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("ACTION NEEDED"),
        "{}",
        stderr_of(&out)
    );
    // Notes do go.
    let out = r.run(&["-q", "user", "list"], "", &[]);
    assert!(stderr_of(&out).is_empty(), "{}", stderr_of(&out));
}

#[test]
fn item12_expiry_stops_at_the_year_9999() {
    let r = Rich::new();
    let before = digest(&r.s.db);
    for far in ["1000000w", "10000-01-01"] {
        let out = r.run(
            &["api-key", "create", "--user", "admin", "--expires", far],
            "",
            &[("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY)],
        );
        assert_eq!(code(&out), 2, "{far}: {}", stderr_of(&out));
        assert!(stderr_of(&out).contains("9999"), "{}", stderr_of(&out));
    }
    assert_eq!(digest(&r.s.db), before);
    let out = r.run(
        &["--json", "api-key", "create", "--user", "admin"],
        "",
        &[("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY)],
    );
    assert_eq!(code(&out), 0);
    let out = r.run(
        &[
            "--json",
            "api-key",
            "create",
            "--user",
            "admin",
            "--expires",
            "9999-12-31",
        ],
        "",
        &[("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY)],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

#[test]
fn item13_get_into_set_is_byte_exact() {
    let r = Rich::new();
    let mut values: Vec<String> = vec![
        "ends with cr\r".into(),
        "crlf\r\n".into(),
        "two\r\n\r\n".into(),
        "\r".into(),
        "\n".into(),
        "line\nbreaks\r\ninside ünïcödé €".into(),
        String::new(),
    ];
    // Random NUL-free text from a fixed generator (so a failure repeats).
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for len in [1usize, 7, 64, 300] {
        let text: String = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                char::from_u32((state % 0x800) as u32 + 1).unwrap_or('x')
            })
            .collect();
        values.push(text);
    }
    for (i, value) in values.iter().enumerate() {
        let name = format!("RT_{i}");
        let out = r.run(
            &[
                "variable",
                "set",
                &name,
                "--user",
                "admin",
                "--raw",
                "--allow-empty",
            ],
            value,
            &[],
        );
        assert_eq!(code(&out), 0, "{value:?}: {}", stderr_of(&out));
        let got = r.run(&["variable", "get", &name, "--user", "admin"], "", &[]);
        assert_eq!(code(&got), 0);
        // The documented round trip: get | set.
        let copy = format!("{name}_COPY");
        let out = r
            .cmd()
            .args(["variable", "set", &copy, "--user", "admin", "--allow-empty"])
            .write_stdin(got.stdout.clone())
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr_of(&out));
        let back = r.run(
            &["variable", "get", &copy, "--user", "admin", "--raw"],
            "",
            &[],
        );
        assert_eq!(stdout_of(&back), *value, "value {i}");
    }
    // Bytes Langflow cannot store as text are refused, with nothing written.
    let before = digest(&r.s.db);
    for bad in [&b"a\0b"[..], &[0xff, 0xfe, b'x'][..]] {
        let out = r
            .cmd()
            .args(["variable", "set", "BAD", "--user", "admin"])
            .write_stdin(bad.to_vec())
            .output()
            .unwrap();
        assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    }
    assert_eq!(digest(&r.s.db), before);
}

#[test]
fn item14_finishing_a_rotation_once_the_environment_has_the_new_key() {
    let r = Rich::new();
    let old = r.s.path().join("old.key");
    std::fs::write(&old, &r.key).unwrap();
    // The environment already has the new key; the old one is a file.
    let finish = || {
        r.run(
            &[
                "--json",
                "secret-key",
                "rotate",
                "--new-key-env",
                "NEXT_KEY",
                "--old-key-file",
                old.to_str().unwrap(),
            ],
            "",
            &[("LANGFLOW_SECRET_KEY", OTHER_KEY), ("NEXT_KEY", OTHER_KEY)],
        )
    };
    let out = finish();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let report = json_of(&out);
    assert_eq!(report["totals"]["reencrypted"], 18);
    assert_eq!(report["totals"]["already_current"], 0);
    assert!(r.all_open_with(OTHER_KEY));
    // And the same with nothing left to move.
    let out = finish();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["totals"]["already_current"], 18);
}

#[test]
fn item15_exit_codes_match_the_table() {
    let r = Rich::new();
    let out = r.run(
        &["secret-key", "rotate", "--new-key-file", "missing.key"],
        "",
        &[],
    );
    assert_eq!(code(&out), 3, "a missing file is not found");
    let out = r.run(
        &["secret-key", "check", "--key-file", "missing.key"],
        "",
        &[],
    );
    assert_eq!(code(&out), 3);
    let out = r.run(&["api-key", "create", "--user", "admin"], "", &[]);
    assert_eq!(code(&out), 4, "missing proof is a refusal by policy");
    let s = Scratch::empty();
    for args in [
        &["--db", "", "db", "check"][..],
        &["--db", "sqlite:////", "db", "check"],
    ] {
        let out = s.cmd().args(args).output().unwrap();
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr_of(&out));
    }
    let out = s
        .cmd()
        .args(["db", "check"])
        .env("LANGFLOW_DATABASE_URL", "sqlite:////")
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
}

#[test]
fn item16_os_errors_come_with_the_file_and_advice() {
    let s = Scratch::fixture("langflow-1.13-rich");
    std::os::unix::fs::symlink("loop-b.db", s.path().join("loop-a.db")).unwrap();
    std::os::unix::fs::symlink("loop-a.db", s.path().join("loop-b.db")).unwrap();
    std::fs::create_dir(s.path().join("dir.env")).unwrap();
    for (args, file) in [
        (&["--db", "loop-a.db", "db", "check"][..], "loop-a.db"),
        (&["--env-file", "dir.env", "db", "locate"], "dir.env"),
        (
            &["--env-file", "missing.env", "db", "locate"],
            "missing.env",
        ),
    ] {
        let out = s.cmd().args(args).output().unwrap();
        let err = stderr_of(&out);
        assert!(!out.status.success());
        assert!(!err.contains("os error"), "{args:?}: {err}");
        assert!(err.contains(file), "{args:?} names the file: {err}");
        assert!(err.contains(';'), "{args:?} says what to do: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn item17_a_created_key_that_cannot_be_shown_is_reported() {
    let r = Rich::new();
    let out = r
        .process(&["api-key", "create", "--user", "admin"])
        .env("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY)
        .stdin(Stdio::null())
        .stdout(
            std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap(),
        )
        .output()
        .unwrap();
    assert_ne!(code(&out), 0);
    let err = stderr_of(&out);
    assert!(err.contains("was created and is active"), "{err}");
    let id: String = Connection::open(&r.s.db)
        .unwrap()
        .query_row(
            "SELECT id FROM apikey ORDER BY created_at DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let dashed = flowadmin::storage::secrets::dashed_uuid(&id);
    assert!(err.contains(&dashed), "names the key's id: {err}");
    assert!(err.contains("api-key revoke"), "{err}");
}

#[test]
fn item18_control_characters_in_cells_are_escaped() {
    let r = Rich::new();
    let conn = Connection::open(&r.s.db).unwrap();
    conn.execute(
        "UPDATE user SET username = 'evil\x1b[31mred' WHERE username = 'bob'",
        [],
    )
    .unwrap();
    conn.execute(
        "UPDATE variable SET name = 'VAR\x1b]0;title\x07' WHERE name = 'REGION'",
        [],
    )
    .unwrap();
    drop(conn);
    for args in [&["user", "list"][..], &["variable", "list", "--all"]] {
        let out = r.run(args, "", &[]);
        assert_eq!(code(&out), 0);
        let text = stdout_of(&out);
        assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text}");
        assert!(text.contains("\\u{1b}"), "{text}");
    }
    let cmd = r.process(&["variable", "list", "--all", "--show-values"]);
    let screen = on_terminal(cmd, Duration::from_secs(30));
    assert!(!screen.contains("\x1b]0;title"), "{screen}");
}

#[test]
fn item19_suggested_commands_are_shell_quoted() {
    let r = Rich::new();
    Connection::open(&r.s.db)
        .unwrap()
        .execute(
            "UPDATE user SET username = 'with space' WHERE username = 'bob'",
            [],
        )
        .unwrap();
    let out = r.run(
        &["user", "create", "with space", "--password-stdin"],
        "Some-Password-9\n",
        &[],
    );
    assert_eq!(code(&out), 4);
    assert!(
        stderr_of(&out).contains("flowadmin user activate 'with space'"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn item20_db_check_reports_the_journal_mode_the_file_is_in() {
    if !needs_root("item20_db_check_reports_the_journal_mode_the_file_is_in") {
        return;
    }
    let r = Rich::new();
    let wal: String = Connection::open(&r.s.db)
        .unwrap()
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .unwrap();
    assert_eq!(wal, "wal");
    set_mode(r.s.path(), 0o755);
    set_mode(&r.s.db, 0o644);
    let out = as_nobody(r.s.path())
        .args(["--json", "--db", "langflow.db", "db", "check"])
        .env("LANGFLOW_SECRET_KEY", &r.key)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["journal_mode"], "wal");
}

#[test]
fn item21_dry_run_of_the_last_superuser_shows_the_plan() {
    let r = Rich::new();
    let before = digest(&r.s.db);
    let out = r.run(&["user", "delete", "admin", "--dry-run"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("would"), "{}", stdout_of(&out));
    assert!(stderr_of(&out).contains("--force"), "{}", stderr_of(&out));
    assert_eq!(digest(&r.s.db), before);
    let out = r.run(&["user", "delete", "alice", "--yes"], "", &[]);
    assert_eq!(code(&out), 0);
    assert!(!stdout_of(&out).contains("would"), "{}", stdout_of(&out));
    for page in [
        &["user", "activate", "--help"][..],
        &["user", "deactivate", "--help"],
        &["user", "set-password", "--help"],
        &["user", "verify-password", "--help"],
        &["user", "delete", "--help"],
        &["variable", "get", "--help"],
        &["variable", "set", "--help"],
        &["variable", "delete", "--help"],
    ] {
        let out = r.run(page, "", &[]);
        let help = stdout_of(&out);
        let arguments: String = help
            .lines()
            .skip_while(|l| !l.starts_with("Arguments:"))
            .skip(1)
            .take_while(|l| !l.starts_with("Options:"))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            arguments.trim().starts_with("<NAME>") && arguments.trim().len() > "<NAME>".len() + 5,
            "{page:?}: {arguments:?}"
        );
    }
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/commands.md"))
            .unwrap();
    assert!(docs.contains("--new-key-env") && docs.contains("check --key-file"));
}

#[test]
fn item22_a_symlinked_env_file_is_edited_where_it_points() {
    let r = Rich::new();
    let real_dir = r.s.path().join("etc");
    std::fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("langflow.env");
    std::fs::write(&real, format!("A=1\nLANGFLOW_SECRET_KEY={}\nB=2\n", r.key)).unwrap();
    set_mode(&real, 0o640);
    if is_root() {
        give_to_nobody(&real);
    }
    let before = owner_of(&real);
    let link = r.s.path().join("prod.env");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = r.run(
        &["--json", "--env-file", "prod.env", "secret-key", "rotate"],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let new_key = json_of(&out)["new_key"].as_str().unwrap().to_owned();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    assert_eq!(
        std::fs::read_to_string(&real).unwrap(),
        format!("A=1\nLANGFLOW_SECRET_KEY={new_key}\nB=2\n")
    );
    assert_eq!(owner_of(&real), before, "owner, group and mode kept");
    assert!(
        !listing(&real_dir)
            .iter()
            .any(|n| n.starts_with(".flowadmin")),
        "no temp file left"
    );
}

#[test]
fn item23_the_default_superuser_name_is_refused_when_langflow_would_retire_it() {
    let r = Rich::new();
    let before = digest(&r.s.db);
    let out = r.run(
        &["superuser", "--username", "langflow", "--password-stdin"],
        "Another-Password-7\n",
        &[
            ("LANGFLOW_SUPERUSER", "admin"),
            ("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY),
        ],
    );
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("retires"), "{}", stderr_of(&out));
    assert_eq!(digest(&r.s.db), before);
    Connection::open(&r.s.db)
        .unwrap()
        .execute(
            "UPDATE user SET is_active = 0, retired_at = '2026-11-01 10:00:00.000000' WHERE username = 'alice'",
            [],
        )
        .unwrap();
    let out = r.run(&["user", "list"], "", &[]);
    let line = stdout_of(&out)
        .lines()
        .find(|l| l.contains("alice"))
        .unwrap()
        .to_owned();
    assert!(line.contains("retired"), "{line}");
    let users: Value = json_of(&r.run(&["--json", "user", "list"], "", &[]));
    let alice = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "alice")
        .unwrap();
    assert_eq!(alice["retired_at"], "2026-11-01 10:00:00.000000");
}

#[test]
fn item24_a_forced_rotation_under_a_live_server_says_restart_it() {
    let r = Rich::new();
    let holder = Connection::open(&r.s.db).unwrap();
    let _: i64 = holder
        .query_row("SELECT count(*) FROM user", [], |r| r.get(0))
        .unwrap();
    let out = r.run(
        &["--json", "secret-key", "rotate", "--force", "--no-backup"],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("OLD key"), "{}", stderr_of(&out));
    let report = json_of(&out);
    assert_eq!(report["other_process_had_database_open"], true);
    assert!(
        report["actions_needed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a.as_str().unwrap().contains("restart"))
    );
    drop(holder);

    // --expires counts from when the key is written, after the bcrypt check.
    let r = Rich::new();
    let out = r.run(
        &[
            "--json",
            "api-key",
            "create",
            "--user",
            "admin",
            "--password-stdin",
            "--expires",
            "2s",
        ],
        &format!("{ADMIN_PW}\n"),
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let (created, expires): (String, String) = Connection::open(&r.s.db)
        .unwrap()
        .query_row(
            "SELECT created_at, expires_at FROM apikey ORDER BY created_at DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let at = |t: &str| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S%.f").unwrap();
    let gap = at(&expires) - at(&created);
    assert!(
        (gap - chrono::Duration::seconds(2))
            .num_milliseconds()
            .abs()
            < 50,
        "expires {gap} after creation, not 2 s"
    );
}
