//! #31: every guard against every entry point, in one table. A guard is a
//! rule a write must keep (no empty value, no file replaced, no last
//! superuser gone...); an entry point is a way to write (the CLI commands,
//! an AdminState manifest, a Credentials document, Flowfile's commands).
//! Each pair is either a case here (refused with its documented exit code,
//! nothing changed on disk) or written off with why it cannot arise. A new
//! guard or a new entry point makes `every_guard_meets_every_entry_point`
//! fail until each of its pairs is one or the other, so a new path that
//! skips an old guard is a failing test, not a report from the field.

mod common;

use std::path::{Path, PathBuf};

use common::*;

const ENTRY_POINTS: [&str; 4] = ["cli", "admin-state", "credentials", "flowfile"];

const GUARDS: [&str; 10] = [
    "empty-value",
    "existing-file",
    "last-superuser",
    "inactive-owner",
    "one-role-per-scope",
    "parent-cycle",
    "name-length",
    "nul",
    "release-refused-key",
    "short-key-old-schema",
];

/// Pairs that cannot arise, and why.
const NOT_APPLICABLE: &[(&str, &str, &str)] = &[
    (
        "empty-value",
        "admin-state",
        "an AdminState holds no values (passwords come from variables Langflow checks)",
    ),
    (
        "existing-file",
        "admin-state",
        "an AdminState writes no file",
    ),
    (
        "last-superuser",
        "credentials",
        "a Credentials document changes no user",
    ),
    (
        "inactive-owner",
        "admin-state",
        "an AdminState makes no API key or variable",
    ),
    (
        "inactive-owner",
        "flowfile",
        "a Flowfile API key belongs to an API consumer, not a user",
    ),
    (
        "one-role-per-scope",
        "credentials",
        "a Credentials document grants no role",
    ),
    ("one-role-per-scope", "flowfile", "Flowfile has no roles"),
    (
        "parent-cycle",
        "credentials",
        "a Credentials document makes no role",
    ),
    ("parent-cycle", "flowfile", "Flowfile has no roles"),
    (
        "name-length",
        "credentials",
        "a Credentials document names no team or role",
    ),
    ("name-length", "flowfile", "Flowfile has no teams or roles"),
    (
        "release-refused-key",
        "admin-state",
        "a manifest never chooses a key",
    ),
    (
        "release-refused-key",
        "credentials",
        "a manifest never chooses a key",
    ),
    (
        "release-refused-key",
        "flowfile",
        "Flowfile pins cryptography 48, one reader (its keys are read as it reads them)",
    ),
    (
        "short-key-old-schema",
        "admin-state",
        "an AdminState seals nothing",
    ),
    (
        "short-key-old-schema",
        "flowfile",
        "Flowfile's key derivation never changed",
    ),
];

/// One refusal: the command's exit code, and every file of the scratch
/// folder unchanged.
struct Case {
    guard: &'static str,
    entry: &'static str,
    run: fn(),
}

const CASES: &[Case] = &[
    Case {
        guard: "empty-value",
        entry: "cli",
        run: empty_value_cli,
    },
    Case {
        guard: "empty-value",
        entry: "credentials",
        run: empty_value_credentials,
    },
    Case {
        guard: "empty-value",
        entry: "flowfile",
        run: empty_value_flowfile,
    },
    Case {
        guard: "existing-file",
        entry: "cli",
        run: existing_file_cli,
    },
    Case {
        guard: "existing-file",
        entry: "credentials",
        run: existing_file_credentials,
    },
    Case {
        guard: "existing-file",
        entry: "flowfile",
        run: existing_file_flowfile,
    },
    Case {
        guard: "last-superuser",
        entry: "cli",
        run: last_superuser_cli,
    },
    Case {
        guard: "last-superuser",
        entry: "admin-state",
        run: last_superuser_admin_state,
    },
    Case {
        guard: "last-superuser",
        entry: "flowfile",
        run: last_superuser_flowfile,
    },
    Case {
        guard: "inactive-owner",
        entry: "cli",
        run: inactive_owner_cli,
    },
    Case {
        guard: "inactive-owner",
        entry: "credentials",
        run: inactive_owner_credentials,
    },
    Case {
        guard: "one-role-per-scope",
        entry: "cli",
        run: one_role_cli,
    },
    Case {
        guard: "one-role-per-scope",
        entry: "admin-state",
        run: one_role_admin_state,
    },
    Case {
        guard: "parent-cycle",
        entry: "cli",
        run: parent_cycle_cli,
    },
    Case {
        guard: "parent-cycle",
        entry: "admin-state",
        run: parent_cycle_admin_state,
    },
    Case {
        guard: "name-length",
        entry: "cli",
        run: name_length_cli,
    },
    Case {
        guard: "name-length",
        entry: "admin-state",
        run: name_length_admin_state,
    },
    Case {
        guard: "nul",
        entry: "cli",
        run: nul_cli,
    },
    Case {
        guard: "nul",
        entry: "admin-state",
        run: nul_admin_state,
    },
    Case {
        guard: "nul",
        entry: "credentials",
        run: nul_credentials,
    },
    Case {
        guard: "nul",
        entry: "flowfile",
        run: nul_flowfile,
    },
    Case {
        guard: "release-refused-key",
        entry: "cli",
        run: release_key_cli,
    },
    Case {
        guard: "short-key-old-schema",
        entry: "cli",
        run: short_key_cli,
    },
    Case {
        guard: "short-key-old-schema",
        entry: "credentials",
        run: short_key_credentials,
    },
];

