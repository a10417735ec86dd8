//! `flowadmin doctor`: every check tripped on a copy of a fixture made to
//! trip it, the clean fixture tripping no critical one, the interface
//! (--check, --skip, --fail-on, --json), and not a byte changed on disk.
//! PostgreSQL's run is in tests/postgres.rs.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::*;
use rusqlite::Connection;
use serde_json::Value;

const FF_MASTER: &str = "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=";

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// The rich fixture as a careful operator keeps it: the key in the
/// environment and the file (the same), everything 0600.
fn hardened() -> Rich {
    let t = Rich::new();
    chmod(&t.s.db, 0o600);
    chmod(&t.cfg.join("secret_key"), 0o600);
    t
}

/// The instant every doctor here judges staleness at: a week after the
/// fixtures were made (2026-11-23), whatever today's date (#31: these tests
/// failed once the fixture aged past 90 days).
const AS_OF: &str = "2026-12-01";

fn doctor(t: &Rich, args: &[&str], envs: &[(&str, &str)]) -> (i32, Value) {
    let mut all = vec!["--json", "doctor", "--as-of", AS_OF];
    all.extend_from_slice(args);
    let out = t.run(&all, "", envs);
    assert!(
        !stdout_of(&out).is_empty(),
        "no report: {}",
        stderr_of(&out)
    );
    (code(&out), json_of(&out))
}

/// `id -> severity` of each finding.
fn found(j: &Value) -> Vec<(String, String)> {
    j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn finding<'a>(j: &'a Value, id: &str) -> &'a Value {
    j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {:#}", j["findings"]))
}

fn has(j: &Value, id: &str) -> bool {
    found(j).iter().any(|(i, _)| i == id)
}

fn severity(j: &Value, id: &str) -> String {
    finding(j, id)["severity"].as_str().unwrap().to_owned()
}

/// Replaces one Credential variable's value with a token under another key.
fn plant_foreign_token(db: &Path, name: &str) -> String {
    let other = fernet::Fernet::generate_key();
    let token = fernet::Fernet::new(&other).unwrap().encrypt(b"foreign");
    let conn = Connection::open(db).unwrap();
    let n = conn
        .execute(
            "UPDATE variable SET value = ?1 WHERE name = ?2",
            rusqlite::params![token, name],
        )
        .unwrap();
    assert_eq!(n, 1);
    other
}

fn strong_env() -> Vec<(&'static str, String)> {
    vec![
        ("LANGFLOW_ENABLE_SUPERUSER_CLI", "false".into()),
        (
            "LANGFLOW_CORS_ORIGINS",
            "https://langflow.example.com".into(),
        ),
    ]
}

#[test]
fn the_clean_rich_fixture_trips_no_critical_check() {
    let t = Rich::new();
    // As Langflow writes it.
    chmod(&t.cfg.join("secret_key"), 0o600);
    let (rc, j) = doctor(&t, &[], &[]);
    assert_eq!(rc, 0, "{j:#}");
    assert!(
        found(&j).iter().all(|(_, s)| s != "critical"),
        "{:#}",
        j["findings"]
    );
    assert_eq!(j["schema"], 1);
    assert_eq!(j["encrypted_values"], 18);
    let keys = j["keys"].as_array().unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0]["opens"], 18);
    assert_eq!(keys[0]["configured"], true);
    assert_eq!(keys[0]["fingerprint"].as_str().unwrap().len(), 8);
    assert!(!j.to_string().contains(&t.key), "the key is never shown");
    // The defaults Langflow ships with are warned about.
    assert!(has(&j, "secret-key.not-explicit"));
    assert!(has(&j, "auth.superuser-cli"));
    assert_eq!(severity(&j, "auth.cors-wildcard"), "info");
    assert_eq!(severity(&j, "api-keys.never-expire"), "info");
    assert_eq!(
        finding(&j, "api-keys.never-expire")["items"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn a_hardened_deployment_has_nothing_above_info() {
    let t = hardened();
    let env = strong_env();
    let mut envs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    envs.push(("LANGFLOW_SECRET_KEY", &t.key));
    let (rc, j) = doctor(&t, &["--fail-on", "warning"], &envs);
    assert_eq!(rc, 0, "{:#}", j["findings"]);
    assert!(
        found(&j).iter().all(|(_, s)| s == "info"),
        "{:#}",
        j["findings"]
    );
    assert_eq!(j["ok"], true);
    // The key is in the environment and in the file: one key, two places.
    let keys = j["keys"].as_array().unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0]["sources"].as_array().unwrap().len(), 2);
}

