//! Shared helpers: run the real binary in a clean environment on temp copies
//! of the fixture databases (tests/fixtures, made by real Langflow).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use sha2::{Digest, Sha256};
use tempfile::TempDir;

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The secret key of a fixture, exactly as stored (no trailing newline).
pub fn fixture_key(name: &str) -> String {
    std::fs::read_to_string(fixtures().join(format!("{name}.secret_key"))).unwrap()
}

/// The rich fixture's variables, from its credentials file: (owner, name,
/// type, value).
pub fn rich_variables() -> Vec<(String, String, String, String)> {
    let text =
        std::fs::read_to_string(fixtures().join("langflow-1.13-rich.credentials.txt")).unwrap();
    let section = text.split("[variables]").nth(1).unwrap();
    section
        .lines()
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .map(|l| {
            let (left, value) = l.split_once(" = ").unwrap();
            let parts: Vec<&str> = left.split(" / ").map(str::trim).collect();
            (
                parts[0].into(),
                parts[2].into(),
                parts[1].into(),
                value.trim().into(),
            )
        })
        .collect()
}

/// A scratch folder holding a writable copy of a fixture database.
pub struct Scratch {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Scratch {
    pub fn empty() -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("langflow.db");
        Scratch { dir, db }
    }

    pub fn fixture(name: &str) -> Scratch {
        let scratch = Scratch::empty();
        std::fs::copy(fixtures().join(format!("{name}.db")), &scratch.db).unwrap();
        scratch
    }

