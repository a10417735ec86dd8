//! Issue 22: the defects a hostile operator found on PostgreSQL, Flowfile,
//! doctor and bundles, one test each (`itemNN_...` is item NN of the issue;
//! the Flowfile ones are in tests/flowfile.rs as `item22_NN_...`). Each
//! failed on the code before its fix.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;
use std::time::Duration;

use common::*;
use serde_json::Value;

#[test]
fn item04_an_empty_value_never_wipes_a_credential() {
    let t = Rich::new();
    let before = digest(&t.s.db);
    // A failed `vault read | flowadmin variable set`: an empty pipe.
    let out = t.run(
        &["variable", "set", "OPENAI_API_KEY", "--user", "admin"],
        "",
        &[],
    );
    assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.starts_with("error: ") && err.contains("empty") && err.contains("--allow-empty"),
        "{err}"
    );
    // Only the one newline `get` adds: still empty.
    let out = t.run(
        &["variable", "set", "OPENAI_API_KEY", "--user", "admin"],
        "\n",
        &[],
    );
    assert_eq!(code(&out), 2);
    // A closed stdin (`<&-`).
    let out = t
        .process(&["variable", "set", "OPENAI_API_KEY", "--user", "admin"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(code(&out), 2, "{}", stderr_of(&out));
    // An empty --value-env.
    let out = t.run(
        &[
            "variable",
            "set",
            "X",
            "--user",
            "admin",
            "--value-env",
            "EMPTY",
        ],
        "",
        &[("EMPTY", "")],
    );
    assert_eq!(code(&out), 2);
    assert_eq!(digest(&t.s.db), before, "nothing written");
    // On purpose: stored, and read back empty.
    let out = t.run(
        &[
            "variable",
            "set",
            "EMPTY_ONE",
            "--user",
            "admin",
            "--allow-empty",
        ],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = t.run(
        &["variable", "get", "EMPTY_ONE", "--user", "admin"],
        "",
        &[],
    );
    assert_eq!((code(&out), stdout_of(&out).as_str()), (0, "\n"));
}

#[test]
fn item05_the_old_key_is_kept_when_it_lives_in_an_env_file() {
    let t = Rich::new();
    // The key only in the env file: no secret_key file at all.
    std::fs::remove_file(t.cfg.join("secret_key")).unwrap();
    let env_file = t.s.path().join("langflow.env");
    std::fs::write(&env_file, format!("LANGFLOW_SECRET_KEY={}\n", t.key)).unwrap();
    let out = t.run(
        &[
            "--env-file",
            "langflow.env",
            "--json",
            "secret-key",
            "rotate",
        ],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    let backups: Vec<String> = j["backups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_str().unwrap().to_owned())
        .collect();
    let kept = backups
        .iter()
        .find(|b| b.contains("secret_key.backup."))
        .unwrap_or_else(|| panic!("no key backup among {backups:?}"));
    assert_eq!(std::fs::read_to_string(kept).unwrap(), t.key);
    let mode = std::fs::metadata(kept).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // The database backup opens with the kept key.
    let db_backup = backups.iter().find(|b| b.contains(".backup-")).unwrap();
    assert_eq!(opened_with(db_backup.as_ref(), &t.key).1, 18);
    // And the env file now holds the new key, which opens the live database.
    let env = std::fs::read_to_string(&env_file).unwrap();
    let new_key = env.trim().strip_prefix("LANGFLOW_SECRET_KEY=").unwrap();
    assert_ne!(new_key, t.key);
    assert!(t.all_open_with(new_key));

    // The key in the env file differs from the file's: both are kept.
    let t = Rich::new();
    let other = flowadmin::crypto::token_urlsafe(32).to_string();
    std::fs::write(t.cfg.join("secret_key"), &other).unwrap();
    std::fs::write(&env_file, format!("LANGFLOW_SECRET_KEY={}\n", t.key)).unwrap();
    let env_arg = env_file.to_str().unwrap();
    let out = t.run(
        &["--env-file", env_arg, "--json", "secret-key", "rotate"],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    let texts: Vec<String> = j["backups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_str().unwrap())
        .filter(|b| b.contains("secret_key.backup."))
        .map(|b| std::fs::read_to_string(b).unwrap())
        .collect();
    assert!(texts.contains(&t.key) && texts.contains(&other), "{j:#}");
}

#[test]
fn item08_a_password_with_hash_slash_or_question_mark_never_shows() {
    let s = Scratch::empty();
    for url in [
        "postgresql://r:Sup3r#Secret@host/db",
        "postgresql://r:Sup3r/Secret@host/db",
        "postgresql://r:Sup3r?Secret@host/db",
        "postgresql://r:Sup3r@Secret@host/db",
    ] {
        for json in [false, true] {
            let mut args = vec!["--db", url];
            if json {
                args.push("--json");
            }
            args.extend(["db", "locate"]);
            let out = s.cmd().args(&args).output().unwrap();
            let all = format!("{}{}", stdout_of(&out), stderr_of(&out));
            // With a raw `@` the connector's password is `Sup3r` (SQLAlchemy
            // splits at the first `@` after the `:`) and its host
            // `Secret@host`, which `connects to` shows as the host it is.
            if !url.contains("r@S") {
                assert!(!all.contains("Secret"), "{url}: {all}");
            }
            assert!(!all.contains("Sup3r"), "{url}: {all}");
        }
    }
}

#[test]
fn item09_weak_new_keys_are_refused() {
    let t = Rich::new();
    let before = digest(&t.s.db);
    for weak in ["a", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="] {
        std::fs::write(t.s.path().join("new.key"), weak).unwrap();
        let out = t.run(
            &["secret-key", "rotate", "--new-key-file", "new.key"],
            "",
            &[],
        );
        assert_eq!(code(&out), 2, "{weak}: {}", stderr_of(&out));
        assert!(stderr_of(&out).contains("--allow-weak-key"));
        let out = t.run(
            &["secret-key", "rotate", "--new-key-env", "NEXT"],
            "",
            &[("NEXT", weak)],
        );
        assert_eq!(code(&out), 2, "{weak}: {}", stderr_of(&out));
    }
    assert_eq!(digest(&t.s.db), before);
    assert_eq!(t.key_file(), t.key);
    // On purpose, it goes through (and doctor then says critical).
    let out = t.run(
        &[
            "secret-key",
            "rotate",
            "--new-key-file",
            "new.key",
            "--allow-weak-key",
            "--no-backup",
        ],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = t.run(&["--json", "doctor", "--check", "secret-key"], "", &[]);
    assert_eq!(code(&out), 8, "{}", stdout_of(&out));
}

/// `flowadmin ARGS > /dev/full` on the rich fixture.
fn to_full_disk(t: &Rich, args: &[&str], envs: &[(&str, &str)]) -> std::process::Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    t.process(args)
        .envs(envs.iter().copied())
        .stdin(Stdio::null())
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

#[test]
fn item01_a_committed_rotation_is_never_reported_as_a_failure() {
    let t = Rich::new();
    let key_file = t.cfg.join("secret_key");
    for args in [
        &["secret-key", "rotate", "--no-backup"][..],
        &["--json", "secret-key", "rotate", "--no-backup"][..],
    ] {
        // The key in force comes from the environment, as in the report.
        let old = t.key_file();
        let out = to_full_disk(&t, args, &[("LANGFLOW_SECRET_KEY", &old)]);
        let err = stderr_of(&out);
        assert_eq!(code(&out), 0, "{err}");
        assert!(!err.contains("error:"), "{err}");
        assert!(
            err.contains("the rotation committed")
                && err.contains(key_file.to_str().unwrap())
                && err.contains("no space left on the device")
                && err.contains("ACTION NEEDED: LANGFLOW_SECRET_KEY"),
            "{err}"
        );
        assert_ne!(t.key_file(), old);
        assert!(t.all_open_with(&t.key_file()));
    }
}

#[test]
fn item01_every_write_says_what_it_committed_when_stdout_fails() {
    let t = Rich::new();
    let out = to_full_disk(&t, &["user", "create", "carol", "--password-stdin"], &[]);
    // stdin is null: the password prompt cannot run, so nothing is created.
    assert_ne!(code(&out), 0);
    let mut cmd = t.process(&["user", "create", "carol", "--password-stdin"]);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Carol-Password-1!\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let err = stderr_of(&out);
    assert_eq!(code(&out), 0, "{err}");
    assert!(
        err.contains("user carol was created") && err.contains("could not be written"),
        "{err}"
    );
    let out = t.run(&["--json", "user", "list"], "", &[]);
    assert!(stdout_of(&out).contains("\"carol\""));

    // A write that never committed still fails as before.
    let out = to_full_disk(&t, &["variable", "get", "NOPE", "--user", "admin"], &[]);
    assert_eq!(code(&out), 3);
}

#[test]
fn item13_settings_that_are_not_utf8_are_refused_by_name() {
    use std::os::unix::ffi::OsStrExt;
    let t = Rich::new();
    let bad = std::ffi::OsStr::from_bytes(b"/tmp/caf\xe9");
    for var in [
        "LANGFLOW_DATABASE_URL",
        "LANGFLOW_CONFIG_DIR",
        "LANGFLOW_SUPERUSER",
    ] {
        let out = t.process(&["user", "list"]).env(var, bad).output().unwrap();
        let err = stderr_of(&out);
        assert_eq!(code(&out), 2, "{var}: {err}");
        assert!(err.starts_with("error: ") && err.contains(var), "{err}");
    }
    // A variable flowadmin does not read is no concern of its.
    let out = t
        .process(&["user", "list"])
        .env("SOMETHING_ELSE", bad)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

fn export_to(t: &Rich, target: &str, extra: &[&str]) -> std::process::Command {
    let mut cmd = t.process(&[
        "variable",
        "export",
        "--all",
        "--passphrase-env",
        "PP",
        "-o",
        target,
    ]);
    cmd.args(extra).env("PP", "correct horse battery staple");
    cmd
}

#[test]
fn item14_an_export_to_a_closed_or_cut_stdout_is_a_failure() {
    let t = Rich::new();
    // `>&-`: the descriptor is closed (the standard library would write nowhere).
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("\"$@\" >&-")
        .arg("sh")
        .arg(assert_cmd::cargo::cargo_bin("flowadmin"))
        .args([
            "--db",
            "langflow.db",
            "variable",
            "export",
            "--all",
            "--passphrase-env",
            "PP",
            "-o",
            "-",
        ])
        .current_dir(t.s.path())
        .env_clear()
        .env("HOME", t.s.path())
        .env("LANGFLOW_CONFIG_DIR", &t.cfg)
        .env("PP", "correct horse battery staple")
        .output()
        .unwrap();
    assert_eq!(code(&out), 1, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("stdout is closed"),
        "{}",
        stderr_of(&out)
    );
    // `| head -c 10`: the reader goes away before the end.
    let mut child = export_to(&t, "-", &[])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 1, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("could not be written to stdout"));
}

#[test]
fn item15_a_newer_or_crlf_bundle_says_what_it_is() {
    let t = Rich::new();
    let out = export_to(&t, "all.bundle", &[]).output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let good = std::fs::read(t.s.path().join("all.bundle")).unwrap();
    let import = |bytes: &[u8]| {
        std::fs::write(t.s.path().join("x.bundle"), bytes).unwrap();
        t.process(&["variable", "import", "x.bundle", "--passphrase-env", "PP"])
            .env("PP", "correct horse battery staple")
            .output()
            .unwrap()
    };
    let v2 = String::from_utf8(good.clone()).unwrap().replacen(
        "flowadmin-sealed v1",
        "flowadmin-sealed v2",
        1,
    );
    let out = import(v2.as_bytes());
    assert_eq!(code(&out), 7, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("format version 2"));
    let crlf = String::from_utf8(good).unwrap().replace('\n', "\r\n");
    let out = import(crlf.as_bytes());
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("CRLF"), "{}", stderr_of(&out));
}

#[test]
fn item17_devices_and_fifos_are_written_into_never_replaced() {
    let t = Rich::new();
    let out = export_to(&t, "/dev/null", &[]).output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = export_to(&t, "/dev/null", &["--force"]).output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    // A FIFO: the bundle arrives through it, and it stays a FIFO.
    let fifo = t.s.path().join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = std::thread::spawn({
        let fifo = fifo.clone();
        move || std::fs::read(&fifo).unwrap()
    });
    let out = export_to(&t, fifo.to_str().unwrap(), &["--force"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let got = reader.join().unwrap();
    assert!(got.starts_with(b"flowadmin-sealed v1\n"));
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn item18_every_non_zero_exit_has_one_error_line_and_json_stays_one_document() {
    let t = Rich::new();
    let out = t.run(
        &[
            "--json",
            "user",
            "verify-password",
            "admin",
            "--password-stdin",
        ],
        "wrong password\n",
        &[],
    );
    assert_eq!(code(&out), 4);
    let docs: Vec<Value> = serde_json::Deserializer::from_slice(&out.stdout)
        .into_iter::<Value>()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 1, "{}", stdout_of(&out));
    assert_eq!(docs[0]["matches"], false);
    let one_error = |out: &std::process::Output| {
        let err = stderr_of(out);
        assert_eq!(err.matches("error: ").count(), 1, "{err}");
    };
    one_error(&out);
    // A valid key that opens nothing: check, db check, rotate --skip-undecryptable.
    let wrong = flowadmin::crypto::token_urlsafe(32).to_string();
    std::fs::write(t.s.path().join("wrong.key"), &wrong).unwrap();
    for args in [
        &["secret-key", "check", "--key-file", "wrong.key"][..],
        &["--json", "secret-key", "check", "--key-file", "wrong.key"][..],
        &["--json", "db", "check"][..],
        &["db", "check"][..],
    ] {
        let out = t.run(args, "", &[("LANGFLOW_SECRET_KEY", &wrong)]);
        assert_eq!(code(&out), 5, "{args:?}");
        one_error(&out);
        if args[0] == "--json" {
            let _: Value = json_of(&out);
        }
    }
    // One value under another key, the rest rotated: exit 5, one error line.
    let other = flowadmin::crypto::SecretKey::new(wrong.clone());
    let token = other.keyring().unwrap().encrypt(b"under another key");
    rusqlite::Connection::open(&t.s.db)
        .unwrap()
        .execute(
            "UPDATE variable SET value = ?1 WHERE name = 'OPENAI_API_KEY'",
            [token],
        )
        .unwrap();
    let out = t.run(
        &[
            "secret-key",
            "rotate",
            "--skip-undecryptable",
            "--no-backup",
        ],
        "",
        &[],
    );
    assert_eq!(code(&out), 5, "{}", stderr_of(&out));
    one_error(&out);
    assert!(stderr_of(&out).contains("1 value(s) are not under the new key"));
}

#[test]
fn item20_no_secret_in_debug_and_no_raw_newline_in_paths() {
    let token = flowadmin::cli::AuthToken {
        token: Some("sk-very-secret".into()),
    };
    assert!(!format!("{token:?}").contains("very-secret"));
    // A config dir whose name holds a newline: the report escapes it.
    let t = Rich::new();
    let odd = t.s.path().join("cfg\nbackup: fake");
    std::fs::rename(&t.cfg, &odd).unwrap();
    let out = t
        .process(&["secret-key", "rotate"])
        .env("LANGFLOW_CONFIG_DIR", &odd)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.contains("cfg\\nbackup"), "{text}");
    assert!(
        !text.lines().any(|l| l.starts_with("backup: fake")),
        "{text}"
    );
}

/// The names and modification time of a folder, to prove nothing was written.
fn folder_state(dir: &std::path::Path) -> (Vec<String>, std::time::SystemTime) {
    (
        listing(dir),
        std::fs::metadata(dir).unwrap().modified().unwrap(),
    )
}

#[test]
fn item12_read_commands_write_nothing_in_the_config_dir() {
    let t = Rich::new();
    let before = folder_state(&t.cfg);
    let db_folder = folder_state(t.s.path());
    let db_bytes = digest(&t.s.db);
    for args in [
        &["variable", "list", "--all"][..],
        &["variable", "get", "OPENAI_API_KEY", "--user", "admin"][..],
        &["api-key", "list", "--all"][..],
        &["db", "check"][..],
        &["doctor", "--fail-on", "never"][..],
    ] {
        let out = t.run(args, "", &[]);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr_of(&out));
        assert_eq!(
            folder_state(&t.cfg),
            before,
            "{args:?} wrote in the config dir"
        );
        // Nor beside the database: no -wal/-shm made and removed.
        assert_eq!(
            folder_state(t.s.path()),
            db_folder,
            "{args:?} wrote beside the database"
        );
        assert_eq!(digest(&t.s.db), db_bytes);
    }
    // A rotation left half-done (committed, not renamed): a reader reads
    // with the key that opens the data, says so, and settles nothing.
    let new_key = flowadmin::crypto::token_urlsafe(32).to_string();
    std::fs::write(t.s.path().join("new.key"), &new_key).unwrap();
    let out = t.run(
        &[
            "secret-key",
            "rotate",
            "--no-backup",
            "--new-key-file",
            "new.key",
        ],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    for name in listing(&t.cfg) {
        if name.starts_with("secret_key.backup") {
            std::fs::remove_file(t.cfg.join(name)).unwrap();
        }
    }
    std::fs::write(t.cfg.join("secret_key"), &t.key).unwrap();
    std::fs::write(t.cfg.join("secret_key.new"), &new_key).unwrap();
    let before = folder_state(&t.cfg);
    let out = t.run(
        &["variable", "get", "OPENAI_API_KEY", "--user", "admin"],
        "",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("secret_key.new"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(folder_state(&t.cfg), before, "nothing settled by a reader");
    // A writer settles it, as before.
    let out = t.run(&["secret-key", "check"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(t.key_file(), new_key);
}

#[test]
fn item12_a_read_only_config_dir_is_read() {
    if !is_root() {
        eprintln!("SKIPPED item12_a_read_only_config_dir_is_read: mounting needs root");
        return;
    }
    let t = Rich::new();
    // A read-only bind mount, as a Kubernetes Secret is mounted (EROFS).
    let ro = t.s.path().join("ro-cfg");
    std::fs::create_dir(&ro).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["--bind", "-o", "ro"])
        .arg(&t.cfg)
        .arg(&ro)
        .status();
    if !mounted.is_ok_and(|s| s.success()) {
        eprintln!("SKIPPED item12_a_read_only_config_dir_is_read: this machine cannot bind-mount");
        return;
    }
    let unmount = scopeguard_unmount(&ro);
    let run = |args: &[&str]| {
        t.process(args)
            .env("LANGFLOW_CONFIG_DIR", &ro)
            .output()
            .unwrap()
    };
    for args in [
        &["variable", "list", "--all"][..],
        &["api-key", "list", "--all"][..],
        &["secret-key", "check"][..],
        &["variable", "get", "OPENAI_API_KEY", "--user", "admin"][..],
    ] {
        let out = run(args);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr_of(&out));
    }
    drop(unmount);
}

/// Unmounts when dropped, so a failed assertion leaves no mount behind.
fn scopeguard_unmount(path: &std::path::Path) -> impl Drop {
    struct Unmount(std::path::PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(&self.0).status();
        }
    }
    Unmount(path.to_path_buf())
}

// Items 10 and 11: every wait on PostgreSQL bounded. A listener that
// accepts and never answers, and a fault proxy between flowadmin and the
// real server that goes silent at the COMMIT (before or after passing it on).

/// A listener that accepts connections and never says a word.
fn silent_listener() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for conn in listener.incoming().take(8) {
            held.push(conn);
        }
        std::thread::sleep(Duration::from_secs(120));
    });
    port
}

#[test]
fn item10_a_server_that_accepts_and_never_answers_is_given_up_on() {
    let port = silent_listener();
    let s = Scratch::empty();
    for (url, bound) in [
        (
            format!("postgresql://u:p@127.0.0.1:{port}/db?connect_timeout=2"),
            2,
        ),
        (
            format!("postgresql://u:p@127.0.0.1:{port}/db?connect_timeout=3&sslmode=require"),
            3,
        ),
    ] {
        // assert_cmd kills it at 60 s: ending on its own with exit 6 is the bound.
        let out = s
            .cmd()
            .args(["--db", &url, "user", "list"])
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        assert_eq!(code(&out), 6, "{}", stderr_of(&out));
        let err = stderr_of(&out);
        assert!(
            err.contains("did not finish the startup within")
                && err.contains(&format!("{bound} s")),
            "{err}"
        );
    }
}

/// When the proxy stops passing bytes on.
#[derive(Clone, Copy, PartialEq)]
enum Fault {
    /// The COMMIT never reaches the server.
    SwallowCommit,
    /// The COMMIT reaches the server; its answer never comes back.
    DropCommitAnswer,
}

/// A proxy to the real server on `upstream` that injects `fault` at the
/// first COMMIT it sees; returns its port.
fn fault_proxy(upstream: u16, fault: Fault) -> u16 {
    use std::io::{Read, Write};
    use std::sync::atomic::{AtomicBool, Ordering};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for client in listener.incoming().take(16) {
            let Ok(mut client) = client else { continue };
            let mut server = std::net::TcpStream::connect(("127.0.0.1", upstream)).unwrap();
            let tripped = std::sync::Arc::new(AtomicBool::new(false));
            let (mut c2, mut s2, t2) = (
                client.try_clone().unwrap(),
                server.try_clone().unwrap(),
                tripped.clone(),
            );
            // Server to client: stops once tripped (for DropCommitAnswer).
            std::thread::spawn(move || {
                let mut buf = [0u8; 65536];
                while let Ok(n) = s2.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    if fault == Fault::DropCommitAnswer && t2.load(Ordering::SeqCst) {
                        continue;
                    }
                    if c2.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
            });
            std::thread::spawn(move || {
                let mut buf = [0u8; 65536];
                while let Ok(n) = client.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    let commit = buf[..n].windows(6).any(|w| w == b"COMMIT");
                    if commit {
                        tripped.store(true, Ordering::SeqCst);
                        if fault == Fault::SwallowCommit {
                            continue;
                        }
                    }
                    if fault == Fault::SwallowCommit && tripped.load(Ordering::SeqCst) {
                        continue;
                    }
                    if server.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
            });
        }
    });
    port
}

#[test]
fn item11_a_commit_without_an_answer_is_bounded_and_settled_after() {
    let Some(admin) = admin_url("item11_a_commit_without_an_answer_is_bounded_and_settled_after")
    else {
        return;
    };
    for fault in [Fault::SwallowCommit, Fault::DropCommitAnswer] {
        let pg = PgRich::new(&admin);
        let s = Scratch::empty();
        let cfg = PgRich::config_dir(&s, &pg.key);
        let proxy = fault_proxy(pg.port, fault);
        // Plain TCP, so the proxy can see the COMMIT go by.
        let through = format!(
            "{}?sslmode=disable",
            pg.url()
                .replace(&format!(":{}/", pg.port), &format!(":{proxy}/"))
        );
        let out = s
            .cmd()
            .env("LANGFLOW_DATABASE_URL", &through)
            .env("LANGFLOW_CONFIG_DIR", &cfg)
            .env("FLOWADMIN_PG_TIMEOUT", "2")
            .args(["secret-key", "rotate", "--no-backup"])
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(code(&out), 6, "{err}");
        assert!(
            err.contains("whether the commit happened is unknown"),
            "{err}"
        );
        assert!(err.contains("secret-key check"), "{err}");
        // The next command, straight to the server, settles it either way.
        let out = pg
            .with_config(&s, &cfg)
            .args(["secret-key", "check"])
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr_of(&out));
        let key = std::fs::read_to_string(cfg.join("secret_key")).unwrap();
        match fault {
            Fault::SwallowCommit => assert_eq!(key, pg.key, "nothing committed"),
            Fault::DropCommitAnswer => assert_ne!(key, pg.key, "committed: the new key is in"),
        }
        assert!(!cfg.join("secret_key.new").exists());
    }
}

#[test]
fn item10_tls_runs_through_the_relay_and_checks_the_real_host_name() {
    let Some(admin) = admin_url("item10_tls_runs_through_the_relay_and_checks_the_real_host_name")
    else {
        return;
    };
    let Ok(ca) = std::env::var("FLOWADMIN_TEST_PG_CA") else {
        eprintln!("SKIPPED item10_tls_...: the test server speaks no TLS (no openssl)");
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let base = pg.url().replace("127.0.0.1", "localhost");
    for (url, expected) in [
        // The certificate is for "localhost": checked against the real host,
        // not the relay's loopback address.
        (format!("{base}?sslmode=verify-full&sslrootcert={ca}"), 0),
        (format!("{base}?sslmode=require"), 0),
        // The same server under a name the certificate does not carry.
        (
            format!("{}?sslmode=verify-full&sslrootcert={ca}", pg.url()),
            6,
        ),
    ] {
        let out = pg.run(&s, &url, &["secret-key", "check"], &pg.key);
        assert_eq!(code(&out), expected, "{url}: {}", stderr_of(&out));
    }
    // A rotation over TLS: every request answered through the metered stream.
    let cfg = PgRich::config_dir(&s, &pg.key);
    let out = s
        .cmd()
        .env("LANGFLOW_DATABASE_URL", format!("{base}?sslmode=require"))
        .env("LANGFLOW_CONFIG_DIR", &cfg)
        .env("FLOWADMIN_PG_TIMEOUT", "5")
        .args(["secret-key", "rotate", "--no-backup"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
}

// Item 3: two hosts (two config dirs) on one PostgreSQL database.

/// A rotation of `pg` from config dir `cfg`, running in the background
/// (`--force`: the test watches the server from a session of its own).
fn rotation_in_background(pg: &PgRich, s: &Scratch, cfg: &std::path::Path) -> std::process::Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"))
        .args(["--json", "secret-key", "rotate", "--no-backup", "--force"])
        .current_dir(s.path())
        .env_clear()
        .env("HOME", s.path())
        .env("LANGFLOW_DATABASE_URL", pg.url())
        .env("LANGFLOW_CONFIG_DIR", cfg)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits (up to 60 s) until `sql` counts a row on `pg`.
fn wait_until(pg: &PgRich, sql: &str) {
    let mut client = pg.client();
    for _ in 0..1200 {
        let n: i64 = client.query_one(sql, &[]).unwrap().get(0);
        if n > 0 {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("never: {sql}");
}

#[test]
fn item03_a_write_from_another_host_never_lands_under_a_key_being_replaced() {
    let Some(admin) =
        admin_url("item03_a_write_from_another_host_never_lands_under_a_key_being_replaced")
    else {
        return;
    };
    let pg = PgRich::new(&admin);
    pg.add_bulk(&pg.key, 40_000);
    let (s1, s2) = (Scratch::empty(), Scratch::empty());
    let c1 = PgRich::config_dir(&s1, &pg.key);
    let c2 = PgRich::config_dir(&s2, &pg.key);
    let rotation = rotation_in_background(&pg, &s1, &c1);
    // The rotation holds the key-use lock ("flowkeys") exclusively.
    wait_until(
        &pg,
        // pg_locks is the whole cluster's: only this test's database counts
        // (the other tests rotate theirs at the same time).
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND mode = 'ExclusiveLock' \
         AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) \
         AND classid = x'666C6F77'::int::oid AND objid = x'6B657973'::int::oid",
    );
    let out = pg
        .with_config(&s2, &c2)
        .args(["variable", "set", "FROM_HOST_2", "--user", "admin"])
        .write_stdin("written on host 2\n")
        .output()
        .unwrap();
    let rotated = rotation.wait_with_output().unwrap();
    assert_eq!(code(&rotated), 0, "{}", stderr_of(&rotated));
    // It waited for the rotation, then found its key replaced: refused.
    assert_eq!(
        code(&out),
        5,
        "{}{}\nrotation: {}",
        stdout_of(&out),
        stderr_of(&out),
        stdout_of(&rotated)
    );
    let new_key = std::fs::read_to_string(c1.join("secret_key")).unwrap();
    let check = pg.run(&s1, &pg.url(), &["secret-key", "check"], &new_key);
    assert_eq!(code(&check), 0, "{}", stderr_of(&check));
}

#[test]
fn item03_a_value_another_client_wrote_during_the_rotation_is_reported() {
    if !cfg!(feature = "test-hooks") {
        eprintln!(
            "SKIPPED item03_a_value_another_client_wrote_during_the_rotation_is_reported: its pause point needs --features test-hooks (.ci/run has it)"
        );
        return;
    }
    let Some(admin) =
        admin_url("item03_a_value_another_client_wrote_during_the_rotation_is_reported")
    else {
        return;
    };
    let pg = PgRich::new(&admin);
    pg.add_bulk(&pg.key, 2_000);
    let s = Scratch::empty();
    let cfg = PgRich::config_dir(&s, &pg.key);
    let token = flowadmin::crypto::SecretKey::new(pg.key.as_str())
        .keyring()
        .unwrap()
        .encrypt(b"written by another host");
    // The rotation stops just before its COMMIT until the file appears
    // (#31: deterministic; it raced the other client before).
    let release = s.path().join("release");
    let rotation = std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"))
        .args(["--json", "secret-key", "rotate", "--no-backup", "--force"])
        .current_dir(s.path())
        .env_clear()
        .env("HOME", s.path())
        .env("LANGFLOW_DATABASE_URL", pg.url())
        .env("LANGFLOW_CONFIG_DIR", &cfg)
        .env("FLOWADMIN_TEST_PAUSE_AT", "before-commit-statement")
        .env("FLOWADMIN_TEST_PAUSE_FILE", &release)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_until(
        &pg,
        "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation \
         WHERE c.relname = 'variable' AND l.mode = 'ShareRowExclusiveLock' AND l.granted \
         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    );
    // A client that does not know of flowadmin (a Langflow on another host)
    // writes under the old key: it waits for the rotation's lock ...
    let mut other = pg.client();
    // It prepares first (as libpq, asyncpg and this crate do): the lock
    // holds back the prepare, and the session is idle a moment before its
    // execute writes (#33: the rotation took that moment for the end).
    let writer = std::thread::spawn(move || {
        let insert = other
            .prepare(
                "INSERT INTO variable (id, name, value, type, user_id, default_fields, created_at, updated_at) \
                 SELECT gen_random_uuid(), 'LATE_WRITE', $1, 'Credential', id, '[]', now(), now() \
                 FROM \"user\" WHERE username = 'admin'",
            )
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(150));
        other.execute(&insert, &[&token]).unwrap()
    });
    // ... which the server shows before the rotation may commit.
    wait_until(
        &pg,
        "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'INSERT INTO variable%LATE_WRITE%' \
         AND wait_event_type = 'Lock'",
    );
    std::fs::write(&release, b"").unwrap();
    assert_eq!(writer.join().unwrap(), 1, "it lands after the commit");
    let out = rotation.wait_with_output().unwrap();
    let err = stderr_of(&out);
    assert_eq!(code(&out), 5, "{err}");
    assert!(
        err.contains("ACTION NEEDED: 1 value(s) do not open with the new key")
            && err.contains("LATE_WRITE"),
        "{err}"
    );
}

#[test]
fn item21_a_rollback_keeps_every_value_written_since_the_rotation() {
    let t = Rich::new();
    let original = t.key.clone();
    let out = t.run(&["--json", "secret-key", "rotate"], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let j = json_of(&out);
    let new_key = j["new_key"].as_str().unwrap().to_owned();
    let key_backup = j["backups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_str().unwrap().to_owned())
        .find(|b| b.contains("secret_key.backup."))
        .unwrap();
    let stamp = key_backup
        .rsplit("secret_key.backup.")
        .next()
        .unwrap()
        .to_owned();
    // Written after the rotation, under the new key (as Langflow does at its
    // first start and login).
    let out = t.run(
        &["variable", "set", "WRITTEN_AFTER", "--user", "admin"],
        "after the rotation\n",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    // The way the README used to say (apply the backup, copy the key back)
    // would drop it; the rollback keeps it.
    let out = t.run(&["--json", "secret-key", "rollback", &stamp], "", &[]);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(t.key_file(), original, "the old key is back, exactly");
    assert!(t.all_open_with(&original), "every value under the old key");
    let out = t.run(
        &["variable", "get", "WRITTEN_AFTER", "--user", "admin"],
        "",
        &[],
    );
    assert_eq!(stdout_of(&out), "after the rotation\n");
    // The key that was in force is kept, 0600.
    let kept: Vec<String> = listing(&t.cfg)
        .into_iter()
        .filter(|n| n.starts_with("secret_key.backup."))
        .filter(|n| std::fs::read_to_string(t.cfg.join(n)).unwrap() == new_key)
        .collect();
    assert_eq!(kept.len(), 1, "{:?}", listing(&t.cfg));
    let mode = std::fs::metadata(t.cfg.join(&kept[0]))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    // An unknown stamp, or one with a path in it: refused, nothing changed.
    let before = digest(&t.s.db);
    for bad in ["20990101T000000Z", "../secret_key", ""] {
        let out = t.run(&["secret-key", "rollback", bad], "", &[]);
        assert!(matches!(code(&out), 2 | 3), "{bad}: {}", stderr_of(&out));
    }
    assert_eq!(digest(&t.s.db), before);
}

#[test]
fn item21_a_rollback_on_postgresql() {
    let Some(admin) = admin_url("item21_a_rollback_on_postgresql") else {
        return;
    };
    let pg = PgRich::new(&admin);
    let s = Scratch::empty();
    let cfg = PgRich::config_dir(&s, &pg.key);
    let out = pg
        .with_config(&s, &cfg)
        .args(["--json", "secret-key", "rotate"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let stamp = json_of(&out)["backups"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| {
            b.as_str()?
                .rsplit_once("secret_key.backup.")
                .map(|(_, s)| s.to_owned())
        })
        .next()
        .unwrap();
    let out = pg
        .with_config(&s, &cfg)
        .args(["variable", "set", "WRITTEN_AFTER", "--user", "admin"])
        .write_stdin("after\n")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    let out = pg
        .with_config(&s, &cfg)
        .args(["secret-key", "rollback", &stamp])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(
        std::fs::read_to_string(cfg.join("secret_key")).unwrap(),
        pg.key
    );
    let out = pg.run(&s, &pg.url(), &["--json", "db", "check"], &pg.key);
    assert_eq!(code(&out), 0, "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["encrypted"]["total"], 19);
}
