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
