//! `db locate` under each resolution rule, driving the real binary.

mod common;

use common::*;

fn locate(scratch: &Scratch, args: &[&str], envs: &[(&str, &str)]) -> serde_json::Value {
    let out = scratch
        .cmd()
        .args(args)
        .args(["--json", "db", "locate"])
        .envs(envs.iter().copied())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    json_of(&out)
}

#[test]
fn db_flag_wins_over_everything() {
    let s = Scratch::fixture("langflow-1.13-basic");
    let url = format!("sqlite:////{}/other.db", s.path().display());
    let j = locate(
        &s,
        &["--db", "langflow.db"],
        &[("LANGFLOW_DATABASE_URL", url.as_str())],
    );
    assert_eq!(j["database"]["location"], s.db.display().to_string());
    assert_eq!(j["database"]["exists"], true);
    assert_eq!(j["database"]["decided_by"], "the --db flag");
}

#[test]
fn database_url_relative_and_absolute_forms() {
    let s = Scratch::empty();
    std::fs::create_dir(s.path().join("data")).unwrap();
    let j = locate(
        &s,
        &[],
        &[("LANGFLOW_DATABASE_URL", "sqlite:///data/lf.db")],
    );
    assert_eq!(
        j["database"]["location"],
        s.path().join("data/lf.db").display().to_string()
    );
    assert_eq!(j["database"]["exists"], false);
    assert_eq!(
        j["database"]["decided_by"],
        "LANGFLOW_DATABASE_URL in the environment"
    );
    assert!(j["database"]["note"].as_str().unwrap().contains("relative"));

    let abs = format!("sqlite:///{}/abs.db", s.path().display());
    let j = locate(&s, &[], &[("LANGFLOW_DATABASE_URL", abs.as_str())]);
    assert_eq!(
        j["database"]["location"],
        s.path().join("abs.db").display().to_string()
    );
    assert_eq!(j["database"]["note"], serde_json::Value::Null);
}

#[test]
fn env_file_overrides_the_environment() {
    let s = Scratch::empty();
    let env_file = s.path().join("prod.env");
    std::fs::write(
        &env_file,
        "# Langflow settings\nLANGFLOW_DATABASE_URL=sqlite:///from-file.db\nLANGFLOW_CONFIG_DIR=cfg-from-file\n",
    )
    .unwrap();
    let j = locate(
        &s,
        &["--env-file", "prod.env"],
        &[
            ("LANGFLOW_DATABASE_URL", "sqlite:///from-env.db"),
            ("LANGFLOW_CONFIG_DIR", "/nowhere"),
        ],
    );
    assert_eq!(
        j["database"]["location"],
        s.path().join("from-file.db").display().to_string()
    );
    assert!(
        j["database"]["decided_by"]
            .as_str()
            .unwrap()
            .contains("prod.env")
    );
    assert_eq!(
        j["config_dir"]["path"],
        s.path().join("cfg-from-file").display().to_string()
    );
    // FLOWADMIN_ENV_FILE does the same as --env-file.
    let j = locate(
        &s,
        &[],
        &[("FLOWADMIN_ENV_FILE", env_file.to_str().unwrap())],
    );
    assert_eq!(
        j["database"]["location"],
        s.path().join("from-file.db").display().to_string()
    );
}

#[test]
fn config_dir_default_honours_xdg_cache_home() {
    let s = Scratch::empty();
    let xdg = s.path().join("xdg");
    let j = locate(
        &s,
        &[],
        &[
            ("XDG_CACHE_HOME", xdg.to_str().unwrap()),
            ("LANGFLOW_SAVE_DB_IN_CONFIG_DIR", "1"),
        ],
    );
    assert_eq!(
        j["config_dir"]["path"],
        xdg.join("langflow").display().to_string()
    );
    assert_eq!(
        j["config_dir"]["exists"], false,
        "locate must not create the config dir"
    );
    assert!(!xdg.exists());
    let j = locate(&s, &[], &[("LANGFLOW_SAVE_DB_IN_CONFIG_DIR", "YES")]);
    assert_eq!(
        j["config_dir"]["path"],
        s.path().join(".cache/langflow").display().to_string()
    );
}

