//! Snapshots of the CLI surface, kept by `insta`: every `--help` page (found
//! by walking the clap definitions, so a new subcommand cannot be missed) and
//! every documented exit code with its exact message, run by the real binary
//! on copies of the fixture databases. The snapshots live in tests/snapshots/
//! (`cli_snapshots__<name>.snap`); after a deliberate change review them with
//! `cargo insta review`, or accept all with
//! `INSTA_UPDATE=always cargo test --test cli_snapshots`, and read the diff.

mod common;

use std::path::{Path, PathBuf};

use clap::CommandFactory;
use common::*;

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// One snapshot, compared by insta (which writes `.snap.new` for review).
fn check(name: &str, actual: &str) {
    insta::with_settings!({ snapshot_path => snapshot_dir(), prepend_module_to_snapshot => true, omit_expression => true }, {
        insta::assert_snapshot!(name, actual);
    });
}

/// Every subcommand path: [], [db], [db, check], ...
fn command_paths(cmd: &clap::Command, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(prefix.clone());
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        let mut path = prefix.clone();
        path.push(sub.get_name().to_owned());
        command_paths(sub, path, out);
    }
}

#[test]
fn every_help_page_matches_its_snapshot() {
    let mut paths = Vec::new();
    command_paths(&flowadmin::cli::Cli::command(), Vec::new(), &mut paths);
    assert!(paths.len() >= 28, "{} pages", paths.len());
    let s = Scratch::empty();
    let mut names = Vec::new();
    for path in &paths {
        let out = s.cmd().args(path).arg("--help").output().unwrap();
        assert_eq!(code(&out), 0, "{path:?} --help");
        assert!(stderr_of(&out).is_empty());
        let text = stdout_of(&out);
        assert!(text.contains("Usage: flowadmin"), "{path:?}: {text}");
        assert!(
            text.contains("--db <PATH|URL>"),
            "{path:?}: global options shown"
        );
        let name = if path.is_empty() {
            "help".to_owned()
        } else {
            format!("help-{}", path.join("-"))
        };
        let shown = format!(
            "$ flowadmin {}--help\n{}",
            path.iter().map(|p| format!("{p} ")).collect::<String>(),
            stdout_of(&out)
        );
        check(&name, &shown);
        names.push(name);
    }
    // No snapshot left for a page that is gone (insta only sees the ones asked for).
    let stale: Vec<String> = std::fs::read_dir(snapshot_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|file| {
            file.strip_prefix("cli_snapshots__")
                .and_then(|f| f.strip_suffix(".snap"))
                .is_some_and(|name| name.starts_with("help") && !names.iter().any(|n| n == name))
        })
        .collect();
    assert!(stale.is_empty(), "no such help page any more: {stale:?}");
}

/// One case per documented exit code (and the JSON error object), on a
/// scratch copy of the rich fixture.
#[test]
fn every_exit_code_matches_its_snapshot() {
    let key = fixture_key("langflow-1.13-rich");
    let wrong = "Zm9yLXRlc3RzLW9ubHktMzItYnl0ZXMtb2Yta2V5ISE";
    type Case<'a> = (&'a str, i32, Vec<&'a str>, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case> = vec![
        (
            "exit-0-db-check",
            0,
            vec!["--db", "langflow.db", "db", "check"],
            vec![("LANGFLOW_SECRET_KEY", key.as_str())],
            "",
        ),
        (
            "exit-1-path-through-a-file",
            1,
            vec!["--db", "langflow.db/inner.db", "db", "check"],
            vec![],
            "",
        ),
        (
            "exit-2-postgres-scheme",
            2,
            vec!["db", "check"],
            vec![("LANGFLOW_DATABASE_URL", "postgres://lf:hunter2@db/lf")],
            "",
        ),
        (
            "exit-2-bad-boolean",
            2,
            vec!["--db", "langflow.db", "user", "list"],
            vec![("LANGFLOW_AUTO_LOGIN", "maybe")],
            "",
        ),
        (
            "exit-3-no-database",
            3,
            vec!["--db", "missing.db", "db", "check"],
            vec![],
            "",
        ),
        (
            "exit-3-unknown-user",
            3,
            vec!["--db", "langflow.db", "user", "activate", "nobody-here"],
            vec![],
            "",
        ),
        (
            "exit-4-superuser-cli-disabled",
            4,
            vec![
                "--db",
                "langflow.db",
                "superuser",
                "--username",
                "ops",
                "--password-stdin",
            ],
            vec![("LANGFLOW_ENABLE_SUPERUSER_CLI", "false")],
            "Ops-Password-1\n",
        ),
        (
            "exit-5-wrong-key",
            5,
            vec!["--db", "langflow.db", "secret-key", "check"],
            vec![("LANGFLOW_SECRET_KEY", wrong)],
            "",
        ),
        (
            "exit-6-not-sqlite",
            6,
            vec!["--db", "notes.txt", "db", "check"],
            vec![],
            "",
        ),
        (
            "exit-7-client-certificate",
            7,
            vec!["db", "check"],
            vec![(
                "LANGFLOW_DATABASE_URL",
                "postgresql://lf:hunter2@db/lf?sslmode=verify-full&sslcert=/etc/lf/client.crt",
            )],
            "",
        ),
        (
            "exit-8-doctor-finding",
            8,
            vec!["--db", "langflow.db", "doctor", "--check", "key"],
            vec![("LANGFLOW_SECRET_KEY", wrong)],
            "",
        ),
        (
            "json-error-object",
            3,
            vec!["--json", "--db", "missing.db", "db", "check"],
            vec![],
            "",
        ),
    ];
    for (name, expected, args, envs, stdin) in &cases {
        let s = Scratch::fixture("langflow-1.13-rich");
        std::fs::write(s.path().join("notes.txt"), "not a database\n").unwrap();
        let out = s
            .cmd()
            .args(args)
            .envs(envs.iter().copied())
            .write_stdin(stdin.to_string())
            .output()
            .unwrap();
        assert_eq!(code(&out), *expected, "{name}: {}", stderr_of(&out));
        let scratch = s.path().to_string_lossy().into_owned();
        let shown = format!(
            "$ flowadmin {}\n? {}\n--- stdout\n{}--- stderr\n{}",
            args.join(" "),
            expected,
            stdout_of(&out),
            stderr_of(&out)
        )
        .replace(&scratch, "[SCRATCH]");
        check(name, &shown);
    }
}

