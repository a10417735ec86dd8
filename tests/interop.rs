//! Interop: the real Langflow 1.13 (langflow-base on PyPI, in a venv outside
//! the tree) judges flowadmin. Run with `tests/interop/run.sh`, which sets
//! FLOWADMIN_INTEROP_PYTHON to the venv's python.
//!
//! Every scenario works on fresh copies of the fixtures; Langflow is asked
//! through tests/interop/checker.py, which calls Langflow's own functions.

mod common;

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use common::*;
use serde_json::{Value, json};

/// How many times the generated differential cases are multiplied:
/// `FLOWADMIN_DIFF_SCALE` (default 1, as CI runs). The generators are
/// seeded, so a larger run is the CI run's cases and more after them.
fn scale() -> usize {
    std::env::var("FLOWADMIN_DIFF_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n: &usize| *n >= 1)
        .unwrap_or(1)
}

/// Feeds `lines` to a child's stdin from a thread, so a child that answers
/// as it reads never blocks on a full pipe (a large FLOWADMIN_DIFF_SCALE
/// run), and returns the lines it printed.
fn converse(mut child: std::process::Child, lines: Vec<String>) -> Vec<String> {
    use std::io::Write;
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for line in lines {
            if writeln!(stdin, "{line}").is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// A valid 43-character key that is not any fixture's.
const WRONG_KEY: &str = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE";

struct Langflow {
    python: PathBuf,
}

impl Langflow {
    fn new() -> Langflow {
        let python = std::env::var_os("FLOWADMIN_INTEROP_PYTHON").expect(
            "FLOWADMIN_INTEROP_PYTHON is unset: run tests/interop/run.sh, which installs Langflow",
        );
        Langflow {
            python: python.into(),
        }
    }

    fn checker() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/checker.py")
    }

    fn call(&self, request: Value) -> Value {
        let config = tempfile::tempdir().unwrap();
        let mut request = request;
        request["config_dir"] = json!(config.path());
        let mut child = std::process::Command::new(&self.python)
            .arg(Self::checker())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(request.to_string().as_bytes()).unwrap();
        }
        let out = child.wait_with_output().unwrap();
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "checker answered no JSON ({e}); stderr tail: {}",
                tail(&String::from_utf8_lossy(&out.stderr))
            )
        })
    }

    /// Answers a batch of checks (login, api_key, variable) in one process.
    fn ask(&self, db: &Path, key: &str, checks: Value) -> Vec<Value> {
        let answer = self.call(json!({ "database": db, "secret_key": key, "checks": checks }));
        answer["results"].as_array().unwrap().clone()
    }

    /// `langflow check-integrity --json` with this key: (exit code, report).
    fn check_integrity(&self, db: &Path, key: &str) -> (i64, Value) {
        let answer =
            self.call(json!({ "mode": "check-integrity", "database": db, "secret_key": key }));
        (answer["exit"].as_i64().unwrap(), answer["report"].clone())
    }
}

fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}

/// (total, failed) from Langflow's credentials summary.
fn langflow_credentials(report: &Value) -> Option<(u64, u64, bool)> {
    let check = report["checks"]
        .as_array()?
        .iter()
        .find(|c| c["name"] == "credentials")?;
    let summary = check["summary"].as_str()?;
    let numbers: Vec<u64> = summary
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    let ok = check["status"] == "ok";
    Some(if ok {
        (numbers[0], 0, true)
    } else {
        (numbers[1], numbers[0], false)
    })
}

fn flowadmin_check(scratch: &Scratch, key: &str) -> (i32, Value) {
    let out = scratch
        .cmd()
        .args(["--db", "langflow.db", "--json", "db", "check"])
        .env("LANGFLOW_SECRET_KEY", key)
        .output()
        .unwrap();
    (out.status.code().unwrap(), json_of(&out))
}