#[test]
fn every_guard_meets_every_entry_point() {
    let mut missing = Vec::new();
    for guard in GUARDS {
        for entry in ENTRY_POINTS {
            let cases = CASES
                .iter()
                .filter(|c| c.guard == guard && c.entry == entry)
                .count();
            let waived = NOT_APPLICABLE
                .iter()
                .filter(|(g, e, _)| *g == guard && *e == entry)
                .count();
            if cases + waived != 1 {
                missing.push(format!(
                    "{guard} x {entry}: {cases} case(s), {waived} waiver(s)"
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "each pair needs one case or one waiver:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_case_is_refused_and_changes_nothing() {
    for case in CASES {
        let outcome = std::panic::catch_unwind(case.run);
        assert!(
            outcome.is_ok(),
            "{} x {}: not refused as it should be",
            case.guard,
            case.entry
        );
    }
}

// ---- the scratch set-ups ------------------------------------------------

/// Every file under a folder with its digest: a refusal changes none.
fn state_of(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                stack.push(path);
            } else if meta.is_file() {
                // An empty lock file (`*.lock`, `*.rotating`) flowadmin keeps
                // is no change of data.
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                let lock = name.ends_with(".lock") || name.ends_with(".rotating");
                if !(lock && meta.len() == 0) {
                    all.push((path.clone(), digest(&path)));
                }
            }
        }
    }
    all.sort();
    all
}

/// Runs `cmd`, expects `code` and no file changed under `dir`.
fn refused(dir: &Path, mut cmd: assert_cmd::Command, code_wanted: i32, says: &str) {
    let before = state_of(dir);
    let out = cmd.output().unwrap();
    let err = stderr_of(&out);
    assert_eq!(code(&out), code_wanted, "{err}");
    assert!(err.contains(says), "wanted {says:?} in: {err}");
    assert_eq!(state_of(dir), before, "nothing changed on disk");
}

fn rbac() -> Scratch {
    let s = Scratch::empty();
    std::fs::copy(fixtures().join("rbac/langflow-1.13-rbac.db"), &s.db).unwrap();
    s
}

fn manifest(s: &Scratch, body: &str) -> String {
    let path = s.path().join("m.yaml");
    std::fs::write(
        &path,
        format!("apiVersion: langflow.ai/v1\nkind: AdminState\n{body}"),
    )
    .unwrap();
    path.display().to_string()
}

/// A Credentials document (and an empty AdminState) on the rich fixture.
fn credentials(s: &Scratch, body: &str) -> String {
    let path = s.path().join("c.yaml");
    std::fs::write(
        &path,
        format!("apiVersion: flowadmin/v1\nkind: Credentials\n{body}"),
    )
    .unwrap();
    path.display().to_string()
}

fn rich_key() -> String {
    fixture_key("langflow-1.13-rich")
}

/// A Flowfile catalog and its env file (the compose setup).
fn flowfile() -> (Scratch, PathBuf) {
    let s = Scratch::empty();
    let dir = s.path().join("database");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(
        fixtures().join("flowfile/flowfile-fixture.db"),
        dir.join("flowfile_catalog.db"),
    )
    .unwrap();
    let env = s.path().join("flowfile.env");
    std::fs::write(
        &env,
        "FLOWFILE_MODE=docker\nFLOWFILE_MASTER_KEY=\"dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=\"\n",
    )
    .unwrap();
    (s, env)
}

fn ff_cmd(s: &Scratch, env: &Path, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = s.cmd();
    cmd.env("FLOWFILE_STORAGE_DIR", s.path())
        .arg("--env-file")
        .arg(env)
        .args(args);
    cmd
}

fn langflow_cmd(s: &Scratch, key: &str, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = s.cmd();
    cmd.args(["--db", "langflow.db"])
        .env("LANGFLOW_SECRET_KEY", key)
        .args(args);
    cmd
}

// ---- the cases ----------------------------------------------------------

fn empty_value_cli() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let mut cmd = langflow_cmd(
        &s,
        &rich_key(),
        &["variable", "set", "X", "--user", "admin"],
    );
    cmd.write_stdin("");
    refused(s.path(), cmd, 2, "empty");
}

fn empty_value_credentials() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let m = credentials(
        &s,
        "variables:\n  - {name: X, owner: admin, value_from: {env: EMPTY}}\n",
    );
    let mut cmd = langflow_cmd(&s, &rich_key(), &["state", "apply", &m]);
    cmd.env("EMPTY", "");
    refused(s.path(), cmd, 2, "allow_empty");
}

