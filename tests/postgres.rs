//! flowadmin on PostgreSQL, against a real server: `FLOWADMIN_TEST_PG_URL`
//! names a role that may create roles and databases (`.ci/run` starts one
//! with scripts/pg-test-server.sh and always sets it). Each test loads the
//! rich fixture written by real Langflow 1.13 on PostgreSQL 15 into a fresh
//! database of its own. Without the variable the tests say SKIPPED and pass.

mod common;

use common::*;

/// What Langflow's own check-integrity said about the PostgreSQL fixture.
fn langflow_summary(file: &str) -> String {
    let text = std::fs::read_to_string(pg_fixtures().join(file)).unwrap();
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|event| event["check"]["name"] == "credentials")
        .unwrap()["check"]["summary"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn db_check_on_postgres_agrees_with_langflow() {
    let Some(admin) = admin_url("db_check_on_postgres_agrees_with_langflow") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let out = pg.run(&s, &pg.url(), &["--json", "db", "check"], &pg.key.clone());
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    let langflow = langflow_summary("langflow-1.13-rich.check-integrity.json");
    let total: usize = langflow.split_whitespace().next().unwrap().parse().unwrap();
    assert_eq!(j["encrypted"]["total"], total, "Langflow said: {langflow}");
    assert_eq!(j["encrypted"]["open"], total);
    assert_eq!(j["revision"], "e5a7c9b1d3f2");
    assert_eq!(j["counts"]["users"], 3);
    assert_eq!(j["counts"]["superusers"], 1);
    assert_eq!(j["counts"]["inactive_users"], 1);
    assert_eq!(j["counts"]["variables_by_type"]["Credential"], 4);
    assert_eq!(j["encrypted"]["opened_by"]["sso-hkdf"], 1);
    assert!(
        !stdout_of(&out).contains(ROLE_PASSWORD),
        "the password never shows"
    );

    // A wrong key: every value named, as Langflow's check names them.
    let wrong = "Zm9yLXRlc3RzLW9ubHktMzItYnl0ZXMtb2Yta2V5ISE";
    let out = pg.run(&s, &pg.url(), &["--json", "db", "check"], wrong);
    assert_eq!(code(&out), 5);
    let failed = json_of(&out)["encrypted"]["failed"]
        .as_array()
        .unwrap()
        .len();
    let langflow = langflow_summary("langflow-1.13-rich.check-integrity-wrongkey.json");
    let expected: usize = langflow.split_whitespace().next().unwrap().parse().unwrap();
    assert_eq!(failed, expected, "Langflow said: {langflow}");
}

#[test]
fn connection_failures_are_one_clear_line_without_the_password() {
    let Some(admin) = admin_url("connection_failures_are_one_clear_line_without_the_password")
    else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let secret = "Wr0ng-Secret-pw";
    // A port nobody listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_port = closed.local_addr().unwrap().port();
    drop(closed);
    let cases = [
        (
            format!(
                "postgresql://{ROLE}:{secret}@127.0.0.1:{}/{}",
                pg.port, pg.name
            ),
            6,
            "refused the login",
        ),
        (
            format!("postgresql://{ROLE}:{secret}@127.0.0.1:{closed_port}/x?connect_timeout=3"),
            6,
            "cannot reach",
        ),
        (
            format!(
                "postgresql://{ROLE}:{ROLE_PASSWORD}@127.0.0.1:{}/no_such_db_here",
                pg.port
            ),
            3,
            "has no database",
        ),
        (
            format!(
                "postgresql://{ROLE}:{secret}@127.0.0.1:{}/{}?sslmode=require",
                pg.port, pg.name
            ),
            6,
            "TLS",
        ),
        (
            format!(
                "postgresql://{ROLE}:{secret}@127.0.0.1:{}/x?sslmode=sometimes",
                pg.port
            ),
            2,
            "sslmode",
        ),
    ];
    for (url, expected, says) in &cases {
        let out = pg.run(&s, url, &["db", "check"], &pg.key.clone());
        let err = stderr_of(&out);
        assert_eq!(code(&out), *expected, "{says}: {err}");
        assert!(err.contains(says), "{err}");
        assert!(
            !err.contains(secret) && !err.contains(ROLE_PASSWORD),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    // The password may come from PGPASSWORD instead of the URL, as libpq takes it.
    let out = s
        .cmd()
        .args(["--json", "db", "check"])
        .env(
            "LANGFLOW_DATABASE_URL",
            format!("postgresql://{ROLE}@127.0.0.1:{}/{}", pg.port, pg.name),
        )
        .env("PGPASSWORD", ROLE_PASSWORD)
        .env("LANGFLOW_SECRET_KEY", &pg.key)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

#[test]
fn writes_on_postgres_are_refused_with_nothing_changed() {
    let Some(admin) = admin_url("writes_on_postgres_are_refused_with_nothing_changed") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let before = pg.snapshot();
    for args in [
        &["user", "delete", "alice", "--yes"][..],
        &["secret-key", "rotate"],
    ] {
        let out = pg.run(&s, &pg.url(), args, &pg.key.clone());
        assert_eq!(code(&out), 7, "{args:?}: {}", stderr_of(&out));
        assert!(!stderr_of(&out).contains(ROLE_PASSWORD));
    }
    assert_eq!(pg.snapshot(), before, "nothing changed");
}

#[test]
fn activate_deactivate_and_set_password_on_postgres() {
    let Some(admin) = admin_url("activate_deactivate_and_set_password_on_postgres") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let run = |args: &[&str], stdin: &str| {
        s.cmd()
            .args(args)
            .env("LANGFLOW_DATABASE_URL", pg.url())
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap()
    };
    let out = run(&["user", "activate", "bob"], "");
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("bob is now active"));
    let out = run(&["user", "activate", "bob"], "");
    assert!(stdout_of(&out).contains("already active"), "idempotent");
    let out = run(&["user", "deactivate", "admin"], "");
    assert_eq!(code(&out), 4, "the last active superuser needs --force");
    let out = run(
        &["user", "set-password", "bob", "--password-stdin"],
        "Bob-New-Pw-9\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = run(
        &["user", "verify-password", "bob", "--password-stdin"],
        "Bob-New-Pw-9",
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));

    // Stored as Langflow stores them: a boolean, a bcrypt hash, updated_at
    // now in UTC whatever the server's time zone.
    let mut client = postgres::Client::connect(&pg.url(), postgres::NoTls).unwrap();
    let row = client
        .query_one(
            "SELECT is_active, password, extract(epoch FROM now() - updated_at)::float8 \
             FROM \"user\" WHERE username = 'bob'",
            &[],
        )
        .unwrap();
    assert!(row.get::<_, bool>(0));
    assert!(row.get::<_, String>(1).starts_with("$2b$12$"));
    let age: f64 = row.get(2);
    assert!((0.0..120.0).contains(&age), "updated_at {age} s ago");
}

#[test]
fn read_commands_work_on_postgres() {
    let Some(admin) = admin_url("read_commands_work_on_postgres") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let run = |args: &[&str], stdin: &str| {
        pg.cmd(&s)
            .args(args)
            .env("LANGFLOW_SUPERUSER", "admin")
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap()
    };
    let users = json_of(&run(&["--json", "user", "list"], ""));
    let names: Vec<&str> = users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["admin", "alice", "bob"]);
    assert!(
        users[0]["id"].as_str().unwrap().len() == 32,
        "ids in one form"
    );
    assert!(users[0]["created_at"].as_str().unwrap().starts_with("20"));

    let openai = PgRich::credential("admin / Credential / OPENAI_API_KEY = ");
    let out = run(&["variable", "get", "OPENAI_API_KEY"], "");
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{openai}\n"));

    let keys = json_of(&run(&["--json", "api-key", "list", "--all"], ""));
    assert_eq!(keys.as_array().unwrap().len(), 3);
    for k in keys.as_array().unwrap() {
        let masked = k["key"].as_str().unwrap();
        assert!(
            masked.starts_with("sk-") && masked.ends_with('*'),
            "{masked}"
        );
    }
    let out = run(&["secret-key", "check"], "");
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));

    let out = run(
        &["user", "verify-password", "admin", "--password-stdin"],
        "Admin-Fixture-Pw-0!",
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = run(
        &["user", "verify-password", "admin", "--password-stdin"],
        "wrong",
    );
    assert_eq!(code(&out), 4);
}