#[test]
fn db_check_agrees_with_langflow_check_integrity() {
    let langflow = Langflow::new();
    let cases: Vec<(&str, String)> = [
        "langflow-1.13-basic",
        "langflow-1.13-rich",
        "langflow-1.5.1-shortkey",
    ]
    .iter()
    .flat_map(|f| {
        [
            (*f, fixture_key(f)),
            (*f, WRONG_KEY.to_owned()),
            (*f, "short-wrong-key".to_owned()),
        ]
    })
    .collect();
    // Two at a time: each Langflow run imports for ~15 s on one core.
    let results: Vec<_> = cases
        .chunks(2)
        .flat_map(|pair| {
            std::thread::scope(|s| {
                let handles: Vec<_> = pair
                    .iter()
                    .map(|(fixture, key)| {
                        let langflow = &langflow;
                        s.spawn(move || {
                            let theirs = Scratch::fixture(fixture);
                            let ours = Scratch::fixture(fixture);
                            let (code, report) = langflow.check_integrity(&theirs.db, key);
                            (
                                fixture.to_string(),
                                key.clone(),
                                code,
                                report,
                                flowadmin_check(&ours, key),
                            )
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap())
                    .collect::<Vec<_>>()
            })
        })
        .collect();

    for (fixture, key, lf_code, report, (our_code, ours)) in results {
        let label = format!(
            "{fixture} with {}",
            if key == fixture_key(&fixture) {
                "its key"
            } else {
                "a wrong key"
            }
        );
        if fixture.contains("1.5.1") {
            // Langflow 1.13 refuses to read a 1.5 schema; flowadmin reads it as 1.5.
            let schema = &report["checks"][0];
            assert_eq!(schema["status"], "fail", "{label}: {report}");
            assert!(schema["summary"].as_str().unwrap().contains("d9a6ea21edcd"));
            assert_eq!(ours["release"], "1.5", "{label}");
            assert_eq!(ours["ok"], key == fixture_key(&fixture), "{label}");
            continue;
        }
        let (total, failed, lf_ok) =
            langflow_credentials(&report).unwrap_or_else(|| panic!("{label}: {report}"));
        assert_eq!(ours["encrypted"]["total"], total, "{label}: total");
        let our_failed = ours["encrypted"]["failed"].as_array().unwrap().len() as u64;
        assert_eq!(our_failed, failed, "{label}: failed");
        assert_eq!(ours["ok"], lf_ok, "{label}: verdict");
        assert_eq!(
            lf_code == 0,
            our_code == 0,
            "{label}: exit {lf_code} vs {our_code}"
        );
    }
}

#[test]
fn checker_answers_what_langflow_answers_on_the_rich_fixture() {
    // The harness itself: known answers from the fixture's credentials file.
    let langflow = Langflow::new();
    let s = Scratch::fixture("langflow-1.13-rich");
    let answers = langflow.ask(
        &s.db,
        &fixture_key("langflow-1.13-rich"),
        json!([
            {"op": "login", "username": "admin", "password": "Admin-Fixture-Pw-0!"},
            {"op": "login", "username": "bob", "password": "Bob-Fixture-Pw-2!"},
            {"op": "login", "username": "alice", "password": "not-her-password"},
            {"op": "api_key", "key": "sk-szMNlOzXUCA-WjsawCiJOg16SMKh_2kkWzjSLfFQ0EE"},
            {"op": "api_key", "key": "sk-thisKeyWasNeverMinted000000000000000000000"},
            {"op": "variable", "username": "admin", "name": "OPENAI_API_KEY"},
            {"op": "variable", "username": "admin", "name": "REGION"},
            {"op": "variable", "username": "alice", "name": "ALICE_TOKEN"},
        ]),
    );
    assert_eq!(answers[0]["ok"], true, "{answers:?}");
    assert_eq!(answers[0]["is_superuser"], true);
    assert_eq!(answers[1]["ok"], false);
    assert_eq!(answers[1]["detail"], "Waiting for approval");
    assert_eq!(answers[2]["ok"], false);
    assert_eq!(answers[3]["ok"], true);
    assert_eq!(answers[3]["username"], "alice");
    assert_eq!(answers[4]["ok"], false);
    assert_eq!(answers[5]["value"], "sk-fixture-openai-0001");
    assert_eq!(answers[6]["value"], "eu-west-1");
    assert_eq!(answers[7]["value"], "alice-fixture-token-0004");
}

/// Runs flowadmin on a scratch copy with a password on stdin.
fn flowadmin_with_password(s: &Scratch, args: &[&str], password: &str, envs: &[(&str, &str)]) {
    let out = s
        .cmd()
        .args(["--db", "langflow.db"])
        .args(args)
        .envs(envs.iter().copied())
        .write_stdin(format!("{password}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
}

#[test]
fn users_written_by_flowadmin_are_judged_by_langflow() {
    let langflow = Langflow::new();
    let s = Scratch::fixture("langflow-1.13-rich");
    let key = fixture_key("langflow-1.13-rich");
    let admin_key = "sk-YMtNUFTGNkXLCibnXE-4wk9oP3WVwHDOPQVQSDhrdr0";
    let env = [
        ("LANGFLOW_SECRET_KEY", key.as_str()),
        ("LANGFLOW_SUPERUSER_TOKEN", admin_key),
    ];
    flowadmin_with_password(
        &s,
        &["superuser", "--username", "ops", "--password-stdin"],
        "Ops-Pw-1!",
        &env,
    );
    flowadmin_with_password(
        &s,
        &["user", "create", "carol", "--active", "--password-stdin"],
        "Carol-Pw-1!",
        &env,
    );
    flowadmin_with_password(
        &s,
        &["user", "create", "dave", "--password-stdin"],
        "Dave-Pw-1!",
        &env,
    );
    flowadmin_with_password(
        &s,
        &["user", "create", "erin", "--active", "--password-stdin"],
        "Erin-Pw-1!",
        &env,
    );
    flowadmin_with_password(
        &s,
        &["user", "set-password", "alice", "--password-stdin"],
        "Alice-New-Pw-9!",
        &env,
    );
    let long = "é".repeat(40); // 80 bytes: only 72 count, for Langflow too
    flowadmin_with_password(
        &s,
        &["user", "set-password", "carol", "--password-stdin"],
        &long,
        &env,
    );
    for args in [["user", "deactivate", "erin"], ["user", "activate", "bob"]] {
        let out = s
            .cmd()
            .args(["--db", "langflow.db"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    }

    let answers = langflow.ask(
        &s.db,
        &key,
        json!([
            {"op": "login", "username": "ops", "password": "Ops-Pw-1!"},
            {"op": "login", "username": "carol", "password": long},
            {"op": "login", "username": "carol", "password": format!("{}xyz", "é".repeat(36))},
            {"op": "login", "username": "carol", "password": "Carol-Pw-1!"},
            {"op": "login", "username": "dave", "password": "Dave-Pw-1!"},
            {"op": "login", "username": "erin", "password": "Erin-Pw-1!"},
            {"op": "login", "username": "alice", "password": "Alice-Fixture-Pw-1!"},
            {"op": "login", "username": "alice", "password": "Alice-New-Pw-9!"},
            {"op": "login", "username": "bob", "password": "Bob-Fixture-Pw-2!"},
        ]),
    );
    let ok: Vec<bool> = answers.iter().map(|a| a["ok"] == true).collect();
    assert_eq!(
        ok,
        vec![true, true, true, false, false, false, false, true, true],
        "{answers:#?}"
    );
    assert_eq!(
        answers[0]["is_superuser"], true,
        "ops is a superuser to Langflow"
    );
    assert_eq!(answers[1]["is_superuser"], false);
    assert_eq!(
        answers[4]["detail"], "Waiting for approval",
        "new users are inactive by default"
    );
}

fn total_uses(db: &Path, key: &str) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT total_uses FROM apikey WHERE api_key_hash = ?1",
            [flowadmin::crypto::api_key_hash(key)],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn api_keys_minted_by_flowadmin_are_judged_by_langflow() {
    let langflow = Langflow::new();
    let s = Scratch::fixture("langflow-1.13-rich");
    let key = fixture_key("langflow-1.13-rich");
    let admin_key = "sk-YMtNUFTGNkXLCibnXE-4wk9oP3WVwHDOPQVQSDhrdr0";
    let mint = |args: &[&str]| -> String {
        let out = s
            .cmd()
            .args(["--db", "langflow.db", "api-key", "create"])
            .args(args)
            .env("LANGFLOW_SECRET_KEY", &key)
            .env("LANGFLOW_SUPERUSER_TOKEN", admin_key)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        stdout_of(&out).trim_end().to_owned()
    };
    let for_admin = mint(&["--user", "admin"]);
    let for_alice = mint(&["--user", "alice", "--name", "alice-ci"]);
    let short_lived = mint(&["--user", "admin", "--expires", "1s"]);
    let revoked = mint(&["--user", "admin", "--name", "to-revoke"]);
    let out = s
        .cmd()
        .args([
            "--db",
            "langflow.db",
            "api-key",
            "revoke",
            "to-revoke",
            "--yes",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(total_uses(&s.db, &for_admin), 0);
    // Let the 1-second key pass its expiry.
    std::thread::sleep(std::time::Duration::from_millis(1500));

    let answers = langflow.ask(
        &s.db,
        &key,
        json!([
            {"op": "api_key", "key": for_admin},
            {"op": "api_key", "key": for_alice},
            {"op": "api_key", "key": short_lived},
            {"op": "api_key", "key": revoked},
        ]),
    );
    assert_eq!(answers[0]["ok"], true, "{answers:#?}");
    assert_eq!(answers[0]["username"], "admin");
    assert_eq!(answers[0]["is_superuser"], true);
    assert_eq!(answers[1]["ok"], true);
    assert_eq!(answers[1]["username"], "alice");
    assert_eq!(answers[2]["ok"], false, "expired");
    assert_eq!(answers[3]["ok"], false, "revoked");
    // Langflow counted the use.
    assert_eq!(total_uses(&s.db, &for_admin), 1);
}

#[test]
fn variables_set_by_flowadmin_are_read_by_langflow() {
    let langflow = Langflow::new();
    let s = Scratch::fixture("langflow-1.13-rich");
    let key = fixture_key("langflow-1.13-rich");
    let set = |args: &[&str], stdin: &str| {
        let out = s
            .cmd()
            .args(["--db", "langflow.db", "variable", "set"])
            .args(args)
            .env("LANGFLOW_SECRET_KEY", &key)
            .env("LANGFLOW_SUPERUSER", "admin")
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    };
    let multiline = "first line\nsecond — ünïcødé ✓";
    set(&["NEW_CREDENTIAL"], "cred-from-flowadmin\n");
    set(
        &["NEW_GENERIC", "--type", "generic", "--field", "Base URL"],
        "https://generic.example\n",
    );
    set(&["MULTILINE_CREDENTIAL"], &format!("{multiline}\n"));
    set(&["OPENAI_API_KEY"], "sk-updated-by-flowadmin\n");
    set(&["ALICE_TOKEN", "--user", "alice"], "alice-updated\n");
    let answers = langflow.ask(
        &s.db,
        &key,
        json!([
            {"op": "variable", "username": "admin", "name": "NEW_CREDENTIAL"},
            {"op": "variable", "username": "admin", "name": "NEW_GENERIC"},
            {"op": "variable", "username": "admin", "name": "MULTILINE_CREDENTIAL"},
            {"op": "variable", "username": "admin", "name": "OPENAI_API_KEY"},
            {"op": "variable", "username": "alice", "name": "ALICE_TOKEN"},
            {"op": "variable", "username": "admin", "name": "ANTHROPIC_API_KEY"},
        ]),
    );
    let values: Vec<&str> = answers
        .iter()
        .map(|a| a["value"].as_str().unwrap_or("<none>"))
        .collect();
    assert_eq!(
        values,
        vec![
            "cred-from-flowadmin",
            "https://generic.example",
            multiline,
            "sk-updated-by-flowadmin",
            "alice-updated",
            "sk-ant-fixture-0002"
        ],
        "{answers:#?}"
    );
}

#[test]
fn rotation_leaves_langflow_check_integrity_clean_with_the_new_key() {
    let langflow = Langflow::new();
    let s = Scratch::fixture("langflow-1.13-rich");
    let old_key = fixture_key("langflow-1.13-rich");
    let cfg = s.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    std::fs::write(cfg.join("secret_key"), &old_key).unwrap();
    let out = s
        .cmd()
        .args(["--db", "langflow.db", "--json", "secret-key", "rotate"])
        .env("LANGFLOW_CONFIG_DIR", &cfg)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let new_key = json_of(&out)["new_key"].as_str().unwrap().to_owned();
    assert_eq!(
        std::fs::read_to_string(cfg.join("secret_key")).unwrap(),
        new_key
    );

    let (theirs_new, theirs_old) = std::thread::scope(|scope| {
        let a = scope.spawn(|| langflow.check_integrity(&s.db, &new_key));
        let b = scope.spawn(|| langflow.check_integrity(&s.db, &old_key));
        (a.join().unwrap(), b.join().unwrap())
    });
    let (code, report) = theirs_new;
    assert_eq!(code, 0, "{report}");
    assert_eq!(
        langflow_credentials(&report),
        Some((18, 0, true)),
        "{report}"
    );
    let (code, report) = theirs_old;
    assert_ne!(code, 0);
    assert_eq!(
        langflow_credentials(&report),
        Some((18, 18, false)),
        "{report}"
    );

    let answers = langflow.ask(
        &s.db,
        &new_key,
        json!([
            {"op": "login", "username": "admin", "password": "Admin-Fixture-Pw-0!"},
            {"op": "api_key", "key": "sk-uc_zOmwRTJk8A4ZCKPjr8QEP6QcaKeFmykCVM9ubPcQ"},
            {"op": "variable", "username": "admin", "name": "DB_PASSWORD"},
            {"op": "variable", "username": "alice", "name": "ALICE_TOKEN"},
        ]),
    );
    assert_eq!(answers[0]["ok"], true, "{answers:#?}");
    assert_eq!(answers[1]["ok"], true);
    assert_eq!(answers[2]["value"], "fixture-db-password-0003");
    assert_eq!(answers[3]["value"], "alice-fixture-token-0004");
}

/// flowadmin's writes on PostgreSQL, judged by Langflow 1.13's own code on
/// the same server (through psycopg, from the `postgresql` extra): logins,
/// API keys, variables, and `check-integrity` over every encrypted value.
#[test]
fn postgres_writes_are_judged_by_langflow() {
    let Some(admin) = admin_url("postgres_writes_are_judged_by_langflow") else {
        return;
    };
    let langflow = Langflow::new();
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let admin_key = PgRich::credential("admin / admin-key-1 / ");
    let run = |args: &[&str], stdin: &str| {
        let out = pg
            .cmd(&s)
            .args(args)
            .env("LANGFLOW_SUPERUSER", "admin")
            .env("LANGFLOW_SUPERUSER_TOKEN", &admin_key)
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        stdout_of(&out)
    };
    run(
        &["user", "create", "carol", "--active", "--password-stdin"],
        "Carol-Pg-Pw-1!\n",
    );
    run(
        &["superuser", "--username", "ops", "--password-stdin"],
        "Ops-Pg-Pw-1!\n",
    );
    run(&["user", "activate", "bob"], "");
    run(
        &["user", "set-password", "bob", "--password-stdin"],
        "Bob-Pg-Pw-2!\n",
    );
    run(&["user", "deactivate", "alice"], "");
    let minted = run(
        &["api-key", "create", "--user", "admin", "--name", "pg-ci"],
        "",
    );
    let minted = minted.trim_end().to_owned();
    run(&["variable", "set", "PG_CRED"], "pg-secret-value\n");
    run(
        &["variable", "set", "OPENAI_API_KEY"],
        "pg-openai-updated\n",
    );

    let url = pg.url();
    let answers = langflow.ask(
        Path::new(&url),
        &pg.key,
        json!([
            {"op": "login", "username": "carol", "password": "Carol-Pg-Pw-1!"},
            {"op": "login", "username": "ops", "password": "Ops-Pg-Pw-1!"},
            {"op": "login", "username": "bob", "password": "Bob-Pg-Pw-2!"},
            {"op": "login", "username": "alice", "password": "Alice-Fixture-Pw-1!"},
            {"op": "api_key", "key": minted},
            {"op": "variable", "username": "admin", "name": "PG_CRED"},
            {"op": "variable", "username": "admin", "name": "OPENAI_API_KEY"},
        ]),
    );
    let ok: Vec<bool> = answers.iter().map(|a| a["ok"] == true).collect();
    assert_eq!(
        ok,
        vec![true, true, true, false, true, true, true],
        "{answers:#?}"
    );
    assert_eq!(answers[4]["username"], "admin");
    assert_eq!(answers[5]["value"], "pg-secret-value");
    assert_eq!(answers[6]["value"], "pg-openai-updated");

    // Langflow's own check-integrity: every value opens, the new ones too.
    let (exit, report) = langflow.check_integrity(Path::new(&url), &pg.key);
    let (total, failed, all_ok) =
        langflow_credentials(&report).unwrap_or_else(|| panic!("no credentials check: {report}"));
    assert_eq!((exit, failed, all_ok), (0, 0, true), "{report}");
    assert_eq!(
        total, 20,
        "18 fixture values, one new key, one new credential"
    );
}

/// On PostgreSQL, a user deleted and the key rotated by flowadmin, judged by
/// Langflow 1.13's own code: its check-integrity opens every value left with
/// the new key and none with the old, counting as many as flowadmin does; the
/// rest still logs in, authenticates and reads back; the deleted user is gone.
#[test]
fn postgres_rotation_and_delete_are_judged_by_langflow() {
    let Some(admin) = admin_url("postgres_rotation_and_delete_are_judged_by_langflow") else {
        return;
    };
    let langflow = Langflow::new();
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let cfg = PgRich::config_dir(&s, &pg.key);
    let out = pg
        .with_config(&s, &cfg)
        .args(["user", "delete", "alice", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = pg
        .with_config(&s, &cfg)
        .args(["--json", "secret-key", "rotate"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let rotated = json_of(&out);
    let new_key = rotated["new_key"].as_str().unwrap().to_owned();
    let moved = rotated["totals"]["reencrypted"].as_u64().unwrap();
    assert!(moved >= 15, "{rotated}");

    let url = pg.url();
    let (theirs_new, theirs_old) = std::thread::scope(|scope| {
        let a = scope.spawn(|| langflow.check_integrity(Path::new(&url), &new_key));
        let b = scope.spawn(|| langflow.check_integrity(Path::new(&url), &pg.key));
        (a.join().unwrap(), b.join().unwrap())
    });
    let (code, report) = theirs_new;
    assert_eq!(code, 0, "{report}");
    assert_eq!(
        langflow_credentials(&report),
        Some((moved, 0, true)),
        "{report}"
    );
    let (code, report) = theirs_old;
    assert_ne!(code, 0);
    assert_eq!(
        langflow_credentials(&report),
        Some((moved, moved, false)),
        "{report}"
    );
    let answers = langflow.ask(
        Path::new(&url),
        &new_key,
        json!([
            {"op": "login", "username": "admin", "password": "Admin-Fixture-Pw-0!"},
            {"op": "api_key", "key": PgRich::credential("admin / admin-key-1 / ")},
            {"op": "variable", "username": "admin", "name": "OPENAI_API_KEY"},
            {"op": "login", "username": "alice", "password": "Alice-Fixture-Pw-1!"},
        ]),
    );
    let ok: Vec<bool> = answers.iter().map(|a| a["ok"] == true).collect();
    assert_eq!(ok, vec![true, true, true, false], "{answers:#?}");
    assert_eq!(
        answers[2]["value"],
        PgRich::credential("admin / Credential / OPENAI_API_KEY = ").as_str()
    );
}

/// Asks Flowfile 0.23.3's own code (tests/interop/flowfile_checker.py) about
/// a Flowfile database, with the master key in `env` (docker mode).
fn ask_flowfile(db: &Path, master_key: &str, checks: Value) -> Vec<Value> {
    let python = std::env::var_os("FLOWADMIN_FLOWFILE_PYTHON").expect(
        "FLOWADMIN_FLOWFILE_PYTHON is unset: run tests/interop/run.sh, which installs Flowfile",
    );
    let storage = tempfile::tempdir().unwrap();
    // Flowfile's own code runs on a copy: importing it opens (and may migrate) the database.
    let copy = storage.path().join("judged.db");
    std::fs::copy(db, &copy).unwrap();
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    if Path::new(&wal).exists() {
        std::fs::copy(&wal, storage.path().join("judged.db-wal")).unwrap();
    }
    let mut child = std::process::Command::new(python)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/flowfile_checker.py"))
        .env("FLOWFILE_MODE", "docker")
        .env("FLOWFILE_MASTER_KEY", master_key)
        .env("FLOWFILE_DB_PATH", &copy)
        .env("FLOWFILE_STORAGE_DIR", storage.path())
        // Flowfile requires one in docker mode to sign its login tokens.
        .env("JWT_SECRET_KEY", "interop-only-jwt-secret-0123456789abcdef")
        .env("HOME", storage.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(checks.to_string().as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap_or_else(|e| {
            panic!(
                "flowfile checker answered no JSON ({e}); stderr tail: {}",
                tail(&String::from_utf8_lossy(&out.stderr))
            )
        })
        .as_array()
        .unwrap()
        .clone()
}

/// Flowfile cannot rotate its master key; flowadmin does, and Flowfile's own
/// code then decrypts every secret with the new key (a secret shared with a
/// group too, read by a member) and none with the old.
#[test]
fn flowfile_master_key_rotation_is_judged_by_flowfile() {
    const MASTER: &str = "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=";
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/flowfile");
    let creds: Value =
        serde_json::from_str(&std::fs::read_to_string(fixtures.join("credentials.json")).unwrap())
            .unwrap();
    let s = Scratch::empty();
    let db = s.path().join("flowfile_catalog.db");
    std::fs::copy(fixtures.join("flowfile-fixture.db"), &db).unwrap();
    std::fs::set_permissions(&db, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let env_file = s.path().join("flowfile.env");
    std::fs::write(
        &env_file,
        format!("FLOWFILE_MODE=docker\nFLOWFILE_MASTER_KEY={MASTER}\n"),
    )
    .unwrap();
    let out = s
        .cmd()
        .arg("--env-file")
        .arg(&env_file)
        .env("FLOWFILE_DB_PATH", &db)
        .args(["--json", "secret-key", "rotate"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let new_key = json_of(&out)["new_key"].as_str().unwrap().to_owned();

    let checks = json!([
        {"op": "decrypt_all"},
        // alice (id 3) reads admin's secret 1 through the group share.
        {"op": "decrypt", "user_id": 3, "name": "admin_db_password"},
        {"op": "decrypt", "user_id": 3, "name": "alice_api_token"},
    ]);
    let (with_new, with_old) = std::thread::scope(|scope| {
        let a = scope.spawn(|| ask_flowfile(&db, &new_key, checks.clone()));
        let b = scope.spawn(|| ask_flowfile(&db, MASTER, checks.clone()));
        (a.join().unwrap(), b.join().unwrap())
    });
    assert_eq!(with_new[0]["ok"], true, "{with_new:#?}");
    for (owner, secrets) in creds["secrets"].as_object().unwrap() {
        for (name, value) in secrets.as_object().unwrap() {
            assert_eq!(with_new[0]["values"][name], *value, "{owner}/{name}");
        }
    }
    assert_eq!(
        with_new[1]["value"],
        creds["secrets"]["admin"]["admin_db_password"]
    );
    assert_eq!(
        with_new[2]["value"],
        creds["secrets"]["alice"]["alice_api_token"]
    );
    // The old key opens nothing any more.
    assert_eq!(with_old[0]["ok"], false);
    assert!(
        with_old[0]["values"]
            .as_object()
            .unwrap()
            .values()
            .all(Value::is_null),
        "{with_old:#?}"
    );
    assert_eq!(with_old[1]["ok"], false);
}

/// Users, a secret and an API key written by flowadmin on a Flowfile
/// database, judged by Flowfile's own login, token and endpoint-key code.
#[test]
fn flowfile_users_secrets_and_keys_are_judged_by_flowfile() {
    const MASTER: &str = "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=";
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/flowfile");
    let s = Scratch::empty();
    let db = s.path().join("flowfile_catalog.db");
    std::fs::copy(fixtures.join("flowfile-fixture.db"), &db).unwrap();
    std::fs::set_permissions(&db, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let run = |args: &[&str], stdin: &str| {
        let out = s
            .cmd()
            .env("FLOWFILE_MODE", "docker")
            .env("FLOWFILE_MASTER_KEY", MASTER)
            .env("FLOWFILE_DB_PATH", &db)
            .args(args)
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        stdout_of(&out)
    };
    run(
        &["user", "create", "carol", "--password-stdin"],
        "Carol#Pass2024\n",
    );
    run(
        &["superuser", "--username", "ops", "--password-stdin"],
        "Ops#Pass2024\n",
    );
    run(
        &["user", "set-password", "alice", "--password-stdin"],
        "Alice#New2024\n",
    );
    run(
        &["user", "create", "dave", "--password-stdin"],
        "Dave#Pass2024\n",
    );
    run(&["user", "deactivate", "dave"], "");
    run(
        &["secret", "set", "carol_token", "--user", "carol"],
        "carol-token-value\n",
    );
    let key = run(
        &[
            "api-key",
            "create",
            "--consumer",
            "fixture-consumer",
            "--name",
            "ci",
        ],
        "",
    );
    let key = key.trim().to_owned();
    let revoked = run(
        &[
            "api-key",
            "create",
            "--consumer",
            "fixture-consumer",
            "--name",
            "old",
        ],
        "",
    );
    let revoked = revoked.trim().to_owned();
    run(&["api-key", "revoke", "old"], "");

    let answers = ask_flowfile(
        &db,
        MASTER,
        json!([
            {"op": "login", "username": "carol", "password": "Carol#Pass2024"},
            {"op": "login", "username": "ops", "password": "Ops#Pass2024"},
            {"op": "login", "username": "alice", "password": "Alice#New2024"},
            {"op": "login", "username": "alice", "password": "AlicePass#2024"},
            {"op": "login", "username": "dave", "password": "Dave#Pass2024"},
            {"op": "decrypt", "user_id": 4, "name": "carol_token"},
            {"op": "api_key", "slug": "fixture-endpoint", "key": key},
            {"op": "api_key", "slug": "fixture-endpoint", "key": revoked},
        ]),
    );
    let ok: Vec<bool> = answers.iter().map(|a| a["ok"] == true).collect();
    assert_eq!(
        ok,
        vec![true, true, true, false, false, true, true, false],
        "{answers:#?}"
    );
    assert_eq!(answers[1]["is_admin"], true);
    assert_eq!(answers[2]["must_change_password"], true, "an admin reset");
    assert!(
        answers[4]["error"].as_str().unwrap().contains("Inactive"),
        "{answers:#?}"
    );
    assert_eq!(answers[5]["value"], "carol-token-value");
    assert_eq!(answers[6]["endpoint"], "fixture-endpoint");
}

/// The Flowfile fixture rebuilt by Flowfile's own code
/// (tests/fixtures/flowfile_rebuild.py) reads as the shared one does.
#[test]
fn the_flowfile_fixture_rebuilds_with_flowfiles_own_code() {
    let python = std::env::var_os("FLOWADMIN_FLOWFILE_PYTHON").expect("run tests/interop/run.sh");
    let out_dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(python)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/flowfile_rebuild.py"))
        .arg(out_dir.path())
        .env("HOME", out_dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        tail(&String::from_utf8_lossy(&out.stderr))
    );
    let db = out_dir.path().join("flowfile-fixture.db");
    let creds: Value = serde_json::from_str(
        &std::fs::read_to_string(out_dir.path().join("credentials.json")).unwrap(),
    )
    .unwrap();
    let s = Scratch::empty();
    let check = s
        .cmd()
        .args(["--json", "--db"])
        .arg(&db)
        .args(["db", "check"])
        .env("FLOWFILE_MODE", "docker")
        .env(
            "FLOWFILE_MASTER_KEY",
            "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=",
        )
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", stderr_of(&check));
    let j = json_of(&check);
    assert_eq!(j["counts"]["users"], 3);
    assert_eq!(j["encrypted"]["open"], 3);
    let answers = ask_flowfile(
        &db,
        "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=",
        json!([{"op": "api_key", "slug": "fixture-endpoint", "key": creds["api_key"]["plaintext"]}]),
    );
    assert_eq!(answers[0]["ok"], true, "{answers:#?}");

    // The master key rotated on the database Flowfile just made: Flowfile's
    // own code opens every secret with the new key.
    let out = s
        .cmd()
        .args(["--json", "--db"])
        .arg(&db)
        .args(["secret-key", "rotate", "--no-backup"])
        .env("FLOWFILE_MODE", "docker")
        .env(
            "FLOWFILE_MASTER_KEY",
            "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=",
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("ACTION NEEDED"),
        "the environment's key must be changed by hand"
    );
    let new_key = json_of(&out)["new_key"].as_str().unwrap().to_owned();
    let answers = ask_flowfile(&db, &new_key, json!([{"op": "decrypt_all"}]));
    assert_eq!(answers[0]["ok"], true, "{answers:#?}");
    assert_eq!(
        answers[0]["values"]["alice_api_token"],
        creds["secrets"]["alice"]["alice_api_token"]
    );
}

const BUNDLE_PASS: &str = "correct horse battery staple";

/// The rich fixture's variables sealed into `<scratch>/all.bundle`, and
/// their (owner, name, value).
fn rich_bundle(s: &Scratch) -> (PathBuf, Vec<(String, String, String)>) {
    let out = s
        .cmd()
        .args([
            "--db",
            "langflow.db",
            "variable",
            "export",
            "--all",
            "-o",
            "all.bundle",
            "--passphrase-env",
            "PP",
        ])
        .env("LANGFLOW_SECRET_KEY", fixture_key("langflow-1.13-rich"))
        .env("PP", BUNDLE_PASS)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let expected = rich_variables()
        .into_iter()
        .map(|(owner, name, _, value)| (owner, name, value))
        .collect();
    (s.path().join("all.bundle"), expected)
}

/// Exported from the rich fixture, imported into another Langflow database
/// under its own (different) key: Langflow's variable service reads every
/// value, and its integrity check passes with that key.
#[test]
fn a_bundle_imported_under_another_key_is_read_by_langflow() {
    let langflow = Langflow::new();
    let source = Scratch::fixture("langflow-1.13-rich");
    let (bundle, expected) = rich_bundle(&source);
    let target = Scratch::fixture("langflow-1.13-basic");
    let key = fixture_key("langflow-1.13-basic");
    assert_ne!(key, fixture_key("langflow-1.13-rich"));
    let out = target
        .cmd()
        .args([
            "--db",
            "langflow.db",
            "user",
            "create",
            "alice",
            "--active",
            "--password-stdin",
        ])
        .env("LANGFLOW_SECRET_KEY", &key)
        .write_stdin("Alice-Interop-Pw-1\n")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = target
        .cmd()
        .args(["--db", "langflow.db", "--json", "variable", "import"])
        .arg(&bundle)
        .args(["--passphrase-env", "PP"])
        .env("LANGFLOW_SECRET_KEY", &key)
        .env("PP", BUNDLE_PASS)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["created"], 6);
    let checks: Vec<Value> = expected
        .iter()
        .map(|(owner, name, _)| json!({"op": "variable", "username": owner, "name": name}))
        .collect();
    let answers = langflow.ask(&target.db, &key, json!(checks));
    let values: Vec<&str> = answers
        .iter()
        .map(|a| a["value"].as_str().unwrap_or("<none>"))
        .collect();
    let wanted: Vec<&str> = expected.iter().map(|(_, _, v)| v.as_str()).collect();
    assert_eq!(values, wanted, "{answers:#?}");
    let (exit, report) = langflow.check_integrity(&target.db, &key);
    assert_eq!(exit, 0, "{report:#}");
}

/// The same bundle into the Flowfile fixture: Flowfile's own code decrypts
/// each secret under its owner's derived key.
#[test]
fn a_langflow_bundle_imported_into_flowfile_is_opened_by_flowfile() {
    let source = Scratch::fixture("langflow-1.13-rich");
    let (bundle, expected) = rich_bundle(&source);
    let s = Scratch::empty();
    let db = s.path().join("flowfile_catalog.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/flowfile/flowfile-fixture.db"),
        &db,
    )
    .unwrap();
    let master = "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=";
    let out = s
        .cmd()
        .args(["--json", "secret", "import"])
        .arg(&bundle)
        .args(["--passphrase-env", "PP"])
        .env("FLOWFILE_DB_PATH", &db)
        .env("FLOWFILE_MODE", "docker")
        .env("FLOWFILE_MASTER_KEY", master)
        .env("PP", BUNDLE_PASS)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    // The fixture's admin is user 2, alice user 3.
    let id = |owner: &str| if owner == "admin" { 2 } else { 3 };
    let checks: Vec<Value> = expected
        .iter()
        .map(|(owner, name, _)| json!({"op": "decrypt", "user_id": id(owner), "name": name}))
        .collect();
    let answers = ask_flowfile(&db, master, json!(checks));
    for ((owner, name, value), answer) in expected.iter().zip(&answers) {
        assert_eq!(
            answer["value"].as_str(),
            Some(value.as_str()),
            "{owner}/{name}: {answer}"
        );
    }
}

/// The format's description (docs/commands.md) is enough: Python with
/// argon2-cffi and cryptography, and no flowadmin code, opens a bundle.
#[test]
fn an_independent_reader_opens_a_bundle_from_its_documentation() {
    let python = std::env::var_os("FLOWADMIN_BUNDLE_PYTHON")
        .expect("FLOWADMIN_BUNDLE_PYTHON is unset: run tests/interop/run.sh");
    let source = Scratch::fixture("langflow-1.13-rich");
    let (bundle, expected) = rich_bundle(&source);
    let run = |pass: &str| {
        let mut child = std::process::Command::new(&python)
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/open_bundle.py"))
            .arg(&bundle)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(pass.as_bytes())
                .unwrap();
        }
        child.wait_with_output().unwrap()
    };
    let out = run(BUNDLE_PASS);
    assert!(
        out.status.success(),
        "{}",
        tail(&String::from_utf8_lossy(&out.stderr))
    );
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["payload"]["content"], "flowadmin.variables/1");
    let got: Vec<(String, String, String)> = j["payload"]["variables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["owner"].as_str().unwrap().to_owned(),
                v["name"].as_str().unwrap().to_owned(),
                v["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let mut want = expected.clone();
    want.sort();
    let mut got = got;
    got.sort();
    assert_eq!(got, want);
    // A wrong passphrase fails its tag check there too.
    assert!(!run("not the passphrase").status.success());
}

/// The real Langflow venv: its package is found without running Python, in
/// the folder Python's own find_spec names.
#[test]
fn the_langflow_package_is_found_without_python_where_python_finds_it() {
    let venv = Langflow::new()
        .python
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();
    let s = Scratch::empty();
    let locate = |extra: &[(&str, &str)]| {
        let out = s
            .cmd()
            .args(["--json", "db", "locate"])
            .env("VIRTUAL_ENV", &venv)
            .envs(extra.iter().copied())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        let j = json_of(&out);
        (
            j["database"]["location"].as_str().unwrap().to_owned(),
            j["database"]["decided_by"].as_str().unwrap().to_owned(),
        )
    };
    let (fast, how) = locate(&[]);
    assert!(how.contains("without running Python"), "{how}");
    let (asked, how) = locate(&[("FLOWADMIN_LOCATE", "python")]);
    assert!(how.contains("found by"), "{how}");
    assert_eq!(fast, asked);
}

/// #22 item 2: which master-key texts Flowfile's own code accepts, and the
/// user key it derives from each, against flowadmin's, on generated keys
/// (both alphabets, padding cut or doubled, stray bytes, quotes, white
/// space), in one long-lived Python process of Flowfile's venv.
#[test]
fn flowfile_master_key_texts_are_read_as_flowfile_reads_them() {
    use flowadmin::crypto::flowfile::MasterKey;
    let python = std::env::var_os("FLOWADMIN_FLOWFILE_PYTHON")
        .expect("FLOWADMIN_FLOWFILE_PYTHON is unset: run tests/interop/run.sh");
    let script = r#"
import sys, json, os
from flowfile_core.auth import secrets
from flowfile_core.secret_manager import secret_manager
for line in sys.stdin:
    text = json.loads(line)
    os.environ["FLOWFILE_MODE"] = "docker"
    os.environ["FLOWFILE_MASTER_KEY"] = text
    try:
        key = secrets.get_docker_secret_key()
        derived = secret_manager.derive_user_key(1).decode()
        print(json.dumps({"ok": True, "key": key, "user1": derived}), flush=True)
    except Exception as e:
        print(json.dumps({"ok": False}), flush=True)
"#;
    // Cases from a fixed generator, so a failure repeats.
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut cases: Vec<String> = Vec::new();
    for _ in 0..400 * scale() {
        let mut bytes = [0u8; 32];
        for b in &mut bytes {
            *b = next() as u8;
        }
        use base64::Engine;
        let url = base64::engine::general_purpose::URL_SAFE.encode(bytes);
        let std = base64::engine::general_purpose::STANDARD.encode(bytes);
        let variant = match next() % 10 {
            0 => url.clone(),
            1 => std.clone(),
            2 => url.trim_end_matches('=').to_owned(),
            3 => format!("{url}="),
            4 => format!("\"{url}\""),
            5 => format!("  {std}\n"),
            6 => {
                let at = (next() % 40) as usize;
                let mut s = url.clone();
                s.insert(at, ['!', '.', ' ', '$', 'é'][(next() % 5) as usize]);
                s
            }
            7 => format!("{url}AAAA"),
            8 => url.replacen(|c: char| c.is_ascii_alphanumeric(), "", 1),
            _ => format!("'{std}'"),
        };
        cases.push(variant);
    }
    let child = std::process::Command::new(&python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = cases
        .iter()
        .map(|case| serde_json::to_string(case).unwrap().to_string())
        .collect();
    let answers: Vec<Value> = converse(child, lines)
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), cases.len());
    let mut accepted = 0;
    for (case, answer) in cases.iter().zip(&answers) {
        let ours = MasterKey::from_env(case);
        assert_eq!(ours.is_ok(), answer["ok"] == true, "{case:?}: {answer}");
        if let Ok(key) = ours {
            accepted += 1;
            assert_eq!(key.expose(), answer["key"].as_str().unwrap(), "{case:?}");
            assert_eq!(
                *key.user_key_text(1),
                answer["user1"].as_str().unwrap(),
                "{case:?}"
            );
        }
    }
    assert!(accepted > 100 && accepted < cases.len(), "{accepted}");
}

/// #22 item 21: a rollback keeps what Langflow wrote after the rotation.
/// Langflow itself writes a credential under the new key; after `secret-key
/// rollback`, Langflow with the old key reads it and every other value.
#[test]
fn a_rollback_keeps_what_langflow_wrote_after_the_rotation() {
    let langflow = Langflow::new();
    let s = Scratch::fixture("langflow-1.13-rich");
    let old_key = fixture_key("langflow-1.13-rich");
    let cfg = s.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    std::fs::write(cfg.join("secret_key"), &old_key).unwrap();
    let flowadmin = |args: &[&str]| {
        s.cmd()
            .args(["--db", "langflow.db", "--json"])
            .args(args)
            .env("LANGFLOW_CONFIG_DIR", &cfg)
            .output()
            .unwrap()
    };
    let out = flowadmin(&["secret-key", "rotate"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let report = json_of(&out);
    let new_key = report["new_key"].as_str().unwrap().to_owned();
    let stamp = report["backups"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| {
            b.as_str()?
                .rsplit_once("secret_key.backup.")
                .map(|(_, s)| s.to_owned())
        })
        .next()
        .unwrap();
    let written = langflow.ask(
        &s.db,
        &new_key,
        json!([{"op": "create_variable", "username": "admin", "name": "BY_LANGFLOW_AFTER", "value": "langflow-wrote-this"}]),
    );
    assert_eq!(written[0]["ok"], true, "{written:#?}");
    let out = flowadmin(&["secret-key", "rollback", &stamp]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        std::fs::read_to_string(cfg.join("secret_key")).unwrap(),
        old_key
    );
    let (code, report) = langflow.check_integrity(&s.db, &old_key);
    assert_eq!(code, 0, "{report}");
    assert_eq!(
        langflow_credentials(&report),
        Some((19, 0, true)),
        "{report}"
    );
    let answers = langflow.ask(
        &s.db,
        &old_key,
        json!([
            {"op": "variable", "username": "admin", "name": "BY_LANGFLOW_AFTER"},
            {"op": "variable", "username": "admin", "name": "DB_PASSWORD"},
        ]),
    );
    assert_eq!(answers[0]["value"], "langflow-wrote-this", "{answers:#?}");
    assert_eq!(answers[1]["value"], "fixture-db-password-0003");
}

/// #25: `.env` files read as python-dotenv 1.2.4 reads them (what `langflow
/// run --env-file` uses), on generated files: quotes, escapes, comments,
/// `export`, spacing around `=`, `$VAR`/`${VAR}`/`${VAR:-default}`, CRLF,
/// a BOM, multi-line values, junk lines. One long-lived Python process.
#[test]
fn env_files_are_read_as_python_dotenv_reads_them() {
    let langflow = Langflow::new();
    let script = r#"
import sys, json, os
from dotenv import dotenv_values
os.environ.clear()
os.environ.update({"PROC_A": "from-process", "SHARED": "process-side"})
for line in sys.stdin:
    path = json.loads(line)
    print(json.dumps(dotenv_values(path)), flush=True)
"#;
    let pieces_key = [
        "A",
        "B",
        "SHARED",
        "lower_k",
        "K.dot",
        "'quoted key'",
        "export X",
    ];
    let pieces_sep = ["=", " = ", "=  ", "\t=\t"];
    let pieces_val = [
        "plain",
        "two words",
        "with # hash",
        "x#y",
        "\"dq\"",
        "'sq'",
        "\"a\\nb\\tc\\.d\\\"e\"",
        "'it\\'s \\n'",
        "a\"b",
        "\"multi\nline\"",
        "$PROC_A",
        "${PROC_A}",
        "${A}",
        "${NOPE:-dflt}",
        "${SHARED}",
        "\"${A}-x\"",
        "",
        "# only comment",
        "'unterminated",
        "\"x\" junk",
        "val  ",
        "caf\u{e9} \u{2603}",
        "\\back\\slash",
        "${A",
    ];
    let mut state = 0x853c_49e6_748f_ea9b_u64;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for i in 0..400 * scale() {
        let mut text = String::new();
        if next(10) == 0 {
            text.push('\u{feff}');
        }
        let eol = if next(4) == 0 { "\r\n" } else { "\n" };
        for _ in 0..1 + next(6) {
            match next(12) {
                0 => text.push_str("# a comment"),
                1 => text.push_str("   "),
                2 => text.push_str("=no key"),
                3 => text.push_str(pieces_key[next(pieces_key.len())]),
                _ => {
                    if next(5) == 0 {
                        text.push_str("export ");
                    }
                    text.push_str(pieces_key[next(pieces_key.len())]);
                    text.push_str(pieces_sep[next(pieces_sep.len())]);
                    text.push_str(pieces_val[next(pieces_val.len())]);
                    if next(4) == 0 {
                        text.push_str(" # trailing");
                    }
                }
            }
            text.push_str(eol);
        }
        let path = dir.path().join(format!("case{i}.env"));
        std::fs::write(&path, &text).unwrap();
        files.push((path, text));
    }
    let child = std::process::Command::new(&langflow.python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = files
        .iter()
        .map(|(path, _)| serde_json::to_string(path).unwrap().to_string())
        .collect();
    let answers: Vec<Value> = converse(child, lines)
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), files.len());
    use flowadmin::settings::dotenv;
    let process = |n: &str| match n {
        "PROC_A" => Some("from-process".to_owned()),
        "SHARED" => Some("process-side".to_owned()),
        _ => None,
    };
    let mut differ = Vec::new();
    for ((path, text), theirs) in files.iter().zip(&answers) {
        let parsed = dotenv::parse(&dotenv::normalize(text));
        let ours: std::collections::BTreeMap<String, Option<String>> =
            dotenv::interpolate(parsed.bindings, &process)
                .into_iter()
                .collect();
        let theirs: std::collections::BTreeMap<String, Option<String>> =
            serde_json::from_value(theirs.clone()).unwrap();
        if ours != theirs {
            differ.push(format!(
                "{}: {text:?}\n  ours   {ours:?}\n  theirs {theirs:?}",
                path.display()
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} differ:\n{}",
        differ.len(),
        files.len(),
        differ
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// #25: database URLs split as SQLAlchemy's `make_url` splits them (what
/// Langflow connects with), on generated URLs with every special character
/// in every part; one long-lived Python process. A part flowadmin reads
/// differently would connect it to another database or with another
/// password.
#[test]
fn database_urls_are_split_as_sqlalchemy_splits_them() {
    let langflow = Langflow::new();
    let script = r#"
import sys, json
from sqlalchemy.engine import make_url
for line in sys.stdin:
    try:
        u = make_url(json.loads(line))
        q = {k: (v if isinstance(v, str) else list(v)) for k, v in u.query.items()}
        print(json.dumps({"user": u.username, "password": u.password, "host": u.host,
                          "port": u.port, "database": u.database, "query": q}), flush=True)
    except Exception as e:
        print(json.dumps({"error": type(e).__name__}), flush=True)
"#;
    let users = ["u", "", "r@x", "a%40b", "user.name", "u#1", "ü", "a+b"];
    let passwords = [
        None,
        Some(""),
        Some("p"),
        Some("Sup3r#Secret"),
        Some("a/b"),
        Some("a?b"),
        Some("p@ss"),
        Some("p%40ss%3A"),
        Some("p:q"),
        Some("é+ ü"),
        Some("%zz"),
    ];
    let hosts = [
        "h",
        "db.example",
        "10.0.0.7",
        "[::1]",
        "",
        "x@y",
        "[fe80::1%25eth0]",
        "h#x",
    ];
    let ports = [None, Some("5432"), Some(""), Some("abc"), Some("65535")];
    let dbs = [
        None,
        Some(""),
        Some("db"),
        Some("d%20b"),
        Some("a/b"),
        Some("d#b"),
        Some("db@x"),
    ];
    let queries = [
        None,
        Some("sslmode=require"),
        Some("a=1&b=%20x+y"),
        Some("x"),
        Some("password=p%40ss"),
        Some("a=1&a=2"),
        Some("host=/run/pg&port=5433"),
        Some(""),
    ];
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut urls = Vec::new();
    for _ in 0..600 * scale() {
        let mut u = String::from(["postgresql://", "postgresql+psycopg://"][next(2)]);
        if next(5) != 0 {
            u.push_str(users[next(users.len())]);
            if let Some(p) = passwords[next(passwords.len())] {
                u.push(':');
                u.push_str(p);
            }
            u.push('@');
        }
        u.push_str(hosts[next(hosts.len())]);
        if let Some(p) = ports[next(ports.len())] {
            u.push(':');
            u.push_str(p);
        }
        if let Some(d) = dbs[next(dbs.len())] {
            u.push('/');
            u.push_str(d);
        }
        if let Some(q) = queries[next(queries.len())] {
            u.push('?');
            u.push_str(q);
        }
        urls.push(u);
    }
    let child = std::process::Command::new(&langflow.python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = urls
        .iter()
        .map(|u| serde_json::to_string(u).unwrap().to_string())
        .collect();
    let answers: Vec<Value> = converse(child, lines)
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), urls.len());
    let mut differ = Vec::new();
    let mut compared = 0;
    for (url, theirs) in urls.iter().zip(&answers) {
        let ours = flowadmin::storage::pg::url::parse(url);
        if theirs.get("error").is_some() {
            // SQLAlchemy refuses it (a port that is not a number): so must flowadmin.
            let port_ok = ours
                .as_ref()
                .ok()
                .and_then(|p| p.port.as_deref().map(|s| s.parse::<u16>().is_ok()));
            if ours.is_ok() && port_ok != Some(false) {
                differ.push(format!(
                    "{url:?}: SQLAlchemy refuses it, flowadmin reads it"
                ));
            }
            continue;
        }
        let Ok(p) = ours else {
            differ.push(format!(
                "{url:?}: flowadmin refuses what SQLAlchemy reads: {theirs}"
            ));
            continue;
        };
        compared += 1;
        // A query key given twice: SQLAlchemy keeps both, libpq the last; flowadmin the last.
        let query: std::collections::BTreeMap<String, Value> = p
            .query
            .iter()
            .map(|(k, _)| {
                let all: Vec<&String> = p
                    .query
                    .iter()
                    .filter(|(k2, _)| k2 == k)
                    .map(|(_, v)| v)
                    .collect();
                let v = match all.as_slice() {
                    [one] => json!(one),
                    many => json!(many),
                };
                (k.clone(), v)
            })
            .collect();
        let ours = json!({
            "user": p.user,
            "password": p.password.as_ref().map(|s| s.as_str()),
            "host": p.host,
            "port": p.port.as_ref().map(|s| s.parse::<u16>().unwrap()),
            "database": p.database,
            "query": query,
        });
        if &ours != theirs {
            differ.push(format!("{url:?}\n  ours   {ours}\n  theirs {theirs}"));
        }
    }
    assert!(compared > 300, "{compared}");
    assert!(
        differ.is_empty(),
        "{} of {} differ:\n{}",
        differ.len(),
        urls.len(),
        differ
            .iter()
            .take(8)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// #25: booleans from the environment parsed as pydantic parses them (what
/// Langflow's settings use): every spelling, case, padding and neighbour,
/// through pydantic's own `TypeAdapter(bool)` in Langflow's venv.
#[test]
fn booleans_are_parsed_as_pydantic_parses_them() {
    let langflow = Langflow::new();
    let script = r#"
import sys, json
from pydantic import TypeAdapter
t = TypeAdapter(bool)
for line in sys.stdin:
    v = json.loads(line)
    try:
        print(json.dumps(t.validate_python(v)), flush=True)
    except Exception:
        print("null", flush=True)
"#;
    let words = [
        "true", "false", "1", "0", "yes", "no", "on", "off", "t", "f", "y", "n",
    ];
    let mut cases: Vec<String> = Vec::new();
    for w in words {
        cases.push(w.to_owned());
        cases.push(w.to_uppercase());
        let mut mixed: String = w
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i % 2 == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect();
        cases.push(mixed.clone());
        cases.push(format!(" {w}"));
        cases.push(format!("{w} "));
        cases.push(format!("{w}\n"));
        cases.push(format!("{w}x"));
        mixed.pop();
        cases.push(mixed);
    }
    cases.extend(
        [
            "", " ", "2", "-1", "1.0", "0.0", "tru", "nope", "\u{130}", "ye s", "on\0",
        ]
        .map(String::from),
    );
    let child = std::process::Command::new(&langflow.python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = cases
        .iter()
        .map(|c| serde_json::to_string(c).unwrap().to_string())
        .collect();
    let theirs: Vec<Option<bool>> = converse(child, lines)
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(theirs.len(), cases.len());
    for (case, theirs) in cases.iter().zip(theirs) {
        assert_eq!(flowadmin::settings::parse_bool(case), theirs, "{case:?}");
    }
}

/// #25: Langflow's default config dir (`platformdirs.user_cache_dir`) for odd
/// HOME and XDG_CACHE_HOME values (unset, empty, relative, padded, `/`,
/// trailing slashes), against platformdirs in Langflow's venv, one process.
#[test]
fn the_default_config_dir_is_found_as_platformdirs_finds_it() {
    let langflow = Langflow::new();
    let script = r#"
import sys, json, os
from platformdirs import user_cache_dir
base = dict(os.environ)
for line in sys.stdin:
    case = json.loads(line)
    os.environ.clear()
    os.environ["PATH"] = base.get("PATH", "")
    os.environ.update({k: v for k, v in case.items() if v is not None})
    try:
        print(json.dumps(user_cache_dir("langflow", "langflow")), flush=True)
    except RuntimeError:
        print("null", flush=True)
"#;
    let homes = [
        None,
        Some(""),
        Some("rel/home"),
        Some("/h"),
        Some("/h/"),
        Some("/"),
        Some("//x"),
        Some(" /h"),
    ];
    let xdgs = [
        None,
        Some(""),
        Some("/x"),
        Some("rel"),
        Some(" /x"),
        Some("/x/ "),
        Some("/"),
    ];
    let mut cases = Vec::new();
    for home in homes {
        for xdg in xdgs {
            cases.push((home, xdg));
        }
    }
    let child = std::process::Command::new(&langflow.python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = cases
        .iter()
        .map(|(home, xdg)| json!({"HOME": home, "XDG_CACHE_HOME": xdg}).to_string())
        .collect();
    let theirs: Vec<Option<String>> = converse(child, lines)
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(theirs.len(), cases.len());
    for ((home, xdg), theirs) in cases.iter().zip(theirs) {
        let mut pairs = Vec::new();
        if let Some(h) = home {
            pairs.push(("HOME", *h));
        }
        if let Some(x) = xdg {
            pairs.push(("XDG_CACHE_HOME", *x));
        }
        let ours = flowadmin::settings::Settings::resolve_in(
            &flowadmin::settings::Flags::default(),
            flowadmin::settings::Env::from_pairs(pairs),
            std::path::PathBuf::from("/"),
        )
        .ok()
        .map(|s| s.config_dir.display().to_string());
        assert_eq!(ours, theirs, "HOME={home:?} XDG_CACHE_HOME={xdg:?}");
    }
}

/// #25: secret key texts turned into Fernet keys as Langflow turns them
/// (`ensure_fernet_key`, and the pre-1.10.1 `random.seed` key for reading),
/// on generated keys: short, long, both base64 alphabets, padding, stray
/// bytes, non-ASCII. Both ways: a token Langflow's `get_fernet` made opens
/// with flowadmin's keyring, and one flowadmin made opens with Langflow's
/// `get_fernet_for_decryption`; a key Langflow refuses, flowadmin refuses.
/// The way of reading base64 that the `cryptography` a venv has uses
/// (50.x and earlier: Python's; 51.x: the Rust one), from its version.
fn reader_of(version: &str) -> flowadmin::crypto::Reader {
    let major: u32 = version
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or_else(|| panic!("cryptography version {version:?}"));
    match major {
        ..=50 => flowadmin::crypto::Reader::Cryptography50,
        _ => flowadmin::crypto::Reader::Cryptography51,
    }
}

/// The `cryptography` version of a venv's python.
fn cryptography_version(python: &Path) -> String {
    let out = std::process::Command::new(python)
        .args(["-c", "import cryptography; print(cryptography.__version__)"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// Keys as Langflow reads them with the venv's `cryptography` (the matrix:
/// tests/interop/run.sh runs this on 50.0.2 and 51.0.1): a key flowadmin
/// says that release accepts is accepted, a token made with it opens on
/// both sides, and a key it says that release refuses is refused.
#[test]
fn secret_keys_are_derived_as_langflow_derives_them() {
    let langflow = Langflow::new();
    let version = cryptography_version(&langflow.python);
    let reader = reader_of(&version);
    eprintln!("cryptography {version}: {}", reader.label());
    let script = r#"
import sys, json
from cryptography.fernet import Fernet, MultiFernet
from langflow.services.auth import utils
for line in sys.stdin:
    case = json.loads(line)
    key = case["key"]
    try:
        current = Fernet(utils.ensure_fernet_key(key))
    except Exception:
        print(json.dumps({"ok": False}), flush=True)
        continue
    readers = [current]
    if len(key) < 32:
        readers.append(Fernet(utils._ensure_legacy_fernet_key(key)))
    reader = MultiFernet(readers)
    try:
        opened = reader.decrypt(case["ours"].encode()).decode() if case["ours"] else None
    except Exception:
        opened = None
    print(json.dumps({"ok": True, "token": current.encrypt(b"made by langflow").decode(), "opened": opened}), flush=True)
"#;
    use base64::Engine;
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    let mut keys: Vec<String> = Vec::new();
    for _ in 0..400 * scale() {
        let mut bytes = [0u8; 32];
        for b in &mut bytes {
            *b = next(256) as u8;
        }
        let url = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let std = base64::engine::general_purpose::STANDARD.encode(bytes);
        keys.push(match next(14) {
            13 => format!("{url}=é"),
            0 => url,
            1 => std,
            2 => format!("{url}="),
            3 => format!("short-{}", next(1000)),
            4 => url.chars().take(31).collect(),
            5 => format!("{}é{}", url.get(..20).unwrap(), url.get(20..).unwrap()),
            6 => format!("{url}\n"),
            7 => format!("{url}{}", "A".repeat(next(5) as usize)),
            8 => std.trim_end_matches('=').to_owned(),
            9 => format!("{}\t{}", url.get(..10).unwrap(), url.get(10..).unwrap()),
            10 => format!("{url}==="),
            11 => format!("{url}=\n\n"),
            _ => "correct horse battery staple langflow".to_owned(),
        });
    }
    // flowadmin's token for each key it says this release accepts.
    let ours: Vec<Option<String>> = keys
        .iter()
        .map(|k| {
            flowadmin::crypto::SecretKey::new(k.as_str())
                .keyring()
                .ok()
                .filter(|ring| ring.readers().contains(reader))
                .map(|ring| ring.encrypt(b"made by flowadmin"))
        })
        .collect();
    let child = std::process::Command::new(&langflow.python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = keys
        .iter()
        .zip(&ours)
        .map(|(k, t)| json!({"key": k, "ours": t}).to_string())
        .collect();
    let answers: Vec<Value> = converse(child, lines)
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), keys.len());
    let mut accepted = 0;
    for ((key, ours), theirs) in keys.iter().zip(&ours).zip(&answers) {
        assert_eq!(ours.is_some(), theirs["ok"] == true, "{key:?}: {theirs}");
        let Some(_) = ours else { continue };
        accepted += 1;
        assert_eq!(
            theirs["opened"], "made by flowadmin",
            "{key:?}: Langflow opens ours"
        );
        let ring = flowadmin::crypto::SecretKey::new(key.as_str())
            .keyring()
            .unwrap();
        let token = theirs["token"].as_str().unwrap();
        let opened = ring.decrypt_as(reader, token).map(|p| p.to_vec());
        assert_eq!(
            opened.as_deref(),
            Some(&b"made by langflow"[..]),
            "{key:?}: we open theirs"
        );
    }
    assert!(accepted > 150 && accepted < keys.len(), "{accepted}");
}

/// #25, #31: Fernet tokens judged as the venv's `cryptography` judges them,
/// both ways: valid tokens made by each side open on the other; damaged ones
/// (a flipped character, a wrong version byte, cut, extended, stray bytes,
/// padding removed or doubled, the other alphabet, white space, another key)
/// are refused or accepted alike. Run on each locked release: Langflow's
/// (cryptography 50.0.2 and 51.0.1) and Flowfile's (48.0.1).
fn fernet_differential(python: &Path) {
    let version = cryptography_version(python);
    let reader = reader_of(&version);
    eprintln!("cryptography {version}: {}", reader.label());
    let key_text = "lnLqwKCwQY6r3KwBAea4pnfmdpuPruPVwiGD0C7lY1w";
    let script = r#"
import sys, json
from cryptography.fernet import Fernet
f = Fernet(sys.argv[1].encode() + b"=")
for line in sys.stdin:
    case = json.loads(line)
    if case["op"] == "make":
        print(json.dumps(f.encrypt(case["plain"].encode()).decode()), flush=True)
    else:
        try:
            print(json.dumps(f.decrypt(case["token"].encode()).decode()), flush=True)
        except Exception:
            print("null", flush=True)
"#;
    let ring = flowadmin::crypto::SecretKey::new(key_text)
        .keyring()
        .unwrap();
    let other = flowadmin::crypto::SecretKey::new("QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE")
        .keyring()
        .unwrap();
    let mut child = std::process::Command::new(python)
        .args(["-c", script, key_text])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut ask = |request: Value| -> Value {
        use std::io::{BufRead, Write};
        writeln!(stdin, "{request}").unwrap();
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        serde_json::from_str(&line).unwrap()
    };
    let mut tokens: Vec<String> = Vec::new();
    for i in 0..40 * scale() {
        let plain = format!("value {i} {}", "x".repeat(i * 7));
        let theirs = ask(json!({"op": "make", "plain": plain}));
        let theirs = theirs.as_str().unwrap().to_owned();
        assert!(flowadmin::crypto::is_canonical_token(&theirs), "{theirs}");
        assert_eq!(
            ring.decrypt(&theirs).map(|(_, p)| p.to_vec()),
            Some(plain.clone().into_bytes())
        );
        let ours = ring.encrypt(plain.as_bytes());
        assert!(flowadmin::crypto::token_readers(&ours).is_all());
        assert_eq!(
            ask(json!({"op": "open", "token": ours})),
            json!(plain),
            "they open ours"
        );
        tokens.push(theirs);
        tokens.push(ours);
    }
    let mut state = 0x1234_5678_9abc_def1_u64;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut damaged: Vec<String> = Vec::new();
    for t in &tokens {
        let chars: Vec<char> = t.chars().collect();
        let at = next(chars.len());
        let mut flipped = chars.clone();
        flipped[at] = if flipped[at] == 'A' { 'B' } else { 'A' };
        damaged.push(flipped.into_iter().collect());
        damaged.push(t.replacen("gAAAAA", "gQAAAA", 1));
        damaged.push(t.chars().take(next(chars.len())).collect());
        damaged.push(format!("{t}AAAA"));
        damaged.push(format!("{t}\n"));
        damaged.push(format!(" {t}"));
        damaged.push(t.trim_end_matches('=').to_owned());
        damaged.push(format!("{t}=="));
        damaged.push(t.replace('-', "+").replace('_', "/"));
        let mut stray = t.clone();
        stray.insert(next(t.len()), '!');
        damaged.push(stray);
        let mut spaced = t.clone();
        spaced.insert(next(t.len()), [' ', '\t', '\r', '\x0b', '\x0c'][next(5)]);
        damaged.push(spaced);
        damaged.push(format!("{t}!!"));
        damaged.push(other.encrypt(b"another key"));
    }
    let mut differ = Vec::new();
    for t in &damaged {
        let theirs = ask(json!({"op": "open", "token": t}));
        let ours = ring
            .decrypt_as(reader, t)
            .map(|p| String::from_utf8_lossy(&p).into_owned());
        if json!(ours) != theirs {
            differ.push(format!("{t:?}: ours {ours:?}, theirs {theirs}"));
        }
        // What the checks report: a token this release opens is one whose
        // readers include it, and any token some release opens opens.
        let readers = flowadmin::crypto::token_readers(t);
        if theirs.is_string() {
            assert!(readers.contains(reader), "{t:?}");
            assert!(ring.decrypt(t).is_some(), "{t:?}");
        }
    }
    drop(stdin);
    let _ = child.wait();
    assert!(
        differ.is_empty(),
        "cryptography {version}: {} of {} differ:\n{}",
        differ.len(),
        damaged.len(),
        differ
            .iter()
            .take(6)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn fernet_tokens_are_judged_as_cryptography_judges_them() {
    fernet_differential(&Langflow::new().python);
}

#[test]
fn fernet_tokens_are_judged_as_flowfiles_cryptography_judges_them() {
    let python = std::env::var_os("FLOWADMIN_FLOWFILE_PYTHON")
        .expect("FLOWADMIN_FLOWFILE_PYTHON is unset: run tests/interop/run.sh");
    fernet_differential(Path::new(&python));
}

/// A real `langflow run --backend-only` on a database, stopped when dropped.
struct LangflowServer {
    child: std::process::Child,
    url: String,
    api_key: String,
    bin: PathBuf,
    _home: tempfile::TempDir,
}

/// The rich fixture's admin API key (`admin-key-1`) in its credentials file.
fn admin_api_key(credentials: &Path) -> String {
    std::fs::read_to_string(credentials)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("admin / admin-key-1 / "))
        .unwrap()
        .trim()
        .to_owned()
}

impl LangflowServer {
    /// Starts it on `database_url` with a rich fixture's secret key, admin
    /// and admin API key (`fixture_dir` holds them), and waits (at most
    /// 300 s) for /health.
    fn start(database_url: &str, fixture_dir: &Path) -> LangflowServer {
        Self::start_with(database_url, fixture_dir, &[])
    }

    /// As [`start`], with more settings in the server's environment.
    fn start_with(database_url: &str, fixture_dir: &Path, envs: &[(&str, &str)]) -> LangflowServer {
        let python = PathBuf::from(std::env::var_os("FLOWADMIN_INTEROP_PYTHON").unwrap());
        let bin = python.parent().unwrap().to_path_buf();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let home = tempfile::tempdir().unwrap();
        for d in ["cfg", "tmp", "cache"] {
            std::fs::create_dir(home.path().join(d)).unwrap();
        }
        let child = std::process::Command::new(bin.join("langflow"))
            .args([
                "run",
                "--backend-only",
                "--host",
                "127.0.0.1",
                "--port",
                &port.to_string(),
            ])
            .env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
            .env("HOME", home.path())
            .env("TMPDIR", home.path().join("tmp"))
            .env("XDG_CACHE_HOME", home.path().join("cache"))
            .env("LANGFLOW_CONFIG_DIR", home.path().join("cfg"))
            .env("LANGFLOW_DATABASE_URL", database_url)
            .env(
                "LANGFLOW_SECRET_KEY",
                std::fs::read_to_string(fixture_dir.join("langflow-1.13-rich.secret_key")).unwrap(),
            )
            .env("LANGFLOW_AUTO_LOGIN", "False")
            .env("LANGFLOW_SUPERUSER", "admin")
            .env("LANGFLOW_SUPERUSER_PASSWORD", "Admin-Fixture-Pw-0!")
            .env("DO_NOT_TRACK", "true")
            .envs(envs.iter().copied())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(home.path().join("server.log")).unwrap())
            // Its own process group: the server's workers go with it.
            .process_group(0)
            .spawn()
            .unwrap();
        let server = LangflowServer {
            child,
            url: format!("http://127.0.0.1:{port}"),
            api_key: admin_api_key(&fixture_dir.join("langflow-1.13-rich.credentials.txt")),
            bin,
            _home: home,
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(300);
        while !server.healthy() {
            assert!(
                std::time::Instant::now() < deadline,
                "Langflow did not start in 300 s"
            );
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
        server
    }

    fn healthy(&self) -> bool {
        use std::io::{Read, Write};
        let addr = self.url.trim_start_matches("http://");
        let Ok(mut s) = std::net::TcpStream::connect(addr) else {
            return false;
        };
        let _ = s.set_read_timeout(Some(std::time::Duration::from_secs(5)));
        let _ = s.write_all(format!("GET /health HTTP/1.0\r\nHost: {addr}\r\n\r\n").as_bytes());
        let mut answer = String::new();
        let _ = s.read_to_string(&mut answer);
        answer.starts_with("HTTP/1.1 200") || answer.starts_with("HTTP/1.0 200")
    }

    /// Langflow's own `langflow admin ARGS` against this server, as admin.
    fn admin(&self, args: &[&str]) -> std::process::Output {
        self.admin_with(args, &[])
    }

    fn admin_with(&self, args: &[&str], envs: &[(&str, &str)]) -> std::process::Output {
        std::process::Command::new(self.bin.join("langflow"))
            .arg("admin")
            .args(args)
            .envs(envs.iter().copied())
            .env("LANGFLOW_URL", &self.url)
            .env("LANGFLOW_API_KEY", &self.api_key)
            .env("HOME", self._home.path())
            .output()
            .unwrap()
    }

    /// The status of a password login (200 in, 400 refused).
    fn login(&self, user: &str, password: &str) -> String {
        let script = "import sys, urllib.request, urllib.parse, urllib.error\n\
            data = urllib.parse.urlencode({'username': sys.argv[2], 'password': sys.argv[3]}).encode()\n\
            try:\n    r = urllib.request.urlopen(sys.argv[1] + '/api/v1/login', data, timeout=60); print(r.status)\n\
            except urllib.error.HTTPError as e:\n    print(e.code, e.read().decode())\n";
        let out = std::process::Command::new(self.bin.join("python"))
            .args(["-c", script, &self.url, user, password])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }
}

impl Drop for LangflowServer {
    fn drop(&mut self) {
        // The whole group: killing `langflow` alone left its server
        // processes running (and eating the cores) after the test.
        let _ = std::process::Command::new("kill")
            .args(["-s", "KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const RBAC_PASSWORDS: [(&str, &str); 4] = [
    ("CAROL_PASSWORD", "Carol-Rbac-Pw-1!"),
    ("DAVE_PASSWORD", "Dave-Rbac-Pw-2!"),
    ("ERIN_PASSWORD", "Erin-Rbac-Pw-3!"),
    ("FRANK_PASSWORD", "Frank-Rbac-Pw-4!"),
];

/// What the real server says of a deployment flowadmin applied a manifest
/// to: Langflow's export over HTTP equals flowadmin's and the manifest's
/// export, its diff reports no drift, the manifest's users log in (and the
/// disabled one is refused).
fn judged_by_the_running_server(
    server: &LangflowServer,
    flowadmin_export: &str,
    manifest: &Path,
    prune: bool,
) {
    let export = server.admin(&["export"]);
    assert_eq!(
        export.status.code(),
        Some(0),
        "{}",
        tail(&stderr_of(&export))
    );
    assert_eq!(
        stdout_of(&export),
        flowadmin_export,
        "langflow admin export differs from flowadmin's"
    );
    let mut diff_args = vec!["diff"];
    if prune {
        diff_args.push("--prune");
    }
    let manifest = manifest.display().to_string();
    diff_args.push(&manifest);
    let diff = server.admin(&diff_args);
    assert_eq!(
        diff.status.code(),
        Some(0),
        "Langflow sees drift: {}",
        stdout_of(&diff)
    );
    assert_eq!(stdout_of(&diff).trim(), "No results");
}

/// #24: a manifest flowadmin applied offline, judged by the real Langflow
/// 1.13 server (SQLite): `langflow admin export` over HTTP equals Langflow's
/// own recorded export, `langflow admin diff` finds no drift, carol and
/// dave log in, erin (disabled) waits for approval; then modified.yaml,
/// applied whole with --prune where Langflow's own apply stopped half-way.
#[test]
fn state_applied_offline_is_what_the_running_langflow_serves() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let rbac = fixtures().join("rbac");
    let flowadmin = |args: &[&str]| {
        s.cmd()
            .args(["--db", "langflow.db"])
            .args(args)
            .envs(RBAC_PASSWORDS)
            .output()
            .unwrap()
    };
    let out = flowadmin(&[
        "state",
        "apply",
        rbac.join("applied.yaml").to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let exported = std::fs::read_to_string(rbac.join("exported.yaml")).unwrap();
    {
        let server = LangflowServer::start(&format!("sqlite:///{}", s.db.display()), &fixtures());
        judged_by_the_running_server(&server, &exported, &rbac.join("applied.yaml"), false);
        assert_eq!(server.login("carol", "Carol-Rbac-Pw-1!"), "200");
        assert_eq!(server.login("dave", "Dave-Rbac-Pw-2!"), "200");
        assert!(
            server
                .login("erin", "Erin-Rbac-Pw-3!")
                .contains("Waiting for approval")
        );
    }
    let out = flowadmin(&[
        "state",
        "apply",
        "--prune",
        "--yes",
        rbac.join("modified.yaml").to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let ours = stdout_of(&flowadmin(&["state", "export"]));
    let server = LangflowServer::start(&format!("sqlite:///{}", s.db.display()), &fixtures());
    judged_by_the_running_server(&server, &ours, &rbac.join("modified.yaml"), true);
    assert_eq!(server.login("frank", "Frank-Rbac-Pw-4!"), "200");
    let disabled = server.login("dave", "Dave-Rbac-Pw-2!");
    assert!(
        disabled.starts_with("4"),
        "disabled dave logged in: {disabled}"
    );
}

/// #24 on PostgreSQL: the same manifest applied by flowadmin to the rich
/// fixture on a real server, judged by Langflow running on that database.
#[test]
fn state_applied_offline_on_postgresql_is_what_the_running_langflow_serves() {
    let Some(admin) =
        admin_url("state_applied_offline_on_postgresql_is_what_the_running_langflow_serves")
    else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let rbac = fixtures().join("rbac");
    let out = pg
        .cmd(&s)
        .args([
            "state",
            "apply",
            rbac.join("applied.yaml").to_str().unwrap(),
        ])
        .envs(RBAC_PASSWORDS)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let exported = std::fs::read_to_string(rbac.join("exported.yaml")).unwrap();
    let server = LangflowServer::start(&pg.url(), &pg_fixtures());
    judged_by_the_running_server(&server, &exported, &rbac.join("applied.yaml"), false);
    assert_eq!(server.login("carol", "Carol-Rbac-Pw-1!"), "200");
    assert!(
        server
            .login("erin", "Erin-Rbac-Pw-3!")
            .contains("Waiting for approval")
    );
    // The same server, shared: a grant by flowadmin and one by Langflow's own
    // route at once (#31 section 2).
    grants_race_the_running_server(&server, &pg, &s);
}

/// flowadmin grants role A and Langflow's route grants role B to the same
/// user in the same scope at (nearly) the same instant, flowadmin started
/// at staggered offsets into the server's request: whoever comes second is
/// refused (flowadmin exit 4, Langflow 409) and the scope holds one role.
fn grants_race_the_running_server(server: &LangflowServer, pg: &PgRich, s: &Scratch) {
    for role in ["race-a", "race-b"] {
        let out = pg
            .cmd(s)
            .args(["role", "create", role, "-p", "flow:read"])
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    }
    let mut client = pg.client();
    let id_of = |client: &mut postgres::Client, sql: &str| -> String {
        client
            .query_one(sql, &[])
            .unwrap()
            .get::<_, uuid::Uuid>(0)
            .to_string()
    };
    let user = id_of(
        &mut client,
        "SELECT id FROM \"user\" WHERE username = 'alice'",
    );
    let role_b = id_of(
        &mut client,
        "SELECT id FROM authz_role WHERE name = 'race-b'",
    );
    let ws = "5a1e0000-0000-4000-8000-00000000c031";
    let post = "import json, sys, urllib.request, urllib.error\n\
        body = json.dumps({'user_id': sys.argv[3], 'role_id': sys.argv[4], 'domain_type': 'workspace', 'domain_id': sys.argv[5]}).encode()\n\
        req = urllib.request.Request(sys.argv[1] + '/api/v1/authz/role-assignments', body, {'content-type': 'application/json', 'x-api-key': sys.argv[2]})\n\
        try:\n    print(urllib.request.urlopen(req, timeout=60).status)\n\
        except urllib.error.HTTPError as e:\n    print(e.code)\n";
    let held = format!(
        "SELECT count(*) FROM authz_role_assignment WHERE user_id = '{user}' AND domain_type = 'workspace' AND domain_id = '{ws}'"
    );
    for round in 0..10u64 {
        let langflow = std::process::Command::new(server.bin.join("python"))
            .args(["-c", post, &server.url, &server.api_key, &user, &role_b, ws])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(60 + 20 * round));
        let ours = pg
            .cmd(s)
            .args([
                "role",
                "grant",
                "race-a",
                "--user",
                "alice",
                "--workspace",
                ws,
            ])
            .output()
            .unwrap();
        let theirs = String::from_utf8(langflow.wait_with_output().unwrap().stdout).unwrap();
        let theirs = theirs.trim();
        let outcome = (code(&ours), theirs);
        assert!(
            outcome == (0, "409") || outcome == (4, "201"),
            "round {round}: flowadmin {}, Langflow {theirs}",
            stderr_of(&ours)
        );
        let n: i64 = client.query_one(held.as_str(), &[]).unwrap().get(0);
        assert_eq!(n, 1, "round {round}: one role in the scope");
        let winner = if code(&ours) == 0 { "race-a" } else { "race-b" };
        let out = pg
            .cmd(s)
            .args([
                "role",
                "revoke",
                winner,
                "--user",
                "alice",
                "--workspace",
                ws,
            ])
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    }
}

/// A database's audit rows of administration changes (`event: mutation`),
/// each as one line in which every id is replaced by what it names (a
/// user's, role's or team's name), and the fields that differ by request
/// (`operation_id`, `request_id`, the credential) left out: two databases
/// that made the same changes give the same lines.
fn audited_changes(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut names = std::collections::HashMap::new();
    for sql in [
        "SELECT id, 'user:' || username FROM user",
        "SELECT id, 'role:' || name FROM authz_role",
        "SELECT id, 'team:' || adom_name FROM authz_team",
    ] {
        let mut stmt = conn.prepare(sql).unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .unwrap();
        for row in rows {
            let (id, name) = row.unwrap();
            names.insert(id.replace('-', ""), name);
        }
    }
    let name_of = |text: &str| -> String {
        match uuid::Uuid::parse_str(text) {
            Ok(id) => names
                .get(&id.simple().to_string())
                .cloned()
                .unwrap_or_else(|| "<id>".into()),
            Err(_) => text.to_owned(),
        }
    };
    let mut stmt = conn
        .prepare(
            "SELECT action, resource_type, resource_id, user_id, result, details \
             FROM authz_audit_log ORDER BY timestamp, rowid",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })
        .unwrap();
    let mut out = Vec::new();
    for row in rows {
        let (action, kind, resource, user, result, details) = row.unwrap();
        let mut details: Value = serde_json::from_str(&details).unwrap();
        // Mutations, and the API-key routes' rows (which carry no event).
        if details["event"] != "mutation" && !action.starts_with("api_key:") {
            continue;
        }
        let map = details.as_object_mut().unwrap();
        for volatile in [
            "operation_id",
            "request_id",
            "auth_method",
            "api_key_id",
            "api_key_source",
        ] {
            map.remove(volatile);
        }
        for value in map.values_mut() {
            if let Value::String(text) = value {
                *text = name_of(text);
            }
        }
        out.push(format!(
            "{action} {kind}:{} by {} {result} {details}",
            name_of(resource.as_deref().unwrap_or("")),
            name_of(user.as_deref().unwrap_or("")),
        ));
    }
    out
}

/// #24: with LANGFLOW_AUTHZ_AUDIT_ENABLED, flowadmin's offline apply
/// records the rows the real server records when Langflow's own `langflow
/// admin apply` makes the same changes over HTTP (durable audit): applied.yaml
/// on the rich fixture, then modified.yaml --prune up to where Langflow's
/// apply stops (its grant before revoke); past that point flowadmin's
/// revokes and grants are checked against the plan.
#[test]
fn state_apply_audits_as_the_running_langflow_audits() {
    let ours = Scratch::fixture("langflow-1.13-rich");
    let theirs = Scratch::fixture("langflow-1.13-rich");
    let rbac = fixtures().join("rbac");
    let (applied, modified) = (rbac.join("applied.yaml"), rbac.join("modified.yaml"));
    let (applied, modified) = (applied.to_str().unwrap(), modified.to_str().unwrap());
    let audit = [("LANGFLOW_AUTHZ_AUDIT_ENABLED", "true")];
    for args in [
        &["state", "apply", applied][..],
        &["state", "apply", "--prune", "--yes", modified],
    ] {
        let out = ours
            .cmd()
            .args(["--db", "langflow.db"])
            .args(args)
            .envs(RBAC_PASSWORDS)
            .envs(audit)
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    }
    let before = audited_changes(&theirs.db).len();
    {
        let server = LangflowServer::start_with(
            &format!("sqlite:///{}", theirs.db.display()),
            &fixtures(),
            &[audit[0], ("LANGFLOW_AUTHZ_AUDIT_DURABLE", "true")],
        );
        let out = server.admin_with(&["apply", applied], &RBAC_PASSWORDS);
        assert_eq!(code(&out), 0, "{}", tail(&stderr_of(&out)));
        let out = server.admin_with(&["apply", "--prune", "--yes", modified], &RBAC_PASSWORDS);
        assert_ne!(
            code(&out),
            0,
            "Langflow's own apply of modified.yaml stops half-way"
        );
    }
    let theirs = audited_changes(&theirs.db).split_off(before);
    let ours = audited_changes(&ours.db).split_off(before);
    assert!(theirs.len() >= 30, "{theirs:#?}");
    // The first 19 rows (applied.yaml) and modified.yaml's up to the
    // assignments, in the same order with the same fields.
    let not_assignment = |l: &&String| !l.starts_with("role_assignment:");
    let ours_first: Vec<&String> = ours.iter().filter(not_assignment).collect();
    let theirs_first: Vec<&String> = theirs.iter().filter(not_assignment).collect();
    assert_eq!(ours_first, theirs_first);
    assert_eq!(
        ours.iter()
            .filter(|l| !not_assignment(l))
            .take(5)
            .collect::<Vec<_>>(),
        theirs
            .iter()
            .filter(|l| !not_assignment(l))
            .take(5)
            .collect::<Vec<_>>(),
        "applied.yaml's five grants"
    );
    let rest: Vec<&String> = ours.iter().filter(|l| !not_assignment(l)).skip(5).collect();
    assert_eq!(rest.len(), 4, "{rest:#?}");
    for (line, want) in rest.iter().zip([
        "role_assignment:delete role_assignment:<id> by user:admin allow",
        "role_assignment:delete role_assignment:<id> by user:admin allow",
        "role_assignment:create role_assignment:<id> by user:admin allow",
        "role_assignment:create role_assignment:<id> by user:admin allow",
    ]) {
        assert!(line.starts_with(want), "{line}");
    }
    assert!(
        rest[0]
            .contains(r#""user_id":"user:alice","role_id":"role:auditor","domain_type":"project""#),
        "{}",
        rest[0]
    );
    assert!(
        rest[1].contains(r#""user_id":"user:carol","role_id":"role:release-manager""#),
        "{}",
        rest[1]
    );
    assert!(
        rest[2].contains(r#""role_name":"viewer","domain_type":"project""#),
        "{}",
        rest[2]
    );
    assert!(
        rest[3].contains(r#""user_id":"user:frank","role_id":"role:viewer""#),
        "{}",
        rest[3]
    );
}

/// #24 item 5: what flowadmin's Credentials document wrote, judged by
/// Langflow's own code: the variables decrypt to the values given, the API
/// keys written to their files are accepted as their owners'.
#[test]
fn credentials_applied_offline_are_read_by_langflow() {
    let langflow = Langflow::new();
    let s = Scratch::fixture("langflow-1.13-rich");
    let key = fixture_key("langflow-1.13-rich");
    let dir = s.path().join("creds");
    std::fs::create_dir_all(dir.join("keys")).unwrap();
    std::fs::write(dir.join("region"), "eu-west-3\n").unwrap();
    let text = std::fs::read_to_string(fixtures().join("rbac/credentials.yaml"))
        .unwrap()
        .replace("/CREDS", dir.to_str().unwrap());
    let manifest = s.path().join("credentials.yaml");
    std::fs::write(&manifest, text).unwrap();
    let out = s
        .cmd()
        .args(["--db", "langflow.db", "state", "apply"])
        .arg(&manifest)
        .env("LANGFLOW_SECRET_KEY", &key)
        .env("CAROL_PASSWORD", "Carol-Rbac-Pw-1!")
        .env("CAROL_OPENAI_KEY", "sk-carol-from-env — ünïcødé")
        .env("ADMIN_OPENAI_KEY", "sk-admin-rotated")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let read = |name: &str| std::fs::read_to_string(dir.join("keys").join(name)).unwrap();
    let answers = langflow.ask(
        &s.db,
        &key,
        json!([
            {"op": "variable", "username": "carol", "name": "OPENAI_API_KEY"},
            {"op": "variable", "username": "admin", "name": "OPENAI_API_KEY"},
            {"op": "variable", "username": "admin", "name": "REGION"},
            {"op": "api_key", "key": read("ci-deploy")},
            {"op": "api_key", "key": read("carol-bot")},
        ]),
    );
    let values: Vec<&str> = answers[..3]
        .iter()
        .map(|a| a["value"].as_str().unwrap_or("<none>"))
        .collect();
    assert_eq!(
        values,
        [
            "sk-carol-from-env — ünïcødé",
            "sk-admin-rotated",
            "eu-west-3"
        ],
        "{answers:#?}"
    );
    assert_eq!(answers[3]["username"], "admin", "{answers:#?}");
    assert_eq!(answers[4]["username"], "carol", "{answers:#?}");
}

/// #31: manifests read as Langflow reads them (`yaml.safe_load_all`, PyYAML
/// in Langflow's venv): the same documents, the same refusals. Non-JSON
/// values (dates, big ints, infinities) compare by kind.
#[test]
fn manifests_are_read_as_pyyaml_reads_them() {
    let langflow = Langflow::new();
    let script = r#"
import sys, json, datetime, math, yaml
def plain(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, (datetime.date, datetime.datetime)):
        return {"!timestamp": ""}
    if isinstance(v, int):
        return v if -2**63 <= v < 2**63 else {"!int": ""}
    if isinstance(v, float):
        return v if math.isfinite(v) else {"!float": ""}
    if isinstance(v, bytes):
        try:
            return v.decode()
        except UnicodeDecodeError:
            return {"!binary": ""}
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, (set, frozenset)):
        return sorted(plain(x) for x in v)
    if isinstance(v, dict):
        def key(k):
            if isinstance(plain(k), str): return plain(k)
            if k is True: return "True"
            if k is False: return "False"
            if k is None: return "None"
            return json.dumps(plain(k))
        return {key(k): plain(x) for k, x in v.items()}
    return {"!other": type(v).__name__}
for line in sys.stdin:
    text = json.loads(line)
    try:
        print(json.dumps({"ok": [plain(d) for d in yaml.safe_load_all(text)]}), flush=True)
    except Exception as e:
        print(json.dumps({"error": type(e).__name__}), flush=True)
"#;
    let scalars = [
        "y",
        "n",
        "Y",
        "yes",
        "No",
        "ON",
        "off",
        "true",
        "False",
        "TRUE",
        "0o17",
        "017",
        "0x1F",
        "0b101",
        "1e3",
        "1.0e3",
        "1.0e+3",
        "1_000",
        "12:30",
        "1:2:3",
        "190:20:30.15",
        "-12:30",
        ".inf",
        "-.Inf",
        ".NaN",
        "1.",
        ".5",
        "+1",
        "-0",
        "00",
        "08",
        "0_7",
        "2024-01-01",
        "2024-1-1 1:02:03",
        "2001-12-14t21:59:43.10-05:00",
        "2001-12-14 21:59:43.10 Z",
        "~",
        "null",
        "Null",
        "NULL",
        "nul",
        "<<",
        "=",
        "a=b",
        "'quoted'",
        "\"dq\"",
        "\"\\0\"",
        "\"\\x41\\u00e9\"",
        "!!str 123",
        "!!int '12'",
        "!!float 1",
        "!!bool yes",
        "!!null ''",
        "! 123",
        "!foo x",
        "!!binary aGVsbG8=",
        "!!binary /w==",
        "!!timestamp 2024-01-01",
        "99999999999999999999",
        "-0x1_F",
        "0b",
        "+.inf",
        "1e",
        "abc def",
        "a: b",
        "- x",
        "[1, 2]",
        "{a: 1}",
        "&a 1",
        "*a",
        "|\n  lit\n",
        ">\n  folded\n  text\n",
        "é",
        "\u{202e}x",
    ];
    let mut cases: Vec<String> = scalars
        .iter()
        .flat_map(|s| [format!("k: {s}\n"), format!("- {s}\n"), format!("{s}: v\n")])
        .collect();
    cases.extend(
        [
            "a: 1\nb: 2\na: 3\n",
            "base: &b {x: 1, y: 2}\nthis:\n  <<: *b\n  y: 3\n",
            "a: &a {x: 1}\nb: &b {x: 2, z: 3}\nc:\n  <<: [*a, *b]\n",
            "c:\n  <<: 1\n",
            "a:\n\tb: 1\n",
            "a:\n  \tb: 1\n",
            "a: \u{1}\n",
            "a: \u{7f}\n",
            "\u{feff}a: 1\n",
            "a: 1\n---\nb: 2\n",
            "",
            "---\n",
            "# only a comment\n",
            "a: [1, 2\n",
            "a: b: c\n",
            "? [1, 2]\n: x\n",
            "!!set {a, b}\n",
            "!!omap [a: 1, b: 2]\n",
            "a: *undefined\n",
            "apiVersion: langflow.ai/v1\nkind: AdminState\nusers:\n  - username: admin\n    state: disabled\n",
            "users:\n- username: 2024-01-01\n- username: yes\n- username: 0o17\n",
            "%YAML 1.1\n---\na: yes\n",
            "a: 'it''s'\nb: \"tab\\there\"\n",
            "a:\n  - b\n  -c\n",
            "a: 1 # comment\n",
            "- &x [1]\n- *x\n- *x\n",
            "k:\tv\n",
            "k: v\t\n",
            "k: a\tb\n",
            "k: v\t# c\n",
            "- \tx\n",
            "k: [a,\tb]\n",
            "k: |\n  \tx\n",
            "k: \"a\n\tb\"\n",
            "k: 'a\tb'\n",
            "k: v # a\tcomment\n",
            "k: v\n\t\n",
            "! yes\n",
            "! '12'\n",
            "k: !!str\n",
        ]
        .map(str::to_owned),
    );
    let child = std::process::Command::new(&langflow.python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = cases.iter().map(|c| json!(c).to_string()).collect();
    let answers: Vec<Value> = converse(child, lines)
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), cases.len());
    // Markers compare by kind only (their text is ours).
    fn kinds(v: Value) -> Value {
        // A key standing for a marker compares by kind too.
        let key = |k: String| match serde_json::from_str::<Value>(&k) {
            Ok(Value::Object(m)) if m.len() == 1 => kinds(Value::Object(m)).to_string(),
            _ => k,
        };
        match v {
            Value::Object(m) if m.len() == 1 && m.keys().next().unwrap().starts_with('!') => {
                json!({m.keys().next().unwrap().clone(): ""})
            }
            Value::Object(m) => {
                Value::Object(m.into_iter().map(|(k, v)| (key(k), kinds(v))).collect())
            }
            Value::Array(a) => Value::Array(a.into_iter().map(kinds).collect()),
            Value::Number(n) => json!(n.as_f64().unwrap()),
            other => other,
        }
    }
    let mut differ = Vec::new();
    for (case, theirs) in cases.iter().zip(&answers) {
        let ours = match flowadmin::state::pyyaml::load_all(case) {
            Ok(docs) => json!({"ok": kinds(Value::Array(docs))}),
            Err(_) => json!({"error": true}),
        };
        let theirs = match theirs.get("ok") {
            Some(docs) => json!({"ok": kinds(docs.clone())}),
            None => json!({"error": true}),
        };
        if ours != theirs {
            differ.push(format!("{case:?}: ours {ours}, PyYAML {theirs}"));
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} differ:\n{}",
        differ.len(),
        cases.len(),
        differ.join("\n")
    );
}

/// #31 1.6: a Langflow 1.5 database (the 1.5.1 fixture) is read by its own
/// Langflow only through `random.seed` (`_ensure_legacy_fernet_key`, the
/// 1.5 derivation Langflow 1.13 keeps for reading): a value sealed as 1.10.1+
/// seals with a short key would open for nobody running it, so flowadmin
/// refuses; after a rotation to a strong key (which every release derives
/// alike), Langflow's own code opens every value.
#[test]
fn short_keys_on_an_old_schema_are_judged_by_the_legacy_derivation() {
    let langflow = Langflow::new();
    let s = Scratch::fixture("langflow-1.5.1-shortkey");
    let short = fixture_key("langflow-1.5.1-shortkey");
    // One Python (importing Langflow takes seconds), asked twice.
    let script = r#"
import sys, json, sqlite3
from cryptography.fernet import Fernet
from langflow.services.auth import utils
for line in sys.stdin:
    req = json.loads(line)
    key = req["key"]
    if req["mode"] == "legacy":
        f = Fernet(utils._ensure_legacy_fernet_key(key))
    else:
        f = Fernet(utils.ensure_fernet_key(key))
    def opened(token):
        try:
            return f.decrypt(token.encode()).decode()
        except Exception:
            return None
    conn = sqlite3.connect(req["db"])
    out = {n: opened(v) for n, v in conn.execute("SELECT name, value FROM variable")}
    conn.close()
    if req.get("probe"):
        out["probe"] = opened(req["probe"])
    print(json.dumps(out), flush=True)
"#;
    let mut child = std::process::Command::new(&langflow.python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let db = s.db.clone();
    let mut judge = |key: &str, mode: &str, probe: Option<&str>| -> Value {
        use std::io::{BufRead, Write};
        let req = json!({"db": db, "key": key, "mode": mode, "probe": probe});
        writeln!(stdin, "{req}").unwrap();
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        serde_json::from_str(&line).unwrap_or_else(|_| panic!("no answer: {line:?}"))
    };
    // What Langflow 1.5 reads: the legacy derivation opens the fixture's
    // values, and not a value sealed as 1.10.1+ seals with the same key.
    let sha256_sealed = flowadmin::crypto::SecretKey::new(short.as_str())
        .keyring()
        .unwrap()
        .encrypt(b"would be lost");
    let before = judge(&short, "legacy", Some(&sha256_sealed));
    assert_eq!(before["FIXTURE_CREDENTIAL"], "legacy-credential-value-01");
    assert_eq!(
        before["probe"],
        Value::Null,
        "1.5 cannot read what 1.10.1+ seals"
    );
    // So flowadmin refuses to seal with it there.
    let out = s.run(
        &["variable", "set", "NEW_ONE", "--user", "admin"],
        "x",
        &[("LANGFLOW_SECRET_KEY", short.as_str())],
    );
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    // The way out: a strong key, which 1.5 and 1.13 derive alike.
    let strong = flowadmin::crypto::token_urlsafe(32).to_string();
    let cfg = s.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    let env = [
        ("LANGFLOW_SECRET_KEY", short.as_str()),
        ("NEW", strong.as_str()),
        ("LANGFLOW_CONFIG_DIR", cfg.to_str().unwrap()),
    ];
    let out = s.run(
        &["secret-key", "rotate", "--new-key-env", "NEW", "--yes"],
        "",
        &env,
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = s.run(
        &["variable", "set", "NEW_ONE", "--user", "admin"],
        "written after",
        &[("LANGFLOW_SECRET_KEY", strong.as_str())],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let after = judge(&strong, "current", None);
    assert_eq!(after["FIXTURE_CREDENTIAL"], "legacy-credential-value-01");
    assert_eq!(after["FIXTURE_GENERIC"], "legacy-generic-value-02");
    assert_eq!(after["NEW_ONE"], "written after");
    drop(stdin);
    child.wait().unwrap();
}

/// #33: with LANGFLOW_AUTHZ_AUDIT_ENABLED, flowadmin's user and API-key
/// commands record the rows the real server records for the same changes:
/// Langflow's own `langflow admin users create|update|set-password|disable`
/// and its API-key routes over HTTP, each on its own copy of one fixture.
#[test]
fn user_and_api_key_commands_audit_as_the_running_langflow_audits() {
    let ours = Scratch::fixture("langflow-1.13-rich");
    let theirs = Scratch::fixture("langflow-1.13-rich");
    let audit = [("LANGFLOW_AUTHZ_AUDIT_ENABLED", "true")];
    let admin_pw = "Admin-Fixture-Pw-0!";
    let run = |args: &[&str], stdin: &str| {
        let out = ours
            .cmd()
            .args(["--db", "langflow.db", "--json"])
            .args(args)
            .env("LANGFLOW_SECRET_KEY", fixture_key("langflow-1.13-rich"))
            .envs(audit)
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr_of(&out));
        json_of(&out)
    };
    run(
        &["user", "create", "grace", "--password-stdin"],
        "Grace-Audit-Pw-1!\n",
    );
    run(&["user", "activate", "grace"], "");
    run(
        &["user", "set-password", "grace", "--password-stdin"],
        "Grace-Audit-Pw-2!\n",
    );
    run(&["user", "deactivate", "grace"], "");
    let made = run(
        &[
            "--no-clipboard",
            "api-key",
            "create",
            "--user",
            "admin",
            "--name",
            "audit-key",
            "--password-stdin",
        ],
        &format!("{admin_pw}\n"),
    );
    let id = made["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{made}"))
        .to_owned();
    run(&["api-key", "revoke", &id, "--yes"], "");

    let before = audited_changes(&theirs.db).len();
    {
        let server = LangflowServer::start_with(
            &format!("sqlite:///{}", theirs.db.display()),
            &fixtures(),
            &[audit[0], ("LANGFLOW_AUTHZ_AUDIT_DURABLE", "true")],
        );
        let admin = |args: &[&str], stdin: &str| {
            let mut child = std::process::Command::new(server.bin.join("langflow"))
                .arg("admin")
                .args(args)
                .env("LANGFLOW_URL", &server.url)
                .env("LANGFLOW_API_KEY", &server.api_key)
                .env("HOME", server._home.path())
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(stdin.as_bytes())
                .unwrap();
            let out = child.wait_with_output().unwrap();
            assert_eq!(code(&out), 0, "{args:?}: {}", tail(&stderr_of(&out)));
        };
        admin(
            &["users", "create", "grace", "--password-stdin"],
            "Grace-Audit-Pw-1!\n",
        );
        admin(&["users", "update", "grace", "--active"], "");
        admin(
            &["users", "set-password", "grace", "--password-stdin"],
            "Grace-Audit-Pw-2!\n",
        );
        admin(&["users", "disable", "grace"], "");
        // API keys have no admin command: the routes, as the UI calls them.
        let script = "import json, sys, urllib.request\n\
            url, key = sys.argv[1], sys.argv[2]\n\
            def call(method, path, body=None):\n\
            \x20   req = urllib.request.Request(url + path, json.dumps(body).encode() if body is not None else None, {'content-type': 'application/json', 'x-api-key': key}, method=method)\n\
            \x20   return json.loads(urllib.request.urlopen(req, timeout=60).read() or b'null')\n\
            made = call('POST', '/api/v1/api_key/', {'name': 'audit-key'})\n\
            call('DELETE', '/api/v1/api_key/' + made['id'])\n\
            print('ok')\n";
        let out = std::process::Command::new(server.bin.join("python"))
            .args(["-c", script, &server.url, &server.api_key])
            .output()
            .unwrap();
        assert_eq!(stdout_of(&out).trim(), "ok", "{}", stderr_of(&out));
    }
    let theirs = audited_changes(&theirs.db).split_off(before);
    let ours = audited_changes(&ours.db).split_off(before);
    // Langflow's key is gone once deleted, so its id (and ours) show as <id>.
    assert_eq!(ours, theirs);
    assert_eq!(ours.len(), 6, "{ours:#?}");
}
