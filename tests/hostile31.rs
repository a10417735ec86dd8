//! Issue 31: the third hostile pass's defects, one test each (`sN_...` is
//! section N of the issue). Each failed on the code before its fix.

mod common;

use std::path::Path;

use common::*;
use rusqlite::Connection;
use serde_json::Value;

/// A key every release reads, in the standard (`+`, `/`) alphabet: the
/// `openssl rand -base64 32` style, which cryptography 51 refuses.
fn std_alphabet_key() -> String {
    use base64::Engine;
    use sha2::Digest;
    // The first well-mixed 32 bytes whose base64 has both `+` and `/`.
    (0u32..)
        .map(|i| {
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(i.to_be_bytes()))
        })
        .find(|k| k.contains('+') && k.contains('/'))
        .unwrap()
}

fn stored_values(db: &Path) -> Vec<String> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT value FROM variable WHERE value LIKE 'gAAAAA%' UNION ALL SELECT api_key FROM apikey WHERE api_key LIKE 'gAAAAA%'")
        .unwrap();
    stmt.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn s0_3_a_new_key_some_release_refuses_is_refused() {
    let t = Rich::new();
    let before = digest(&t.s.db);
    let key = std_alphabet_key();
    assert!(key.contains('+') && key.contains('/'), "{key}");
    for shape in [key.clone(), key.trim_end_matches('=').to_owned()] {
        let out = t.run(
            &["secret-key", "rotate", "--new-key-env", "NEW"],
            "",
            &[("NEW", shape.as_str())],
        );
        let err = stderr_of(&out);
        assert_eq!(code(&out), 2, "{err}");
        assert!(err.contains("cryptography 51.x"), "{err}");
        assert!(err.contains("url-safe"), "{err}");
        assert!(!err.contains(&shape), "the key is never echoed: {err}");
    }
    // A key file with it too.
    let file = t.s.path().join("new.key");
    std::fs::write(&file, format!("{key}\n")).unwrap();
    let out = t.run(
        &[
            "secret-key",
            "rotate",
            "--new-key-file",
            file.to_str().unwrap(),
        ],
        "",
        &[],
    );
    assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    assert_eq!(digest(&t.s.db), before, "nothing written");
    assert_eq!(t.key_file(), t.key, "the key file is untouched");
    // Its url-safe spelling is the same bytes and every release's.
    let url_safe = key.replace('+', "-").replace('/', "_");
    let out = t.run(
        &["secret-key", "rotate", "--new-key-env", "NEW", "--yes"],
        "",
        &[("NEW", url_safe.as_str())],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

/// A deployment whose configured key only cryptography 50 accepts: every
/// check says so, critical, and a rotation fixes it.
#[test]
fn s0_3_a_configured_key_some_release_refuses_is_critical_until_rotated() {
    let s = Scratch::initialized();
    let key = std_alphabet_key();
    let env = [("LANGFLOW_SECRET_KEY", key.as_str())];
    let out = s.run(
        &["superuser", "--username", "admin", "--password-stdin"],
        "Admin-Pw-31-long!",
        &env,
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = s.run(
        &["variable", "set", "OPENAI_API_KEY", "--user", "admin"],
        "sk-openai-value",
        &env,
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));

    let out = s.run(&["secret-key", "check"], "", &env);
    let text = stdout_of(&out);
    assert_eq!(code(&out), 5, "{text}{}", stderr_of(&out));
    assert!(
        text.contains("CRITICAL") && text.contains("refused by cryptography 51.x"),
        "{text}"
    );
    let out = s.run(&["--json", "db", "check"], "", &env);
    assert_eq!(code(&out), 5);
    let j = json_of(&out);
    assert_eq!(
        j["releases"]["key_refused_by"],
        serde_json::json!(["cryptography 51.x"])
    );
    assert_eq!(
        j["releases"]["key_accepted_by"],
        serde_json::json!(["cryptography 50.x"])
    );
    let out = s.run(&["--json", "doctor"], "", &env);
    let j = json_of(&out);
    let ids: Vec<&str> = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["id"].as_str())
        .collect();
    assert!(ids.contains(&"key.release-refuses-key"), "{ids:?}");

    // The rotation away from it (the key in a file: the env cannot be rewritten).
    let cfg = s.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    std::fs::write(cfg.join("secret_key"), &key).unwrap();
    let cfg_env = [("LANGFLOW_CONFIG_DIR", cfg.to_str().unwrap())];
    let out = s.run(&["secret-key", "rotate", "--yes"], "", &cfg_env);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = s.run(&["secret-key", "check"], "", &cfg_env);
    assert_eq!(code(&out), 0, "{}{}", stdout_of(&out), stderr_of(&out));
    let new_key = std::fs::read_to_string(cfg.join("secret_key")).unwrap();
    assert!(
        flowadmin::crypto::SecretKey::new(new_key)
            .readers()
            .is_all()
    );
}

/// A stored token only one release reads (written by something other than
/// Langflow): reported by db check, secret-key check and doctor, and
/// rewritten in the canonical form by a rotation.
#[test]
fn s0_3_a_token_some_release_refuses_is_reported_and_rotated_canonical() {
    let t = Rich::new();
    let conn = Connection::open(&t.s.db).unwrap();
    // Stray bytes after the token: cryptography 50 skips them, 51 refuses.
    let n = conn
        .execute(
            "UPDATE variable SET value = value || '!!' WHERE name = 'OPENAI_API_KEY' AND value LIKE 'gAAAAA%'",
            [],
        )
        .unwrap();
    assert!(n >= 1);
    drop(conn);
    let out = t.run(&["--json", "db", "check"], "", &[]);
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    let j = json_of(&out);
    let partial = j["releases"]["values_not_read_by_all"].as_array().unwrap();
    assert_eq!(partial.len(), n, "{j}");
    assert_eq!(
        partial[0]["open_with"],
        serde_json::json!(["cryptography 50.x"])
    );
    assert_eq!(partial[0]["name"], "OPENAI_API_KEY");
    let out = t.run(&["secret-key", "check"], "", &[]);
    assert_eq!(code(&out), 5);
    assert!(
        stdout_of(&out).contains("opens only with cryptography 50.x"),
        "{}",
        stdout_of(&out)
    );
    let out = t.run(&["--json", "doctor"], "", &[]);
    let j: Value = json_of(&out);
    let gap = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "key.release-gap-values")
        .unwrap_or_else(|| panic!("{j}"));
    assert_eq!(gap["severity"], "critical");

    let out = t.run(&["secret-key", "rotate", "--yes"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    for value in stored_values(&t.s.db) {
        assert!(flowadmin::crypto::is_canonical_token(&value), "{value}");
    }
    let out = t.run(&["db", "check"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stdout_of(&out));
}

/// credentials.yaml (tests/fixtures/rbac) with its /CREDS paths in a scratch
/// folder, and the environment its values come from.
fn credentials(s: &Scratch) -> (std::path::PathBuf, Vec<(&'static str, String)>) {
    let dir = s.path().join("creds");
    std::fs::create_dir_all(dir.join("keys")).unwrap();
    std::fs::write(dir.join("region"), "eu-west-3\n").unwrap();
    let text = std::fs::read_to_string(fixtures().join("rbac/credentials.yaml"))
        .unwrap()
        .replace("/CREDS", dir.to_str().unwrap());
    let path = s.path().join("credentials.yaml");
    std::fs::write(&path, text).unwrap();
    let env = vec![
        ("CAROL_PASSWORD", "Carol-Rbac-Pw-1!".to_owned()),
        ("CAROL_OPENAI_KEY", "sk-carol-from-env".to_owned()),
        ("ADMIN_OPENAI_KEY", "sk-admin-rotated".to_owned()),
        ("LANGFLOW_SUPERUSER", "admin".to_owned()),
        ("LANGFLOW_SECRET_KEY", fixture_key("langflow-1.13-rich")),
    ];
    (path, env)
}

fn env_of<'a>(env: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    env.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// The manifest with one key's write_to replaced.
fn with_write_to(manifest: &Path, key: &str, to: &str) {
    let text = std::fs::read_to_string(manifest).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let at = lines
        .iter()
        .position(|l| l.trim_start().starts_with(&format!("- name: {key}")))
        .unwrap();
    let line = lines
        .iter_mut()
        .skip(at)
        .find(|l| l.trim_start().starts_with("write_to: "))
        .unwrap();
    *line = format!("    write_to: {to}");
    std::fs::write(manifest, lines.join("\n") + "\n").unwrap();
}

fn api_key_count(db: &Path) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row("SELECT count(*) FROM apikey", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn s1_1_write_to_never_replaces_a_file() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let (m, env) = credentials(&s);
    let cfg = s.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    let key = fixture_key("langflow-1.13-rich");
    std::fs::write(cfg.join("secret_key"), &key).unwrap();
    let mut env = env;
    env.push(("LANGFLOW_CONFIG_DIR", cfg.display().to_string()));
    let env_file = s.path().join("prod.env");
    std::fs::write(&env_file, "LANGFLOW_AUTO_LOGIN=false\n").unwrap();
    let text = std::fs::read_to_string(&m).unwrap();
    let db = s.db.display().to_string();
    let link = s.path().join("lnk");
    std::os::unix::fs::symlink(s.path(), &link).unwrap();
    let cases = [
        (db.clone(), "the database"),
        (
            s.path().join("sub/../langflow.db").display().to_string(),
            "the database",
        ),
        (
            link.join("langflow.db").display().to_string(),
            "the database",
        ),
        (cfg.join("secret_key").display().to_string(), "a key file"),
        (env_file.display().to_string(), "the env file"),
        (m.display().to_string(), "the manifest"),
        ("/dev/null".to_owned(), "character device"),
        (link.display().to_string(), "symbolic link"),
        (
            s.path().join("creds/region").display().to_string(),
            "already exists",
        ),
        (
            s.path().join("nowhere/k").display().to_string(),
            "does not exist",
        ),
    ];
    std::fs::create_dir(s.path().join("sub")).unwrap();
    let before = digest(&s.db);
    let keys_before = api_key_count(&s.db);
    for (to, want) in cases {
        std::fs::write(&m, &text).unwrap();
        with_write_to(&m, "ci-deploy", &to);
        let out = s.run(
            &[
                "--env-file",
                "prod.env",
                "state",
                "apply",
                m.to_str().unwrap(),
            ],
            "",
            &env_of(&env),
        );
        let err = stderr_of(&out);
        assert!(matches!(code(&out), 2 | 4), "{to}: {err}");
        assert!(err.contains(want), "{to}: {err}");
        assert_eq!(digest(&s.db), before, "{to}: the database is untouched");
        assert_eq!(
            std::fs::read_to_string(cfg.join("secret_key")).unwrap(),
            key
        );
        assert_eq!(
            std::fs::read_to_string(&env_file).unwrap(),
            "LANGFLOW_AUTO_LOGIN=false\n"
        );
    }
    assert_eq!(api_key_count(&s.db), keys_before);
    // Two entries on one file, however spelled: a duplicate (exit 2).
    for same in [
        s.path().join("creds/keys/ci-deploy"),
        s.path().join("creds/sub/../keys/ci-deploy"),
        link.join("creds/keys/ci-deploy"),
    ] {
        std::fs::create_dir_all(s.path().join("creds/sub")).unwrap();
        std::fs::write(&m, &text).unwrap();
        with_write_to(&m, "carol-bot", same.to_str().unwrap());
        let out = s.run(&["state", "apply", m.to_str().unwrap()], "", &env_of(&env));
        assert_eq!(code(&out), 2, "{}", stderr_of(&out));
        let err = stderr_of(&out);
        assert!(
            err.contains("same file") || err.contains("two keys written to"),
            "{err}"
        );
    }
    assert_eq!(digest(&s.db), before);
}

/// A kill between the key file and the commit leaves a staged file, which
/// the next apply removes (the key was never committed) before making the
/// key again; a kill after the commit leaves one the next apply moves into
/// place.
#[cfg(feature = "test-hooks")]
#[test]
fn s1_1_a_killed_apply_leaves_no_key_file_without_its_key() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let (m, env) = credentials(&s);
    let m = m.to_str().unwrap();
    let target = s.path().join("creds/keys/ci-deploy");
    let staged = s.path().join("creds/keys/ci-deploy.flowadmin-new");
    let mut crash = env_of(&env);
    crash.push(("FLOWADMIN_TEST_CRASH_AT", "state-apply-keys-staged"));
    let out = s.run(&["state", "apply", m], "", &crash);
    assert_ne!(code(&out), 0);
    assert!(staged.exists() && !target.exists());
    let keys_before = api_key_count(&s.db);
    let out = s.run(&["state", "apply", m], "", &env_of(&env));
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("never committed"),
        "{}",
        stderr_of(&out)
    );
    assert!(!staged.exists());
    assert_eq!(api_key_count(&s.db), keys_before + 2);
    let key = std::fs::read_to_string(&target).unwrap();
    let owner = s.run(&["--json", "api-key", "list", "--all"], "", &env_of(&env));
    assert!(stdout_of(&owner).contains("ci-deploy"));
    assert!(!stdout_of(&owner).contains(&key));

    // After the commit: the staged file is the committed key.
    let s = Scratch::fixture("langflow-1.13-rich");
    let (m, env) = credentials(&s);
    let m = m.to_str().unwrap();
    let target = s.path().join("creds/keys/ci-deploy");
    let staged = s.path().join("creds/keys/ci-deploy.flowadmin-new");
    let mut crash = env_of(&env);
    crash.push(("FLOWADMIN_TEST_CRASH_AT", "state-apply-committed"));
    let out = s.run(&["state", "apply", m], "", &crash);
    assert_ne!(code(&out), 0);
    assert!(staged.exists() && !target.exists());
    let staged_key = std::fs::read_to_string(&staged).unwrap();
    let out = s.run(&["state", "apply", m], "", &env_of(&env));
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("was committed"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), staged_key);
    assert!(!staged.exists());
    let out = s.run(&["state", "diff", m], "", &env_of(&env));
    assert_eq!(code(&out), 0, "{}", stdout_of(&out));
}

#[test]
fn s1_2_state_export_never_replaces_the_database_or_a_key_file() {
    let t = Rich::new();
    let db = t.s.db.display().to_string();
    let key_file = t.cfg.join("secret_key").display().to_string();
    let before = digest(&t.s.db);
    for target in [db.as_str(), key_file.as_str()] {
        for extra in [&[][..], &["--force"][..]] {
            let mut args = vec!["state", "export", "-o", target];
            args.extend(extra);
            let out = t.run(&args, "", &[]);
            assert_eq!(code(&out), 4, "{target} {extra:?}: {}", stderr_of(&out));
            assert!(
                stderr_of(&out).contains("never replaces"),
                "{}",
                stderr_of(&out)
            );
        }
    }
    assert_eq!(digest(&t.s.db), before);
    assert_eq!(t.key_file(), t.key);
    // An existing file needs --force; then it is replaced.
    let other = t.s.path().join("state.yaml");
    std::fs::write(&other, "old").unwrap();
    let out = t.run(&["state", "export", "-o", "state.yaml"], "", &[]);
    assert_eq!(code(&out), 4);
    assert!(stderr_of(&out).contains("--force"));
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "old");
    let out = t.run(&["state", "export", "-o", "state.yaml", "--force"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(
        std::fs::read_to_string(&other)
            .unwrap()
            .contains("kind: AdminState")
    );
    // A FIFO is streamed into (and stays a FIFO); /dev/null too.
    let fifo = t.s.path().join("fifo");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = t.run(&["state", "export", "-o", fifo.to_str().unwrap()], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(reader.join().unwrap().contains("kind: AdminState"));
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    let out = t.run(&["state", "export", "-o", "/dev/null"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    // `variable export -o` keeps the same rules, even with --force.
    let out = t.run(
        &[
            "variable",
            "export",
            "--all",
            "-o",
            &db,
            "--force",
            "--passphrase-env",
            "P",
        ],
        "",
        &[("P", "a long export passphrase")],
    );
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert_eq!(digest(&t.s.db), before);
}

#[test]
fn s3_json_state_export_prints_json() {
    let t = Rich::new();
    let out = t.run(&["--json", "state", "export"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(j["kind"], "AdminState");
    let yaml = t.run(&["--json", "state", "export", "--format", "yaml"], "", &[]);
    assert!(
        stdout_of(&yaml).starts_with("apiVersion:"),
        "{}",
        stdout_of(&yaml)
    );
}

#[test]
fn s1_4_an_empty_value_from_never_wipes_a_credential() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let (m, env) = credentials(&s);
    let m = m.to_str().unwrap();
    let before = digest(&s.db);
    // An environment variable set to "".
    let mut empty = env.clone();
    empty.retain(|(k, _)| *k != "ADMIN_OPENAI_KEY");
    empty.push(("ADMIN_OPENAI_KEY", String::new()));
    for command in ["diff", "apply"] {
        let out = s.run(&["state", command, m], "", &env_of(&empty));
        let err = stderr_of(&out);
        assert_eq!(code(&out), 2, "{command}: {err}");
        assert!(
            err.contains("admin/OPENAI_API_KEY") && err.contains("allow_empty"),
            "{err}"
        );
    }
    // An empty file (a Secret mounted empty); a file holding only a newline.
    for content in ["", "\n"] {
        std::fs::write(s.path().join("creds/region"), content).unwrap();
        let out = s.run(&["state", "apply", m], "", &env_of(&env));
        assert_eq!(code(&out), 2, "{}", stderr_of(&out));
        assert!(
            stderr_of(&out).contains("admin/REGION"),
            "{}",
            stderr_of(&out)
        );
    }
    assert_eq!(digest(&s.db), before, "nothing written");
    // On purpose: `allow_empty: true` stores it.
    let text = std::fs::read_to_string(m).unwrap();
    std::fs::write(
        m,
        text.replace(
            "    type: Generic\n",
            "    type: Generic\n    allow_empty: true\n",
        ),
    )
    .unwrap();
    let out = s.run(&["state", "apply", m], "", &env_of(&env));
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let got = s.run(
        &["variable", "get", "REGION", "--user", "admin"],
        "",
        &env_of(&env),
    );
    assert_eq!(stdout_of(&got), "\n");
}

fn rbac_db() -> Scratch {
    let s = Scratch::empty();
    std::fs::copy(fixtures().join("rbac/langflow-1.13-rbac.db"), &s.db).unwrap();
    s
}

fn write(s: &Scratch, name: &str, text: &str) -> String {
    let path = s.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn s1_5_state_apply_never_disables_the_last_active_superuser() {
    let s = rbac_db();
    let before = digest(&s.db);
    let m = write(
        &s,
        "off.yaml",
        "apiVersion: langflow.ai/v1\nkind: AdminState\nusers:\n  - username: admin\n    state: disabled\n",
    );
    let out = s.run(&["state", "apply", &m], "", &[]);
    let err = stderr_of(&out);
    assert_eq!(code(&out), 4, "{err}");
    assert!(
        err.contains("You can't deactivate your own user account"),
        "{err}"
    );
    assert_eq!(digest(&s.db), before);
    // A second superuser acting: admin goes, frank stays.
    let out = s.run(
        &["superuser", "--username", "frank", "--password-stdin"],
        "Frank-Super-Pw-31!",
        &[(
            "LANGFLOW_SUPERUSER_TOKEN",
            "sk-YMtNUFTGNkXLCibnXE-4wk9oP3WVwHDOPQVQSDhrdr0",
        )],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = s.run(&["state", "apply", &m], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    // Now frank is the only one: an apply disabling him (as himself) is refused.
    let both = write(
        &s,
        "both.yaml",
        "apiVersion: langflow.ai/v1\nkind: AdminState\nusers:\n  - username: frank\n    state: disabled\n",
    );
    let before = digest(&s.db);
    let out = s.run(&["state", "apply", &both], "", &[]);
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert_eq!(digest(&s.db), before);
}

#[test]
fn s1_5_no_active_superuser_means_no_administrative_change() {
    let s = rbac_db();
    let out = s.run(
        &["user", "deactivate", "admin", "--force", "--yes"],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let before = digest(&s.db);
    let team = write(
        &s,
        "team.yaml",
        "apiVersion: langflow.ai/v1\nkind: AdminState\nteams:\n  - adom_name: new-team\n    display_name: New Team\n",
    );
    let out = s.run(&["state", "apply", &team], "", &[]);
    let err = stderr_of(&out);
    assert_eq!(code(&out), 4, "{err}");
    assert!(
        err.contains("no active superuser") && err.contains("user activate"),
        "{err}"
    );
    let out = s.run(
        &["team", "create", "other-team", "--display-name", "Other"],
        "",
        &[],
    );
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert_eq!(digest(&s.db), before);
    // The break-glass apply: its only change re-enables a superuser.
    let on = write(
        &s,
        "on.yaml",
        "apiVersion: langflow.ai/v1\nkind: AdminState\nusers:\n  - username: admin\n",
    );
    let out = s.run(&["state", "apply", &on], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = s.run(&["state", "apply", &team], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

/// Langflow 1.5 reads a short key only through random.seed: flowadmin,
/// which seals as 1.10.1+ does, refuses to seal with one there; a rotation
/// to a strong key is the way out.
#[test]
fn s1_6_no_sealing_write_with_a_short_key_on_an_old_schema() {
    let s = Scratch::fixture("langflow-1.5.1-shortkey");
    let key = fixture_key("langflow-1.5.1-shortkey");
    let cfg = s.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    std::fs::write(cfg.join("secret_key"), &key).unwrap();
    let env = [("LANGFLOW_CONFIG_DIR", cfg.to_str().unwrap())];
    let before = digest(&s.db);
    let out = s.run(
        &["variable", "set", "NEW_ONE", "--user", "admin"],
        "a value",
        &env,
    );
    let err = stderr_of(&out);
    assert_eq!(code(&out), 4, "{err}");
    assert!(
        err.contains("random.seed") && err.contains("secret-key rotate"),
        "{err}"
    );
    let out = s.run(
        &[
            "secret-key",
            "rotate",
            "--new-key-env",
            "SHORT",
            "--allow-weak-key",
            "--yes",
        ],
        "",
        &[env[0], ("SHORT", "another-short-key")],
    );
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert_eq!(digest(&s.db), before, "nothing written");
    assert_eq!(
        std::fs::read_to_string(cfg.join("secret_key")).unwrap(),
        key
    );
    // The way out: a strong key; then writes work.
    let out = s.run(&["secret-key", "rotate", "--yes"], "", &env);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = s.run(
        &["variable", "set", "NEW_ONE", "--user", "admin"],
        "a value",
        &env,
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

/// Two flowadmin processes on one PostgreSQL database at once.
fn pg_pair(
    pg: &PgRich,
    s: &Scratch,
    a: &[&str],
    b: &[&str],
) -> (std::process::Output, std::process::Output) {
    let spawn = |args: &[&str]| {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"))
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", s.path())
            .current_dir(s.path())
            .env("LANGFLOW_DATABASE_URL", pg.url())
            .env("LANGFLOW_SECRET_KEY", &pg.key)
            .env("CAROL_PASSWORD", "Carol-Rbac-Pw-1!")
            .env("DAVE_PASSWORD", "Dave-Rbac-Pw-2!")
            .env("ERIN_PASSWORD", "Erin-Rbac-Pw-3!")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (x, y) = (spawn(a), spawn(b));
    (x.wait_with_output().unwrap(), y.wait_with_output().unwrap())
}

fn pg_count(pg: &PgRich, sql: &str) -> i64 {
    pg.client().query_one(sql, &[]).unwrap().get(0)
}

/// The rbac fixture's state on a fresh PostgreSQL database.
fn pg_rbac(admin: &str) -> (PgRich, Scratch) {
    let pg = PgRich::new(admin);
    let s = Scratch::empty();
    let path = s.path().join("applied.yaml");
    std::fs::copy(fixtures().join("rbac/applied.yaml"), &path).unwrap();
    let out = pg
        .cmd(&s)
        .args(["state", "apply", path.to_str().unwrap()])
        .env("CAROL_PASSWORD", "Carol-Rbac-Pw-1!")
        .env("DAVE_PASSWORD", "Dave-Rbac-Pw-2!")
        .env("ERIN_PASSWORD", "Erin-Rbac-Pw-3!")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    (pg, s)
}

const ROUNDS: usize = 25;

#[test]
fn s2_two_grants_at_once_never_give_two_roles_in_one_scope() {
    let Some(admin) = admin_url("s2_two_grants_at_once_never_give_two_roles_in_one_scope") else {
        return;
    };
    let (pg, s) = pg_rbac(&admin);
    for role in ["race-a", "race-b"] {
        let out = pg
            .cmd(&s)
            .args(["role", "create", role, "-p", "flow:read"])
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    }
    // A workspace where alice holds nothing.
    let ws = "5a1e0000-0000-4000-8000-00000000b031";
    let held = "SELECT count(*) FROM authz_role_assignment a JOIN \"user\" u ON u.id = a.user_id \
                WHERE u.username = 'alice' AND a.domain_type = 'workspace' \
                AND a.domain_id = '5a1e0000-0000-4000-8000-00000000b031'";
    for round in 0..ROUNDS {
        let (x, y) = pg_pair(
            &pg,
            &s,
            &[
                "role",
                "grant",
                "race-a",
                "--user",
                "alice",
                "--workspace",
                ws,
            ],
            &[
                "role",
                "grant",
                "race-b",
                "--user",
                "alice",
                "--workspace",
                ws,
            ],
        );
        let mut codes = [code(&x), code(&y)];
        codes.sort();
        assert_eq!(
            codes,
            [0, 4],
            "round {round}: {}{}",
            stderr_of(&x),
            stderr_of(&y)
        );
        let loser = if code(&x) == 4 { &x } else { &y };
        assert!(
            stderr_of(loser).contains("A role already exists for this user with this scope"),
            "{}",
            stderr_of(loser)
        );
        assert_eq!(pg_count(&pg, held), 1, "round {round}");
        let winner = if code(&x) == 0 { "race-a" } else { "race-b" };
        let out = pg
            .cmd(&s)
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

#[test]
fn s2_two_parent_changes_at_once_never_make_a_cycle() {
    let Some(admin) = admin_url("s2_two_parent_changes_at_once_never_make_a_cycle") else {
        return;
    };
    let (pg, s) = pg_rbac(&admin);
    for role in ["cyc-a", "cyc-b"] {
        let out = pg
            .cmd(&s)
            .args(["role", "create", role, "-p", "flow:read"])
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    }
    let parented =
        "SELECT count(*) FROM authz_role WHERE name LIKE 'cyc-%' AND parent_role_id IS NOT NULL";
    for round in 0..ROUNDS {
        let (x, y) = pg_pair(
            &pg,
            &s,
            &["role", "update", "cyc-a", "--parent", "cyc-b"],
            &["role", "update", "cyc-b", "--parent", "cyc-a"],
        );
        let mut codes = [code(&x), code(&y)];
        codes.sort();
        assert_eq!(
            codes,
            [0, 4],
            "round {round}: {}{}",
            stderr_of(&x),
            stderr_of(&y)
        );
        let loser = if code(&x) == 4 { &x } else { &y };
        assert!(
            stderr_of(loser).contains("role hierarchy cycle"),
            "{}",
            stderr_of(loser)
        );
        assert_eq!(pg_count(&pg, parented), 1, "round {round}: no cycle");
        for role in ["cyc-a", "cyc-b"] {
            let out = pg
                .cmd(&s)
                .args(["role", "update", role, "--no-parent"])
                .output()
                .unwrap();
            assert_eq!(code(&out), 0, "{}", stderr_of(&out));
        }
    }
}

#[test]
fn s2_two_applies_at_once_end_in_one_state_and_a_documented_refusal() {
    let Some(admin) = admin_url("s2_two_applies_at_once_end_in_one_state_and_a_documented_refusal")
    else {
        return;
    };
    let (pg, s) = pg_rbac(&admin);
    for round in 0..ROUNDS {
        let path = s.path().join(format!("team-{round}.yaml"));
        std::fs::write(
            &path,
            format!(
                "apiVersion: langflow.ai/v1\nkind: AdminState\nteams:\n  - adom_name: race-{round}\n    display_name: Race {round}\n    members: [alice]\n"
            ),
        )
        .unwrap();
        let m = path.to_str().unwrap();
        let (x, y) = pg_pair(&pg, &s, &["state", "apply", m], &["state", "apply", m]);
        for out in [&x, &y] {
            assert!(
                matches!(code(out), 0 | 4),
                "round {round}: {}",
                stderr_of(out)
            );
        }
        assert!(
            code(&x) == 0 || code(&y) == 0,
            "round {round}: one of them applies"
        );
        let teams = pg_count(
            &pg,
            &format!("SELECT count(*) FROM authz_team WHERE adom_name = 'race-{round}'"),
        );
        let members = pg_count(
            &pg,
            &format!(
                "SELECT count(*) FROM authz_team_member m JOIN authz_team t ON t.id = m.team_id WHERE t.adom_name = 'race-{round}'"
            ),
        );
        assert_eq!((teams, members), (1, 1), "round {round}");
    }
}

/// A parent cycle closed through a role the manifest does not list.
#[test]
fn s2_state_apply_refuses_a_parent_cycle_through_an_existing_role() {
    let s = rbac_db();
    let before = digest(&s.db);
    let m = write(
        &s,
        "cycle.yaml",
        "apiVersion: langflow.ai/v1\nkind: AdminState\nroles:\n  - name: auditor\n    parent: release-manager\n    permissions: [flow:read]\n",
    );
    for command in ["diff", "apply"] {
        let out = s.run(&["state", command, &m], "", &[]);
        let err = stderr_of(&out);
        assert_eq!(code(&out), 2, "{command}: {err}");
        assert!(
            err.contains("Setting this parent would create a role hierarchy cycle"),
            "{err}"
        );
    }
    assert_eq!(digest(&s.db), before);
}

fn is_root_or_skip(test: &str) -> bool {
    if is_root() {
        return true;
    }
    eprintln!("SKIPPED {test}: it acts as another user and needs root (CI runs as root)");
    false
}

#[test]
fn s3_team_and_role_lists_read_a_read_only_folder() {
    if !is_root_or_skip("s3_team_and_role_lists_read_a_read_only_folder") {
        return;
    }
    let s = rbac_db();
    // Root's folder and file: nobody may read them, not write them.
    std::fs::set_permissions(
        s.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    std::fs::set_permissions(&s.db, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let before = listing(s.path());
    for list in [["team", "list"], ["role", "list"]] {
        let out = as_nobody(s.path())
            .args(["--db", "langflow.db"])
            .args(list)
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{list:?}: {}", stderr_of(&out));
        assert!(!stdout_of(&out).is_empty());
    }
    assert_eq!(listing(s.path()), before);
}

#[test]
fn s3_credentials_never_mint_a_key_for_an_inactive_owner() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let (m, env) = credentials(&s);
    // bob is inactive in the rich fixture.
    let text = std::fs::read_to_string(&m).unwrap();
    std::fs::write(
        &m,
        text.replace(
            "name: carol-bot\n    owner: carol",
            "name: bob-bot\n    owner: bob",
        ),
    )
    .unwrap();
    let before = digest(&s.db);
    let out = s.run(&["state", "apply", m.to_str().unwrap()], "", &env_of(&env));
    let err = stderr_of(&out);
    assert_eq!(code(&out), 2, "{err}");
    assert!(err.contains("bob is inactive"), "{err}");
    assert_eq!(digest(&s.db), before);
    assert!(!s.path().join("creds/keys/carol-bot").exists());
}

#[test]
fn s3_team_and_role_names_over_255_characters_are_refused() {
    let s = rbac_db();
    let long = "é".repeat(256);
    let fits = "é".repeat(255);
    let before = digest(&s.db);
    for args in [
        vec!["team", "create", long.as_str()],
        vec!["team", "create", "ok-team", "--display-name", long.as_str()],
        vec!["role", "create", long.as_str()],
        vec!["role", "update", "auditor", "--new-name", long.as_str()],
    ] {
        let out = s.run(&args, "", &[]);
        let err = stderr_of(&out);
        assert_eq!(code(&out), 2, "{args:?}: {err}");
        assert!(err.contains("at most 255 characters"), "{err}");
    }
    let m = write(
        &s,
        "long.yaml",
        &format!("apiVersion: langflow.ai/v1\nkind: AdminState\nroles:\n  - name: {long}\n"),
    );
    let out = s.run(&["state", "apply", &m], "", &[]);
    assert_eq!(code(&out), 2);
    assert!(stderr_of(&out).contains("roles.0.name: String should have at most 255 characters"));
    assert_eq!(digest(&s.db), before);
    let out = s.run(&["role", "create", fits.as_str()], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

/// A manifest read as PyYAML reads it (the interop suite compares the
/// parser with PyYAML case by case; here, what the operator sees).
#[test]
fn s3_manifests_are_read_as_langflow_reads_them() {
    let s = rbac_db();
    let head = "apiVersion: langflow.ai/v1\nkind: AdminState\n";
    let refused = [
        (
            "users:\n  - username: yes\n",
            "users.0.username: Input should be a valid string",
        ),
        (
            "users:\n  - username: 12:30\n",
            "users.0.username: Input should be a valid string",
        ),
        (
            "users:\n  - username: 2024-01-01\n",
            "users.0.username: Input should be a valid string",
        ),
        (
            "users:\n\t- username: x\n",
            "Invalid YAML administration manifest",
        ),
        ("users:\n  - username: \"a\\0b\"\n", "NUL"),
    ];
    let before = digest(&s.db);
    for (body, want) in refused {
        let m = write(&s, "m.yaml", &format!("{head}{body}"));
        for command in ["diff", "apply"] {
            let out = s.run(&["state", command, &m], "", &[]);
            let err = stderr_of(&out);
            assert_eq!(code(&out), 2, "{body:?}: {err}");
            assert!(err.contains(want), "{body:?}: {err}");
        }
    }
    assert_eq!(digest(&s.db), before);
    // `y`, `0o17` and `1e3` are strings; a duplicate key takes the last value.
    let m = write(
        &s,
        "m.yaml",
        &format!(
            "{head}teams:\n  - adom_name: y\n    display_name: 0o17\n    description: 1e3\n    display_name: last wins\n"
        ),
    );
    let out = s.run(&["--json", "state", "diff", &m], "", &[]);
    assert_eq!(code(&out), 3, "{}", stderr_of(&out));
    let out = s.run(&["state", "apply", &m], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let exported = stdout_of(&s.run(&["state", "export"], "", &[]));
    assert!(
        exported.contains("adom_name: y\n") && exported.contains("display_name: last wins"),
        "{exported}"
    );
    // Bounded: /dev/zero is no manifest.
    let out = s.run(&["state", "diff", "/dev/zero"], "", &[]);
    assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("larger than 16 MiB"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn s3_a_value_file_is_bounded_and_a_nul_is_refused_on_postgresql_too() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let (m, env) = credentials(&s);
    let text = std::fs::read_to_string(&m).unwrap();
    let region = s.path().join("creds/region").display().to_string();
    std::fs::write(&m, text.replace(&region, "/dev/zero")).unwrap();
    let out = s.run(&["state", "diff", m.to_str().unwrap()], "", &env_of(&env));
    assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("larger than 16 MiB"),
        "{}",
        stderr_of(&out)
    );
    let Some(admin) =
        admin_url("s3_a_value_file_is_bounded_and_a_nul_is_refused_on_postgresql_too")
    else {
        return;
    };
    let pg = PgRich::new(&admin);
    let path = s.path().join("nul.yaml");
    std::fs::write(&path, "apiVersion: langflow.ai/v1\nkind: AdminState\nteams:\n  - adom_name: \"a\\0b\"\n    display_name: x\n").unwrap();
    let before = pg.snapshot();
    let out = pg
        .cmd(&s)
        .args(["state", "apply", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("NUL"), "{}", stderr_of(&out));
    assert_eq!(pg.snapshot(), before);
}

#[test]
fn s3_json_mode_set_only_in_the_env_file_still_prints_a_json_error() {
    let s = Scratch::empty();
    std::fs::write(s.path().join("prod.env"), "FLOWADMIN_JSON=1\n").unwrap();
    let out = s
        .cmd()
        .args([
            "--env-file",
            "prod.env",
            "--db",
            "missing.db",
            "db",
            "check",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), 3, "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(j["error"]["exit_code"], 3);
}

#[test]
fn s3_a_fifo_or_device_as_the_database_is_named_for_what_it_is() {
    let s = Scratch::empty();
    let fifo = s.path().join("fifo.db");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for (db, want) in [
        (fifo.to_str().unwrap(), "is a FIFO"),
        ("/dev/zero", "is a character device"),
    ] {
        let out = s.cmd().args(["--db", db, "db", "check"]).output().unwrap();
        let err = stderr_of(&out);
        assert_eq!(code(&out), 2, "{err}");
        assert!(err.contains(want) && !err.contains("folder"), "{err}");
    }
}

#[test]
fn s3_hints_say_what_applies() {
    // FLOWADMIN_PG_TIMEOUT's error is about that setting, not the URL.
    let out = Scratch::empty()
        .cmd()
        .args(["db", "check"])
        .env("LANGFLOW_DATABASE_URL", "postgresql://u:p@127.0.0.1:1/db")
        .env("FLOWADMIN_PG_TIMEOUT", "soon")
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(code(&out), 2, "{err}");
    assert!(
        err.contains("FLOWADMIN_PG_TIMEOUT") && !err.contains("percent-encode"),
        "{err}"
    );
    // A team refusal does not suggest --prune.
    let s = rbac_db();
    let out = s.run(&["team", "create", "platform-eng"], "", &[]);
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("--prune"), "{}", stderr_of(&out));
}

#[test]
fn s3_a_rollback_says_what_it_restored_and_a_second_one_is_already_undone() {
    let t = Rich::new();
    let out = t.run(&["--json", "secret-key", "rotate"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let backup = json_of(&out)["backups"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b.as_str())
        .find(|b| b.contains("secret_key.backup."))
        .unwrap()
        .to_owned();
    let stamp = backup
        .rsplit("secret_key.backup.")
        .next()
        .unwrap()
        .to_owned();
    let out = t.run(&["secret-key", "rollback", &stamp], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let all = format!("{}{}", stdout_of(&out), stderr_of(&out));
    assert!(
        all.contains("under the restored key") && all.contains("now holds the restored key"),
        "{all}"
    );
    assert!(!all.contains("new key"), "{all}");
    let out = t.run(&["secret-key", "rollback", &stamp], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).contains("already undone"),
        "{}",
        stdout_of(&out)
    );
    assert_eq!(t.key_file(), t.key);
}

#[test]
fn s3_invisible_characters_in_names_are_escaped_in_tables() {
    let s = rbac_db();
    for name in ["adm\u{202e}nimda", "ali\u{200b}ce"] {
        let out = s.run(&["team", "create", name], "", &[]);
        assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    }
    let out = s.run(&["team", "list"], "", &[]);
    let text = stdout_of(&out);
    assert!(
        !text.contains('\u{202e}') && !text.contains('\u{200b}'),
        "{text:?}"
    );
    assert!(
        text.contains("adm\\u{202e}nimda") && text.contains("ali\\u{200b}ce"),
        "{text}"
    );
}

#[test]
fn s3_doctor_judges_staleness_as_of_a_date() {
    let t = Rich::new();
    let run = |as_of: &str| {
        json_of(&t.run(
            &["--json", "doctor", "--check", "accounts", "--as-of", as_of],
            "",
            &[],
        ))
    };
    let ids = |j: &Value| -> Vec<String> {
        j["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap().to_owned())
            .collect()
    };
    // The fixture was made on 2026-11-23: stale 90 days later, not before.
    assert!(!ids(&run("2026-12-01")).contains(&"accounts.stale-superuser".to_owned()));
    assert!(ids(&run("2027-03-01")).contains(&"accounts.stale-superuser".to_owned()));
    let out = t.run(&["doctor", "--as-of", "next week"], "", &[]);
    assert_eq!(code(&out), 2);
}