fn empty_value_flowfile() {
    let (s, env) = flowfile();
    let mut cmd = ff_cmd(&s, &env, &["variable", "set", "X", "--user", "admin"]);
    cmd.write_stdin("");
    refused(s.path(), cmd, 2, "empty");
}

fn existing_file_cli() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let cmd = langflow_cmd(
        &s,
        &rich_key(),
        &["state", "export", "-o", "langflow.db", "--force"],
    );
    refused(s.path(), cmd, 4, "never replaces");
}

fn existing_file_credentials() {
    let s = Scratch::fixture("langflow-1.13-rich");
    std::fs::write(s.path().join("taken"), "someone's file").unwrap();
    let m = credentials(
        &s,
        &format!(
            "api_keys:\n  - {{name: k, owner: admin, write_to: {}}}\n",
            s.path().join("taken").display()
        ),
    );
    refused(
        s.path(),
        langflow_cmd(&s, &rich_key(), &["state", "apply", &m]),
        2,
        "already exists",
    );
}

fn existing_file_flowfile() {
    let (s, env) = flowfile();
    let cmd = ff_cmd(
        &s,
        &env,
        &[
            "variable",
            "export",
            "--all",
            "-o",
            "database/flowfile_catalog.db",
            "--force",
            "--passphrase-env",
            "P",
        ],
    );
    let mut cmd = cmd;
    cmd.env("P", "a long enough passphrase");
    refused(s.path(), cmd, 4, "never replaces");
}

fn last_superuser_cli() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let mut cmd = langflow_cmd(&s, &rich_key(), &["user", "deactivate", "admin"]);
    cmd.write_stdin("y\n");
    refused(s.path(), cmd, 4, "superuser");
}

fn last_superuser_admin_state() {
    let s = rbac();
    let m = manifest(&s, "users:\n  - username: admin\n    state: disabled\n");
    refused(
        s.path(),
        langflow_cmd(&s, &rich_key(), &["state", "apply", &m]),
        4,
        "deactivate your own user account",
    );
}

fn last_superuser_flowfile() {
    let (s, env) = flowfile();
    refused(
        s.path(),
        ff_cmd(&s, &env, &["user", "deactivate", "admin"]),
        4,
        "last enabled admin",
    );
}

fn inactive_owner_cli() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let mut cmd = langflow_cmd(&s, &rich_key(), &["api-key", "create", "--user", "bob"]);
    cmd.env("LANGFLOW_AUTO_LOGIN", "true");
    refused(s.path(), cmd, 4, "inactive");
}

fn inactive_owner_credentials() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let m = credentials(
        &s,
        &format!(
            "api_keys:\n  - {{name: k, owner: bob, write_to: {}}}\n",
            s.path().join("k").display()
        ),
    );
    refused(
        s.path(),
        langflow_cmd(&s, &rich_key(), &["state", "apply", &m]),
        2,
        "bob is inactive",
    );
}

fn one_role_cli() {
    let s = rbac();
    // alice holds developer globally.
    let cmd = langflow_cmd(
        &s,
        &rich_key(),
        &["role", "grant", "auditor", "--user", "alice"],
    );
    refused(
        s.path(),
        cmd,
        4,
        "A role already exists for this user with this scope",
    );
}

