//! #24: `flowadmin state export | diff | apply` against databases Langflow
//! 1.13 wrote (tests/fixtures/rbac, made by Langflow's own `langflow admin`
//! over HTTP), on SQLite and PostgreSQL: exports byte for byte, plans in
//! Langflow's order, one transaction that lands whole or not at all.

mod common;

use common::*;

fn rbac() -> std::path::PathBuf {
    fixtures().join("rbac")
}

fn text(name: &str) -> String {
    std::fs::read_to_string(rbac().join(name)).unwrap()
}

/// A scratch copy of the database Langflow wrote by applying applied.yaml.
fn applied_db() -> Scratch {
    let s = Scratch::empty();
    std::fs::copy(rbac().join("langflow-1.13-rbac.db"), &s.db).unwrap();
    s
}

const PASSWORDS: [(&str, &str); 4] = [
    ("CAROL_PASSWORD", "Carol-Rbac-Pw-1!"),
    ("DAVE_PASSWORD", "Dave-Rbac-Pw-2!"),
    ("ERIN_PASSWORD", "Erin-Rbac-Pw-3!"),
    ("FRANK_PASSWORD", "Frank-Rbac-Pw-4!"),
];

fn manifest(s: &Scratch, name: &str) -> String {
    let path = s.path().join(name);
    std::fs::write(&path, text(name)).unwrap();
    path.display().to_string()
}

/// The line of diff-example.txt that follows `$ <command>` and its stdout header.
fn langflow_output(command: &str) -> String {
    let all = text("diff-example.txt");
    let at = all.find(&format!("$ {command}\n")).unwrap();
    all.get(at..).unwrap().lines().nth(3).unwrap().to_owned()
}

#[test]
fn export_is_byte_for_byte_what_langflow_exports() {
    let s = applied_db();
    let yaml = s.run(&["state", "export"], "", &[]);
    assert_eq!(code(&yaml), 0, "{}", stderr_of(&yaml));
    assert_eq!(stdout_of(&yaml), text("exported.yaml"));
    let json = s.run(&["state", "export", "--format", "json"], "", &[]);
    assert_eq!(stdout_of(&json), text("exported.json"));
    // To a file: the same bytes.
    let out = s.run(&["state", "export", "-o", "state.yaml"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(
        std::fs::read_to_string(s.path().join("state.yaml")).unwrap(),
        text("exported.yaml")
    );
}

#[test]
fn diff_plans_as_langflow_plans() {
    let s = applied_db();
    let m = manifest(&s, "modified.yaml");
    let out = s.run(&["--json", "state", "diff", "--prune", &m], "", &PASSWORDS);
    assert_eq!(code(&out), 3, "drift is exit 3: {}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out).trim_end(),
        langflow_output("langflow admin -o json diff --prune modified.yaml")
    );
    // Without --prune: the same plan less its removals, as Langflow's table shows.
    let out = s.run(&["--json", "state", "diff", &m], "", &PASSWORDS);
    let plan: Vec<serde_json::Value> = serde_json::from_str(&stdout_of(&out)).unwrap();
    let keys: Vec<&str> = plan.iter().map(|o| o["key"].as_str().unwrap()).collect();
    assert_eq!(keys.len(), 11);
    assert!(!keys.contains(&"platform-eng/carol"));
    // The manifest Langflow applied, and its own export: no drift.
    for name in ["applied.yaml", "exported.yaml"] {
        let m = manifest(&s, name);
        let out = s.run(&["state", "diff", &m], "", &[]);
        assert_eq!(
            (code(&out), stdout_of(&out).trim()),
            (0, "No results"),
            "{name}"
        );
        let out = s.run(&["--json", "state", "diff", &m], "", &[]);
        assert_eq!(stdout_of(&out).trim(), "[]");
    }
}

#[test]
fn apply_on_the_database_before_gives_what_langflow_gave() {
    // The rich fixture is the database Langflow applied applied.yaml to.
    let s = Scratch::fixture("langflow-1.13-rich");
    let m = manifest(&s, "applied.yaml");
    let out = s.run(&["state", "apply", &m], "", &PASSWORDS);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).contains("applied 17 change(s) in one transaction"),
        "{}",
        stdout_of(&out)
    );
    let export = s.run(&["state", "export"], "", &[]);
    assert_eq!(stdout_of(&export), text("exported.yaml"));
    // Idempotent: a second apply does nothing and says so.
    let again = s.run(&["--json", "state", "apply", &m], "", &PASSWORDS);
    assert_eq!(code(&again), 0);
    let report: serde_json::Value = serde_json::from_str(&stdout_of(&again)).unwrap();
    assert_eq!(report["applied"], serde_json::json!([]));
    assert_eq!(report["status"], "success");
    // The new users log in with the password from their variable; erin is disabled.
    for (user, password, active) in [
        ("carol", "Carol-Rbac-Pw-1!", true),
        ("erin", "Erin-Rbac-Pw-3!", false),
    ] {
        let out = s.run(
            &[
                "--json",
                "user",
                "verify-password",
                user,
                "--password-stdin",
            ],
            format!("{password}\n"),
            &[],
        );
        assert_eq!(code(&out), 0, "{user}: {}", stderr_of(&out));
        let users = json_of(&s.run(&["--json", "user", "list"], "", &[]));
        let row = users
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["username"] == user)
            .cloned()
            .unwrap();
        assert_eq!(row["is_active"], active, "{user}");
    }
    rows_as_langflow_writes_them(&s.db);
}

