//! `variable set | get | list | delete | repair` on real SQLite files.

mod common;

use std::process::Output;

use common::*;
use flowadmin::crypto::SecretKey;
use rusqlite::Connection;
use serde_json::Value;

/// The common `run`, with admin as the configured superuser (the owner
/// variables default to).
fn run(s: &Scratch, args: &[&str], stdin: &[u8], envs: &[(&str, &str)]) -> Output {
    let mut all = vec![("LANGFLOW_SUPERUSER", "admin")];
    all.extend_from_slice(envs);
    s.run(args, stdin, &all)
}

struct Fx {
    s: Scratch,
    key: String,
}

impl Fx {
    fn new(name: &str) -> Fx {
        Fx {
            s: Scratch::fixture(name),
            key: fixture_key(name),
        }
    }

    fn run(&self, args: &[&str], stdin: &[u8]) -> Output {
        run(&self.s, args, stdin, &[("LANGFLOW_SECRET_KEY", &self.key)])
    }

    fn get_raw(&self, name: &str) -> Vec<u8> {
        let out = self.run(&["variable", "get", name, "--raw"], b"");
        assert_eq!(code(&out), 0, "{}", stderr_of(&out));
        out.stdout
    }

    /// (value, type, updated_at, is_environment_managed, default_fields) as stored.
    fn row(&self, name: &str) -> (String, String, Option<String>, Option<i64>, String) {
        Connection::open(&self.s.db)
            .unwrap()
            .query_row(
                "SELECT value, type, updated_at, is_environment_managed, default_fields FROM variable WHERE name = ?1",
                [name],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap()
    }
}

#[test]
fn credentials_are_encrypted_generics_stored_as_typed_on_1_13() {
    let fx = Fx::new("langflow-1.13-rich");
    let out = fx.run(&["variable", "set", "NEW_CRED"], b"secret-value\n");
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let (stored, kind, updated, env_managed, fields) = fx.row("NEW_CRED");
    assert_eq!(kind, "Credential", "credential is the default type");
    assert!(stored.starts_with("gAAAAA"));
    let (_, plain) = SecretKey::new(fx.key.clone())
        .keyring()
        .unwrap()
        .decrypt(&stored)
        .unwrap();
    assert_eq!(
        plain.as_slice(),
        b"secret-value",
        "one trailing newline of stdin dropped"
    );
    assert_eq!(
        (updated, env_managed, fields.as_str()),
        (None, Some(0), "[]")
    );

    let out = fx.run(
        &[
            "variable", "set", "NEW_GEN", "--type", "generic", "--field", "Base URL", "--field",
            "Región",
        ],
        b"https://x\n",
    );
    assert_eq!(code(&out), 0);
    let (stored, kind, _, _, fields) = fx.row("NEW_GEN");
    assert_eq!((stored.as_str(), kind.as_str()), ("https://x", "Generic"));
    assert_eq!(
        serde_json::from_str::<Value>(&fields).unwrap(),
        serde_json::json!(["Base URL", "Región"])
    );
    assert_eq!(fx.get_raw("NEW_GEN"), b"https://x");
}

#[test]
fn langflow_1_5_encrypts_generic_values_too() {
    let mut fx = Fx::new("langflow-1.5.1-shortkey");
    let set = [
        "variable",
        "set",
        "PLAIN_TEXT",
        "--type",
        "generic",
        "--value",
        "hello",
    ];
    // Its short key: 1.5 reads it only through random.seed, so flowadmin
    // does not seal with it there (#31 1.6) ...
    let out = fx.run(&set, b"");
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    // ... until it is rotated to a strong key, which every release reads.
    let cfg = fx.s.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    let strong = flowadmin::crypto::token_urlsafe(32).to_string();
    let out = run(
        &fx.s,
        &["secret-key", "rotate", "--new-key-env", "NEW", "--yes"],
        b"",
        &[
            ("LANGFLOW_SECRET_KEY", &fx.key),
            ("NEW", &strong),
            ("LANGFLOW_CONFIG_DIR", cfg.to_str().unwrap()),
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    fx.key = strong;
    let out = fx.run(&set, b"");
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let (stored, kind, ..) = {
        let conn = Connection::open(&fx.s.db).unwrap();
        conn.query_row(
            "SELECT value, type FROM variable WHERE name = 'PLAIN_TEXT'",
            [],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, ())),
        )
        .unwrap()
    };
    assert_eq!(kind, "Generic");
    assert!(
        stored.starts_with("gAAAAA"),
        "1.5 to 1.7 encrypt Generic values"
    );
    assert_eq!(fx.get_raw("PLAIN_TEXT"), b"hello");
    // Langflow-made values, re-encrypted from the legacy short-key derivation.
    assert_eq!(
        fx.get_raw("FIXTURE_CREDENTIAL"),
        b"legacy-credential-value-01"
    );
    assert_eq!(fx.get_raw("FIXTURE_GENERIC"), b"legacy-generic-value-02");
}

#[test]
fn an_update_is_seen_and_survives_langflows_env_import() {
    let fx = Fx::new("langflow-1.13-rich");
    Connection::open(&fx.s.db)
        .unwrap()
        .execute(
            "UPDATE variable SET is_environment_managed = 1 WHERE name = 'OPENAI_API_KEY'",
            [],
        )
        .unwrap();
    let out = fx.run(&["variable", "set", "OPENAI_API_KEY"], b"sk-rotated\n");
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("updated Credential"));
    let (_, kind, updated, env_managed, _) = fx.row("OPENAI_API_KEY");
    assert_eq!(kind, "Credential");
    assert!(updated.is_some(), "updated_at set");
    assert_eq!(env_managed, Some(0), "no longer managed by the environment");
    assert_eq!(fx.get_raw("OPENAI_API_KEY"), b"sk-rotated");
    let count: i64 = Connection::open(&fx.s.db)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM variable WHERE name = 'OPENAI_API_KEY'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(count, 1, "one row per owner and name");
}