    /// A scratch folder holding a `db init` database: Langflow 1.13's
    /// tables, no rows.
    pub fn initialized() -> Scratch {
        let s = Scratch::empty();
        let out = s
            .cmd()
            .args(["db", "init", "langflow.db"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        s
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `flowadmin --db langflow.db ARGS`, fed `stdin`, with extra environment.
    pub fn run(
        &self,
        args: &[&str],
        stdin: impl AsRef<[u8]>,
        envs: &[(&str, &str)],
    ) -> std::process::Output {
        self.cmd()
            .args(["--db", "langflow.db"])
            .args(args)
            .envs(envs.iter().copied())
            .write_stdin(stdin.as_ref().to_vec())
            .output()
            .unwrap()
    }

    /// A command with no inherited LANGFLOW_*/FLOWADMIN_* settings, HOME in
    /// the scratch folder and the current directory there too.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("flowadmin").unwrap();
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .current_dir(self.path());
        cmd
    }
}

/// SHA-256 of a file, to prove a command changed nothing.
pub fn digest(path: &Path) -> Vec<u8> {
    Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

/// The files in a folder, to prove no -wal/-shm or temp file was left.
pub fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn json_of(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout_of(output)))
}

/// Builds a database with `n` encrypted values (credential variables and API
/// keys) under `key`, fast, from a `db init` schema.
pub fn big_database(dir: &Path, key: &str, n: usize) -> PathBuf {
    let db = dir.join("big.db");
    let out = assert_cmd::Command::cargo_bin("flowadmin")
        .unwrap()
        .args(["db", "init"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success());
    let ring = flowadmin::crypto::SecretKey::new(key).keyring().unwrap();
    let mut conn = rusqlite::Connection::open(&db).unwrap();
    let tx = conn.transaction().unwrap();
    tx.execute(
        "INSERT INTO user (id, username, password, is_active, is_superuser, create_at, updated_at) \
         VALUES ('00000000000000000000000000000001', 'bulk', 'x', 1, 1, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')",
        [],
    )
    .unwrap();
    {
        let mut var = tx
            .prepare("INSERT INTO variable (id, name, value, type, user_id, default_fields) VALUES (?1, ?2, ?3, 'Credential', '00000000000000000000000000000001', '[]')")
            .unwrap();
        let mut key_row = tx
            .prepare("INSERT INTO apikey (id, name, created_at, total_uses, is_active, api_key, user_id) VALUES (?1, ?2, '2026-01-01 00:00:00.000000', 0, 1, ?3, '00000000000000000000000000000001')")
            .unwrap();
        for i in 0..n {
            let id = format!("{:032x}", i + 2);
            let token = ring.encrypt(format!("value-{i}").as_bytes());
            if i % 10 == 0 {
                key_row
                    .execute(rusqlite::params![id, format!("k{i}"), token])
                    .unwrap();
            } else {
                var.execute(rusqlite::params![id, format!("V{i}"), token])
                    .unwrap();
            }
        }
    }
    tx.commit().unwrap();
    db
}

/// The exit code (a panic would be 101: tests assert it never is).
pub fn code(out: &std::process::Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// (values, values that open) with this key, read by flowadmin's own check logic.
pub fn opened_with(db: &Path, key: &str) -> (usize, usize) {
    let db = flowadmin::storage::Database::open_read_only(db).unwrap();
    let ring = flowadmin::crypto::SecretKey::new(key).keyring().unwrap();
    let v = flowadmin::integrity::verify(&ring, &db).unwrap();
    (v.total, v.total - v.failed.len())
}

/// Runs a command on a pseudo-terminal until it exits (or `limit` passes,
/// which fails the test: a command that waits for ever is a bug) and returns
/// what the terminal showed.
pub fn on_terminal(cmd: std::process::Command, limit: std::time::Duration) -> String {
    use expectrl::{Eof, Expect, Session};
    let mut p = Session::spawn(cmd).unwrap();
    p.set_expect_timeout(Some(limit));
    let found = p
        .expect(Eof)
        .unwrap_or_else(|e| panic!("the command did not finish within {limit:?}: {e}"));
    let mut screen = found.before().to_vec();
    for m in found.matches() {
        screen.extend_from_slice(m);
    }
    String::from_utf8_lossy(&screen).into_owned()
}

/// Whether the tests run as root (needed to act as another user).
pub fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Gives a path (recursively) to nobody:nogroup.
pub fn give_to_nobody(path: &Path) {
    let status = std::process::Command::new("chown")
        .args(["-R", "65534:65534"])
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// flowadmin run as nobody (through setpriv), in a clean environment.
pub fn as_nobody(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new("setpriv");
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(assert_cmd::cargo::cargo_bin("flowadmin"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", dir)
        .current_dir(dir);
    cmd
}

/// (uid, gid, mode bits) of a file.
pub fn owner_of(path: &Path) -> (u32, u32, u32) {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).unwrap();
    (m.uid(), m.gid(), m.mode() & 0o7777)
}

/// The rich fixture with its key in `<scratch>/cfg/secret_key`, and the
/// commands run against it with that config dir.
pub struct Rich {
    pub s: Scratch,
    pub cfg: PathBuf,
    pub key: String,
}

impl Rich {
    pub fn new() -> Rich {
        let s = Scratch::fixture("langflow-1.13-rich");
        let cfg = s.path().join("cfg");
        std::fs::create_dir(&cfg).unwrap();
        let key = fixture_key("langflow-1.13-rich");
        std::fs::write(cfg.join("secret_key"), &key).unwrap();
        Rich { s, cfg, key }
    }

    /// `flowadmin --db langflow.db` with LANGFLOW_CONFIG_DIR set.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.s.cmd();
        cmd.args(["--db", "langflow.db"])
            .env("LANGFLOW_CONFIG_DIR", &self.cfg);
        cmd
    }

    pub fn run(&self, args: &[&str], stdin: &str, envs: &[(&str, &str)]) -> std::process::Output {
        self.cmd()
            .args(args)
            .envs(envs.iter().copied())
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap()
    }

    /// The same as a plain process (for a pseudo-terminal or a redirected
    /// stdout): `flowadmin --db langflow.db ARGS`, clean environment, HOME
    /// and LANGFLOW_CONFIG_DIR set.
    pub fn process(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("flowadmin"));
        cmd.args(["--db", "langflow.db"])
            .args(args)
            .current_dir(self.s.path())
            .env_clear()
            .env("HOME", self.s.path())
            .env("LANGFLOW_CONFIG_DIR", &self.cfg);
        cmd
    }

    /// What `secret_key` holds now.
    pub fn key_file(&self) -> String {
        std::fs::read_to_string(self.cfg.join("secret_key")).unwrap()
    }

    /// Whether `key` opens every encrypted value of the database.
    pub fn all_open_with(&self, key: &str) -> bool {
        let (total, open) = opened_with(&self.s.db, key);
        total > 0 && total == open
    }
}

// PostgreSQL: a fresh database holding the rich fixture per test.

pub fn pg_fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/postgres")
}

/// The admin URL, or None (and a visible SKIPPED line) without a server.
pub fn admin_url(test: &str) -> Option<String> {
    match std::env::var("FLOWADMIN_TEST_PG_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {test}: no PostgreSQL server (set FLOWADMIN_TEST_PG_URL, as .ci/run does)"
            );
            None
        }
    }
}

pub const ROLE: &str = "flowadmin_test";
pub const ROLE_PASSWORD: &str = "fa-test-Pw-7";

/// A fresh database holding the rich fixture, dropped at the end.
pub struct PgRich {
    pub admin: String,
    pub name: String,
    pub port: u16,
    pub key: String,
}

impl PgRich {
    pub fn new(admin: &str) -> PgRich {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let name = format!(
            "rich_{}_{}",
            std::process::id(),
            N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        );
        let mut client = postgres::Client::connect(admin, postgres::NoTls).unwrap();
        // The role may exist from another test of this run.
        client
            .batch_execute(&format!(
                "DO $$ BEGIN CREATE ROLE {ROLE} LOGIN PASSWORD '{ROLE_PASSWORD}'; \
                 EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;"
            ))
            .unwrap();
        client
            .batch_execute(&format!("CREATE DATABASE {name} OWNER {ROLE}"))
            .unwrap();
        let port = admin
            .rsplit_once(':')
            .and_then(|(_, p)| p.split('/').next())
            .unwrap()
            .parse()
            .unwrap();
        let rich = PgRich {
            admin: admin.to_owned(),
            name,
            port,
            key: std::fs::read_to_string(pg_fixtures().join("langflow-1.13-rich.secret_key"))
                .unwrap(),
        };
        let mut owner = postgres::Client::connect(&rich.url(), postgres::NoTls).unwrap();
        let sql =
            std::fs::read_to_string(pg_fixtures().join("langflow-1.13-rich.inserts.sql")).unwrap();
        owner.batch_execute(&sql).unwrap();
        rich
    }