/// Every membership and assignment is a row plus one manual grant whose
/// actor is the superuser; ids are 32 hex digits; no orphan grant.
fn rows_as_langflow_writes_them(db: &std::path::Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let admin: String = conn
        .query_row("SELECT id FROM user WHERE username = 'admin'", [], |r| {
            r.get(0)
        })
        .unwrap();
    let q = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(q("SELECT count(*) FROM authz_team_member"), 4);
    assert_eq!(
        q(&format!(
            "SELECT count(*) FROM authz_team_member_grant WHERE source_kind = 'manual' AND administrative_actor = '{admin}'"
        )),
        4
    );
    assert_eq!(q("SELECT count(*) FROM authz_role_assignment"), 5);
    assert_eq!(
        q(&format!(
            "SELECT count(*) FROM authz_role_assignment WHERE assigned_by = '{admin}'"
        )),
        5
    );
    assert_eq!(
        q(
            "SELECT count(*) FROM authz_role_assignment_grant g JOIN authz_role_assignment a ON a.id = g.assignment_id"
        ),
        5
    );
    assert_eq!(
        q(&format!(
            "SELECT count(*) FROM authz_role WHERE is_system = 0 AND created_by = '{admin}'"
        )),
        3
    );
    assert_eq!(
        q("SELECT count(*) FROM authz_role WHERE length(id) <> 32 OR id GLOB '*-*'"),
        0
    );
    assert_eq!(
        q(
            "SELECT count(*) FROM authz_role_assignment WHERE domain_id IS NOT NULL AND length(domain_id) <> 32"
        ),
        0
    );
    assert_eq!(
        q("SELECT count(*) FROM authz_role WHERE permissions NOT LIKE '[\"%\"]'"),
        0
    );
    let created: String = conn
        .query_row("SELECT created_at FROM authz_team LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(
        created.len(),
        "2026-12-03 07:53:03.680521".len(),
        "{created}"
    );
}

#[test]
fn a_role_changed_within_a_scope_applies_where_langflows_apply_stopped_half_way() {
    let s = applied_db();
    let m = manifest(&s, "modified.yaml");
    let out = s.run(&["state", "apply", "--prune", "--yes", &m], "", &PASSWORDS);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = s.run(&["state", "diff", "--prune", &m], "", &PASSWORDS);
    assert_eq!(
        (code(&out), stdout_of(&out).trim()),
        (0, "No results"),
        "{}",
        stderr_of(&out)
    );
    let export = stdout_of(&s.run(&["state", "export"], "", &[]));
    assert!(export.contains("  role: viewer\n  domain:\n    type: project\n    domain_id: 11c179bd-61c4-4153-bdf0-bd9624bc9def"), "{export}");
    assert!(!export.contains("name: carol\n  role: release-manager"));
    // The membership carol lost went with its grant: no orphan.
    let conn = rusqlite::Connection::open(&s.db).unwrap();
    let orphans: i64 = conn
        .query_row(
            "SELECT count(*) FROM authz_team_member_grant g WHERE NOT EXISTS (SELECT 1 FROM authz_team_member m WHERE m.id = g.membership_id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
}

#[test]
fn what_cannot_apply_whole_changes_nothing() {
    let s = applied_db();
    let before = digest(&s.db);
    let m = manifest(&s, "modified.yaml");
    // Without --prune alice would hold two roles in one project: refused whole.
    let out = s.run(&["state", "apply", &m], "", &PASSWORDS);
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("A role already exists for this user with this scope"),
        "{}",
        stderr_of(&out)
    );
    // A dry run takes every step, then rolls back.
    let out = s.run(
        &["state", "apply", "--prune", "--dry-run", &m],
        "",
        &PASSWORDS,
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("rolled back"));
    // Pruning off a terminal needs --yes.
    let out = s.run(&["state", "apply", "--prune", &m], "", &PASSWORDS);
    assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    // Team subjects: not in Langflow OSS.
    let team = manifest(&s, "team-assignment.yaml");
    let out = s.run(&["state", "apply", &team], "", &[]);
    assert_eq!(code(&out), 2);
    assert!(stderr_of(&out).contains("does not advertise team-role assignment support"));
    assert_eq!(digest(&s.db), before);
}