#[test]
fn values_round_trip_exactly() {
    let fx = Fx::new("langflow-1.13-basic");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "MULTILINE",
            "line one\nline two\r\n\ttabbed — ünïcødé ✓ 🔑\n\n"
                .as_bytes()
                .to_vec(),
        ),
        ("EMPTY", Vec::new()),
        (
            "BIG",
            (0..1024 * 1024).map(|i| b'a' + (i % 26) as u8).collect(),
        ),
    ];
    for (name, value) in &cases {
        // An empty value is stored only on purpose (#22 item 4).
        let out = fx.run(&["variable", "set", name, "--raw", "--allow-empty"], value);
        assert_eq!(code(&out), 0, "{name}: {}", stderr_of(&out));
        assert_eq!(&fx.get_raw(name), value, "{name}: --raw in, --raw out");
    }
    // Without --raw: `get` adds one newline and `set` drops one, so a pipe round-trips too.
    let out = fx.run(&["variable", "get", "MULTILINE"], b"");
    let piped = out.stdout;
    let out = fx.run(&["variable", "set", "COPY"], &piped);
    assert_eq!(code(&out), 0);
    assert_eq!(fx.get_raw("COPY"), cases[0].1);
}

#[test]
fn value_sources() {
    let fx = Fx::new("langflow-1.13-basic");
    let out = run(
        &fx.s,
        &["variable", "set", "FROM_ENV", "--value-env", "MY_SECRET"],
        b"ignored",
        &[
            ("LANGFLOW_SECRET_KEY", &fx.key),
            ("MY_SECRET", "from-the-environment"),
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(fx.get_raw("FROM_ENV"), b"from-the-environment");
    let out = fx.run(
        &["variable", "set", "FROM_ENV2", "--value-env", "UNSET_VAR"],
        b"",
    );
    assert_eq!(code(&out), 2);
    // --value is refused for a credential, whose value would show in the process list.
    let out = fx.run(&["variable", "set", "CRED", "--value", "shown-in-ps"], b"");
    assert_eq!(code(&out), 2);
    assert!(stderr_of(&out).contains("Generic variables only"));
}

#[test]
fn generic_values_may_not_look_encrypted_on_1_8_plus() {
    let fx = Fx::new("langflow-1.13-basic");
    let before = digest(&fx.s.db);
    let out = fx.run(
        &["variable", "set", "X", "--type", "generic"],
        b"gAAAAABfake\n",
    );
    assert_eq!(code(&out), 2);
    assert!(stderr_of(&out).contains("gAAAAA"));
    assert_eq!(digest(&fx.s.db), before);
}

#[test]
fn duplicates_are_refused_not_guessed() {
    let fx = Fx::new("langflow-1.13-rich");
    let conn = Connection::open(&fx.s.db).unwrap();
    conn.execute(
        "INSERT INTO variable (id, name, value, type, user_id, default_fields) \
         SELECT 'dddddddddddddddddddddddddddddddd', name, value, type, user_id, default_fields FROM variable WHERE name = 'REGION'",
        [],
    )
    .unwrap();
    drop(conn);
    let before = digest(&fx.s.db);
    for args in [
        vec!["variable", "set", "REGION", "--value", "x"],
        vec!["variable", "get", "REGION"],
    ] {
        let out = fx.run(&args, b"");
        assert_eq!(code(&out), 4, "{args:?}");
        assert!(
            stderr_of(&out).contains("2 rows are named"),
            "{}",
            stderr_of(&out)
        );
    }
    assert_eq!(digest(&fx.s.db), before);
    let out = fx.run(
        &[
            "variable",
            "delete",
            "REGION",
            "--id",
            "dddddddd-dddd-dddd-dddd-dddddddddddd",
            "--yes",
        ],
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(fx.get_raw("REGION"), b"eu-west-1");
}

#[test]
fn wrong_key_is_a_clear_decrypt_error() {
    let fx = Fx::new("langflow-1.13-rich");
    let out = run(
        &fx.s,
        &["variable", "get", "OPENAI_API_KEY"],
        b"",
        &[("LANGFLOW_SECRET_KEY", "not-the-key")],
    );
    assert_eq!(code(&out), 5);
    let err = stderr_of(&out);
    assert!(
        err.contains("OPENAI_API_KEY") && err.contains("db check"),
        "{err}"
    );
    assert!(stdout_of(&out).is_empty());
    // A Generic value needs no key at all.
    let out = run(&fx.s, &["variable", "get", "REGION"], b"", &[]);
    assert_eq!(stdout_of(&out), "eu-west-1\n");
}

#[test]
fn bad_input_changes_nothing() {
    let fx = Fx::new("langflow-1.13-rich");
    let before = digest(&fx.s.db);
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec!["variable", "set", "X", "--user", "nobody"],
            3,
            "no user named",
        ),
        (vec!["variable", "get", "NOPE"], 3, "no variable named"),
        (
            vec!["variable", "delete", "NOPE", "--yes"],
            3,
            "no variable named",
        ),
        (
            vec!["variable", "set", "X", "--type", "secret"],
            2,
            "invalid value",
        ),
        (
            vec!["variable", "set", "BAD\nNAME"],
            2,
            "control characters",
        ),
        (vec!["variable", "set", ""], 2, "empty"),
        (vec!["variable", "delete", "REGION"], 2, "--yes"),
    ];
    for (args, expected, needle) in cases {
        let out = fx.run(&args, b"value\n");
        assert_eq!(code(&out), expected, "{args:?}: {}", stderr_of(&out));
        assert!(
            stderr_of(&out).contains(needle),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    assert_eq!(digest(&fx.s.db), before);
}

#[test]
fn list_reports_decryption_and_shows_values_only_when_asked() {
    let fx = Fx::new("langflow-1.13-rich");
    let out = fx.run(&["--json", "variable", "list", "--all"], b"");
    let rows = json_of(&out);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 6);
    assert!(
        rows.iter()
            .all(|r| r["decrypts"] == true && r.get("value").is_none())
    );
    let out = fx.run(&["--json", "variable", "list", "--show-values"], b"");
    let rows = json_of(&out);
    let openai = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "OPENAI_API_KEY")
        .unwrap()
        .clone();
    assert_eq!(openai["value"], "sk-fixture-openai-0001");
    // Piped human output never carries values.
    let out = fx.run(&["variable", "list", "--show-values"], b"");
    assert!(!stdout_of(&out).contains("sk-fixture-openai-0001"));
    assert!(stderr_of(&out).contains("only on a terminal"));
    // With a wrong key each credential says so.
    let out = run(
        &fx.s,
        &["--json", "variable", "list", "--all"],
        b"",
        &[("LANGFLOW_SECRET_KEY", "wrong-key")],
    );
    let failing = json_of(&out)
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["decrypts"] == false)
        .count();
    assert_eq!(failing, 4);
}

