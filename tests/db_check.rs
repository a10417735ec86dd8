//! `db check` and `db init` on real Langflow databases, driving the real binary.

mod common;

use common::*;
use serde_json::Value;

/// What Langflow's own `check-integrity --json` said about the rich fixture.
fn langflow_credentials_check(file: &str) -> (String, bool) {
    let text = std::fs::read_to_string(fixtures().join(file)).unwrap();
    let report: Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    let cred = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "credentials")
        .unwrap()
        .clone();
    (
        cred["summary"].as_str().unwrap().to_owned(),
        cred["status"] == "ok",
    )
}

fn leading_number(text: &str) -> usize {
    text.split_whitespace().next().unwrap().parse().unwrap()
}

#[test]
fn rich_fixture_with_the_right_key_agrees_with_langflow() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let before = digest(&s.db);
    let out = s
        .cmd()
        .args(["--db", "langflow.db", "--json", "db", "check"])
        .env("LANGFLOW_SECRET_KEY", fixture_key("langflow-1.13-rich"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let j = json_of(&out);
    let (summary, _) = langflow_credentials_check("langflow-1.13-rich.check-integrity.json");
    assert_eq!(j["ok"], true);
    assert_eq!(
        j["encrypted"]["total"].as_u64().unwrap() as usize,
        leading_number(&summary)
    );
    assert_eq!(j["encrypted"]["open"], j["encrypted"]["total"]);
    assert_eq!(j["revision"], "e5a7c9b1d3f2");
    assert_eq!(j["release"], "1.13");
    assert_eq!(j["known_revision"], true);
    assert_eq!(j["journal_mode"], "wal");
    assert_eq!(j["counts"]["users"], 3);
    assert_eq!(j["counts"]["superusers"], 1);
    assert_eq!(j["counts"]["inactive_users"], 1);
    assert_eq!(j["counts"]["api_keys"], 3);
    assert_eq!(j["counts"]["variables_by_type"]["Credential"], 4);
    assert_eq!(j["counts"]["variables_by_type"]["Generic"], 2);
    assert_eq!(j["encrypted"]["opened_by"]["sso-hkdf"], 1);
    // Never a plaintext, with the key that could open every one of them.
    let text = s
        .cmd()
        .args(["--db", "langflow.db", "db", "check"])
        .env("LANGFLOW_SECRET_KEY", fixture_key("langflow-1.13-rich"))
        .output()
        .unwrap();
    assert_eq!(text.status.code(), Some(0));
    let shown = format!(
        "{}{}{}{}",
        stdout_of(&out),
        stderr_of(&out),
        stdout_of(&text),
        stderr_of(&text)
    );
    let secrets = fixture_plaintexts("langflow-1.13-rich");
    assert!(secrets.len() >= 15, "{secrets:?}");
    for secret in &secrets {
        assert!(!shown.contains(secret.as_str()), "{secret} was printed");
    }
    // Read-only: same bytes, no -wal/-shm left behind.
    assert_eq!(digest(&s.db), before);
    assert_eq!(listing(s.path()), vec!["langflow.db"]);
}

/// Every plaintext the fixture's credentials file lists: API keys, variable
/// values and the other encrypted columns' secrets.
fn fixture_plaintexts(name: &str) -> Vec<String> {
    let creds =
        std::fs::read_to_string(fixtures().join(format!("{name}.credentials.txt"))).unwrap();
    let mut found: Vec<String> = creds
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .filter(|w| {
            (w.starts_with("sk-") && w.len() > 20)
                || (w.contains("fixture") && w.ends_with(|c: char| c.is_ascii_digit()))
        })
        .map(str::to_owned)
        .collect();
    found.sort();
    found.dedup();
    found
}

/// The committed reports were written by Langflow's own check-integrity;
/// this checks the fixture says what the tests above take from it (it tests
/// the fixture, not flowadmin).
#[test]
fn the_committed_langflow_reports_are_the_verdicts_the_tests_use() {
    let (_, ok) = langflow_credentials_check("langflow-1.13-rich.check-integrity.json");
    assert!(ok, "right key: Langflow found every value opens");
    let (_, ok) = langflow_credentials_check("langflow-1.13-rich.check-integrity-wrongkey.json");
    assert!(!ok, "wrong key: Langflow found values that do not open");
}

#[test]
fn rich_fixture_with_a_wrong_key_names_every_failing_value() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let out = s
        .cmd()
        .args(["--db", "langflow.db", "--json", "db", "check"])
        .env("LANGFLOW_SECRET_KEY", "a-wrong-short-key")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let j = json_of(&out);
    let (summary, _) =
        langflow_credentials_check("langflow-1.13-rich.check-integrity-wrongkey.json");
    let failed = j["encrypted"]["failed"].as_array().unwrap();
    assert_eq!(
        failed.len(),
        leading_number(&summary),
        "Langflow says: {summary}"
    );
    let columns: std::collections::BTreeSet<&str> = failed
        .iter()
        .map(|f| f["column"].as_str().unwrap())
        .collect();
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
            columns.contains(column),
            "{column} missing from {columns:?}"
        );
    }
    let openai = failed
        .iter()
        .find(|f| f["name"] == "OPENAI_API_KEY")
        .unwrap();
    assert_eq!(openai["owner"], "admin");
    assert_eq!(openai["row_id"], "f9cce3c6-6e4e-4197-970e-86fdb7512c4d");

    // Human output: one line per failing value.
    let out = s
        .cmd()
        .args(["--db", "langflow.db", "db", "check"])
        .env("LANGFLOW_SECRET_KEY", "a-wrong-short-key")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let text = stdout_of(&out);
    assert_eq!(text.matches("does not open:").count(), failed.len());
    assert!(stderr_of(&out).starts_with("error: 18 of 18"));
}