#[test]
fn save_db_in_config_dir_puts_the_database_there() {
    let s = Scratch::empty();
    let cfg = s.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    let j = locate(
        &s,
        &["--config-dir", cfg.to_str().unwrap()],
        &[
            ("LANGFLOW_SAVE_DB_IN_CONFIG_DIR", "true"),
            ("LANGFLOW_CONFIG_DIR", "/ignored"),
        ],
    );
    assert_eq!(
        j["database"]["location"],
        cfg.join("langflow.db").display().to_string()
    );
    assert_eq!(
        j["database"]["decided_by"],
        "LANGFLOW_SAVE_DB_IN_CONFIG_DIR in the environment"
    );
    assert_eq!(j["config_dir"]["decided_by"], "the --config-dir flag");
}

#[test]
fn local_langflow_db_is_used_until_langflow_copies_it() {
    let s = Scratch::fixture("langflow-1.13-basic"); // ./langflow.db in the cwd
    let cfg = s.path().join("cfg");
    let j = locate(
        &s,
        &["--config-dir", cfg.to_str().unwrap()],
        &[("LANGFLOW_SAVE_DB_IN_CONFIG_DIR", "true")],
    );
    assert_eq!(j["database"]["location"], s.db.display().to_string());
    assert!(
        j["database"]["note"]
            .as_str()
            .unwrap()
            .contains("copies ./langflow.db")
    );
}

#[test]
fn installed_package_directory_is_asked_of_python() {
    let s = Scratch::empty();
    let pkg = s.path().join("site/langflow");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(
        pkg.join("__init__.py"),
        "raise SystemExit('must not be imported')\n",
    )
    .unwrap();
    let site = s.path().join("site");
    let j = locate(&s, &[], &[("PYTHONPATH", site.to_str().unwrap())]);
    let expected = pkg.canonicalize().unwrap().join("langflow.db");
    assert_eq!(j["database"]["location"], expected.display().to_string());
    assert!(
        j["database"]["decided_by"]
            .as_str()
            .unwrap()
            .contains("installed langflow package")
    );
}

#[test]
fn no_langflow_package_is_a_clear_not_found() {
    let s = Scratch::empty();
    let out = s
        .cmd()
        .args(["db", "locate"])
        .env("FLOWADMIN_PYTHON", "python3")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = stderr_of(&out);
    assert!(
        err.contains("no langflow package installed") && err.contains("--db"),
        "{err}"
    );
    // The rest is still shown.
    assert!(stdout_of(&out).contains("config dir"));
}

#[test]
fn secret_key_source_is_named_but_never_shown() {
    let s = Scratch::empty();
    let cfg = s.path().join("cfg");
    std::fs::create_dir(&cfg).unwrap();
    let key = fixture_key("langflow-1.13-basic");
    let base = ["--db", "x.db", "--config-dir", cfg.to_str().unwrap()];

    let j = locate(&s, &base, &[]);
    assert_eq!(j["secret_key"]["source"], "missing");
    std::fs::write(cfg.join("secret_key"), &key).unwrap();
    let j = locate(&s, &base, &[]);
    assert_eq!(j["secret_key"]["source"], "file");
    assert_eq!(
        j["secret_key"]["file"],
        cfg.join("secret_key").display().to_string()
    );

    for json in [true, false] {
        let mut cmd = s.cmd();
        cmd.args(base).env("LANGFLOW_SECRET_KEY", &key);
        if json {
            cmd.arg("--json");
        }
        let out = cmd.args(["db", "locate"]).output().unwrap();
        let text = stdout_of(&out) + &stderr_of(&out);
        assert!(text.contains("LANGFLOW_SECRET_KEY"), "{text}");
        assert!(!text.contains(&key), "the key must never be printed");
    }
}

#[test]
fn postgres_url_password_is_masked() {
    let s = Scratch::empty();
    let out = s
        .cmd()
        .args(["db", "locate"])
        .env(
            "LANGFLOW_DATABASE_URL",
            "postgresql://langflow:hunter2@db.internal:5432/langflow",
        )
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = stdout_of(&out);
    assert!(
        text.contains("postgresql://langflow:***@db.internal:5432/langflow"),
        "{text}"
    );
    assert!(!text.contains("hunter2"));
}