#[test]
fn repair_decrypts_generic_values_left_by_langflow_1_5() {
    let fx = Fx::new("langflow-1.5.1-shortkey");
    // Before the upgrade there is nothing to repair: 1.5 reads its own values.
    let out = fx.run(&["variable", "repair"], b"");
    assert_eq!(code(&out), 4);
    // As after Langflow 1.13's migrations: the revision is what changes the rule.
    Connection::open(&fx.s.db)
        .unwrap()
        .execute(
            "UPDATE alembic_version SET version_num = 'e5a7c9b1d3f2'",
            [],
        )
        .unwrap();
    let out = fx.run(&["--json", "variable", "list"], b"");
    let legacy: Vec<Value> = json_of(&out)
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["legacy_encrypted_generic"] == true)
        .cloned()
        .collect();
    assert_eq!(legacy.len(), 1);
    // A wrong key: refused, nothing written.
    let before = digest(&fx.s.db);
    let out = run(
        &fx.s,
        &["variable", "repair"],
        b"",
        &[("LANGFLOW_SECRET_KEY", "another-key")],
    );
    assert_eq!(code(&out), 5);
    assert_eq!(digest(&fx.s.db), before);
    let out = fx.run(&["variable", "repair", "--dry-run"], b"");
    assert_eq!(code(&out), 0);
    assert_eq!(digest(&fx.s.db), before);
    let out = fx.run(&["variable", "repair"], b"");
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let (stored, kind): (String, String) = Connection::open(&fx.s.db)
        .unwrap()
        .query_row(
            "SELECT value, type FROM variable WHERE name = 'FIXTURE_GENERIC'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (stored.as_str(), kind.as_str()),
        ("legacy-generic-value-02", "Generic")
    );
    // The credential is untouched and still opens.
    assert_eq!(
        fx.get_raw("FIXTURE_CREDENTIAL"),
        b"legacy-credential-value-01"
    );
    let out = fx.run(&["variable", "repair"], b"");
    assert!(stdout_of(&out).contains("no encrypted Generic values"));
}