/// The human output of the commands whose output is the contract, whole:
/// tables, reports and summaries on copies of the Langflow and Flowfile
/// fixtures (the scratch folder shown as [SCRATCH]). A change of a column,
/// a word or an order shows up here as a diff to review.
#[test]
fn main_outputs_match_their_snapshots() {
    let key = fixture_key("langflow-1.13-rich");
    let ff_master = "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=";
    let langflow: Vec<(&str, Vec<&str>)> = vec![
        ("out-user-list", vec!["user", "list"]),
        ("out-api-key-list", vec!["api-key", "list", "--all"]),
        ("out-variable-list", vec!["variable", "list", "--all"]),
        ("out-db-check", vec!["db", "check"]),
        ("out-secret-key-check", vec!["secret-key", "check"]),
        ("out-role-list", vec!["role", "list"]),
        ("out-team-list-empty", vec!["team", "list"]),
        (
            "out-doctor-keys-and-auth",
            vec![
                "doctor",
                "--check",
                "key",
                "--check",
                "secret-key",
                "--check",
                "auth",
            ],
        ),
    ];
    for (name, args) in &langflow {
        let s = Scratch::fixture("langflow-1.13-rich");
        let cfg = s.path().join("cfg");
        std::fs::create_dir(&cfg).unwrap();
        let out = s
            .cmd()
            .args(["--db", "langflow.db"])
            .args(args)
            .env("LANGFLOW_SECRET_KEY", &key)
            .env("LANGFLOW_CONFIG_DIR", &cfg)
            .output()
            .unwrap();
        snapshot_run(name, &s, args, &out);
    }
    // Declarative administration: Langflow's applied.yaml on the fixture it
    // was applied to, then the teams it made and the plan to modified.yaml.
    let s = Scratch::fixture("langflow-1.13-rich");
    for name in ["applied.yaml", "modified.yaml"] {
        std::fs::copy(fixtures().join("rbac").join(name), s.path().join(name)).unwrap();
    }
    let passwords = [
        ("CAROL_PASSWORD", "Carol-Rbac-Pw-1!"),
        ("DAVE_PASSWORD", "Dave-Rbac-Pw-2!"),
        ("ERIN_PASSWORD", "Erin-Rbac-Pw-3!"),
        ("FRANK_PASSWORD", "Frank-Rbac-Pw-4!"),
    ];
    for (name, args) in [
        ("out-state-apply", vec!["state", "apply", "applied.yaml"]),
        ("out-team-list", vec!["team", "list"]),
        (
            "out-state-diff-prune",
            vec!["state", "diff", "--prune", "modified.yaml"],
        ),
    ] {
        let out = s
            .cmd()
            .args(["--db", "langflow.db"])
            .args(&args)
            .env("LANGFLOW_SECRET_KEY", &key)
            .envs(passwords)
            .output()
            .unwrap();
        // A diff that finds drift exits 3, as Langflow's does.
        let expected = if name == "out-state-diff-prune" { 3 } else { 0 };
        assert_eq!(code(&out), expected, "{name}: {}", stderr_of(&out));
        snapshot_output(name, &s, &args, &out);
    }
    let flowfile: Vec<(&str, Vec<&str>)> = vec![
        ("out-flowfile-user-list", vec!["user", "list"]),
        ("out-flowfile-secret-list", vec!["secret", "list", "--all"]),
        ("out-flowfile-api-key-list", vec!["api-key", "list"]),
        ("out-flowfile-db-check", vec!["db", "check"]),
    ];
    for (name, args) in &flowfile {
        let s = Scratch::empty();
        let dir = s.path().join("database");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(
            fixtures().join("flowfile/flowfile-fixture.db"),
            dir.join("flowfile_catalog.db"),
        )
        .unwrap();
        let out = s
            .cmd()
            .args(["--db", "database/flowfile_catalog.db"])
            .args(args)
            .env("FLOWFILE_MODE", "docker")
            .env("FLOWFILE_MASTER_KEY", ff_master)
            .output()
            .unwrap();
        snapshot_run(name, &s, args, &out);
    }
}

/// One successful run's command line, stdout and stderr, as one snapshot.
fn snapshot_run(name: &str, s: &Scratch, args: &[&str], out: &std::process::Output) {
    assert_eq!(code(out), 0, "{name}: {}", stderr_of(out));
    snapshot_output(name, s, args, out);
}

fn snapshot_output(name: &str, s: &Scratch, args: &[&str], out: &std::process::Output) {
    let scratch = s.path().to_string_lossy().into_owned();
    let shown = format!(
        "$ flowadmin {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        stdout_of(out),
        stderr_of(out)
    )
    .replace(&scratch, "[SCRATCH]");
    check(name, &shown);
}
