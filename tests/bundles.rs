//! `variable export | import`: sealed bundles between instances, keys,
//! backends and products. The real Langflow and Flowfile read the imported
//! values in the interop suite; an independent reader opens a bundle there.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::*;
use rusqlite::Connection;
use serde_json::Value;

const PASS: &str = "correct horse battery staple";
const FF_MASTER: &str = "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=";

fn export(t: &Rich, args: &[&str]) -> std::process::Output {
    let mut all = vec!["variable", "export", "--passphrase-env", "PP"];
    all.extend_from_slice(args);
    t.run(&all, "", &[("PP", PASS)])
}

/// A fresh Langflow database under another key, with users admin and alice.
struct Target {
    s: Scratch,
    key: String,
}

impl Target {
    fn new() -> Target {
        let s = Scratch::initialized();
        let key = fernet::Fernet::generate_key();
        let t = Target { s, key };
        for (args, pw) in [
            (
                vec!["superuser", "--username", "admin", "--password-stdin"],
                "Admin-Pw-123456",
            ),
            (
                vec!["user", "create", "alice", "--active", "--password-stdin"],
                "Alice-Pw-123456",
            ),
        ] {
            let out = t.run(&args, &format!("{pw}\n"), &[]);
            assert_eq!(code(&out), 0, "{}", stderr_of(&out));
        }
        t
    }

    fn run(&self, args: &[&str], stdin: &str, envs: &[(&str, &str)]) -> std::process::Output {
        self.s
            .cmd()
            .args(["--db", "langflow.db"])
            .args(args)
            .env("LANGFLOW_SECRET_KEY", &self.key)
            .env("PP", PASS)
            .envs(envs.iter().copied())
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap()
    }

    fn import(&self, bundle: &Path, args: &[&str]) -> std::process::Output {
        let mut all = vec!["--json", "variable", "import"];
        let b = bundle.to_str().unwrap();
        all.push(b);
        all.extend_from_slice(&["--passphrase-env", "PP"]);
        all.extend_from_slice(args);
        self.run(&all, "", &[])
    }

    fn get(&self, owner: &str, name: &str) -> String {
        let out = self.run(
            &["variable", "get", name, "--user", owner, "--raw"],
            "",
            &[],
        );
        assert_eq!(code(&out), 0, "{name}: {}", stderr_of(&out));
        stdout_of(&out)
    }
}