#[test]
fn doctor_changes_no_byte_of_any_file() {
    let t = Rich::new();
    std::fs::write(t.cfg.join("secret_key.new"), fernet::Fernet::generate_key()).unwrap();
    std::fs::write(t.cfg.join("secret_key.backup.20260101T000000Z"), &t.key).unwrap();
    let env_file = t.s.path().join("prod.env");
    std::fs::write(&env_file, format!("LANGFLOW_SECRET_KEY={}\n", t.key)).unwrap();
    let snapshot = |dirs: &[&Path]| -> Vec<(String, Vec<u8>, u32)> {
        dirs.iter()
            .flat_map(|d| listing(d).into_iter().map(move |n| d.join(n)))
            .filter(|p| p.is_file())
            .map(|p| {
                let mode = std::fs::metadata(&p).unwrap().permissions().mode();
                (p.display().to_string(), digest(&p), mode)
            })
            .collect()
    };
    let before = snapshot(&[t.s.path(), &t.cfg]);
    for args in [
        vec!["doctor"],
        vec!["--json", "doctor", "--stale-days", "0"],
        vec![
            "--env-file",
            "prod.env",
            "doctor",
            "--key-file",
            "cfg/secret_key.new",
        ],
    ] {
        let out = t.run(&args, "", &[]);
        assert!(matches!(code(&out), 0 | 8), "{}", stderr_of(&out));
    }
    assert_eq!(snapshot(&[t.s.path(), &t.cfg]), before);
}

#[test]
fn environment_key_that_differs_from_the_file_is_drift() {
    let t = hardened();
    let wrong = fernet::Fernet::generate_key();
    let (rc, j) = doctor(&t, &[], &[("LANGFLOW_SECRET_KEY", &wrong)]);
    assert_eq!(rc, 8, "a critical finding fails the run");
    for id in ["key.other-key-opens-more", "key.needs-other-key"] {
        assert_eq!(severity(&j, id), "critical", "{id}");
    }
    assert_eq!(severity(&j, "key.env-overrides-file"), "warning");
    assert!(!has(&j, "key.mixed"), "the file's key opens all of them");
    let keys = j["keys"].as_array().unwrap();
    let configured = keys.iter().find(|k| k["configured"] == true).unwrap();
    assert_eq!(configured["opens"], 0);
    let file = keys.iter().find(|k| k["configured"] == false).unwrap();
    assert_eq!(file["opens"], 18);
    assert!(
        finding(&j, "key.needs-other-key")["found"]
            .as_str()
            .unwrap()
            .starts_with("18 of 18")
    );
}

