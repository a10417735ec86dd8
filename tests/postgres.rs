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
    let report = json_of(&out);
    let failed = report["encrypted"]["failed"].as_array().unwrap();
    // Each value named with its owner, as Langflow's check names them (the
    // owners are read once and matched by id).
    let owner_of = |name: &str| {
        failed
            .iter()
            .find(|f| f["column"] == "variable.value" && f["name"] == name)
            .map(|f| f["owner"].clone())
    };
    assert_eq!(owner_of("OPENAI_API_KEY"), Some(serde_json::json!("admin")));
    assert_eq!(owner_of("ALICE_TOKEN"), Some(serde_json::json!("alice")));
    let failed = failed.len();
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
                // The test server may speak TLS (with a throwaway
                // certificate): an unknown issuer fails either way.
                "postgresql://{ROLE}:{secret}@127.0.0.1:{}/{}?sslmode=verify-full",
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

/// The dry-run plan of deleting `user`, as JSON.
fn delete_plan(out: &std::process::Output) -> serde_json::Value {
    assert_eq!(code(out), 0, "{}", stderr_of(out));
    json_of(out)["plan"].clone()
}

#[test]
fn user_delete_on_postgres_plans_as_on_sqlite_and_leaves_no_reference() {
    let Some(admin) =
        admin_url("user_delete_on_postgres_plans_as_on_sqlite_and_leaves_no_reference")
    else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    // The two fixtures were filled by the same script through real Langflow:
    // the same rows go on both backends.
    let sqlite = Scratch::fixture("langflow-1.13-rich");
    for user in ["admin", "alice", "bob"] {
        let args = ["--json", "user", "delete", user, "--dry-run"];
        let on_pg = delete_plan(&pg.run(&s, &pg.url(), &args, &pg.key.clone()));
        let on_sqlite = delete_plan(&sqlite.run(&args, "", &[]));
        assert_eq!(on_pg, on_sqlite, "{user}");
    }
    let before = pg.snapshot();

    // A row outside Langflow's schema that still points at bob: the server
    // refuses the delete, and nothing at all changes.
    let mut client = pg.client();
    client
        .batch_execute(
            "CREATE SCHEMA audit; CREATE TABLE audit.seen (user_id uuid REFERENCES public.\"user\"(id)); \
             INSERT INTO audit.seen SELECT id FROM public.\"user\" WHERE username = 'bob'",
        )
        .unwrap();
    let out = pg.run(
        &s,
        &pg.url(),
        &["user", "delete", "bob", "--yes"],
        &pg.key.clone(),
    );
    assert_eq!(code(&out), 6, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("dangling"), "{}", stderr_of(&out));
    assert_eq!(pg.snapshot(), before, "nothing changed");
    client.batch_execute("DROP SCHEMA audit CASCADE").unwrap();

    // The last superuser, with everything hanging off it (flows, folders,
    // connections, MCP servers, triggers, SSO audit columns...).
    let admin_id: uuid::Uuid = client
        .query_one("SELECT id FROM \"user\" WHERE username = 'admin'", &[])
        .unwrap()
        .get(0);
    let out = pg.run(
        &s,
        &pg.url(),
        &["user", "delete", "admin", "--yes"],
        &pg.key.clone(),
    );
    assert_eq!(code(&out), 4, "the last superuser needs --force");
    let out = pg.run(
        &s,
        &pg.url(),
        &["--json", "user", "delete", "admin", "--yes", "--force"],
        &pg.key.clone(),
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["deleted"], true);
    // No column anywhere still holds the deleted id.
    let refs = client
        .query(
            "SELECT cc.relname::text, a.attname::text FROM pg_constraint c \
             JOIN pg_class cc ON cc.oid = c.conrelid \
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
             WHERE c.contype = 'f' AND c.confrelid = '\"user\"'::regclass",
            &[],
        )
        .unwrap();
    assert!(refs.len() > 20, "the fixture has many references to user");
    for r in &refs {
        let (table, col): (String, String) = (r.get(0), r.get(1));
        let n: i64 = client
            .query_one(
                &format!("SELECT count(*) FROM \"{table}\" WHERE \"{col}\" = $1"),
                &[&admin_id],
            )
            .unwrap()
            .get(0);
        assert_eq!(n, 0, "{table}.{col} still points at the deleted user");
    }
    let users: i64 = client
        .query_one("SELECT count(*) FROM \"user\"", &[])
        .unwrap()
        .get(0);
    assert_eq!(users, 2);
    // What is left still opens with the key.
    let out = pg.run(&s, &pg.url(), &["db", "check"], &pg.key.clone());
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

/// How many of the database's encrypted values `key` opens: (open, total).
fn pg_opened_with(pg: &PgRich, s: &Scratch, key: &str) -> (u64, u64) {
    let out = pg.run(s, &pg.url(), &["--json", "db", "check"], key);
    let j = json_of(&out);
    (
        j["encrypted"]["open"].as_u64().unwrap(),
        j["encrypted"]["total"].as_u64().unwrap(),
    )
}

/// Every stored cell that can hold secrets: (table.column row id) -> text.
fn secret_cells(pg: &PgRich) -> std::collections::BTreeMap<String, String> {
    let mut client = pg.client();
    let mut cells = std::collections::BTreeMap::new();
    for (table, col, id) in [
        ("variable", "value", "id"),
        ("apikey", "api_key", "id"),
        ("\"user\"", "store_api_key", "id"),
        ("deployment_provider_account", "api_key", "id"),
        ("connection_secret", "encrypted_payload", "connection_id"),
        ("trigger", "signing_secret_encrypted", "id"),
        ("folder", "auth_settings", "id"),
        ("mcp_server", "config", "id"),
        ("sso_config", "client_secret_encrypted", "id"),
    ] {
        let sql = format!("SELECT {id}::text, {col}::text FROM {table} WHERE {col} IS NOT NULL");
        for r in client.query(&sql, &[]).unwrap() {
            cells.insert(format!("{table}.{col} {}", r.get::<_, String>(0)), r.get(1));
        }
    }
    cells
}

#[test]
fn rotation_on_postgres_reencrypts_every_value_and_its_backup_restores() {
    let Some(admin) =
        admin_url("rotation_on_postgres_reencrypts_every_value_and_its_backup_restores")
    else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let cfg = PgRich::config_dir(&s, &pg.key);
    let dry = pg
        .with_config(&s, &cfg)
        .args(["--json", "secret-key", "rotate", "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(code(&dry), 0, "{}", stderr_of(&dry));
    assert_eq!(json_of(&dry)["totals"]["reencrypted"], 18);
    let before = pg.snapshot();
    let cells_before = secret_cells(&pg);
    assert_eq!(pg.snapshot(), before, "a dry run writes nothing");

    let out = pg
        .with_config(&s, &cfg)
        .args(["--json", "secret-key", "rotate"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let report = json_of(&out);
    assert_eq!(report["committed"], true);
    assert_eq!(report["totals"]["reencrypted"], 18);
    let new_key = report["new_key"].as_str().unwrap().to_owned();
    assert_eq!(
        std::fs::read_to_string(cfg.join("secret_key")).unwrap(),
        new_key
    );
    assert_eq!(pg_opened_with(&pg, &s, &new_key), (18, 18));
    assert_eq!(pg_opened_with(&pg, &s, &pg.key), (0, 18));
    assert!(!cfg.join("secret_key.new").exists());

    // The backups: the old key, and the old values as SQL, both 0600.
    let backups: Vec<std::path::PathBuf> = report["backups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_str().unwrap().into())
        .collect();
    assert_eq!(backups.len(), 2, "{backups:?}");
    let sql = backups
        .iter()
        .find(|b| b.extension().is_some_and(|e| e == "sql"))
        .unwrap();
    let key_backup = backups.iter().find(|b| *b != sql).unwrap();
    assert_eq!(std::fs::read_to_string(key_backup).unwrap(), pg.key);
    for b in &backups {
        assert_eq!(owner_of(b).2 & 0o777, 0o600, "{}", b.display());
    }
    let script = std::fs::read_to_string(sql).unwrap();
    let after = secret_cells(&pg);
    let changed = cells_before
        .iter()
        .filter(|(cell, value)| after.get(*cell) != Some(value))
        .count();
    assert!(changed >= 10, "{changed}");
    assert_eq!(
        script.matches("\nUPDATE ").count(),
        changed,
        "one line per changed row"
    );
    assert!(!script.contains(&new_key) && !script.contains(&pg.key));

    // A rerun is safe: everything is already under the new key.
    let out = pg
        .with_config(&s, &cfg)
        .args(["--json", "secret-key", "rotate", "--new-key-file"])
        .arg(cfg.join("secret_key"))
        .arg("--old-key-file")
        .arg(key_backup)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["totals"]["already_current"], 18);
    assert_eq!(json_of(&out)["totals"]["reencrypted"], 0);

    // Undo, as the README says (psql -f runs the same statements): the old
    // key opens every value again.
    pg.client().batch_execute(&script).unwrap();
    assert_eq!(pg_opened_with(&pg, &s, &pg.key), (18, 18));
    assert_eq!(pg.snapshot(), before, "restored exactly");
}

#[test]
fn rotation_on_postgres_refuses_a_live_cluster_unless_forced() {
    let Some(admin) = admin_url("rotation_on_postgres_refuses_a_live_cluster_unless_forced") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let cfg = PgRich::config_dir(&s, &pg.key);
    let before = pg.snapshot();
    let rotate = |extra: &[&str]| {
        pg.with_config(&s, &cfg)
            .args(["secret-key", "rotate"])
            .args(extra)
            .output()
            .unwrap()
    };
    let untouched = |out: &std::process::Output, what: &str| {
        assert_eq!(code(out), 6, "{what}: {}", stderr_of(out));
        assert_eq!(pg.snapshot(), before, "{what}: nothing changed");
        assert_eq!(
            listing(&cfg),
            vec!["secret_key", "secret_key.lock", "secret_key.rotating"],
            "{what}: no key file or backup left"
        );
        assert_eq!(stderr_of(out).lines().count(), 1, "{}", stderr_of(out));
        assert!(!stderr_of(out).contains(ROLE_PASSWORD));
    };

    // An idle pooled connection, as a running Langflow keeps.
    let idle = pg.client();
    let out = rotate(&[]);
    untouched(&out, "idle session");
    assert!(
        stderr_of(&out).contains("other session(s)"),
        "{}",
        stderr_of(&out)
    );
    assert!(stderr_of(&out).contains("stop Langflow"));

    // A Langflow instance starting (it holds its migration lock): refused
    // even with --force.
    let mut starting = pg.client();
    starting
        .execute("SELECT pg_advisory_lock(5503801610002526071)", &[])
        .unwrap();
    let out = rotate(&["--force"]);
    untouched(&out, "Langflow starting");
    assert!(
        stderr_of(&out).contains("starting or migrating"),
        "{}",
        stderr_of(&out)
    );
    drop(starting);

    // Another flowadmin rotating from another host (its advisory lock).
    let mut other = pg.client();
    other
        .execute("SELECT pg_advisory_lock(x'666c6f7761646d6e'::bigint)", &[])
        .unwrap();
    let out = rotate(&["--force"]);
    untouched(&out, "another rotation");
    assert!(
        stderr_of(&out).contains("another key change"),
        "{}",
        stderr_of(&out)
    );
    drop(other);

    // A writer in the middle of a transaction: a forced rotation waits for
    // its lock (5 s), then gives up with nothing written.
    let mut writer = pg.client();
    let mut tx = writer.transaction().unwrap();
    tx.execute(
        "UPDATE variable SET updated_at = updated_at WHERE false",
        &[],
    )
    .unwrap();
    tx.execute("LOCK TABLE variable IN ROW EXCLUSIVE MODE", &[])
        .unwrap();
    let out = rotate(&["--force"]);
    untouched(&out, "writer mid-transaction");
    assert!(stderr_of(&out).contains("lock"), "{}", stderr_of(&out));
    tx.rollback().unwrap();
    drop(writer);

    // Forced past the idle session: done, and told to restart it.
    let out = rotate(&["--force"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("restart it now"),
        "{}",
        stderr_of(&out)
    );
    drop(idle);
    let key = std::fs::read_to_string(cfg.join("secret_key")).unwrap();
    assert_eq!(pg_opened_with(&pg, &s, &key), (18, 18));
}

#[test]
fn rotation_on_postgres_killed_at_any_instant_leaves_a_key_that_opens_everything() {
    if !cfg!(feature = "test-hooks") {
        eprintln!(
            "SKIPPED rotation_on_postgres_killed_at_any_instant_leaves_a_key_that_opens_everything: its crash points need a build with --features test-hooks (.ci/run has it)"
        );
        return;
    }
    const BULK: usize = 20_000;
    let Some(admin) =
        admin_url("rotation_on_postgres_killed_at_any_instant_leaves_a_key_that_opens_everything")
    else {
        return;
    };
    let pg = PgRich::new(&admin);
    pg.add_bulk(&pg.key, BULK);
    let s = Scratch::empty();
    let cfg = PgRich::config_dir(&s, &pg.key);
    let total = (18 + BULK) as u64;
    let rotate = |crash_at: Option<&str>| {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"));
        cmd.current_dir(s.path())
            .env_clear()
            .env("HOME", s.path())
            .env("LANGFLOW_DATABASE_URL", pg.url())
            .env("LANGFLOW_CONFIG_DIR", &cfg)
            .args(["-q", "secret-key", "rotate", "--no-backup"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        if let Some(point) = crash_at {
            cmd.env("FLOWADMIN_TEST_CRASH_AT", point);
        }
        cmd
    };
    let opens_all = |key: &str| pg_opened_with(&pg, &s, key) == (total, total);
    let started = std::time::Instant::now();
    assert!(rotate(None).status().unwrap().success());
    let full = started.elapsed();
    let mut seed = std::process::id() as u64 | 1;
    let mut plan: Vec<Option<&str>> = vec![None; 6];
    plan.extend([
        Some("before-commit"),
        Some("after-commit"),
        Some("after-rename"),
    ]);
    let mut windows = Vec::new();
    for (round, crash_at) in plan.into_iter().enumerate() {
        pg.wait_until_alone();
        let key_before = std::fs::read_to_string(cfg.join("secret_key")).unwrap();
        let mut child = rotate(crash_at).spawn().unwrap();
        if crash_at.is_none() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            std::thread::sleep(full.mul_f64((seed % 1000) as f64 / 1000.0));
            child.kill().ok();
        }
        if child.wait().unwrap().success() {
            continue;
        }
        pg.wait_until_alone();
        let on_disk = std::fs::read_to_string(cfg.join("secret_key")).unwrap();
        let pending = std::fs::read_to_string(cfg.join("secret_key.new"))
            .ok()
            .filter(|k| !k.is_empty());
        let good = opens_all(&on_disk) || pending.as_deref().is_some_and(opens_all);
        assert!(
            good,
            "round {round} ({crash_at:?}): no key on disk opens every value"
        );
        windows.push(if on_disk == key_before {
            if pending.as_deref().is_some_and(opens_all) {
                "between-commit-and-rename"
            } else {
                "before-commit"
            }
        } else {
            "after-rename"
        });
        let out = pg
            .with_config(&s, &cfg)
            .args(["secret-key", "check"])
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "round {round}: {}", stderr_of(&out));
        assert!(
            !cfg.join("secret_key.new").exists(),
            "round {round}: settled"
        );
    }
    println!(
        "postgres crash test: {} kills over a {:.2} s rotation of {total} values: {windows:?}",
        windows.len(),
        full.as_secs_f64()
    );
    for w in ["before-commit", "between-commit-and-rename", "after-rename"] {
        assert!(windows.contains(&w), "no kill landed {w}: {windows:?}");
    }
}

#[test]
fn a_role_without_rights_and_a_dropped_connection_are_one_clear_line() {
    let Some(admin) =
        admin_url("a_role_without_rights_and_a_dropped_connection_are_one_clear_line")
    else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let mut su = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
    su.batch_execute(
        "DO $$ BEGIN CREATE ROLE flowadmin_nobody LOGIN PASSWORD 'nobody-Pw-1'; \
         EXCEPTION WHEN duplicate_object THEN NULL; END $$;",
    )
    .unwrap();
    let url = format!(
        "postgresql://flowadmin_nobody:nobody-Pw-1@127.0.0.1:{}/{}",
        pg.port, pg.name
    );
    let before = pg.snapshot();
    for args in [&["user", "list"][..], &["user", "delete", "bob", "--yes"]] {
        let out = pg.run(&s, &url, args, &pg.key.clone());
        let err = stderr_of(&out);
        assert_eq!(code(&out), 6, "{args:?}: {err}");
        assert!(err.contains("permission denied"), "{err}");
        assert!(
            err.contains("Langflow uses"),
            "the hint says which role: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!err.contains("nobody-Pw-1"));
    }
    assert_eq!(pg.snapshot(), before);

    // The server ends flowadmin's session in the middle of a rotation (a
    // writer holds a table, so the rotation waits; then its backend is
    // terminated): one line, exit 6, nothing changed, no key file left.
    let cfg = PgRich::config_dir(&s, &pg.key);
    let mut writer = pg.client();
    let mut tx = writer.transaction().unwrap();
    tx.execute("LOCK TABLE variable IN ROW EXCLUSIVE MODE", &[])
        .unwrap();
    let mut child = pg.with_config(&s, &cfg);
    child
        .args(["secret-key", "rotate", "--force"])
        .timeout(std::time::Duration::from_secs(30));
    let handle = std::thread::spawn(move || child.output().unwrap());
    // Wait until flowadmin's backend waits on the lock, then end it.
    let mut killer = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
    for _ in 0..100 {
        let n = killer
            .execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                 WHERE datname = $1 AND application_name = 'flowadmin' AND wait_event_type = 'Lock'",
                &[&pg.name],
            )
            .unwrap();
        if n > 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = handle.join().unwrap();
    tx.rollback().unwrap();
    let err = stderr_of(&out);
    assert_eq!(code(&out), 6, "{err}");
    assert!(err.contains("lost"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(pg.snapshot(), before);
    assert!(
        !cfg.join("secret_key.new").exists(),
        "nothing committed, no pending key"
    );
}

#[test]
fn doctor_on_postgres_finds_drift_and_changes_nothing() {
    let Some(admin) = admin_url("doctor_on_postgres_finds_drift_and_changes_nothing") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let cfg = PgRich::config_dir(&s, &pg.key);
    std::fs::set_permissions(
        cfg.join("secret_key"),
        std::os::unix::fs::PermissionsExt::from_mode(0o600),
    )
    .unwrap();
    let before = pg.snapshot();
    let cells = secret_cells(&pg);
    let out = pg
        .with_config(&s, &cfg)
        .args(["--json", "doctor"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(j["backend"], "PostgreSQL");
    assert_eq!(j["encrypted_values"], 18);
    assert_eq!(j["keys"][0]["opens"], 18);
    let ids: Vec<&str> = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"secret-key.not-explicit"), "{ids:?}");
    assert!(
        j["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["severity"] != "critical"),
        "{:#}",
        j["findings"]
    );
    assert!(!stdout_of(&out).contains(ROLE_PASSWORD));
    // The environment's key is another one: Langflow would overwrite the file.
    let wrong = "Zm9yLXRlc3RzLW9ubHktMzItYnl0ZXMtb2Yta2V5ISE";
    let out = pg
        .with_config(&s, &cfg)
        .env("LANGFLOW_SECRET_KEY", wrong)
        .args(["--json", "doctor", "--check", "key"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 8, "{}", stderr_of(&out));
    let j = json_of(&out);
    let ids: Vec<&str> = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    for id in [
        "key.other-key-opens-more",
        "key.needs-other-key",
        "key.env-overrides-file",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    assert_eq!(pg.snapshot(), before, "doctor writes nothing");
    assert_eq!(secret_cells(&pg), cells);
}

#[test]
fn sealed_bundles_move_variables_between_sqlite_and_postgres() {
    let Some(admin) = admin_url("sealed_bundles_move_variables_between_sqlite_and_postgres") else {
        return;
    };
    let pass = "correct horse battery staple";
    let pg = PgRich::new(&admin);
    let s = Scratch::fixture("langflow-1.13-rich");
    let sqlite_key = fixture_key("langflow-1.13-rich");
    let sqlite = |args: &[&str], key: &str| {
        s.cmd()
            .args(["--db", "langflow.db"])
            .args(args)
            .env("LANGFLOW_SECRET_KEY", key)
            .env("PP", pass)
            .output()
            .unwrap()
    };
    let on_pg = |args: &[&str]| pg.cmd(&s).args(args).env("PP", pass).output().unwrap();
    let out = sqlite(
        &[
            "variable",
            "export",
            "--all",
            "-o",
            "all.bundle",
            "--passphrase-env",
            "PP",
        ],
        &sqlite_key,
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    // The PostgreSQL fixture holds the same variables: refused, then a dry run.
    let before = pg.snapshot();
    let out = on_pg(&["variable", "import", "all.bundle", "--passphrase-env", "PP"]);
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    let out = on_pg(&[
        "--json",
        "variable",
        "import",
        "all.bundle",
        "--passphrase-env",
        "PP",
        "--on-conflict",
        "overwrite",
        "--dry-run",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["updated"], 6);
    assert_eq!(pg.snapshot(), before, "a dry run writes nothing");
    // alice's token given to admin: a new row, under PostgreSQL's key.
    let out = sqlite(
        &[
            "variable",
            "export",
            "--user",
            "alice",
            "-o",
            "alice.bundle",
            "--passphrase-env",
            "PP",
        ],
        &sqlite_key,
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = on_pg(&[
        "--json",
        "variable",
        "import",
        "alice.bundle",
        "--passphrase-env",
        "PP",
        "--user",
        "admin",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["created"], 1);
    let out = on_pg(&["variable", "get", "ALICE_TOKEN", "--user", "admin", "--raw"]);
    assert_eq!(stdout_of(&out), "alice-fixture-token-0004");
    // And back: PostgreSQL's admin variables into SQLite under another key.
    let out = on_pg(&[
        "variable",
        "export",
        "--user",
        "admin",
        "--name",
        "ALICE_*",
        "-o",
        "back.bundle",
        "--passphrase-env",
        "PP",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let fresh = Scratch::initialized();
    let key = "Zm9yLXRlc3RzLW9ubHktMzItYnl0ZXMtb2Yta2V5ISE";
    let run = |args: &[&str], stdin: &str| {
        fresh
            .cmd()
            .args(["--db", "langflow.db"])
            .args(args)
            .env("LANGFLOW_SECRET_KEY", key)
            .env("PP", pass)
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap()
    };
    let out = run(
        &["superuser", "--username", "admin", "--password-stdin"],
        "Admin-Pw-123456\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let bundle = s.path().join("back.bundle");
    let out = run(
        &[
            "variable",
            "import",
            bundle.to_str().unwrap(),
            "--passphrase-env",
            "PP",
        ],
        "",
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = run(
        &["variable", "get", "ALICE_TOKEN", "--user", "admin", "--raw"],
        "",
    );
    assert_eq!(stdout_of(&out), "alice-fixture-token-0004");
}