#[test]
fn api_keys_are_minted_and_revoked_on_postgres() {
    let Some(admin) = admin_url("api_keys_are_minted_and_revoked_on_postgres") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let admin_key = PgRich::credential("admin / admin-key-1 / ");
    let run = |args: &[&str], stdin: &str, token: Option<&str>| {
        let mut cmd = pg.cmd(&s);
        cmd.args(args).write_stdin(stdin.to_owned());
        if let Some(t) = token {
            cmd.env("LANGFLOW_SUPERUSER_TOKEN", t);
        }
        cmd.output().unwrap()
    };
    // A superuser's key as proof; the new key then proves itself.
    let out = run(
        &[
            "--json",
            "api-key",
            "create",
            "--user",
            "admin",
            "--name",
            "deploy",
            "--expires",
            "7d",
        ],
        "",
        Some(&admin_key),
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let minted = json_of(&out);
    let new_key = minted["key"].as_str().unwrap().to_owned();
    let out = run(
        &["api-key", "create", "--user", "alice"],
        "",
        Some(&new_key),
    );
    assert_eq!(
        code(&out),
        0,
        "the new key is accepted as proof: {}",
        stderr_of(&out)
    );
    // The owner's password as proof.
    let out = run(
        &["api-key", "create", "--user", "admin", "--password-stdin"],
        "Admin-Fixture-Pw-0!\n",
        None,
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    // A wrong key is no proof, and writes nothing.
    let before = pg.snapshot();
    let out = run(
        &["api-key", "create", "--user", "admin"],
        "",
        Some("sk-nope"),
    );
    assert_eq!(code(&out), 4);
    assert_eq!(pg.snapshot(), before);

    // Stored as Langflow stores it: uuid id, hash, Fernet token under the key,
    // timestamptz times in UTC, expiry seven days after creation.
    let mut client = postgres::Client::connect(&pg.url(), postgres::NoTls).unwrap();
    let row = client
        .query_one(
            "SELECT id::text, api_key, api_key_hash, is_active, total_uses, \
             extract(epoch FROM expires_at - created_at)::float8, \
             extract(epoch FROM now() - created_at)::float8 \
             FROM apikey WHERE name = 'deploy'",
            &[],
        )
        .unwrap();
    let dashed: String = row.get(0);
    assert_eq!(dashed, minted["id"].as_str().unwrap());
    let token: String = row.get(1);
    let ring = flowadmin::crypto::SecretKey::new(pg.key.as_str())
        .keyring()
        .unwrap();
    assert_eq!(&ring.decrypt(&token).unwrap().1[..], new_key.as_bytes());
    assert_eq!(
        row.get::<_, String>(2),
        flowadmin::crypto::api_key_hash(&new_key)
    );
    assert!(row.get::<_, bool>(3));
    assert_eq!(row.get::<_, i32>(4), 0);
    let span: f64 = row.get(5);
    assert!(
        (span - 7.0 * 86_400.0).abs() < 5.0,
        "expires {span} s after creation"
    );
    let age: f64 = row.get(6);
    assert!((0.0..120.0).contains(&age), "created {age} s ago (UTC)");

    // Revoked by name, then by the key itself; gone from the list.
    let out = run(&["api-key", "revoke", "deploy", "--yes"], "", None);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = run(&["api-key", "revoke", &admin_key, "--yes"], "", None);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(!stdout_of(&out).contains(&admin_key));
    let keys = json_of(&run(&["--json", "api-key", "list", "--all"], "", None));
    let names: Vec<&str> = keys
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["name"].as_str().unwrap())
        .collect();
    assert!(
        !names.contains(&"deploy") && !names.contains(&"admin-key-1"),
        "{names:?}"
    );
}

#[test]
fn variables_are_set_read_and_deleted_on_postgres() {
    let Some(admin) = admin_url("variables_are_set_read_and_deleted_on_postgres") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let run = |args: &[&str], stdin: &str, key: &str| {
        s.cmd()
            .args(args)
            .env("LANGFLOW_DATABASE_URL", pg.url())
            .env("LANGFLOW_SECRET_KEY", key)
            .env("LANGFLOW_SUPERUSER", "admin")
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap()
    };
    let key = pg.key.clone();
    // A wrong key writes nothing.
    let before = pg.snapshot();
    let wrong = "Zm9yLXRlc3RzLW9ubHktMzItYnl0ZXMtb2Yta2V5ISE";
    let out = run(&["variable", "set", "NEW_CRED"], "v\n", wrong);
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert_eq!(pg.snapshot(), before);

    for (args, stdin) in [
        (&["variable", "set", "NEW_CRED"][..], "new-secret\n"),
        (&["variable", "set", "OPENAI_API_KEY"], "rotated-openai\n"),
        (
            &[
                "variable", "set", "ZONE", "--type", "generic", "--field", "Region", "--value",
                "eu-1",
            ],
            "",
        ),
    ] {
        let out = run(args, stdin, &key);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr_of(&out));
    }
    for (name, value) in [
        ("NEW_CRED", "new-secret"),
        ("OPENAI_API_KEY", "rotated-openai"),
        ("ZONE", "eu-1"),
    ] {
        let out = run(&["variable", "get", name, "--raw"], "", &key);
        assert_eq!(stdout_of(&out), value, "{name}");
    }
    let out = run(&["--json", "db", "check"], "", &key);
    assert_eq!(code(&out), 0, "every value opens: {}", stdout_of(&out));

    // Stored as Langflow stores them there.
    let mut client = postgres::Client::connect(&pg.url(), postgres::NoTls).unwrap();
    let row = client
        .query_one(
            "SELECT type, default_fields::text, is_environment_managed, \
             extract(epoch FROM now() - created_at)::float8 FROM variable WHERE name = 'ZONE'",
            &[],
        )
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "Generic");
    assert_eq!(row.get::<_, String>(1), r#"["Region"]"#);
    assert!(!row.get::<_, bool>(2));
    assert!((0.0..120.0).contains(&row.get::<_, f64>(3)));
    let updated: f64 = client
        .query_one(
            "SELECT extract(epoch FROM now() - updated_at)::float8 FROM variable WHERE name = 'OPENAI_API_KEY'",
            &[],
        )
        .unwrap()
        .get(0);
    assert!((0.0..120.0).contains(&updated), "updated_at set, in UTC");

    let out = run(&["variable", "delete", "ZONE", "--yes"], "", &key);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = run(&["variable", "get", "ZONE"], "", &key);
    assert_eq!(code(&out), 3);
}

