//! `superuser` and `user ...` against real SQLite files: fixtures made by
//! Langflow and scratch databases from `db init`.

mod common;

use common::*;
use rusqlite::Connection;
use serde_json::Value;

const ADMIN_KEY: &str = "sk-YMtNUFTGNkXLCibnXE-4wk9oP3WVwHDOPQVQSDhrdr0";
const ALICE_KEY: &str = "sk-szMNlOzXUCA-WjsawCiJOg16SMKh_2kkWzjSLfFQ0EE";

fn users(s: &Scratch) -> Vec<Value> {
    let out = s.run(&["--json", "user", "list"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    json_of(&out).as_array().unwrap().clone()
}

fn rich_key() -> String {
    fixture_key("langflow-1.13-rich")
}

#[test]
fn first_superuser_is_written_as_langflow_writes_it() {
    let s = Scratch::initialized();
    let out = s.run(
        &["superuser", "--username", "root", "--password-stdin"],
        "S3cret-pw!\n",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let conn = Connection::open(&s.db).unwrap();
    let (id, password, active, superuser, created, updated, optins): (String, String, i64, i64, String, String, String) = conn
        .query_row(
            "SELECT id, password, is_active, is_superuser, create_at, updated_at, optins FROM user WHERE username = 'root'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
        )
        .unwrap();
    assert!(
        id.len() == 32
            && id
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    );
    assert!(password.starts_with("$2b$12$") && password.len() == 60);
    assert_eq!((active, superuser), (1, 1));
    for t in [&created, &updated] {
        assert_eq!(t.len(), 26, "YYYY-MM-DD HH:MM:SS.ffffff: {t}");
        assert_eq!(t.get(10..11), Some(" "));
    }
    let optins: Value = serde_json::from_str(&optins).unwrap();
    assert_eq!(optins["github_starred"], false);
    let (folder, personal, auth): (String, i64, String) = conn
        .query_row(
            "SELECT name, is_personal, auth_settings FROM folder WHERE user_id = ?1",
            [&id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (folder.as_str(), personal, auth.as_str()),
        ("Starter Project", 1, "null")
    );
    // The password verifies against the stored hash.
    let out = s.run(
        &["user", "verify-password", "root", "--password-stdin"],
        "S3cret-pw!",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

#[test]
fn superuser_cli_can_be_disabled() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let before = digest(&s.db);
    let out = s.run(
        &["superuser", "--username", "x", "--password-stdin"],
        "pw-123456",
        &[("LANGFLOW_ENABLE_SUPERUSER_CLI", "False")],
    );
    assert_eq!(code(&out), 4);
    assert!(stderr_of(&out).contains("LANGFLOW_ENABLE_SUPERUSER_CLI"));
    assert_eq!(digest(&s.db), before);
}

#[test]
fn a_second_superuser_needs_an_active_superusers_key() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let key = rich_key();
    let base = ["superuser", "--username", "ops", "--password-stdin"];
    let before = digest(&s.db);
    let refused = |envs: &[(&str, &str)], extra: &[&str]| {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        let out = s.run(&args, "Ops-pw-1!", envs);
        assert_eq!(code(&out), 4, "{envs:?} {extra:?}: {}", stderr_of(&out));
        assert!(
            !stderr_of(&out).contains("sk-"),
            "the token is never echoed"
        );
        assert_eq!(digest(&s.db), before);
    };
    refused(&[("LANGFLOW_SECRET_KEY", &key)], &[]);
    refused(
        &[("LANGFLOW_SECRET_KEY", &key)],
        &["--auth-token", "sk-not-a-key"],
    );
    refused(
        &[
            ("LANGFLOW_SECRET_KEY", &key),
            ("LANGFLOW_SUPERUSER_TOKEN", ALICE_KEY),
        ],
        &[],
    );

    // Expired, inactive, and owner-inactive keys are refused as Langflow refuses them.
    let conn = Connection::open(&s.db).unwrap();
    let set = |sql: &str| {
        conn.execute(sql, []).unwrap();
    };
    set("UPDATE apikey SET expires_at = '2020-01-01 00:00:00.000000' WHERE name = 'admin-key-1'");
    let before_exp = digest(&s.db);
    let out = s.run(
        &base,
        "Ops-pw-1!",
        &[("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY)],
    );
    assert_eq!(code(&out), 4);
    assert_eq!(digest(&s.db), before_exp);
    set("UPDATE apikey SET expires_at = NULL, is_active = 0 WHERE name = 'admin-key-1'");
    let out = s.run(
        &base,
        "Ops-pw-1!",
        &[("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY)],
    );
    assert_eq!(code(&out), 4);
    set("UPDATE apikey SET is_active = 1 WHERE name = 'admin-key-1'");

    let out = s.run(
        &base,
        "Ops-pw-1!",
        &[("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY)],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let ops = users(&s)
        .into_iter()
        .find(|u| u["username"] == "ops")
        .unwrap();
    assert_eq!(ops["is_superuser"], true);
    assert_eq!(ops["is_active"], true);
}

#[test]
fn auto_login_allows_only_one_superuser() {
    let s = Scratch::fixture("langflow-1.13-basic");
    let before = digest(&s.db);
    let out = s.run(
        &["superuser", "--password-stdin"],
        "whatever-1",
        &[("LANGFLOW_AUTO_LOGIN", "true")],
    );
    assert_eq!(code(&out), 4);
    assert!(stderr_of(&out).contains("AUTO_LOGIN"));
    assert_eq!(digest(&s.db), before);

    // On an empty database AUTO_LOGIN creates the configured superuser, and
    // the default password is allowed there, as in Langflow.
    let s = Scratch::initialized();
    let out = s.run(
        &["superuser", "--password-stdin"],
        "langflow",
        &[("LANGFLOW_AUTO_LOGIN", "1")],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(users(&s)[0]["username"], "langflow");
}

#[test]
fn username_and_password_come_from_the_environment() {
    let s = Scratch::initialized();
    let out = s.run(
        &["superuser"],
        "",
        &[
            ("LANGFLOW_SUPERUSER", "envadmin"),
            ("LANGFLOW_SUPERUSER_PASSWORD", "Env-pw-123"),
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = s.run(
        &["user", "verify-password", "envadmin", "--password-stdin"],
        "Env-pw-123\n",
        &[],
    );
    assert_eq!(code(&out), 0);
}

#[test]
fn password_rules() {
    let s = Scratch::initialized();
    let before = digest(&s.db);
    let cases: [(&str, i32, &str); 4] = [
        ("langflow", 4, "well-known default"),
        ("bad\0byte", 2, "NUL byte"),
        ("", 2, "empty"),
        (&"x".repeat(4097), 2, "4096"),
    ];
    for (password, expected, needle) in cases {
        let out = s.run(
            &["superuser", "--username", "root", "--password-stdin"],
            password,
            &[],
        );
        assert_eq!(code(&out), expected, "{needle}: {}", stderr_of(&out));
        assert!(stderr_of(&out).contains(needle), "{}", stderr_of(&out));
        assert_eq!(digest(&s.db), before, "nothing written");
    }
    let long = "é".repeat(40);
    let out = s.run(
        &["superuser", "--username", "root", "--password-stdin"],
        &long,
        &[],
    );
    assert_eq!(code(&out), 0);
    assert!(stderr_of(&out).contains("72 bytes"));
}

#[test]
fn no_password_source_without_a_terminal_is_a_clear_error() {
    let s = Scratch::initialized();
    let before = digest(&s.db);
    let out = s.run(&["superuser", "--username", "root"], "", &[]);
    assert_eq!(code(&out), 2);
    let err = stderr_of(&out);
    assert!(
        err.contains("--password-stdin") && err.contains("LANGFLOW_SUPERUSER_PASSWORD"),
        "{err}"
    );
    let out = s.run(&["superuser", "--password-stdin"], "pw-12345", &[]);
    assert_eq!(code(&out), 2);
    assert!(stderr_of(&out).contains("--username"));
    assert_eq!(digest(&s.db), before);
}

#[test]
fn bad_usernames_are_refused() {
    let s = Scratch::initialized();
    let before = digest(&s.db);
    for (name, needle) in [
        ("", "empty"),
        ("   ", "empty"),
        ("bad\nname", "control"),
        ("tab\there", "control"),
        (" pad", "spaces"),
    ] {
        let out = s.run(
            &["user", "create", name, "--password-stdin"],
            "pw-12345",
            &[],
        );
        assert_eq!(code(&out), 2, "{name:?}");
        assert!(
            stderr_of(&out).contains(needle),
            "{name:?}: {}",
            stderr_of(&out)
        );
    }
    assert_eq!(digest(&s.db), before);
}

#[test]
fn an_existing_name_in_any_case_is_an_error_that_says_what_to_do() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let before = digest(&s.db);
    for args in [
        vec!["superuser", "--username", "ADMIN", "--password-stdin"],
        vec!["user", "create", "Alice", "--password-stdin"],
    ] {
        let out = s.run(
            &args,
            "pw-123456",
            &[("LANGFLOW_SUPERUSER_TOKEN", ADMIN_KEY)],
        );
        assert_eq!(code(&out), 4, "{args:?}");
        let err = stderr_of(&out);
        assert!(
            err.contains("already exists")
                && err.contains("user set-password")
                && err.contains("user activate")
        );
    }
    assert_eq!(digest(&s.db), before);
}

#[test]
fn list_shows_langflow_made_users_and_their_keys() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let list = users(&s);
    let row = |name: &str| list.iter().find(|u| u["username"] == name).unwrap().clone();
    assert_eq!(list.len(), 3);
    assert_eq!(row("admin")["api_keys"], 2);
    assert_eq!(row("alice")["api_keys"], 1);
    assert_eq!(row("bob")["is_active"], false);
    assert!(
        row("admin").get("password_hash").is_none(),
        "hashes are never printed"
    );
    let out = s.run(&["user", "list"], "", &[]);
    let text = stdout_of(&out);
    assert!(text.contains("admin") && text.contains("API keys") && text.contains("never"));
    // Langflow's hashes verify.
    for (name, pw) in [
        ("admin", "Admin-Fixture-Pw-0!"),
        ("alice", "Alice-Fixture-Pw-1!"),
        ("bob", "Bob-Fixture-Pw-2!"),
    ] {
        let out = s.run(
            &["user", "verify-password", name, "--password-stdin"],
            pw,
            &[],
        );
        assert_eq!(code(&out), 0, "{name}");
    }
    let out = s.run(
        &["user", "verify-password", "bob", "--password-stdin"],
        "nope",
        &[],
    );
    assert_eq!(code(&out), 4);
}

#[test]
fn create_follows_new_user_is_active() {
    let s = Scratch::fixture("langflow-1.13-basic");
    let out = s.run(
        &["user", "create", "carol", "--password-stdin"],
        "pw-123456",
        &[],
    );
    assert_eq!(code(&out), 0);
    let out = s.run(
        &["user", "create", "dave", "--password-stdin"],
        "pw-123456",
        &[("LANGFLOW_NEW_USER_IS_ACTIVE", "yes")],
    );
    assert_eq!(code(&out), 0);
    let out = s.run(
        &["user", "create", "erin", "--inactive", "--password-stdin"],
        "pw-123456",
        &[("LANGFLOW_NEW_USER_IS_ACTIVE", "yes")],
    );
    assert_eq!(code(&out), 0);
    let list = users(&s);
    let active =
        |name: &str| list.iter().find(|u| u["username"] == name).unwrap()["is_active"].clone();
    assert_eq!(active("carol"), false);
    assert_eq!(active("dave"), true);
    assert_eq!(active("erin"), false);
    // Each got a personal folder.
    let conn = Connection::open(&s.db).unwrap();
    let folders: i64 = conn
        .query_row("SELECT count(*) FROM folder f JOIN user u ON u.id = f.user_id WHERE u.username IN ('carol','dave','erin') AND f.is_personal = 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(folders, 3);
}

#[test]
fn activate_and_deactivate_are_idempotent_and_guard_the_last_superuser() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let out = s.run(&["user", "activate", "bob"], "", &[]);
    assert!(stdout_of(&out).contains("bob is now active"));
    let out = s.run(&["user", "activate", "bob"], "", &[]);
    assert!(stdout_of(&out).contains("already active"));
    let before = digest(&s.db);
    let out = s.run(&["user", "deactivate", "admin"], "", &[]);
    assert_eq!(code(&out), 4);
    assert!(stderr_of(&out).contains("--force"));
    assert_eq!(digest(&s.db), before);
    let out = s.run(&["user", "deactivate", "admin", "--force"], "", &[]);
    assert_eq!(code(&out), 0);
    let out = s.run(&["user", "deactivate", "nobody"], "", &[]);
    assert_eq!(code(&out), 3);
    assert!(stderr_of(&out).contains("user list"));
}

#[test]
fn set_password_takes_effect() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let out = s.run(
        &["user", "set-password", "alice", "--password-stdin"],
        "New-alice-pw-1\n",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let verify = |pw: &str| {
        code(&s.run(
            &["user", "verify-password", "alice", "--password-stdin"],
            pw,
            &[],
        ))
    };
    assert_eq!(verify("New-alice-pw-1"), 0);
    assert_eq!(verify("Alice-Fixture-Pw-1!"), 4);
}

#[test]
fn writes_are_refused_on_an_unknown_revision_unless_allowed() {
    let s = Scratch::fixture("langflow-1.13-basic");
    Connection::open(&s.db)
        .unwrap()
        .execute(
            "UPDATE alembic_version SET version_num = 'ffffffffffff'",
            [],
        )
        .unwrap();
    let before = digest(&s.db);
    let out = s.run(
        &["user", "create", "carol", "--password-stdin"],
        "pw-123456",
        &[],
    );
    assert_eq!(code(&out), 4);
    assert!(stderr_of(&out).contains("--allow-unknown-revision"));
    assert_eq!(digest(&s.db), before);
    let out = s.run(
        &[
            "--allow-unknown-revision",
            "user",
            "create",
            "carol",
            "--password-stdin",
        ],
        "pw-123456",
        &[],
    );
    assert_eq!(code(&out), 0);
}

/// Every foreign key of the schema, and any child row whose parent is gone.
fn dangling_references(conn: &Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check")
        .unwrap();
    stmt.query_map([], |r| {
        Ok(format!(
            "{} row {:?} -> {}",
            r.get::<_, String>(0)?,
            r.get::<_, Option<i64>>(1)?,
            r.get::<_, String>(2)?
        ))
    })
    .unwrap()
    .map(|r| r.unwrap())
    .collect()
}

#[test]
fn delete_leaves_no_row_pointing_at_the_user() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let conn = Connection::open(&s.db).unwrap();
    assert!(dangling_references(&conn).is_empty());
    let admin_id: String = conn
        .query_row("SELECT id FROM user WHERE username = 'admin'", [], |r| {
            r.get(0)
        })
        .unwrap();
    drop(conn);

    // The plan first; nothing changes.
    let before = digest(&s.db);
    let out = s.run(
        &["--json", "user", "delete", "admin", "--dry-run", "--force"],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let plan = json_of(&out)["plan"].clone();
    assert_eq!(plan["delete"]["apikey"], 2);
    assert_eq!(plan["delete"]["variable"], 5);
    assert_eq!(plan["delete"]["folder"], 2);
    assert_eq!(plan["delete"]["connection_secret"], 1);
    assert_eq!(plan["set_null"]["sso_config.created_by"], 1);
    assert_eq!(digest(&s.db), before);
    // Without --yes and no terminal: refused; the last superuser needs --force.
    assert_eq!(
        code(&s.run(&["user", "delete", "admin", "--force"], "", &[])),
        2
    );
    assert_eq!(
        code(&s.run(&["user", "delete", "admin", "--yes"], "", &[])),
        4
    );
    assert_eq!(digest(&s.db), before);

    let out = s.run(&["user", "delete", "admin", "--force", "--yes"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let conn = Connection::open(&s.db).unwrap();
    assert!(
        dangling_references(&conn).is_empty(),
        "{:?}",
        dangling_references(&conn)
    );
    // No column that references user still holds the id.
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    for table in tables {
        let cols: Vec<String> = conn
            .prepare("SELECT \"from\" FROM pragma_foreign_key_list(?1) WHERE \"table\" = 'user'")
            .unwrap()
            .query_map([&table], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        for col in cols {
            let n: i64 = conn
                .query_row(
                    &format!("SELECT count(*) FROM \"{table}\" WHERE \"{col}\" = ?1"),
                    [&admin_id],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 0, "{table}.{col} still points at admin");
        }
    }
    let names: Vec<String> = users(&s)
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, vec!["alice", "bob"]);
}

/// `flowadmin superuser` on a pseudo-terminal: answers the username prompt
/// and both password prompts; returns the session to read the outcome.
fn superuser_on_a_tty(s: &Scratch, first: &str, second: &str) -> expectrl::session::OsSession {
    use expectrl::{Expect, Session};
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"));
    cmd.args(["--db", "langflow.db", "superuser"])
        .current_dir(s.path())
        .env_clear()
        .env("HOME", s.path());
    let mut p = Session::spawn(cmd).unwrap();
    p.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
    // A prompt shows its text before it switches the terminal to read a
    // password, and that switch drops input already typed (TCSAFLUSH): each
    // answer waits a moment after its prompt, as a person would.
    let settle = || std::thread::sleep(std::time::Duration::from_millis(300));
    p.expect("Username").unwrap();
    settle();
    p.send_line("tty-admin").unwrap();
    p.expect("Password for the superuser tty-admin").unwrap();
    settle();
    p.send_line(first).unwrap();
    p.expect("Repeat it").unwrap();
    settle();
    p.send_line(second).unwrap();
    p
}

#[test]
fn interactive_prompts_through_a_terminal() {
    use expectrl::{Eof, Expect};
    let s = Scratch::initialized();

    // Mismatch at the second prompt: a clear error, nothing written.
    let before = digest(&s.db);
    let mut p = superuser_on_a_tty(&s, "first-Pw-1", "other-Pw-2");
    p.expect("do not match").unwrap();
    p.expect(Eof).unwrap();
    let status = format!("{:?}", p.get_process().wait().unwrap());
    assert!(
        status.contains("Exited") && status.ends_with(", 2)"),
        "{status}"
    );
    assert_eq!(digest(&s.db), before);

    // Matching passwords: created.
    let mut p = superuser_on_a_tty(&s, "same-Pw-1", "same-Pw-1");
    p.expect("created superuser tty-admin").unwrap();
    p.expect(Eof).unwrap();
    let out = s.run(
        &["user", "verify-password", "tty-admin", "--password-stdin"],
        "same-Pw-1",
        &[],
    );
    assert_eq!(code(&out), 0);
}