/// A venv (made by the real `python3 -m venv`) holding a `langflow`
/// package, in a scratch folder.
fn venv_with_langflow(s: &Scratch) -> std::path::PathBuf {
    let venv = s.path().join("venv");
    let out = std::process::Command::new("python3")
        .args(["-m", "venv", "--without-pip"])
        .arg(&venv)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let lib: Vec<_> = std::fs::read_dir(venv.join("lib"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let pkg = lib[0].join("site-packages/langflow");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(
        pkg.join("__init__.py"),
        "raise SystemExit('must not be imported')\n",
    )
    .unwrap();
    venv
}

fn decided(j: &serde_json::Value) -> (String, String) {
    (
        j["database"]["location"].as_str().unwrap().to_owned(),
        j["database"]["decided_by"].as_str().unwrap().to_owned(),
    )
}

#[test]
fn a_virtual_environment_is_read_without_python_and_agrees_with_python() {
    let s = Scratch::empty();
    let venv = venv_with_langflow(&s);
    let v = venv.to_str().unwrap();
    let (fast, how) = decided(&locate(&s, &[], &[("VIRTUAL_ENV", v)]));
    assert!(
        how.contains("without running Python") && how.contains("VIRTUAL_ENV"),
        "{how}"
    );
    let (asked, how) = decided(&locate(
        &s,
        &[],
        &[("VIRTUAL_ENV", v), ("FLOWADMIN_LOCATE", "python")],
    ));
    assert!(how.contains("found by"), "{how}");
    assert_eq!(fast, asked, "the same answer as Python's find_spec");
    assert!(
        fast.ends_with("site-packages/langflow/langflow.db"),
        "{fast}"
    );
    // No interpreter is run: with the venv's python gone the answer stands.
    std::fs::remove_file(venv.join("bin/python")).unwrap();
    let (gone, _) = decided(&locate(&s, &[], &[("VIRTUAL_ENV", v)]));
    assert_eq!(gone, fast);
}

#[test]
fn the_langflow_command_on_path_names_the_interpreter() {
    let s = Scratch::empty();
    let venv = venv_with_langflow(&s);
    let script = venv.join("bin/langflow");
    std::fs::write(
        &script,
        format!(
            "#!{}\nimport sys\nsys.exit(1)\n",
            venv.join("bin/python").display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        venv.join("bin").display(),
        std::env::var("PATH").unwrap()
    );
    let (fast, how) = decided(&locate(&s, &[], &[("PATH", &path)]));
    assert!(
        how.contains("the interpreter of") && how.contains("without running Python"),
        "{how}"
    );
    let (asked, _) = decided(&locate(
        &s,
        &[],
        &[("PATH", &path), ("FLOWADMIN_LOCATE", "python")],
    ));
    assert_eq!(fast, asked);
}

#[test]
fn a_user_site_package_of_a_system_interpreter_agrees_with_python() {
    let s = Scratch::empty();
    // The real interpreter behind python3 (not a shim), and its X.Y.
    let out = std::process::Command::new("python3")
        .args(["-c", "import sys, os; print(os.path.realpath(sys.executable)); print('%d.%d' % sys.version_info[:2])"])
        .output()
        .unwrap();
    let text = stdout_of(&out);
    let mut lines = text.lines();
    let (python, version) = (
        lines.next().unwrap().to_owned(),
        lines.next().unwrap().to_owned(),
    );
    let pkg = s
        .path()
        .join(format!(".local/lib/python{version}/site-packages/langflow"));
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(pkg.join("__init__.py"), "").unwrap();
    let envs = [("FLOWADMIN_PYTHON", python.as_str())];
    let (fast, how) = decided(&locate(&s, &[], &envs));
    assert!(how.contains("without running Python"), "{how}");
    let (asked, _) = decided(&locate(&s, &[], &[envs[0], ("FLOWADMIN_LOCATE", "python")]));
    assert_eq!(fast, asked);
    assert_eq!(
        fast,
        pkg.canonicalize()
            .unwrap()
            .join("langflow.db")
            .display()
            .to_string()
    );
    // A namespace package (no __init__.py) is left to Python, which agrees.
    std::fs::remove_file(pkg.join("__init__.py")).unwrap();
    let (ns, how) = decided(&locate(&s, &[], &envs));
    assert!(how.contains("found by"), "{how}");
    assert_eq!(ns, fast);
}
