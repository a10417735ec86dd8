//! #25 item 4: PostgreSQL faults at each step of a session. A proxy between
//! flowadmin and the real server cuts the connection, or goes silent, at
//! the startup, the TLS handshake, the authentication, the first statement
//! (the COMMIT has its own test in tests/hostile22.rs, item 11). Every
//! rotation ends on its own within its documented bound with exit 6 and one
//! error line, and nothing is lost: the database is as it was and the next
//! command, straight to the server, finds every value under the old key.

mod common;

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;

/// Where in the session the fault strikes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    /// The client's first bytes (the startup or TLS request).
    Startup,
    /// The TLS handshake (after the server said it speaks TLS).
    Tls,
    /// The server's authentication request.
    Auth,
    /// The first statement after the session is ready.
    Statement,
}

/// What the fault is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum How {
    /// Both connections closed.
    Cut,
    /// Nothing passes any more; the connections stay open.
    Silent,
}

#[derive(Default)]
struct Seen {
    client_chunks: usize,
    ready: bool,
    tripped: bool,
}

/// Whether this chunk trips the fault (`from_client`: its direction).
fn trips(step: Step, seen: &mut Seen, from_client: bool, chunk: &[u8]) -> bool {
    if from_client {
        seen.client_chunks += 1;
    } else if chunk.windows(6).any(|w| w == b"Z\0\0\0\x05I") {
        seen.ready = true;
        return false;
    }
    match step {
        Step::Startup => from_client,
        Step::Tls => from_client && seen.client_chunks == 2,
        Step::Auth => !from_client && chunk.first() == Some(&b'R'),
        Step::Statement => from_client && seen.ready,
    }
}

/// A proxy to the server on `upstream` that injects the fault: its port,
/// and its connections (closed when it is dropped, so a silent session
/// does not outlive its case).
struct Proxy {
    port: u16,
    open: Arc<Mutex<Vec<TcpStream>>>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        for s in self.open.lock().unwrap().iter() {
            let _ = s.shutdown(Shutdown::Both);
        }
    }
}

fn fault_proxy(upstream: u16, step: Step, how: How) -> Proxy {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let open = Arc::new(Mutex::new(Vec::new()));
    let held = open.clone();
    std::thread::spawn(move || {
        for client in listener.incoming().take(8) {
            let Ok(client) = client else { continue };
            let server = TcpStream::connect(("127.0.0.1", upstream)).unwrap();
            let mut h = held.lock().unwrap();
            h.push(client.try_clone().unwrap());
            h.push(server.try_clone().unwrap());
            drop(h);
            let seen = Arc::new(Mutex::new(Seen::default()));
            for (from_client, mut from, mut to) in [
                (
                    true,
                    client.try_clone().unwrap(),
                    server.try_clone().unwrap(),
                ),
                (
                    false,
                    server.try_clone().unwrap(),
                    client.try_clone().unwrap(),
                ),
            ] {
                let seen = seen.clone();
                let both = (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || {
                    let mut buf = [0u8; 65536];
                    while let Ok(n) = from.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        let mut s = seen.lock().unwrap();
                        if !s.tripped && trips(step, &mut s, from_client, &buf[..n]) {
                            s.tripped = true;
                            if how == How::Cut {
                                let _ = both.0.shutdown(Shutdown::Both);
                                let _ = both.1.shutdown(Shutdown::Both);
                                return;
                            }
                        }
                        if s.tripped {
                            continue; // silent: read and drop
                        }
                        drop(s);
                        if to.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                });
            }
        }
    });
    Proxy { port, open }
}

#[test]
fn a_fault_at_any_step_ends_the_command_in_bound_and_loses_nothing() {
    let Some(admin) = admin_url("a_fault_at_any_step_ends_the_command_in_bound_and_loses_nothing")
    else {
        return;
    };
    let tls = std::env::var("FLOWADMIN_TEST_PG_CA").is_ok();
    let pg = PgRich::new(&admin);
    let before = pg.snapshot();
    for step in [Step::Startup, Step::Tls, Step::Auth, Step::Statement] {
        if step == Step::Tls && !tls {
            eprintln!("SKIPPED the TLS step: the test server speaks no TLS (no openssl)");
            continue;
        }
        for how in [How::Cut, How::Silent] {
            let s = Scratch::empty();
            let cfg = PgRich::config_dir(&s, &pg.key);
            let proxy = fault_proxy(pg.port, step, how);
            let sslmode = if step == Step::Tls {
                "require"
            } else {
                "disable"
            };
            let url = format!(
                "{}?sslmode={sslmode}&connect_timeout=3",
                pg.url()
                    .replace(&format!(":{}/", pg.port), &format!(":{}/", proxy.port))
            );
            let started = Instant::now();
            let out = s
                .cmd()
                .env("LANGFLOW_DATABASE_URL", &url)
                .env("LANGFLOW_CONFIG_DIR", &cfg)
                .env("FLOWADMIN_PG_TIMEOUT", "2")
                .args(["secret-key", "rotate", "--no-backup"])
                .timeout(Duration::from_secs(60))
                .output()
                .unwrap();
            let took = started.elapsed();
            eprintln!(
                "{step:?}/{how:?}: exit {:?} in {took:.1?}",
                out.status.code()
            );
            let err = stderr_of(&out);
            assert_eq!(code(&out), 6, "{step:?}/{how:?} after {took:?}: {err}");
            assert_eq!(
                err.lines().filter(|l| l.starts_with("error:")).count(),
                1,
                "{step:?}/{how:?}: {err}"
            );
            // Bounded: connect_timeout (3 s) or FLOWADMIN_PG_TIMEOUT (2 s),
            // with room for a loaded machine, far from assert_cmd's 60 s.
            assert!(took < Duration::from_secs(30), "{step:?}/{how:?}: {took:?}");
            assert_eq!(
                pg.snapshot(),
                before,
                "{step:?}/{how:?} changed the database"
            );
            assert_eq!(
                std::fs::read_to_string(cfg.join("secret_key")).unwrap(),
                pg.key,
                "{step:?}/{how:?}: the key changed"
            );
            let t = Instant::now();
            let check = pg
                .with_config(&s, &cfg)
                .args(["secret-key", "check"])
                .output()
                .unwrap();
            eprintln!("  check {:?} in {:.1?}", check.status.code(), t.elapsed());
            assert_eq!(code(&check), 0, "{step:?}/{how:?}: {}", stderr_of(&check));
        }
    }
}
