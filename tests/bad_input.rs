//! Bad input: each case gets a one-line error that says what to do, a
//! documented exit code, and leaves the disk as it was. No panics.

mod common;

use std::process::Output;

use common::*;

fn check(scratch: &Scratch, envs: &[(&str, &str)]) -> Output {
    scratch
        .cmd()
        .args(["--db", "langflow.db", "db", "check"])
        .envs(envs.iter().copied())
        .output()
        .unwrap()
}

/// One line on stderr, starting with "error:", no panic or backtrace.
fn assert_one_line_error(out: &Output, code: i32, needle: &str) {
    let err = stderr_of(out);
    assert_eq!(out.status.code(), Some(code), "stderr: {err}");
    assert!(err.starts_with("error: "), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains(needle), "{needle:?} not in {err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

fn key() -> String {
    fixture_key("langflow-1.13-rich")
}

#[test]
fn missing_database() {
    let s = Scratch::empty();
    let out = check(
        &s,
        &[("LANGFLOW_SECRET_KEY", &key()), ("RUST_BACKTRACE", "1")],
    );
    assert_one_line_error(&out, 3, "no database at");
    assert!(listing(s.path()).is_empty(), "nothing created");
}

#[test]
fn empty_file() {
    let s = Scratch::empty();
    std::fs::write(&s.db, b"").unwrap();
    let out = check(&s, &[("LANGFLOW_SECRET_KEY", &key())]);
    assert_one_line_error(&out, 6, "has no tables yet");
    assert_eq!(std::fs::metadata(&s.db).unwrap().len(), 0);
    assert_eq!(listing(s.path()), vec!["langflow.db"]);
}

#[test]
fn random_bytes() {
    let s = Scratch::empty();
    let bytes: Vec<u8> = (0..8192u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&s.db, &bytes).unwrap();
    let before = digest(&s.db);
    let out = check(&s, &[("LANGFLOW_SECRET_KEY", &key())]);
    assert_one_line_error(&out, 6, "not a SQLite database");
    assert_eq!(digest(&s.db), before);
    assert_eq!(listing(s.path()), vec!["langflow.db"]);
}

#[test]
fn sqlite_file_that_is_not_langflows() {
    let s = Scratch::empty();
    let conn = rusqlite::Connection::open(&s.db).unwrap();
    conn.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'x');")
        .unwrap();
    drop(conn);
    let before = digest(&s.db);
    let out = check(&s, &[("LANGFLOW_SECRET_KEY", &key())]);
    assert_one_line_error(&out, 6, "not Langflow's");
    assert_eq!(digest(&s.db), before);
}

#[test]
fn database_locked_by_another_writer() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let holder = rusqlite::Connection::open(&s.db).unwrap();
    holder
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE user SET profile_image = profile_image;")
        .unwrap();
    let out = check(&s, &[("LANGFLOW_SECRET_KEY", &key())]);
    assert_one_line_error(&out, 6, "locked by another process");
    holder.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn read_only_file_is_checked_without_change() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let mut perms = std::fs::metadata(&s.db).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&s.db, perms).unwrap();
    let before = digest(&s.db);
    let out = check(&s, &[("LANGFLOW_SECRET_KEY", &key())]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(digest(&s.db), before);
    assert_eq!(listing(s.path()), vec!["langflow.db"]);
}

#[test]
fn malformed_database_url() {
    let s = Scratch::empty();
    for (url, says) in [
        (
            "sqlite:/missing-slashes.db",
            "not a database URL Langflow accepts",
        ),
        ("not a url", "not a database URL Langflow accepts"),
        (
            "postgres://u:pw@h/db",
            "Langflow 1.13's own settings validation refuses",
        ),
        ("postgresql+psycopg2://u:pw@h/db", "write postgresql://"),
    ] {
        let out = s
            .cmd()
            .args(["db", "check"])
            .env("LANGFLOW_DATABASE_URL", url)
            .output()
            .unwrap();
        assert_one_line_error(&out, 2, says);
        assert!(!stderr_of(&out).contains(":pw@"), "password masked");
    }
    assert!(listing(s.path()).is_empty());
}