#[test]
fn key_from_the_config_dir_file_opens_the_basic_fixture() {
    let s = Scratch::fixture("langflow-1.13-basic");
    let cfg = s.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    std::fs::copy(
        fixtures().join("langflow-1.13-basic.secret_key"),
        cfg.join("secret_key"),
    )
    .unwrap();
    let out = s
        .cmd()
        .args(["--db", "langflow.db", "db", "check"])
        .env("LANGFLOW_CONFIG_DIR", &cfg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.contains("2 values, all open"), "{text}");
    assert!(text.contains("the key file"), "{text}");
}

#[test]
fn legacy_short_key_opens_the_1_5_fixture() {
    let s = Scratch::fixture("langflow-1.5.1-shortkey");
    let out = s
        .cmd()
        .args(["--db", "langflow.db", "--json", "db", "check"])
        .env(
            "LANGFLOW_SECRET_KEY",
            fixture_key("langflow-1.5.1-shortkey"),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(j["release"], "1.5");
    // 1.5 encrypted Generic variables too: both variables count; the API key is plaintext.
    assert_eq!(j["encrypted"]["total"], 2);
    assert_eq!(j["encrypted"]["opened_by"]["legacy-random"], 2);
}

#[test]
fn generic_tokens_left_by_1_5_are_reported_on_a_1_8_plus_schema() {
    let s = Scratch::fixture("langflow-1.5.1-shortkey");
    // Pretend Langflow 1.13 migrated it: the revision is all that changes the rules.
    let conn = rusqlite::Connection::open(&s.db).unwrap();
    conn.execute(
        "UPDATE alembic_version SET version_num = 'e5a7c9b1d3f2'",
        [],
    )
    .unwrap();
    drop(conn);
    let out = s
        .cmd()
        .args(["--db", "langflow.db", "--json", "db", "check"])
        .env(
            "LANGFLOW_SECRET_KEY",
            fixture_key("langflow-1.5.1-shortkey"),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let j = json_of(&out);
    assert_eq!(
        j["encrypted"]["total"], 1,
        "only the Credential counts, as in Langflow 1.13"
    );
    let legacy = j["legacy_generic_encrypted"].as_array().unwrap();
    assert_eq!(legacy.len(), 1);
    assert_eq!(legacy[0]["name"], "FIXTURE_GENERIC");
}

#[test]
fn init_creates_a_scratch_1_13_database_that_check_accepts() {
    let s = Scratch::empty();
    let out = s.cmd().args(["db", "init", "scratch.db"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        listing(s.path()),
        vec!["scratch.db"],
        "no temp or WAL files left"
    );

    let conn = rusqlite::Connection::open(s.path().join("scratch.db")).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    // The DDL is the real 1.13 DDL: compare with the fixture table by table.
    let fixture = rusqlite::Connection::open(fixtures().join("langflow-1.13-basic.db")).unwrap();
    let ddl = |c: &rusqlite::Connection, name: &str| -> String {
        c.query_row(
            "SELECT sql FROM sqlite_master WHERE name = ?1",
            [name],
            |r| r.get(0),
        )
        .unwrap()
    };
    for table in [
        "user",
        "apikey",
        "variable",
        "folder",
        "alembic_version",
        "ix_user_username_lower",
        "ix_apikey_api_key_hash",
    ] {
        assert_eq!(ddl(&conn, table), ddl(&fixture, table), "{table}");
    }
    drop(conn);

    let out = s
        .cmd()
        .args(["--db", "scratch.db", "--json", "db", "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(j["release"], "1.13");
    assert_eq!(j["counts"]["users"], 0);
    assert_eq!(j["encrypted"]["total"], 0);
}

#[test]
fn init_refuses_an_existing_file_and_changes_nothing() {
    let s = Scratch::fixture("langflow-1.13-basic");
    let before = digest(&s.db);
    let out = s
        .cmd()
        .args(["db", "init", "langflow.db"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr_of(&out).contains("already exists"));
    assert_eq!(digest(&s.db), before);
    let out = s
        .cmd()
        .args(["db", "init", "no/such/dir/x.db"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(listing(s.path()), vec!["langflow.db"]);
}