#[test]
fn credential_prompt_on_a_terminal_is_hidden() {
    use expectrl::{Eof, Expect, Session};
    let fx = Fx::new("langflow-1.13-basic");
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"));
    cmd.args(["--db", "langflow.db", "variable", "set", "TYPED"])
        .current_dir(fx.s.path())
        .env_clear()
        .env("HOME", fx.s.path())
        .env("LANGFLOW_SUPERUSER", "admin")
        .env("LANGFLOW_SECRET_KEY", &fx.key);
    let mut p = Session::spawn(cmd).unwrap();
    p.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
    p.expect("Value of TYPED").unwrap();
    // The hidden prompt drops input typed before it switches the terminal
    // (TCSAFLUSH): answer a moment after it shows, as a person would.
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_line("typed-secret-42").unwrap();
    let found = p.expect(Eof).unwrap();
    let mut screen = found.before().to_vec();
    for m in found.matches() {
        screen.extend_from_slice(m);
    }
    let screen = String::from_utf8_lossy(&screen);
    assert!(
        screen.contains("created Credential variable TYPED"),
        "{screen}"
    );
    assert!(
        !screen.contains("typed-secret-42"),
        "the typed value is not echoed: {screen}"
    );
    assert_eq!(fx.get_raw("TYPED"), b"typed-secret-42");
}

#[test]
fn list_filters_by_type() {
    let fx = Fx::new("langflow-1.13-rich");
    let names = |kind: &str| -> Vec<String> {
        let out = fx.run(
            &["--json", "variable", "list", "--all", "--type", kind],
            b"",
        );
        assert_eq!(code(&out), 0, "{}", stderr_of(&out));
        let rows = json_of(&out);
        let rows = rows.as_array().unwrap();
        assert!(
            rows.iter()
                .all(|r| r["type"].as_str().unwrap().eq_ignore_ascii_case(kind))
        );
        rows.iter()
            .map(|r| r["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(names("generic"), vec!["APP_ENV", "REGION"]);
    assert_eq!(
        names("credential"),
        vec![
            "ANTHROPIC_API_KEY",
            "DB_PASSWORD",
            "OPENAI_API_KEY",
            "ALICE_TOKEN"
        ]
    );
}