fn one_role_admin_state() {
    let s = rbac();
    let m = manifest(
        &s,
        "assignments:\n  - subject: {type: user, name: alice}\n    role: auditor\n    domain: {type: global}\n",
    );
    refused(
        s.path(),
        langflow_cmd(&s, &rich_key(), &["state", "apply", &m]),
        4,
        "with this scope",
    );
}

fn parent_cycle_cli() {
    let s = rbac();
    let cmd = langflow_cmd(
        &s,
        &rich_key(),
        &["role", "update", "auditor", "--parent", "release-manager"],
    );
    refused(s.path(), cmd, 4, "role hierarchy cycle");
}

fn parent_cycle_admin_state() {
    let s = rbac();
    let m = manifest(
        &s,
        "roles:\n  - name: auditor\n    parent: release-manager\n",
    );
    refused(
        s.path(),
        langflow_cmd(&s, &rich_key(), &["state", "apply", &m]),
        2,
        "role hierarchy cycle",
    );
}

fn name_length_cli() {
    let s = rbac();
    let long = "x".repeat(256);
    refused(
        s.path(),
        langflow_cmd(&s, &rich_key(), &["team", "create", &long]),
        2,
        "at most 255 characters",
    );
}

fn name_length_admin_state() {
    let s = rbac();
    let m = manifest(
        &s,
        &format!(
            "teams:\n  - adom_name: {}\n    display_name: x\n",
            "x".repeat(256)
        ),
    );
    refused(
        s.path(),
        langflow_cmd(&s, &rich_key(), &["state", "apply", &m]),
        2,
        "at most 255 characters",
    );
}

fn nul_cli() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let mut cmd = langflow_cmd(
        &s,
        &rich_key(),
        &["variable", "set", "X", "--user", "admin"],
    );
    cmd.write_stdin("a\0b");
    refused(s.path(), cmd, 2, "NUL");
}

fn nul_admin_state() {
    let s = rbac();
    let m = manifest(
        &s,
        "teams:\n  - adom_name: \"a\\0b\"\n    display_name: x\n",
    );
    refused(
        s.path(),
        langflow_cmd(&s, &rich_key(), &["state", "apply", &m]),
        2,
        "NUL",
    );
}

fn nul_credentials() {
    let s = Scratch::fixture("langflow-1.13-rich");
    std::fs::write(s.path().join("v"), b"a\0b").unwrap();
    let m = credentials(
        &s,
        &format!(
            "variables:\n  - {{name: X, owner: admin, value_from: {{file: {}}}}}\n",
            s.path().join("v").display()
        ),
    );
    refused(
        s.path(),
        langflow_cmd(&s, &rich_key(), &["state", "apply", &m]),
        2,
        "NUL",
    );
}

fn nul_flowfile() {
    let (s, env) = flowfile();
    let mut cmd = ff_cmd(&s, &env, &["variable", "set", "X", "--user", "admin"]);
    cmd.write_stdin("a\0b");
    refused(s.path(), cmd, 2, "NUL");
}

fn release_key_cli() {
    let s = Scratch::fixture("langflow-1.13-rich");
    let cfg = s.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    std::fs::write(cfg.join("secret_key"), rich_key()).unwrap();
    let mut cmd = langflow_cmd(
        &s,
        &rich_key(),
        &["secret-key", "rotate", "--new-key-env", "NEW"],
    );
    // 32 random-looking bytes whose standard base64 has `+` and `/`.
    cmd.env("LANGFLOW_CONFIG_DIR", &cfg)
        .env_remove("LANGFLOW_SECRET_KEY")
        .env("NEW", "q8+JkZ3/uG9Xy1vN0pLs2Tw4Rm7Ha5Ec6Df8Bx/Yz+I=");
    refused(s.path(), cmd, 2, "cryptography 51.x");
}

fn short_key_cli() {
    let s = Scratch::fixture("langflow-1.5.1-shortkey");
    let key = fixture_key("langflow-1.5.1-shortkey");
    let mut cmd = langflow_cmd(&s, &key, &["variable", "set", "X", "--user", "admin"]);
    cmd.write_stdin("v");
    refused(s.path(), cmd, 4, "random.seed");
}

fn short_key_credentials() {
    let s = Scratch::fixture("langflow-1.5.1-shortkey");
    let key = fixture_key("langflow-1.5.1-shortkey");
    let m = credentials(
        &s,
        "variables:\n  - {name: X, owner: admin, value_from: {env: V}}\n",
    );
    let mut cmd = langflow_cmd(&s, &key, &["state", "apply", &m]);
    cmd.env("V", "a value");
    refused(s.path(), cmd, 4, "random.seed");
}