#[test]
fn env_file_that_does_not_parse() {
    let s = Scratch::fixture("langflow-1.13-rich");
    // As python-dotenv (and so Langflow): the statement is skipped, with a
    // warning, and the rest of the file is read.
    std::fs::write(
        s.path().join("bad.env"),
        "LANGFLOW_SECRET_KEY='unterminated\nLANGFLOW_CONFIG_DIR=cfg-from-file\n",
    )
    .unwrap();
    let out = s
        .cmd()
        .args([
            "--env-file",
            "bad.env",
            "--db",
            "langflow.db",
            "--json",
            "db",
            "locate",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("line 1 of bad.env does not parse"));
    let j = json_of(&out);
    assert!(
        j["config_dir"]["path"]
            .as_str()
            .unwrap()
            .ends_with("cfg-from-file")
    );
    assert_eq!(j["secret_key"]["source"], "missing");
    // Not UTF-8: Langflow cannot start with it either.
    std::fs::write(
        s.path().join("latin1.env"),
        b"LANGFLOW_CONFIG_DIR=caf\xe9\n",
    )
    .unwrap();
    let out = s
        .cmd()
        .args(["--env-file", "latin1.env", "db", "locate"])
        .output()
        .unwrap();
    assert_one_line_error(&out, 2, "not UTF-8");
    let out = s
        .cmd()
        .args(["--env-file", "missing.env", "db", "locate"])
        .output()
        .unwrap();
    assert_one_line_error(&out, 3, "missing.env");
}

#[test]
fn bad_boolean_setting() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let out = check(&s, &[("LANGFLOW_AUTO_LOGIN", "maybe")]);
    assert_one_line_error(&out, 2, "LANGFLOW_AUTO_LOGIN");
}

#[test]
fn secret_key_of_40_characters_that_is_not_32_bytes() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let bad = "abcdefghijabcdefghijabcdefghijabcdefghij";
    let out = check(&s, &[("LANGFLOW_SECRET_KEY", bad)]);
    assert_eq!(out.status.code(), Some(5));
    let err = stderr_of(&out);
    assert!(
        err.contains("40 characters") && err.contains("32 bytes"),
        "{err}"
    );
    assert!(
        !(err.clone() + &stdout_of(&out)).contains(bad),
        "key echoed"
    );
}

#[test]
fn key_file_that_cannot_be_read() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let cfg = s.path().join("cfg");
    // A directory where the key file should be: unreadable even for root.
    std::fs::create_dir_all(cfg.join("secret_key")).unwrap();
    let out = check(&s, &[("LANGFLOW_CONFIG_DIR", cfg.to_str().unwrap())]);
    assert_eq!(out.status.code(), Some(5));
    let err = stderr_of(&out);
    assert!(err.contains("cannot read the secret key file"), "{err}");
    // And a file that is not UTF-8 text.
    std::fs::remove_dir(cfg.join("secret_key")).unwrap();
    std::fs::write(cfg.join("secret_key"), [0xff, 0xfe, 0x00]).unwrap();
    let out = check(&s, &[("LANGFLOW_CONFIG_DIR", cfg.to_str().unwrap())]);
    assert_eq!(out.status.code(), Some(5));
    assert!(stderr_of(&out).contains("not UTF-8"));
}

#[test]
fn no_secret_key_anywhere() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let out = check(&s, &[("LANGFLOW_CONFIG_DIR", s.path().to_str().unwrap())]);
    assert_eq!(out.status.code(), Some(5));
    let err = stderr_of(&out);
    assert!(
        err.contains("no secret key is configured") && err.contains("LANGFLOW_SECRET_KEY"),
        "{err}"
    );
    assert!(
        !s.path().join("secret_key").exists(),
        "flowadmin must not generate a key silently"
    );
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let s = Scratch::empty();
    let out = s
        .cmd()
        .args(["db", "check", "--no-such-flag"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn closed_stdout_ends_quietly() {
    let s = Scratch::fixture("langflow-1.13-rich");
    for args in [
        vec!["completions", "bash"],
        vec!["--db", "langflow.db", "db", "check"],
        vec!["--db", "x.db", "db", "locate"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"))
            .args(&args)
            .env_clear()
            .env("RUST_BACKTRACE", "1")
            .env("LANGFLOW_SECRET_KEY", key())
            .current_dir(s.path())
            .stdout(writer)
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert!(err.is_empty(), "{args:?}: {err}");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: a closed pipe is not an error"
        );
    }
}