#[test]
fn manifests_are_refused_as_langflow_refuses_them() {
    let s = applied_db();
    let before = digest(&s.db);
    let head = "apiVersion: langflow.ai/v1\nkind: AdminState\n";
    let cases: &[(&str, &str)] = &[
        (
            "users:\n- username: a\n  colour: red\n",
            "users.0.colour: Extra inputs are not permitted",
        ),
        (
            "users:\n- username: a\n  state: gone\n",
            "users.0.state: Input should be 'active' or 'disabled'",
        ),
        (
            "users:\n- username: admin\n- username: admin\n",
            ": Value error, Duplicate user username values: ['admin']",
        ),
        (
            "roles:\n- name: r\n  permissions: [flow:fly]\n",
            "roles.0.permissions: Value error, permission 'flow:fly' has unknown action 'fly' for resource 'flow'",
        ),
        (
            "roles:\n- name: a\n  parent: b\n- name: b\n  parent: a\n",
            "Role inheritance cycle includes 'a'",
        ),
        (
            "roles:\n- name: viewer\n  permissions: [flow:read]\n",
            "System role 'viewer' is readable and assignable but not editable",
        ),
        (
            "users:\n- username: zed\n",
            "New user 'zed' requires a creation-only password_env reference",
        ),
        (
            "users:\n- username: zed\n  password_env: ZED_PW\n",
            "New user 'zed' requires environment variable 'ZED_PW'",
        ),
        (
            "teams:\n- adom_name: t\n  display_name: T\n  members: [nobody]\n",
            "Team 't' references unknown users: ['nobody']",
        ),
        (
            "assignments:\n- subject: {type: user, name: alice}\n  role: viewer\n  domain: {type: project}\n",
            "domain_id is required for a project assignment",
        ),
    ];
    for (body, want) in cases {
        std::fs::write(s.path().join("m.yaml"), format!("{head}{body}")).unwrap();
        let out = s.run(&["state", "apply", "--yes", "m.yaml"], "", &[]);
        assert_eq!(code(&out), 2, "{body}: {}", stderr_of(&out));
        assert!(
            stderr_of(&out).contains(want),
            "{body}: {}",
            stderr_of(&out)
        );
    }
    std::fs::write(s.path().join("m.yaml"), "users: [\n").unwrap();
    let out = s.run(&["state", "diff", "m.yaml"], "", &[]);
    assert!(stderr_of(&out).contains("Invalid YAML administration manifest"));
    std::fs::write(s.path().join("m.json"), "{\n  \"kind\": }").unwrap();
    let out = s.run(&["state", "diff", "m.json"], "", &[]);
    assert!(
        stderr_of(&out).contains("Invalid JSON administration manifest at line 2"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(digest(&s.db), before);
}

#[test]
fn a_schema_before_the_authz_tables_takes_users_and_refuses_the_rest() {
    let s = Scratch::fixture("langflow-1.5.1-shortkey");
    let before = digest(&s.db);
    std::fs::write(
        s.path().join("m.yaml"),
        "apiVersion: langflow.ai/v1\nkind: AdminState\nteams:\n- adom_name: t\n  display_name: T\n",
    )
    .unwrap();
    let out = s.run(&["state", "apply", "m.yaml"], "", &[]);
    assert_eq!(code(&out), 7, "{}", stderr_of(&out));
    assert_eq!(stderr_of(&out).lines().count(), 1);
    assert_eq!(digest(&s.db), before);
    std::fs::write(
        s.path().join("m.yaml"),
        "apiVersion: langflow.ai/v1\nkind: AdminState\nusers:\n- username: newbie\n  password_env: NEWBIE_PW\n",
    )
    .unwrap();
    let out = s.run(
        &["state", "apply", "m.yaml"],
        "",
        &[("NEWBIE_PW", "Newbie-Pw-123!")],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let export = stdout_of(&s.run(&["state", "export"], "", &[]));
    assert!(
        export.contains("- username: newbie\n  state: active\n"),
        "{export}"
    );
    assert!(export.ends_with("roles: []\nassignments: []\n"), "{export}");
}

/// A kill at any instant leaves the old state or the new one, never a mix.
#[test]
fn an_apply_killed_at_random_instants_leaves_the_old_state_or_the_new() {
    if !cfg!(feature = "test-hooks") {
        eprintln!(
            "SKIPPED an_apply_killed_at_random_instants_leaves_the_old_state_or_the_new: needs --features test-hooks"
        );
        return;
    }
    let s = Scratch::fixture("langflow-1.13-rich");
    let m = manifest(&s, "applied.yaml");
    let old = stdout_of(&s.run(&["state", "export"], "", &[]));
    let new = text("exported.yaml");
    let apply = |crash: Option<&str>| {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"));
        cmd.current_dir(s.path())
            .env_clear()
            .env("HOME", s.path())
            .envs(PASSWORDS)
            .args(["-q", "--db", "langflow.db", "state", "apply", &m])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        if let Some(point) = crash {
            cmd.env("FLOWADMIN_TEST_CRASH_AT", point);
        }
        cmd
    };
    let out = apply(Some("state-apply-half")).status().unwrap();
    assert!(!out.success());
    assert_eq!(
        stdout_of(&s.run(&["state", "export"], "", &[])),
        old,
        "aborted half-way: the old state"
    );
    let mut seed = std::process::id() as u64 | 1;
    let mut saw_new = false;
    for round in 0..12 {
        let mut child = apply(None).spawn().unwrap();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(std::time::Duration::from_millis(seed % 900));
        child.kill().ok();
        child.wait().unwrap();
        let now = stdout_of(&s.run(&["state", "export"], "", &[]));
        assert!(now == old || now == new, "round {round}: a mix:\n{now}");
        if now == new {
            saw_new = true;
            // Back to the old state for the next round.
            std::fs::copy(fixtures().join("langflow-1.13-rich.db"), &s.db).unwrap();
            let _ = std::fs::remove_file(s.path().join("langflow.db-wal"));
            let _ = std::fs::remove_file(s.path().join("langflow.db-shm"));
        }
    }
    let _ = saw_new;
}

#[test]
fn postgresql_applies_in_one_transaction_and_exports_as_langflow() {
    let Some(admin) = admin_url("postgresql_applies_in_one_transaction_and_exports_as_langflow")
    else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let m = manifest(&s, "applied.yaml");
    let run = |args: &[&str]| pg.cmd(&s).args(args).envs(PASSWORDS).output().unwrap();
    let before = pg.snapshot();
    let out = run(&["state", "diff", &m]);
    assert_eq!(code(&out), 3, "{}", stderr_of(&out));
    let out = run(&["state", "apply", "--dry-run", &m]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(pg.snapshot(), before, "a dry run rolls back");
    let out = run(&["state", "apply", &m]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(stdout_of(&run(&["state", "export"])), text("exported.yaml"));
    assert_eq!(
        stdout_of(&run(&["state", "export", "--format", "json"])),
        text("exported.json")
    );
    let out = run(&["state", "diff", &m]);
    assert_eq!((code(&out), stdout_of(&out).trim()), (0, "No results"));
    // Changing a role within a scope, pruning: whole, where Langflow's stopped.
    let modified = manifest(&s, "modified.yaml");
    let out = run(&["state", "apply", "--prune", "--yes", &modified]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = run(&["state", "diff", "--prune", &modified]);
    assert_eq!(code(&out), 0, "{}", stdout_of(&out));
    let mut client = pg.client();
    let n: i64 = client
        .query_one(
            "SELECT count(*) FROM authz_role_assignment a JOIN authz_role r ON r.id = a.role_id \
             JOIN \"user\" u ON u.id = a.user_id WHERE u.username = 'alice' AND r.name = 'viewer' \
             AND a.domain_type = 'project' AND a.domain_id = '11c179bd-61c4-4153-bdf0-bd9624bc9def'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
}

#[test]
fn postgresql_aborted_half_way_keeps_the_old_state() {
    if !cfg!(feature = "test-hooks") {
        return;
    }
    let Some(admin) = admin_url("postgresql_aborted_half_way_keeps_the_old_state") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let m = manifest(&s, "applied.yaml");
    let export = || stdout_of(&pg.cmd(&s).args(["state", "export"]).output().unwrap());
    let old = export();
    let out = pg
        .cmd(&s)
        .args(["state", "apply", &m])
        .envs(PASSWORDS)
        .env("FLOWADMIN_TEST_CRASH_AT", "state-apply-half")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(export(), old);
}

/// The imperative commands, with Langflow's refusals (refusals.txt), each
/// change one transaction; what they make is what the manifest side reads.
#[test]
fn team_and_role_commands_refuse_as_langflow_and_write_as_it() {
    let s = applied_db();
    let run = |args: &[&str]| s.run(args, "", &[]);
    let refused = |args: &[&str], want: &str, exit: i32| {
        let before = digest(&s.db);
        let out = run(args);
        assert_eq!(code(&out), exit, "{args:?}: {}", stderr_of(&out));
        assert!(
            stderr_of(&out).contains(want),
            "{args:?}: {}",
            stderr_of(&out)
        );
        assert_eq!(digest(&s.db), before, "{args:?} changed the database");
    };
    // As refusals.txt recorded Langflow's own CLI refusing them.
    refused(
        &["role", "delete", "viewer"],
        "System roles cannot be deleted",
        4,
    );
    refused(
        &["role", "update", "viewer", "--description", "x"],
        "System roles cannot be modified",
        4,
    );
    refused(
        &["role", "create", "auditor", "-p", "flow:read"],
        "Role with name 'auditor' already exists",
        4,
    );
    refused(
        &["role", "create", "bad-role", "-p", "flow:fly"],
        "permission 'flow:fly' has unknown action 'fly' for resource 'flow'",
        2,
    );
    refused(
        &["role", "delete", "auditor"],
        "Role still has active assignments — revoke them before deleting",
        4,
    );
    refused(
        &["role", "update", "auditor", "--parent", "release-manager"],
        "Setting this parent would create a role hierarchy cycle",
        4,
    );
    refused(
        &["role", "grant", "viewer", "--user", "erin"],
        "Cannot assign roles to an inactive user",
        4,
    );
    refused(
        &["role", "grant", "viewer", "--user", "alice"],
        "A role already exists for this user with this scope",
        4,
    );
    refused(
        &["role", "grant", "developer", "--user", "alice"],
        "Manual assignment already exists for this user/role/domain",
        4,
    );
    refused(
        &["role", "grant", "viewer", "--team", "qa"],
        "This target does not support team-role assignments",
        2,
    );
    refused(
        &["team", "add-member", "platform-eng", "alice"],
        "User is already a manual member of this team",
        4,
    );
    refused(
        &["team", "remove-member", "data-science", "alice"],
        "Membership not found",
        3,
    );
    // What they write, the manifest side reads back.
    for args in [
        &[
            "team",
            "create",
            "qa",
            "--display-name",
            "Quality Assurance",
        ][..],
        &["team", "add-member", "qa", "alice"],
        &[
            "role",
            "create",
            "tester",
            "-p",
            "flow:read",
            "-p",
            "flow:execute",
            "--parent",
            "viewer",
        ],
        &["role", "revoke", "developer", "--user", "alice"],
        &["role", "grant", "tester", "--user", "alice"],
        &[
            "role",
            "grant",
            "viewer",
            "--user",
            "carol",
            "--project",
            "11c179bd-61c4-4153-bdf0-bd9624bc9def",
        ],
    ] {
        let out = run(args);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr_of(&out));
    }
    let export = stdout_of(&run(&["state", "export"]));
    for want in [
        "- adom_name: qa\n  display_name: Quality Assurance\n  state: active\n  members:\n  - alice\n",
        "- name: tester\n  parent: viewer\n  permissions:\n  - flow:execute\n  - flow:read\n",
        "    name: alice\n  role: tester\n  domain:\n    type: global\n",
        "    name: carol\n  role: viewer\n  domain:\n    type: project\n    domain_id: 11c179bd-61c4-4153-bdf0-bd9624bc9def\n",
    ] {
        assert!(export.contains(want), "missing {want:?} in\n{export}");
    }
    assert!(!export.contains(
        "role: developer\n  domain:\n    type: global\n- subject:\n    type: user\n    name: carol"
    ));
    // Deleting a team takes its memberships and their grants (no orphan on SQLite).
    assert_eq!(code(&run(&["team", "delete", "qa"])), 0);
    let conn = rusqlite::Connection::open(&s.db).unwrap();
    let orphans: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM authz_team_member m WHERE NOT EXISTS (SELECT 1 FROM authz_team t WHERE t.id = m.team_id)) \
             + (SELECT count(*) FROM authz_team_member_grant g WHERE NOT EXISTS (SELECT 1 FROM authz_team_member m WHERE m.id = g.membership_id))",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
}

/// The audit rows of a SQLite database: (action, resource_type, details).
fn audit_rows(db: &std::path::Path) -> Vec<(String, String, serde_json::Value)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT action, resource_type, details, user_id, actor_type, actor_id, result, \
             length(id), timestamp FROM authz_audit_log ORDER BY rowid",
        )
        .unwrap();
    stmt.query_map([], |r| {
        let (user, actor_type, actor): (Option<String>, String, Option<String>) =
            (r.get(3)?, r.get(4)?, r.get(5)?);
        // The superuser made every change, as a user (no API key offline).
        assert_eq!(actor_type, "user");
        assert_eq!(user.as_deref(), Some("885ad50e6a1d4bd4bb2b2634e711abb4"));
        assert_eq!(actor, user);
        assert_eq!(r.get::<_, String>(6)?, "allow");
        assert_eq!(r.get::<_, i64>(7)?, 32, "ids as 32 hex digits");
        assert_eq!(r.get::<_, String>(8)?.len(), 26, "naive UTC time");
        Ok((r.get(0)?, r.get(1)?, {
            let text: String = r.get(2)?;
            serde_json::from_str(&text).unwrap()
        }))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// LANGFLOW_AUTHZ_AUDIT_ENABLED: each change recorded as Langflow's routes
/// record it, in the apply's own transaction (none on a dry run, none on a
/// refused apply, none when disabled). The interop suite compares the rows
/// with those the real server writes for the same manifest.
#[test]
fn an_audited_deployment_records_each_change_in_the_same_transaction() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let m = manifest(&s, "applied.yaml");
    let audited: Vec<(&str, &str)> = PASSWORDS
        .iter()
        .copied()
        .chain([("LANGFLOW_AUTHZ_AUDIT_ENABLED", "true")])
        .collect();
    let before = audit_rows(&s.db).len();
    let out = s.run(&["state", "apply", "--dry-run", &m], "", &audited);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(audit_rows(&s.db).len(), before, "a dry run records nothing");
    let out = s.run(&["state", "apply", &m], "", &audited);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let rows = audit_rows(&s.db).split_off(before);
    let actions: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    let count = |a: &str| actions.iter().filter(|x| **x == a).count();
    // 17 changes; carol and dave are made inactive, then set active (a
    // second request in Langflow's reconciler, a second row).
    assert_eq!(rows.len(), 19, "{actions:?}");
    assert_eq!(
        (
            count("role:create"),
            count("user:create"),
            count("user:update")
        ),
        (3, 3, 2)
    );
    assert_eq!((count("team:create"), count("team_member:create")), (2, 4));
    assert_eq!(count("role_assignment:create"), 5);
    let operation = rows[0].2["operation_id"].as_str().unwrap().to_owned();
    assert!(operation.starts_with("flowadmin-"), "{operation}");
    for (action, _, details) in &rows {
        assert_eq!(details["event"], "mutation", "{action}");
        assert_eq!(details["source"], "manual");
        assert_eq!(
            details["operation_id"],
            operation.as_str(),
            "one run, one id"
        );
    }
    let member = rows.iter().find(|r| r.0 == "team_member:create").unwrap();
    assert_eq!(member.1, "team");
    assert_eq!(member.2["team_name"], "Data Science", "the display name");
    let grant = rows
        .iter()
        .find(|r| r.0 == "role_assignment:create")
        .unwrap();
    let keys: Vec<&str> = grant
        .2
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(
        keys,
        [
            "event",
            "assignment_id",
            "subject_type",
            "user_id",
            "role_id",
            "role_name",
            "domain_type",
            "domain_id",
            "source",
            "operation_id"
        ]
    );
    // A refused apply records nothing; without the setting, nothing either.
    let modified = manifest(&s, "modified.yaml");
    let n = audit_rows(&s.db).len();
    let mut no_frank = audited.clone();
    no_frank.retain(|(k, _)| *k != "FRANK_PASSWORD");
    let out = s.run(
        &["state", "apply", "--prune", "--yes", &modified],
        "",
        &no_frank,
    );
    assert_ne!(code(&out), 0);
    assert_eq!(audit_rows(&s.db).len(), n);
    let out = s.run(
        &["state", "apply", "--prune", "--yes", &modified],
        "",
        &PASSWORDS,
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(audit_rows(&s.db).len(), n);
}

/// The imperative commands record what Langflow's routes record, revokes
/// that leave another source's grant as `delete_manual_source`.
#[test]
fn audited_team_and_role_commands_record_what_langflows_routes_record() {
    let s = applied_db();
    let env = [("LANGFLOW_AUTHZ_AUDIT_ENABLED", "1")];
    let before = audit_rows(&s.db).len();
    let steps: [&[&str]; 8] = [
        &["team", "create", "tmp-team", "--display-name", "Temp Team"],
        &[
            "team",
            "update",
            "tmp-team",
            "--description",
            "d",
            "--state",
            "disabled",
        ],
        &["team", "add-member", "tmp-team", "alice"],
        &[
            "role",
            "create",
            "tmp-role",
            "-p",
            "flow:read",
            "--parent",
            "viewer",
        ],
        &[
            "role",
            "update",
            "tmp-role",
            "-p",
            "flow:read",
            "-p",
            "flow:execute",
            "--no-parent",
        ],
        &["team", "remove-member", "tmp-team", "alice"],
        &["team", "delete", "tmp-team"],
        &["role", "delete", "tmp-role"],
    ];
    for args in steps {
        let out = s.run(args, "", &env);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr_of(&out));
    }
    let rows = audit_rows(&s.db).split_off(before);
    let got: Vec<String> = rows
        .iter()
        .map(|(a, _, d)| {
            let mut d = d.clone();
            let map = d.as_object_mut().unwrap();
            for k in ["operation_id", "user_id", "parent_role_id"] {
                map.remove(k);
            }
            format!("{a} {d}")
        })
        .collect();
    // As audit-enabled-run.txt recorded Langflow writing them (ids and
    // per-request fields aside).
    assert_eq!(
        got,
        [
            r#"team:create {"event":"mutation","team_name":"Temp Team","adom_name":"tmp-team","source":"manual"}"#,
            r#"team:update {"event":"mutation","team_name":"Temp Team","fields_changed":["description","is_active"],"source":"manual"}"#,
            r#"team_member:create {"event":"mutation","team_name":"Temp Team","source":"manual"}"#,
            r#"role:create {"event":"mutation","role_name":"tmp-role","permissions":["flow:read"],"source":"manual"}"#,
            r#"role:update {"event":"mutation","role_name":"tmp-role","fields_changed":["parent_role_id","permissions"],"source":"manual"}"#,
            r#"team_member:delete {"event":"mutation","source":"manual"}"#,
            r#"team:delete {"event":"mutation","team_name":"Temp Team","source":"manual"}"#,
            r#"role:delete {"event":"mutation","role_name":"tmp-role","source":"manual"}"#,
        ]
    );
    assert_eq!(rows[2].2["user_id"], rows[5].2["user_id"]);
    // A refused command records nothing (Langflow writes a deny row; a
    // refusal here changes nothing on disk).
    let n = audit_rows(&s.db).len();
    let out = s.run(&["role", "delete", "viewer"], "", &env);
    assert_eq!(code(&out), 4);
    assert_eq!(audit_rows(&s.db).len(), n);
}

/// PostgreSQL: the same rows, with its types (uuid, json, timestamptz).
#[test]
fn postgresql_audit_rows_are_written_with_its_types() {
    let Some(admin) = admin_url("postgresql_audit_rows_are_written_with_its_types") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let m = manifest(&s, "applied.yaml");
    let out = pg
        .cmd(&s)
        .args(["state", "apply", &m])
        .envs(PASSWORDS)
        .env("LANGFLOW_AUTHZ_AUDIT_ENABLED", "yes")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let mut client = pg.client();
    let rows = client
        .query(
            "SELECT action, details->>'event', details->>'role_name', actor_type, \
             user_id = actor_id, timestamp > now() - interval '1 hour' FROM authz_audit_log \
             WHERE details->>'operation_id' LIKE 'flowadmin-%' ORDER BY timestamp",
            &[],
        )
        .unwrap();
    assert_eq!(rows.len(), 19);
    for r in &rows {
        assert_eq!(r.get::<_, Option<String>>(1).as_deref(), Some("mutation"));
        assert_eq!(r.get::<_, String>(3), "user");
        assert!(r.get::<_, bool>(4) && r.get::<_, bool>(5));
    }
    let first: (String, Option<String>) = (rows[0].get(0), rows[0].get(2));
    assert_eq!(first, ("role:create".into(), Some("auditor".into())));
}

/// credentials.yaml with its /CREDS paths in the scratch folder, and the
/// environment its values come from.
fn credentials_manifest(s: &Scratch) -> (String, Vec<(&'static str, &'static str)>) {
    let dir = s.path().join("creds");
    std::fs::create_dir_all(dir.join("keys")).unwrap();
    std::fs::write(dir.join("region"), "eu-west-3\n").unwrap();
    let text = text("credentials.yaml").replace("/CREDS", dir.to_str().unwrap());
    let path = s.path().join("credentials.yaml");
    std::fs::write(&path, text).unwrap();
    let env = vec![
        ("CAROL_PASSWORD", "Carol-Rbac-Pw-1!"),
        ("CAROL_OPENAI_KEY", "sk-carol-from-env"),
        ("ADMIN_OPENAI_KEY", "sk-admin-rotated"),
        ("LANGFLOW_SUPERUSER", "admin"),
        (
            "LANGFLOW_SECRET_KEY",
            Box::leak(fixture_key("langflow-1.13-rich").into_boxed_str()),
        ),
    ];
    (path.display().to_string(), env)
}

/// #24 item 5: variables and API keys in the same file, planned by name and
/// fingerprint (never a value), applied in the same transaction, each new
/// key written once to its 0600 file; a second apply does nothing.
#[test]
fn credentials_in_the_same_file_are_applied_in_the_same_transaction() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let (m, env) = credentials_manifest(&s);
    let out = s.run(&["--json", "state", "diff", &m], "", &env);
    assert_eq!(code(&out), 3, "{}", stderr_of(&out));
    let plan: Vec<serde_json::Value> = serde_json::from_str(&stdout_of(&out)).unwrap();
    let keys: Vec<&str> = plan.iter().map(|o| o["key"].as_str().unwrap()).collect();
    assert_eq!(keys.len(), 6, "{keys:?}");
    assert_eq!(keys[0], "carol");
    assert!(keys[1].starts_with("carol/OPENAI_API_KEY@"), "{keys:?}");
    assert!(keys[2].starts_with("admin/REGION@"));
    assert!(keys[3].starts_with("admin/OPENAI_API_KEY@"));
    assert_eq!(&keys[4..], ["admin/ci-deploy", "carol/carol-bot"]);
    assert_eq!(plan[2]["changes"], serde_json::json!(["value", "fields"]));
    assert_eq!(plan[3]["changes"], serde_json::json!(["value"]));
    let all = format!("{}{}", stdout_of(&out), stderr_of(&out));
    for secret in ["sk-carol-from-env", "sk-admin-rotated", "eu-west-3"] {
        assert!(!all.contains(secret), "a value was shown");
    }
    // A dry run writes neither rows nor key files.
    let before = digest(&s.db);
    let out = s.run(&["state", "apply", "--dry-run", &m], "", &env);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(digest(&s.db), before);
    assert!(!s.path().join("creds/keys/ci-deploy").exists());
    let out = s.run(&["state", "apply", &m], "", &env);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let key_file = s.path().join("creds/keys/ci-deploy");
    let key = std::fs::read_to_string(&key_file).unwrap();
    assert!(key.starts_with("sk-") && !key.contains('\n'), "{key:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(!stdout_of(&out).contains(&key), "the key is never printed");
    // What was stored reads back through flowadmin's own commands.
    let got = s.run(&["variable", "get", "REGION", "--user", "admin"], "", &env);
    assert_eq!(stdout_of(&got), "eu-west-3\n", "{}", stderr_of(&got));
    let got = s.run(
        &["variable", "get", "OPENAI_API_KEY", "--user", "carol"],
        "",
        &env,
    );
    assert_eq!(
        stdout_of(&got),
        "sk-carol-from-env\n",
        "{}",
        stderr_of(&got)
    );
    // Idempotent: the keys exist (never made again), the values match.
    let again = s.run(&["state", "diff", &m], "", &env);
    assert_eq!(
        (code(&again), stdout_of(&again).trim()),
        (0, "No results"),
        "{}",
        stderr_of(&again)
    );
    assert_eq!(std::fs::read_to_string(&key_file).unwrap(), key);
}

/// Bad credential documents are refused in one line, changing nothing.
#[test]
fn bad_credentials_documents_are_refused_and_change_nothing() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let (m, env) = credentials_manifest(&s);
    let base = std::fs::read_to_string(&m).unwrap();
    let before = digest(&s.db);
    for (edit, want) in [
        (
            ("value_from: {env: ADMIN_OPENAI_KEY}", "value: sk-inline"),
            "value_from: Field required",
        ),
        (
            (
                "value_from: {env: ADMIN_OPENAI_KEY}",
                "value_from: {env: A, file: /x}",
            ),
            "give exactly one of env or file",
        ),
        (
            ("type: Generic", "type: Secret"),
            "Input should be 'Credential' or 'Generic'",
        ),
        (
            (
                "owner: carol\n    value_from",
                "owner: nobody\n    value_from",
            ),
            "Credentials reference unknown user 'nobody'",
        ),
        (
            ("write_to: /", "wrote_to: /"),
            "Extra inputs are not permitted",
        ),
        (
            ("name: REGION", "name: OPENAI_API_KEY"),
            "duplicate variable admin/OPENAI_API_KEY",
        ),
    ] {
        let path = s.path().join("bad.yaml");
        std::fs::write(&path, base.replacen(edit.0, edit.1, 1)).unwrap();
        let out = s.run(&["state", "apply", path.to_str().unwrap()], "", &env);
        assert_eq!(code(&out), 2, "{edit:?}: {}", stderr_of(&out));
        assert!(
            stderr_of(&out).contains(want),
            "{edit:?}: {}",
            stderr_of(&out)
        );
        assert_eq!(
            stderr_of(&out)
                .lines()
                .filter(|l| l.starts_with("error:"))
                .count(),
            1
        );
    }
    // A value whose variable is unset.
    let unset: Vec<_> = env
        .iter()
        .copied()
        .filter(|(k, _)| *k != "CAROL_OPENAI_KEY")
        .collect();
    let out = s.run(&["state", "apply", &m], "", &unset);
    assert_eq!(code(&out), 2);
    assert!(
        stderr_of(&out).contains("CAROL_OPENAI_KEY is not set"),
        "{}",
        stderr_of(&out)
    );
    // A key file that cannot be written: nothing is committed.
    std::fs::remove_dir_all(s.path().join("creds/keys")).unwrap();
    std::fs::write(s.path().join("creds/keys"), "a file, not a folder").unwrap();
    let out = s.run(&["state", "apply", &m], "", &env);
    assert_ne!(code(&out), 0);
    assert!(
        stderr_of(&out).contains("the folder of"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(digest(&s.db), before);
}

/// PostgreSQL: the same document, its rows with that backend's types.
#[test]
fn postgresql_takes_credentials_in_the_same_transaction() {
    let Some(admin) = admin_url("postgresql_takes_credentials_in_the_same_transaction") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let (m, env) = credentials_manifest(&s);
    // The PostgreSQL fixture's own key comes with `pg.cmd`.
    let env: Vec<_> = env
        .into_iter()
        .filter(|(k, _)| *k != "LANGFLOW_SECRET_KEY")
        .collect();
    let out = pg
        .cmd(&s)
        .args(["state", "apply", &m])
        .envs(env.clone())
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let key = std::fs::read_to_string(s.path().join("creds/keys/carol-bot")).unwrap();
    assert!(key.starts_with("sk-"));
    let out = pg
        .cmd(&s)
        .args(["state", "diff", &m])
        .envs(env.clone())
        .output()
        .unwrap();
    assert_eq!(
        (code(&out), stdout_of(&out).trim()),
        (0, "No results"),
        "{}",
        stderr_of(&out)
    );
    let got = pg
        .cmd(&s)
        .args(["variable", "get", "REGION", "--user", "admin"])
        .envs(env)
        .output()
        .unwrap();
    assert_eq!(stdout_of(&got), "eu-west-3\n", "{}", stderr_of(&got));
    let mut client = pg.client();
    let row = client
        .query_one(
            "SELECT CAST(default_fields AS TEXT), is_environment_managed FROM variable v \
             JOIN \"user\" u ON u.id = v.user_id WHERE u.username = 'admin' AND v.name = 'REGION'",
            &[],
        )
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "[\"Region\"]");
    assert!(!row.get::<_, bool>(1));
}