fn bundle_of(t: &Rich) -> std::path::PathBuf {
    let out = export(t, &["--all", "-o", "all.bundle"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    t.s.path().join("all.bundle")
}

#[test]
fn langflow_to_langflow_under_another_key() {
    let t = Rich::new();
    let bundle = bundle_of(&t);
    let mode = std::fs::metadata(&bundle).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read(&bundle).unwrap();
    for (_, _, _, value) in rich_variables() {
        assert!(
            !text.windows(value.len()).any(|w| w == value.as_bytes()),
            "{value} is in the clear"
        );
    }
    let target = Target::new();
    let out = target.import(&bundle, &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(j["created"], 6);
    for (owner, name, kind, value) in rich_variables() {
        assert_eq!(target.get(&owner, &name), value, "{owner}/{name}");
        let row = target.run(&["--json", "variable", "list", "--user", &owner], "", &[]);
        let list = json_of(&row);
        let entry = list
            .as_array()
            .or_else(|| list["variables"].as_array())
            .unwrap()
            .iter()
            .find(|v| v["name"] == name.as_str())
            .cloned()
            .unwrap();
        assert_eq!(entry["type"], kind.as_str());
    }
    // Encrypted under the target's key, and the source's opens nothing there.
    let conn = Connection::open(&target.s.db).unwrap();
    let stored: String = conn
        .query_row(
            "SELECT value FROM variable WHERE name = 'OPENAI_API_KEY'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(stored.starts_with("gAAAAA"));
    let generic: String = conn
        .query_row(
            "SELECT value FROM variable WHERE name = 'REGION'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        generic, "eu-west-1",
        "Generic values are stored as typed on 1.13"
    );
    let created: String = conn
        .query_row(
            "SELECT created_at FROM variable WHERE name = 'APP_ENV'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let source: String = Connection::open(&t.s.db)
        .unwrap()
        .query_row(
            "SELECT created_at FROM variable WHERE name = 'APP_ENV'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(created, source, "created_at travels");
    let out = target.run(&["--json", "db", "check"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

#[test]
fn conflicts_dry_runs_and_owner_mapping() {
    let t = Rich::new();
    let bundle = bundle_of(&t);
    let target = Target::new();
    // --dry-run: every step, nothing written.
    let before = digest(&target.s.db);
    let out = target.import(&bundle, &["--dry-run"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["created"], 6);
    assert_eq!(json_of(&out)["dry_run"], true);
    assert_eq!(digest(&target.s.db), before);
    assert_eq!(code(&target.import(&bundle, &[])), 0);
    // A second import: fail (the default) writes nothing.
    let before = digest(&target.s.db);
    let out = target.import(&bundle, &[]);
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("--on-conflict"));
    assert_eq!(digest(&target.s.db), before);
    let out = target.import(&bundle, &["--on-conflict", "skip"]);
    assert_eq!(json_of(&out)["skipped"], 6);
    // Overwrite replaces a value changed since.
    let out = target.run(
        &["variable", "set", "OPENAI_API_KEY", "--user", "admin"],
        "changed\n",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = target.import(&bundle, &["--on-conflict", "overwrite"]);
    assert_eq!(json_of(&out)["updated"], 6);
    assert_eq!(
        target.get("admin", "OPENAI_API_KEY"),
        "sk-fixture-openai-0001"
    );
    // Owners that do not exist: refused, unless --user gives them all to one.
    let lonely = Scratch::initialized();
    let run = |args: &[&str]| {
        lonely
            .cmd()
            .args(["--db", "langflow.db", "--json", "variable", "import"])
            .arg(&bundle)
            .args(["--passphrase-env", "PP"])
            .args(args)
            .env("PP", PASS)
            .env("LANGFLOW_SECRET_KEY", &target.key)
            .output()
            .unwrap()
    };
    let out = run(&[]);
    assert_eq!(code(&out), 3, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("admin, alice"),
        "{}",
        stderr_of(&out)
    );
    let out = lonely
        .cmd()
        .args([
            "--db",
            "langflow.db",
            "user",
            "create",
            "ops",
            "--active",
            "--password-stdin",
        ])
        .write_stdin("Ops-Pw-1234567\n")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = run(&["--user", "ops"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(
        json_of(&out)["variables"]
            .as_array()
            .unwrap()
            .iter()
            .all(|v| v["owner"] == "ops")
    );
}

#[test]
fn a_wrong_passphrase_a_changed_byte_and_a_cut_file_write_nothing() {
    let t = Rich::new();
    let bundle = bundle_of(&t);
    let good = std::fs::read(&bundle).unwrap();
    let target = Target::new();
    let before = digest(&target.s.db);
    let out = target.run(
        &[
            "variable",
            "import",
            bundle.to_str().unwrap(),
            "--passphrase-env",
            "PP",
        ],
        "",
        &[("PP", "not the passphrase at all")],
    );
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("does not open"));
    let header_end = good
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(1)
        .unwrap()
        .0;
    // Bytes in the magic, the header (salt, costs, content) and the body.
    let positions = [
        3,
        25,
        60,
        110,
        header_end - 5,
        header_end + 3,
        header_end + 40,
        good.len() - 4,
    ];
    let damaged = t.s.path().join("damaged.bundle");
    for at in positions {
        let mut bad = good.clone();
        bad[at] = if bad[at] == b'A' { b'B' } else { b'A' };
        std::fs::write(&damaged, &bad).unwrap();
        let out = target.import(&damaged, &[]);
        assert_eq!(code(&out), 5, "byte {at}: {}", stderr_of(&out));
    }
    for cut in [good.len() - 1 - 8, header_end + 10, header_end, 40, 0] {
        std::fs::write(&damaged, &good[..cut]).unwrap();
        let out = target.import(&damaged, &[]);
        assert_eq!(code(&out), 5, "cut at {cut}: {}", stderr_of(&out));
    }
    assert_eq!(digest(&target.s.db), before);
    let out = target.run(&["--json", "variable", "list", "--all"], "", &[]);
    assert!(!stdout_of(&out).contains("OPENAI_API_KEY"));
}

#[test]
fn export_selects_refuses_overwrites_and_short_passphrases() {
    let t = Rich::new();
    // --name globs, one user by default (LANGFLOW_SUPERUSER's), or --user.
    let out = export(
        &t,
        &[
            "--user",
            "admin",
            "--name",
            "*_API_KEY",
            "-o",
            "keys.bundle",
            "--json",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["variables"], 2);
    // An existing file is kept unless --force.
    let out = export(&t, &["--user", "admin", "-o", "keys.bundle"]);
    assert_eq!(code(&out), 4, "{}", stderr_of(&out));
    std::fs::set_permissions(
        t.s.path().join("keys.bundle"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    let out = export(&t, &["--user", "admin", "-o", "keys.bundle", "--force"]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let mode = std::fs::metadata(t.s.path().join("keys.bundle"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    // Nothing matches: nothing written.
    let out = export(&t, &["--all", "--name", "NOPE*", "-o", "none.bundle"]);
    assert_eq!(code(&out), 3);
    assert!(!t.s.path().join("none.bundle").exists());
    // A short passphrase, or none at all off a terminal.
    let out = t.run(
        &[
            "variable",
            "export",
            "--all",
            "-o",
            "x.bundle",
            "--passphrase-stdin",
        ],
        "short\n",
        &[],
    );
    assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    let out = t.run(&["variable", "export", "--all", "-o", "x.bundle"], "", &[]);
    assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    assert!(!t.s.path().join("x.bundle").exists());
    // A passphrase on argv does not exist.
    let out = t.run(
        &[
            "variable",
            "export",
            "--all",
            "-o",
            "x.bundle",
            "--passphrase",
            PASS,
        ],
        "",
        &[],
    );
    assert_eq!(code(&out), 2);
    // To stdout when it is a pipe; the bundle opens from stdin too.
    let out = t.run(
        &[
            "variable",
            "export",
            "--all",
            "-o",
            "-",
            "--passphrase-stdin",
        ],
        &format!("{PASS}\n"),
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(out.stdout.starts_with(b"flowadmin-sealed v1\n"));
    let target = Target::new();
    let out = target
        .s
        .cmd()
        .args([
            "--db",
            "langflow.db",
            "--json",
            "variable",
            "import",
            "-",
            "--passphrase-env",
            "PP",
        ])
        .env("LANGFLOW_SECRET_KEY", &target.key)
        .env("PP", PASS)
        .write_stdin(out.stdout)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["created"], 6);
    // A key that does not open the values: the export refuses, writes nothing.
    let wrong = fernet::Fernet::generate_key();
    let out = t.run(
        &[
            "variable",
            "export",
            "--all",
            "-o",
            "w.bundle",
            "--passphrase-env",
            "PP",
        ],
        "",
        &[("PP", PASS), ("LANGFLOW_SECRET_KEY", &wrong)],
    );
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert!(!t.s.path().join("w.bundle").exists());
}

#[test]
fn an_import_into_a_database_under_a_wrong_key_is_refused() {
    let t = Rich::new();
    let bundle = bundle_of(&t);
    // The rich fixture itself, but configured with a key that opens none of it.
    let other = Rich::new();
    let before = digest(&other.s.db);
    let wrong = fernet::Fernet::generate_key();
    let out = other.run(
        &[
            "variable",
            "import",
            bundle.to_str().unwrap(),
            "--passphrase-env",
            "PP",
            "--on-conflict",
            "overwrite",
        ],
        "",
        &[("PP", PASS), ("LANGFLOW_SECRET_KEY", &wrong)],
    );
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert_eq!(digest(&other.s.db), before);
}

// Flowfile: the fixture written by Flowfile 0.23.3 (docker mode, its master key).

fn flowfile_db(s: &Scratch) -> std::path::PathBuf {
    let db = s.path().join("flowfile_catalog.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/flowfile/flowfile-fixture.db"),
        &db,
    )
    .unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    db
}

fn ff(s: &Scratch, args: &[&str], stdin: &str) -> std::process::Output {
    s.cmd()
        .env("FLOWFILE_DB_PATH", s.path().join("flowfile_catalog.db"))
        .env("FLOWFILE_MODE", "docker")
        .env("FLOWFILE_MASTER_KEY", FF_MASTER)
        .env("PP", PASS)
        .args(args)
        .write_stdin(stdin.to_owned())
        .output()
        .unwrap()
}

#[test]
fn langflow_to_flowfile_and_back() {
    let t = Rich::new();
    let bundle = bundle_of(&t);
    let s = Scratch::empty();
    flowfile_db(&s);
    let b = bundle.to_str().unwrap();
    // Flowfile has an admin and an alice too: each gets their own.
    let out = ff(
        &s,
        &["--json", "secret", "import", b, "--passphrase-env", "PP"],
        "",
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["created"], 6);
    for (owner, name, _, value) in rich_variables() {
        let out = ff(&s, &["secret", "get", &name, "--user", &owner, "--raw"], "");
        assert_eq!(code(&out), 0, "{name}: {}", stderr_of(&out));
        assert_eq!(stdout_of(&out), value);
    }
    let out = ff(&s, &["--json", "db", "check"], "");
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    // And Flowfile's secrets back into Langflow.
    let out = ff(
        &s,
        &[
            "secret",
            "export",
            "--user",
            "alice",
            "--name",
            "alice_*",
            "-o",
            "ff.bundle",
            "--passphrase-env",
            "PP",
        ],
        "",
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let target = Target::new();
    let out = target.import(&s.path().join("ff.bundle"), &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    assert_eq!(j["variables"][0]["name"], "alice_api_token");
    assert_eq!(j["variables"][0]["type"], "Credential");
    assert_eq!(
        target.get("alice", "alice_api_token"),
        "tok_alice_0123456789"
    );
}

#[test]
fn the_bundle_header_documents_its_costs() {
    let t = Rich::new();
    let bundle = bundle_of(&t);
    let text = std::fs::read_to_string(&bundle).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("flowadmin-sealed v1"));
    let header: Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(header["kdf"]["name"], "argon2id");
    assert!(
        header["kdf"]["memory_kib"].as_u64().unwrap() >= 19 * 1024,
        "OWASP's minimum"
    );
    assert!(header["kdf"]["iterations"].as_u64().unwrap() >= 2);
    assert_eq!(header["aead"]["name"], "AES-256-GCM");
    // Salt and nonce are fresh each time.
    let again = export(&t, &["--all", "-o", "again.bundle"]);
    assert_eq!(code(&again), 0);
    let other: Value = serde_json::from_str(
        std::fs::read_to_string(t.s.path().join("again.bundle"))
            .unwrap()
            .lines()
            .nth(1)
            .unwrap(),
    )
    .unwrap();
    assert_ne!(header["kdf"]["salt"], other["kdf"]["salt"]);
    assert_ne!(header["aead"]["nonce"], other["aead"]["nonce"]);
}

/// `variable export` on a pseudo-terminal: the passphrase is asked twice
/// (hidden); a mismatch writes nothing; `-o -` to the terminal is refused.
#[test]
fn the_passphrase_prompt_and_a_terminal_stdout() {
    use expectrl::{Eof, Expect, Session};
    let t = Rich::new();
    let spawn = |args: &[&str]| {
        let mut cmd = t.process(args);
        cmd.env("LANGFLOW_SUPERUSER", "admin");
        let mut p = Session::spawn(cmd).unwrap();
        p.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
        p
    };
    // The prompt switches the terminal to hidden input, which drops what
    // was typed before: each answer waits a moment, as a person would.
    let settle = || std::thread::sleep(std::time::Duration::from_millis(300));
    let mut p = spawn(&["variable", "export", "--all", "-o", "tty.bundle"]);
    p.expect("Passphrase for the bundle").unwrap();
    settle();
    p.send_line(PASS).unwrap();
    p.expect("Repeat it").unwrap();
    settle();
    p.send_line("something else entirely").unwrap();
    p.expect("do not match").unwrap();
    p.expect(Eof).unwrap();
    assert!(!t.s.path().join("tty.bundle").exists());
    let mut p = spawn(&["variable", "export", "--all", "-o", "tty.bundle"]);
    p.expect("Passphrase for the bundle").unwrap();
    settle();
    p.send_line(PASS).unwrap();
    p.expect("Repeat it").unwrap();
    settle();
    p.send_line(PASS).unwrap();
    p.expect("sealed 6 variable(s)").unwrap();
    p.expect(Eof).unwrap();
    let screen = on_terminal(
        t.process(&[
            "variable",
            "export",
            "--all",
            "-o",
            "-",
            "--passphrase-env",
            "PP",
        ]),
        std::time::Duration::from_secs(60),
    );
    assert!(
        screen.contains("refusing to write a bundle to a terminal"),
        "{screen}"
    );
    // The bundle made on the terminal opens with the passphrase typed there.
    let target = Target::new();
    let out = target.import(&t.s.path().join("tty.bundle"), &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["created"], 6);
}