#[test]
fn values_under_two_keys_are_a_half_finished_rotation() {
    let t = hardened();
    // Rotate, then put one value back under the old key, as a crash of a
    // rotation without a transaction would leave it.
    let conn = Connection::open(&t.s.db).unwrap();
    let old: String = conn
        .query_row(
            "SELECT value FROM variable WHERE name = 'OPENAI_API_KEY'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    drop(conn);
    let out = t.run(&["--json", "secret-key", "rotate"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    Connection::open(&t.s.db)
        .unwrap()
        .execute(
            "UPDATE variable SET value = ?1 WHERE name = 'OPENAI_API_KEY'",
            [old],
        )
        .unwrap();
    let (rc, j) = doctor(&t, &[], &[]);
    assert_eq!(rc, 8);
    assert_eq!(severity(&j, "key.mixed"), "critical");
    let needs = finding(&j, "key.needs-other-key");
    assert!(
        needs["found"].as_str().unwrap().starts_with("1 of 18"),
        "{needs:#}"
    );
    assert!(
        needs["items"][0]
            .as_str()
            .unwrap()
            .contains("secret_key.backup."),
        "the backup rotate left is the key that opens it: {needs:#}"
    );
    assert!(!has(&j, "key.other-key-opens-more"), "the new key opens 17");
    assert!(!has(&j, "key.unopenable"));
    assert!(has(&j, "files.backups"));
}

#[test]
fn a_value_no_key_opens_is_reported_and_an_extra_key_file_is_tried() {
    let t = hardened();
    let other = plant_foreign_token(&t.s.db, "DB_PASSWORD");
    let (rc, j) = doctor(&t, &[], &[]);
    assert_eq!(rc, 8);
    assert!(
        finding(&j, "key.unopenable")["found"]
            .as_str()
            .unwrap()
            .starts_with("1 of 18")
    );
    assert!(
        !has(&j, "key.mixed"),
        "the configured key opens all that open"
    );
    // The key that wrote it, given with --key-file, is tried and counted.
    std::fs::write(t.s.path().join("old.key"), format!("{other}\n")).unwrap();
    let (_, j) = doctor(&t, &["--key-file", "old.key"], &[]);
    assert!(!has(&j, "key.unopenable"), "{:#}", j["findings"]);
    assert!(has(&j, "key.mixed"));
    assert!(has(&j, "key.needs-other-key"));
    let extra = j["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["sources"][0].as_str().unwrap().contains("--key-file"))
        .unwrap();
    assert_eq!(extra["opens"], 1);
    // A --key-file that cannot be read is an error, not a finding.
    let out = t.run(&["doctor", "--key-file", "missing.key"], "", &[]);
    assert_eq!(code(&out), 3, "{}", stderr_of(&out));
}

#[test]
fn no_usable_key_and_an_interrupted_rotation_are_critical() {
    let t = hardened();
    std::fs::remove_file(t.cfg.join("secret_key")).unwrap();
    let (rc, j) = doctor(&t, &[], &[]);
    assert_eq!(rc, 8);
    assert_eq!(severity(&j, "key.unusable"), "critical");
    assert!(has(&j, "key.unopenable"));
    assert!(j["keys"].as_array().unwrap().is_empty());
    // The key left as secret_key.new by an interrupted rotation.
    std::fs::write(t.cfg.join("secret_key.new"), &t.key).unwrap();
    chmod(&t.cfg.join("secret_key.new"), 0o600);
    let (_, j) = doctor(&t, &[], &[]);
    assert_eq!(severity(&j, "key.interrupted-rotation"), "critical");
    let f = finding(&j, "key.interrupted-rotation");
    assert_eq!(
        (f["found"].as_str().unwrap(), f["why"].as_str().unwrap()),
        (
            format!(
                "{} is left by an interrupted secret key rotation",
                t.cfg.join("secret_key.new").display()
            )
            .as_str(),
            "until it is settled the database may already be under the new key while Langflow starts with the old one"
        )
    );
    assert!(!has(&j, "key.unopenable"), "the pending key opens them");
    assert!(has(&j, "key.needs-other-key"));
    let pending = &j["keys"][0];
    assert_eq!(pending["opens"], 18);
    assert!(
        pending["sources"][0]
            .as_str()
            .unwrap()
            .ends_with("secret_key.new")
    );
}

#[test]
fn the_process_environment_key_under_an_env_file_is_a_candidate() {
    let t = hardened();
    let env_file = t.s.path().join("prod.env");
    let wrong = fernet::Fernet::generate_key();
    std::fs::write(&env_file, format!("LANGFLOW_SECRET_KEY={wrong}\n")).unwrap();
    chmod(&env_file, 0o600);
    let (_, j) = doctor(
        &t,
        &["--env-file", "prod.env"],
        &[("LANGFLOW_SECRET_KEY", &t.key)],
    );
    let keys = j["keys"].as_array().unwrap();
    let process = keys
        .iter()
        .find(|k| k["sources"].to_string().contains("process environment"))
        .unwrap_or_else(|| panic!("{keys:#?}"));
    assert_eq!(process["opens"], 18);
    assert!(has(&j, "key.other-key-opens-more"));
    assert!(!has(&j, "files.env-exposed"), "0600 is fine");
}

#[test]
fn weak_secret_keys_are_flagged() {
    let s = Scratch::initialized();
    let run = |key: &str| {
        let out = s.run(
            &["--json", "doctor", "--check", "secret-key"],
            "",
            &[("LANGFLOW_SECRET_KEY", key)],
        );
        json_of(&out)
    };
    let j = run("hunter2");
    assert_eq!(severity(&j, "secret-key.short"), "warning");
    assert!(has(&j, "secret-key.low-variety"));
    assert!(!has(&j, "secret-key.not-explicit"));
    // 32 bytes of zeros: a valid Fernet key with two distinct characters.
    let j = run("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    assert!(!has(&j, "secret-key.short"));
    // #22 item 9: a key of a few bits is guessed at once: critical.
    assert_eq!(severity(&j, "secret-key.low-variety"), "critical");
    // Eight letters four times each: 96 bits, low variety, not trivial.
    let j = run("aaaabbbbccccddddeeeeffffgggghhhh");
    assert_eq!(severity(&j, "secret-key.low-variety"), "warning");
    let j = run(&fernet::Fernet::generate_key());
    assert!(found(&j).is_empty(), "{:#}", j["findings"]);
}

#[test]
fn auth_settings_are_each_a_finding() {
    let t = hardened();
    let (_, j) = doctor(
        &t,
        &["--check", "auth"],
        &[
            ("LANGFLOW_AUTO_LOGIN", "true"),
            ("LANGFLOW_SKIP_AUTH_AUTO_LOGIN", "true"),
            ("LANGFLOW_NEW_USER_IS_ACTIVE", "1"),
            ("LANGFLOW_WEBHOOK_AUTH_ENABLE", "false"),
            ("LANGFLOW_DISABLE_TRACK_APIKEY_USAGE", "true"),
        ],
    );
    for (id, sev) in [
        ("auth.auto-login", "critical"),
        ("auth.skip-auth", "critical"),
        ("auth.superuser-cli", "warning"),
        ("auth.new-user-active", "warning"),
        ("auth.webhook-auth-off", "warning"),
        ("auth.cors-wildcard", "info"),
        ("auth.key-tracking-off", "info"),
    ] {
        assert_eq!(severity(&j, id), sev, "{id}");
    }
    assert!(found(&j).iter().all(|(id, _)| id.starts_with("auth.")));
    // SKIP_AUTH means nothing without AUTO_LOGIN; a bad boolean stops Langflow.
    let (_, j) = doctor(
        &t,
        &["--check", "auth"],
        &[
            ("LANGFLOW_SKIP_AUTH_AUTO_LOGIN", "true"),
            ("LANGFLOW_WEBHOOK_AUTH_ENABLE", "sometimes"),
        ],
    );
    assert!(!has(&j, "auth.skip-auth") && !has(&j, "auth.auto-login"));
    assert_eq!(severity(&j, "auth.invalid-setting"), "critical");
    assert!(
        finding(&j, "auth.invalid-setting")["items"][0]
            .as_str()
            .unwrap()
            .contains("LANGFLOW_WEBHOOK_AUTH_ENABLE")
    );
    let env = strong_env();
    let envs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, j) = doctor(&t, &["--check", "auth"], &envs);
    assert!(found(&j).is_empty(), "{:#}", j["findings"]);
}

#[test]
fn the_default_superuser_password_is_checked_against_the_stored_hash() {
    let t = hardened();
    let out = t.run(
        &["user", "create", "langflow", "--active", "--password-stdin"],
        "langflow\n",
        &[("LANGFLOW_AUTO_LOGIN", "true")],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let (_, j) = doctor(&t, &["--check", "auth.default-superuser"], &[]);
    let f = finding(&j, "auth.default-superuser");
    assert_eq!(f["severity"], "warning");
    assert!(
        f["items"][0].as_str().unwrap().starts_with("user langflow"),
        "{f:#}"
    );
    // Another password for it: nothing (but the setting itself still counts).
    let out = t.run(
        &["user", "set-password", "langflow", "--password-stdin"],
        "Not-The-Default-9\n",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let (_, j) = doctor(&t, &["--check", "auth.default-superuser"], &[]);
    assert!(found(&j).is_empty());
    let (_, j) = doctor(
        &t,
        &["--check", "auth.default-superuser"],
        &[("LANGFLOW_SUPERUSER_PASSWORD", "langflow")],
    );
    assert!(
        finding(&j, "auth.default-superuser")["items"][0]
            .as_str()
            .unwrap()
            .contains("LANGFLOW_SUPERUSER_PASSWORD")
    );
}

#[test]
fn stale_superusers_and_api_keys() {
    let t = hardened();
    // The fixture was made on 2026-11-23 and never logged in.
    let (_, j) = doctor(&t, &["--check", "accounts", "--check", "api-keys"], &[]);
    assert!(
        !has(&j, "accounts.stale-superuser"),
        "90 days have not passed"
    );
    assert!(!has(&j, "api-keys.unused"));
    let (_, j) = doctor(
        &t,
        &[
            "--check",
            "accounts",
            "--check",
            "api-keys",
            "--stale-days",
            "1",
        ],
        &[],
    );
    let stale = finding(&j, "accounts.stale-superuser");
    assert!(
        stale["items"][0]
            .as_str()
            .unwrap()
            .starts_with("admin: never logged in"),
        "{stale:#}"
    );
    assert_eq!(
        finding(&j, "api-keys.unused")["items"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    // A login long ago; a key used yesterday is not unused.
    let conn = Connection::open(&t.s.db).unwrap();
    conn.execute(
        "UPDATE user SET last_login_at = '2020-01-01 00:00:00' WHERE username = 'admin'",
        [],
    )
    .unwrap();
    // The day before AS_OF.
    let yesterday = "2026-11-30 04:00:00".to_owned();
    conn.execute(
        "UPDATE apikey SET last_used_at = ?1, total_uses = 4 WHERE name = 'admin-key-1'",
        [yesterday],
    )
    .unwrap();
    drop(conn);
    let (_, j) = doctor(
        &t,
        &[
            "--check",
            "accounts",
            "--check",
            "api-keys",
            "--stale-days",
            "5",
        ],
        &[],
    );
    assert!(
        finding(&j, "accounts.stale-superuser")["items"][0]
            .as_str()
            .unwrap()
            .contains("last login")
    );
    let unused = finding(&j, "api-keys.unused")["items"].to_string();
    assert!(
        !unused.contains("admin-key-1") && unused.contains("admin-key-2"),
        "{unused}"
    );
    // With tracking off, unused keys cannot be told apart: not reported.
    let (_, j) = doctor(
        &t,
        &["--check", "api-keys", "--stale-days", "1"],
        &[("LANGFLOW_DISABLE_TRACK_APIKEY_USAGE", "true")],
    );
    assert!(!has(&j, "api-keys.unused"));
}

#[test]
fn keys_of_inactive_users_and_superusers_under_auto_login() {
    let t = hardened();
    let conn = Connection::open(&t.s.db).unwrap();
    conn.execute("UPDATE user SET is_active = 0 WHERE username = 'alice'", [])
        .unwrap();
    conn.execute(
        "UPDATE user SET is_superuser = 1, is_active = 1 WHERE username = 'bob'",
        [],
    )
    .unwrap();
    drop(conn);
    let (_, j) = doctor(&t, &["--check", "accounts", "--check", "api-keys"], &[]);
    assert_eq!(
        finding(&j, "api-keys.inactive-owner")["items"],
        serde_json::json!(["alice-key-1 of alice"])
    );
    assert!(
        !has(&j, "accounts.superusers-with-auto-login"),
        "AUTO_LOGIN is false"
    );
    let (_, j) = doctor(
        &t,
        &["--check", "accounts"],
        &[("LANGFLOW_AUTO_LOGIN", "true")],
    );
    assert_eq!(
        finding(&j, "accounts.superusers-with-auto-login")["items"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn generic_variables_left_encrypted_by_1_5_are_found() {
    let s = Scratch::fixture("langflow-1.5.1-shortkey");
    Connection::open(&s.db)
        .unwrap()
        .execute(
            "UPDATE alembic_version SET version_num = 'e5a7c9b1d3f2'",
            [],
        )
        .unwrap();
    let key = fixture_key("langflow-1.5.1-shortkey");
    let out = s.run(&["--json", "doctor"], "", &[("LANGFLOW_SECRET_KEY", &key)]);
    let j = json_of(&out);
    let f = finding(&j, "variables.legacy-generic");
    assert_eq!(f["severity"], "warning");
    assert!(
        f["items"][0].as_str().unwrap().contains("FIXTURE_GENERIC"),
        "{f:#}"
    );
    assert!(f["fix"].as_str().unwrap().contains("variable repair"));
    // And its 8-character key is short (opened by the legacy derivation).
    assert!(has(&j, "secret-key.short"));
    assert_eq!(j["keys"][0]["opens"], 1);
}

/// A check that matches more rows than a report can list keeps the first
/// 1,000 (the terminal shows 20) and counts them all: the audit of a large
/// deployment holds no more than that in memory.
#[test]
fn a_finding_lists_its_first_rows_and_counts_them_all() {
    let t = hardened();
    let conn = Connection::open(&t.s.db).unwrap();
    let before: i64 = conn
        .query_row(
            "SELECT count(*) FROM apikey WHERE is_active AND expires_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) \
         INSERT INTO apikey (id, name, created_at, total_uses, is_active, api_key, api_key_hash, user_id) \
         SELECT printf('%032x', 7000000 + i), 'bulk-' || i, created_at, 0, 1, api_key || i, NULL, user_id \
         FROM n, (SELECT * FROM apikey WHERE is_active LIMIT 1)",
        [],
    )
    .unwrap();
    drop(conn);
    let (_, j) = doctor(&t, &["--check", "api-keys.never-expire"], &[]);
    let f = finding(&j, "api-keys.never-expire");
    assert_eq!(f["item_count"], before + 1500, "{:#}", f["found"]);
    assert_eq!(f["items"].as_array().unwrap().len(), 1000);
    assert_eq!(
        f["found"],
        format!("{} API key(s) never expire", before + 1500)
    );
    let out = t.run(&["doctor", "--check", "api-keys.never-expire"], "", &[]);
    let text = stdout_of(&out);
    let listed: Vec<&str> = text.lines().filter(|l| l.starts_with("      - ")).collect();
    assert_eq!(listed.len(), 21, "{text}");
    assert_eq!(
        listed[20],
        format!(
            "      - ... and {} more (`--json` lists the first 1000)",
            before + 1500 - 20
        )
    );

    // The same for rows found in the walk of encrypted values: the first
    // 1,000 by row id, whichever thread met them first.
    let s = Scratch::fixture("langflow-1.5.1-shortkey");
    let conn = Connection::open(&s.db).unwrap();
    conn.execute_batch(
        "UPDATE alembic_version SET version_num = 'e5a7c9b1d3f2'; \
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200) \
         INSERT INTO variable (id, name, value, type, created_at, updated_at, default_fields, user_id) \
         SELECT printf('%032x', i), name || '_' || i, value, type, created_at, updated_at, default_fields, user_id \
         FROM n, (SELECT * FROM variable WHERE name = 'FIXTURE_GENERIC')",
    )
    .unwrap();
    drop(conn);
    let key = fixture_key("langflow-1.5.1-shortkey");
    let out = s.run(
        &["--json", "doctor", "--check", "variables.legacy-generic"],
        "",
        &[("LANGFLOW_SECRET_KEY", &key)],
    );
    let j = json_of(&out);
    let f = finding(&j, "variables.legacy-generic");
    assert_eq!(f["item_count"], 1201);
    let items = f["items"].as_array().unwrap();
    assert_eq!(items.len(), 1000);
    assert!(
        items[0]
            .as_str()
            .unwrap()
            .starts_with("variable.value row 00000000-0000-0000-0000-000000000001"),
        "{}",
        items[0]
    );
    assert!(
        items[999]
            .as_str()
            .unwrap()
            .contains("0000-0000000003e8 (FIXTURE_GENERIC_1000,"),
        "{}",
        items[999]
    );
}

#[test]
fn file_modes_backups_and_env_files() {
    let t = hardened();
    let (_, j) = doctor(&t, &["--check", "files"], &[]);
    assert!(found(&j).is_empty(), "{:#}", j["findings"]);
    chmod(&t.cfg.join("secret_key"), 0o644);
    chmod(&t.s.db, 0o644);
    std::fs::write(t.cfg.join("secret_key.backup.20260101T000000Z"), &t.key).unwrap();
    chmod(&t.cfg.join("secret_key.backup.20260101T000000Z"), 0o600);
    std::fs::copy(
        &t.s.db,
        t.s.path().join("langflow.db.backup-20260101T000000Z"),
    )
    .unwrap();
    let secret_env = t.s.path().join("prod.env");
    std::fs::write(&secret_env, format!("LANGFLOW_SECRET_KEY={}\n", t.key)).unwrap();
    chmod(&secret_env, 0o644);
    let (_, j) = doctor(&t, &["--env-file", "prod.env", "--check", "files"], &[]);
    assert_eq!(severity(&j, "files.key-exposed"), "critical");
    assert_eq!(
        finding(&j, "files.key-exposed")["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(severity(&j, "files.env-exposed"), "critical");
    assert!(
        finding(&j, "files.env-exposed")["items"][0]
            .as_str()
            .unwrap()
            .contains("LANGFLOW_SECRET_KEY")
    );
    let data = finding(&j, "files.database-exposed")["items"].to_string();
    assert!(
        data.contains("langflow.db (mode 0644)") && data.contains("backup-20260101T000000Z"),
        "{data}"
    );
    assert_eq!(
        finding(&j, "files.backups")["items"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // An env file with no secret in it is only a warning.
    let plain_env = t.s.path().join("plain.env");
    std::fs::write(&plain_env, "LANGFLOW_PORT=7860\n").unwrap();
    chmod(&plain_env, 0o644);
    let (_, j) = doctor(
        &t,
        &["--env-file", "plain.env", "--check", "files.env-exposed"],
        &[],
    );
    assert_eq!(severity(&j, "files.env-exposed"), "warning");
}

#[test]
fn a_file_owned_by_another_user_is_flagged() {
    if !is_root() {
        eprintln!("SKIPPED: changing a file's owner needs root");
        return;
    }
    let t = hardened();
    let backup = t.cfg.join("secret_key.backup.20260101T000000Z");
    std::fs::write(&backup, &t.key).unwrap();
    chmod(&backup, 0o600);
    give_to_nobody(&backup);
    let (_, j) = doctor(&t, &["--check", "files.owner-mismatch"], &[]);
    let f = finding(&j, "files.owner-mismatch");
    assert!(
        f["items"][0].as_str().unwrap().contains("uid 65534"),
        "{f:#}"
    );
}

#[test]
fn check_skip_and_fail_on_choose_what_runs_and_what_fails() {
    let t = Rich::new();
    let (rc, j) = doctor(&t, &["--check", "auth"], &[]);
    assert_eq!(rc, 0);
    let checked: Vec<&str> = j["checked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert!(checked.iter().all(|c| c.starts_with("auth.")) && checked.contains(&"auth.auto-login"));
    let (_, j) = doctor(
        &t,
        &["--skip", "auth.superuser-cli", "--skip", "files"],
        &[],
    );
    assert!(!has(&j, "auth.superuser-cli") && !has(&j, "files.database-exposed"));
    assert!(has(&j, "secret-key.not-explicit"));
    // Warnings fail only with --fail-on warning; --fail-on never never fails.
    assert_eq!(doctor(&t, &["--fail-on", "warning"], &[]).0, 8);
    assert_eq!(doctor(&t, &["--fail-on", "info"], &[]).0, 8);
    let wrong = fernet::Fernet::generate_key();
    assert_eq!(
        doctor(
            &t,
            &["--fail-on", "never"],
            &[("LANGFLOW_SECRET_KEY", &wrong)]
        )
        .0,
        0
    );
    assert_eq!(doctor(&t, &[], &[("LANGFLOW_SECRET_KEY", &wrong)]).0, 8);
    // An id that does not exist is a usage error.
    let out = t.run(&["doctor", "--check", "key.nonsense"], "", &[]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr_of(&out).contains("--list-checks"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn the_text_report_groups_by_severity_with_a_summary() {
    let t = hardened();
    let wrong = fernet::Fernet::generate_key();
    let out = t.run(&["doctor"], "", &[("LANGFLOW_SECRET_KEY", &wrong)]);
    assert_eq!(code(&out), 8);
    let text = stdout_of(&out);
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("no {s:?} in\n{text}"))
    };
    assert!(at("CRITICAL") < at("WARNING") && at("WARNING") < at("INFO"));
    assert!(text.contains("[key.needs-other-key]") && text.contains("fix: "));
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("summary: 2 critical"),
        "{text}"
    );
    assert!(!text.contains(&wrong) && !text.contains(&t.key));
    assert!(
        stderr_of(&out).starts_with("error: "),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn every_check_is_listed_and_documented() {
    let s = Scratch::empty();
    let out = s
        .cmd()
        .args(["--json", "doctor", "--list-checks"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/doctor.md"))
            .unwrap();
    let ids: Vec<&str> = j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(ids.len() > 30);
    for id in ids {
        assert!(
            readme.contains(&format!("`{id}`")),
            "docs/doctor.md does not list {id}"
        );
    }
}

// Flowfile: the fixture written by Flowfile 0.23.3 (docker mode).

fn ff_db(s: &Scratch) -> PathBuf {
    let dir = s.path().join("database");
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("flowfile_catalog.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/flowfile/flowfile-fixture.db"),
        &db,
    )
    .unwrap();
    chmod(&db, 0o600);
    db
}

fn ff_doctor(s: &Scratch, args: &[&str], envs: &[(&str, &str)]) -> Value {
    let out = s
        .cmd()
        .env(
            "FLOWFILE_DB_PATH",
            s.path().join("database/flowfile_catalog.db"),
        )
        .envs(envs.iter().copied())
        .args(["--json", "doctor"])
        .args(args)
        .output()
        .unwrap();
    assert!(matches!(code(&out), 0 | 8), "{}", stderr_of(&out));
    json_of(&out)
}

const DOCKER: [(&str, &str); 2] = [
    ("FLOWFILE_MODE", "docker"),
    ("FLOWFILE_MASTER_KEY", FF_MASTER),
];

#[test]
fn flowfile_clean_fixture_and_its_key_drift() {
    let s = Scratch::empty();
    let db = ff_db(&s);
    let j = ff_doctor(&s, &[], &DOCKER);
    assert_eq!(j["product"], "Flowfile");
    assert!(found(&j).is_empty(), "{:#}", j["findings"]);
    assert_eq!(j["encrypted_values"], 3);
    assert_eq!(j["keys"][0]["opens"], 3);
    // An old key's backup beside the catalog, and a rotation's pending key.
    let other = fernet::Fernet::generate_key();
    let dir = db.parent().unwrap();
    std::fs::write(
        dir.join("flowfile_master_key.backup.20260101T000000Z"),
        &other,
    )
    .unwrap();
    chmod(
        &dir.join("flowfile_master_key.backup.20260101T000000Z"),
        0o644,
    );
    std::fs::write(dir.join("flowfile_master_key.new"), FF_MASTER).unwrap();
    chmod(&dir.join("flowfile_master_key.new"), 0o600);
    let j = ff_doctor(&s, &[], &DOCKER);
    assert_eq!(severity(&j, "key.interrupted-rotation"), "critical");
    let f = finding(&j, "key.interrupted-rotation");
    assert_eq!(
        (f["found"].as_str().unwrap(), f["why"].as_str().unwrap()),
        (
            format!(
                "{} is left by an interrupted master key rotation",
                dir.join("flowfile_master_key.new").display()
            )
            .as_str(),
            "until it is settled the catalog may already be under the new key while Flowfile starts with the old one"
        )
    );
    assert_eq!(severity(&j, "files.key-exposed"), "critical");
    assert!(has(&j, "files.backups"));
    let keys = j["keys"].as_array().unwrap();
    assert_eq!(
        keys.len(),
        2,
        "the pending key is the configured one: {keys:#?}"
    );
    assert!(keys.iter().any(|k| k["opens"] == 0));
    // A wrong configured key: the pending file holds the one that opens.
    let j = ff_doctor(
        &s,
        &[],
        &[("FLOWFILE_MODE", "docker"), ("FLOWFILE_MASTER_KEY", &other)],
    );
    assert!(has(&j, "key.other-key-opens-more") && has(&j, "key.needs-other-key"));
}

#[test]
fn flowfile_accounts_secrets_and_consumers() {
    let s = Scratch::empty();
    let db = ff_db(&s);
    let conn = Connection::open(&db).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    conn.execute("UPDATE users SET disabled = 1 WHERE username = 'admin'", [])
        .unwrap();
    conn.execute("UPDATE api_consumers SET enabled = 0", [])
        .unwrap();
    // alice (id 3, the highest id) deleted, her secret left behind.
    conn.execute("DELETE FROM users WHERE username = 'alice'", [])
        .unwrap();
    drop(conn);
    let j = ff_doctor(&s, &[], &DOCKER);
    assert_eq!(
        finding(&j, "flowfile.disabled-admin")["items"],
        serde_json::json!(["admin (id 2)"])
    );
    let orphan = finding(&j, "flowfile.orphan-secrets");
    assert_eq!(
        orphan["severity"], "critical",
        "id 3 is the next user's id: {orphan:#}"
    );
    assert!(
        orphan["items"][0]
            .as_str()
            .unwrap()
            .contains("alice_api_token")
    );
    assert!(
        finding(&j, "flowfile.key-no-consumer")["items"][0]
            .as_str()
            .unwrap()
            .contains("is disabled")
    );
    // The secret opens with no user holding its id: still counted as open.
    assert_eq!(j["keys"][0]["opens"], 3);
    // A user with a higher id exists: the orphan's id is not handed out next.
    Connection::open(&db)
        .unwrap()
        .execute("INSERT INTO users (id, username, disabled, is_admin, must_change_password) VALUES (9, 'zed', 0, 0, 0)", [])
        .unwrap();
    let j = ff_doctor(&s, &["--check", "flowfile.orphan-secrets"], &DOCKER);
    assert_eq!(severity(&j, "flowfile.orphan-secrets"), "warning");
}

#[test]
fn flowfile_desktop_store_without_a_backup_and_an_ignored_key() {
    let s = Scratch::empty();
    ff_db(&s);
    // Flowfile's desktop store in its default place, ~/.config/flowfile.
    let store = s.path().join(".config/flowfile");
    std::fs::create_dir_all(&store).unwrap();
    let store_key = fernet::Fernet::generate_key();
    std::fs::write(store.join(".secret_key"), &store_key).unwrap();
    let object = format!(r#"{{"master_key": "{FF_MASTER}"}}"#);
    std::fs::write(
        store.join("flowfile.json.enc"),
        fernet::Fernet::new(&store_key)
            .unwrap()
            .encrypt(object.as_bytes()),
    )
    .unwrap();
    chmod(&store.join(".secret_key"), 0o600);
    chmod(&store.join("flowfile.json.enc"), 0o644);
    let j = ff_doctor(&s, &[], &[("FLOWFILE_MASTER_KEY", FF_MASTER)]);
    assert_eq!(j["keys"][0]["opens"], 3);
    assert_eq!(severity(&j, "flowfile.key-no-backup"), "warning");
    assert_eq!(severity(&j, "key.ignored-setting"), "warning");
    assert!(
        finding(&j, "files.key-exposed")["items"][0]
            .as_str()
            .unwrap()
            .contains("flowfile.json.enc")
    );
    assert_eq!(
        j["keys"].as_array().unwrap().len(),
        1,
        "the same key in two places"
    );
}