#[test]
fn users_and_superusers_are_created_on_postgres() {
    let Some(admin) = admin_url("users_and_superusers_are_created_on_postgres") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let admin_key = PgRich::credential("admin / admin-key-1 / ");
    let run = |args: &[&str], stdin: &str, envs: &[(&str, &str)]| {
        pg.cmd(&s)
            .args(args)
            .envs(envs.iter().copied())
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap()
    };
    let out = run(
        &["user", "create", "carol", "--active", "--password-stdin"],
        "Carol-Pw-123\n",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    // Names compare ignoring case, with the database's own lower().
    let out = run(
        &["user", "create", "CAROL", "--password-stdin"],
        "Carol-Pw-123\n",
        &[],
    );
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    // A second superuser needs a superuser's key.
    let out = run(
        &["superuser", "--username", "ops", "--password-stdin"],
        "Ops-Pw-1234\n",
        &[],
    );
    assert_eq!(code(&out), 4);
    let out = run(
        &["superuser", "--username", "ops", "--password-stdin"],
        "Ops-Pw-1234\n",
        &[("LANGFLOW_SUPERUSER_TOKEN", &admin_key)],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = run(
        &["user", "verify-password", "ops", "--password-stdin"],
        "Ops-Pw-1234",
        &[],
    );
    assert_eq!(code(&out), 0);

    let mut client = postgres::Client::connect(&pg.url(), postgres::NoTls).unwrap();
    let row = client
        .query_one(
            "SELECT u.is_active, u.is_superuser, u.password, u.optins::text, \
             extract(epoch FROM now() - u.create_at)::float8, \
             f.name, f.is_personal, f.auth_settings::text \
             FROM \"user\" u JOIN folder f ON f.user_id = u.id WHERE u.username = 'ops'",
            &[],
        )
        .unwrap();
    assert!(row.get::<_, bool>(0) && row.get::<_, bool>(1));
    assert!(row.get::<_, String>(2).starts_with("$2b$12$"));
    assert!(row.get::<_, String>(3).contains("github_starred"));
    assert!((0.0..120.0).contains(&row.get::<_, f64>(4)));
    assert_eq!(row.get::<_, String>(5), "Starter Project");
    assert!(row.get::<_, bool>(6));
    assert_eq!(
        row.get::<_, String>(7),
        "null",
        "the JSON null, as Langflow writes it"
    );
}

#[test]
fn generate_write_refuses_a_postgres_database_with_values() {
    let Some(admin) = admin_url("generate_write_refuses_a_postgres_database_with_values") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let cfg = s.path().join("cfg");
    let out = s
        .cmd()
        .args(["secret-key", "generate", "--write"])
        .env("LANGFLOW_DATABASE_URL", pg.url())
        .env("LANGFLOW_CONFIG_DIR", &cfg)
        .output()
        .unwrap();
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("18 encrypted values"),
        "{}",
        stderr_of(&out)
    );
    assert!(!cfg.join("secret_key").exists());
    // And repair on PostgreSQL: nothing to repair on a 1.13 fixture.
    let out = s
        .cmd()
        .args(["variable", "repair", "--dry-run"])
        .env("LANGFLOW_DATABASE_URL", pg.url())
        .env("LANGFLOW_SECRET_KEY", &pg.key)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("no encrypted Generic values"));
    // A Generic value Langflow 1.5-1.7 left encrypted is decrypted back.
    let token = flowadmin::crypto::SecretKey::new(pg.key.as_str())
        .keyring()
        .unwrap()
        .encrypt(b"legacy-value");
    let mut client = postgres::Client::connect(&pg.url(), postgres::NoTls).unwrap();
    client
        .execute(
            "INSERT INTO variable (id, name, value, type, user_id, default_fields, is_environment_managed, created_at) \
             SELECT gen_random_uuid(), 'OLD_GENERIC', $1, 'Generic', id, '[]', false, now() \
             FROM \"user\" WHERE username = 'admin'",
            &[&token],
        )
        .unwrap();
    let out = s
        .cmd()
        .args(["variable", "repair"])
        .env("LANGFLOW_DATABASE_URL", pg.url())
        .env("LANGFLOW_SECRET_KEY", &pg.key)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let value: String = client
        .query_one("SELECT value FROM variable WHERE name = 'OLD_GENERIC'", &[])
        .unwrap()
        .get(0);
    assert_eq!(value, "legacy-value");
}
