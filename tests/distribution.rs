//! #32: what an operator who installs flowadmin meets: the version names
//! its commit (and says so in JSON), a fresh install's empty database is
//! refused with the order to follow, and a newer Langflow's schema is read
//! with a warning and written only with --allow-unknown-revision.

mod common;

use common::*;
use rusqlite::Connection;

#[test]
fn the_version_names_the_commit_in_text_and_json() {
    let s = Scratch::empty();
    let out = s.cmd().arg("--version").output().unwrap();
    assert_eq!(code(&out), 0);
    let text = stdout_of(&out);
    assert!(
        text.starts_with(&format!("flowadmin {} (commit ", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
    let out = s.cmd().args(["--json", "--version"]).output().unwrap();
    let j = json_of(&out);
    assert_eq!(j["version"], env!("CARGO_PKG_VERSION"));
    let commit = j["commit"].as_str().unwrap();
    assert!(text.contains(commit), "{text} vs {commit}");
    let out = s
        .cmd()
        .arg("--version")
        .env("FLOWADMIN_JSON", "1")
        .output()
        .unwrap();
    assert_eq!(json_of(&out)["commit"], commit);
}

#[test]
fn an_empty_database_names_the_order_of_a_fresh_install() {
    let s = Scratch::empty();
    // An empty SQLite file, as a volume with no schema yet would hold.
    Connection::open(&s.db)
        .unwrap()
        .execute_batch("VACUUM")
        .unwrap();
    let before = digest(&s.db);
    for args in [
        vec!["db", "check"],
        vec!["user", "list"],
        vec!["variable", "set", "X"],
    ] {
        let out = s.run(
            &args,
            "value",
            &[(
                "LANGFLOW_SECRET_KEY",
                "lnLqwKCwQY6r3KwBAea4pnfmdpuPruPVwiGD0C7lY1w",
            )],
        );
        let err = stderr_of(&out);
        assert_eq!(code(&out), 6, "{args:?}: {err}");
        assert!(
            err.contains("has no tables yet") && err.contains("langflow migration"),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert_eq!(digest(&s.db), before);
}

#[test]
fn a_newer_schema_is_read_with_a_warning_and_written_only_when_allowed() {
    let s = Scratch::fixture("langflow-1.13-rich");
    Connection::open(&s.db)
        .unwrap()
        .execute(
            "UPDATE alembic_version SET version_num = 'f00dfeedbeef'",
            [],
        )
        .unwrap();
    let key = fixture_key("langflow-1.13-rich");
    let env = [("LANGFLOW_SECRET_KEY", key.as_str())];
    let out = s.run(&["user", "list"], "", &env);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("unknown to flowadmin")
            && stderr_of(&out).contains("--allow-unknown-revision"),
        "{}",
        stderr_of(&out)
    );
    let before = digest(&s.db);
    let out = s.run(&["variable", "set", "X", "--user", "admin"], "v", &env);
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("--allow-unknown-revision"));
    assert_eq!(digest(&s.db), before);
    let out = s.run(
        &[
            "--allow-unknown-revision",
            "variable",
            "set",
            "X",
            "--user",
            "admin",
        ],
        "v",
        &env,
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}