    /// A plaintext from the fixture's credentials file: what follows
    /// `prefix` on the first line that starts with it.
    pub fn credential(prefix: &str) -> String {
        std::fs::read_to_string(pg_fixtures().join("langflow-1.13-rich.credentials.txt"))
            .unwrap()
            .lines()
            .find_map(|l| l.strip_prefix(prefix))
            .unwrap_or_else(|| panic!("no {prefix:?} in the credentials"))
            .trim()
            .to_owned()
    }

    /// flowadmin against this database, with its secret key.
    pub fn cmd(&self, s: &Scratch) -> Command {
        let mut cmd = s.cmd();
        cmd.env("LANGFLOW_DATABASE_URL", self.url())
            .env("LANGFLOW_SECRET_KEY", &self.key);
        cmd
    }

    pub fn url(&self) -> String {
        format!(
            "postgresql://{ROLE}:{ROLE_PASSWORD}@127.0.0.1:{}/{}",
            self.port, self.name
        )
    }

    pub fn run(&self, s: &Scratch, url: &str, args: &[&str], key: &str) -> std::process::Output {
        s.cmd()
            .args(args)
            .env("LANGFLOW_DATABASE_URL", url)
            .env("LANGFLOW_SECRET_KEY", key)
            .output()
            .unwrap()
    }
}

impl PgRich {
    /// Every row of the tables flowadmin writes, as text: to prove nothing changed.
    pub fn snapshot(&self) -> Vec<String> {
        let mut client = postgres::Client::connect(&self.url(), postgres::NoTls).unwrap();
        let mut all = Vec::new();
        for table in ["\"user\"", "apikey", "variable", "folder"] {
            let rows = client
                .query(&format!("SELECT t::text FROM {table} t ORDER BY 1"), &[])
                .unwrap();
            all.extend(rows.iter().map(|r| r.get::<_, String>(0)));
        }
        all
    }
}

impl PgRich {
    /// A client of this database, as the fixture's role.
    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url(), postgres::NoTls).unwrap()
    }

    /// A config dir in `s` whose secret_key holds `key`.
    pub fn config_dir(s: &Scratch, key: &str) -> PathBuf {
        let cfg = s.path().join("cfg");
        std::fs::create_dir_all(&cfg).unwrap();
        std::fs::write(cfg.join("secret_key"), key).unwrap();
        cfg
    }

    /// flowadmin on this database with the key read from `cfg/secret_key`
    /// (no key in the environment), as a key rotation runs.
    pub fn with_config(&self, s: &Scratch, cfg: &Path) -> Command {
        let mut cmd = s.cmd();
        cmd.env("LANGFLOW_DATABASE_URL", self.url())
            .env("LANGFLOW_CONFIG_DIR", cfg);
        cmd
    }

    /// Adds `n` Credential variables encrypted with `key`, owned by a new
    /// superuser `bulk` (for rotations large enough to kill mid-way).
    pub fn add_bulk(&self, key: &str, n: usize) {
        let ring = flowadmin::crypto::SecretKey::new(key).keyring().unwrap();
        let mut client = self.client();
        let mut tx = client.transaction().unwrap();
        let owner = uuid::Uuid::new_v4();
        tx.execute(
            "INSERT INTO \"user\" (id, username, password, is_active, is_superuser, create_at, updated_at) \
             VALUES ($1, 'bulk', 'x', true, true, now(), now())",
            &[&owner],
        )
        .unwrap();
        for start in (0..n).step_by(5_000) {
            let end = (start + 5_000).min(n);
            let ids: Vec<uuid::Uuid> = (start..end).map(|_| uuid::Uuid::new_v4()).collect();
            let names: Vec<String> = (start..end).map(|i| format!("BULK_{i}")).collect();
            let values: Vec<String> = (start..end)
                .map(|i| ring.encrypt(format!("value-{i}").as_bytes()))
                .collect();
            tx.execute(
                "INSERT INTO variable (id, name, value, type, user_id, default_fields, created_at) \
                 SELECT i, n, v, 'Credential', $4, '[]'::json, now() FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(i, n, v)",
                &[&ids, &names, &values, &owner],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }

    /// Waits (up to 20 s) until no session is connected to this database:
    /// a killed flowadmin's session ends when the server notices.
    pub fn wait_until_alone(&self) {
        let mut admin = postgres::Client::connect(&self.admin, postgres::NoTls).unwrap();
        for _ in 0..200 {
            let n: i64 = admin
                .query_one(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = $1",
                    &[&self.name],
                )
                .unwrap()
                .get(0);
            if n == 0 {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!("sessions stayed connected to {}", self.name);
    }
}

impl Drop for PgRich {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}
