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
