//! Best-effort copy of a new secret to the clipboard. It never fails a
//! command: a box with no display just says so.
//!
//! On X11 and Wayland the clipboard is served by the process that set it, so
//! the text would vanish when flowadmin exits. A short-lived child (flowadmin
//! itself, started with [`SERVE_ENV`] set) keeps it served for [`SERVE_SECONDS`] and
//! then lets it go, so a secret does not linger. It is marked for exclusion
//! from clipboard history (KDE's and Windows' password-manager hint).

use std::io::{BufRead, Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long a copied secret stays on the clipboard (Linux).
pub const SERVE_SECONDS: u64 = 45;

/// Set (to the seconds to serve) in the clipboard child's environment; kept
/// out of the command line so it is no subcommand, completion or man page.
pub const SERVE_ENV: &str = "FLOWADMIN_INTERNAL_SERVE_CLIPBOARD";

/// In the clipboard child: serve and return its exit code. `None` elsewhere.
pub fn serve_if_child() -> Option<u8> {
    let seconds = std::env::var(SERVE_ENV)
        .ok()?
        .parse()
        .unwrap_or(SERVE_SECONDS);
    Some(serve(seconds))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Copied {
    Yes,
    /// Copied, and served this many seconds.
    ForSeconds(u64),
    Skipped,
    Unavailable(String),
}

impl std::fmt::Display for Copied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Copied::Yes => f.write_str("copied to the clipboard"),
            Copied::ForSeconds(s) => write!(f, "copied to the clipboard for {s} s"),
            Copied::Skipped => f.write_str("not copied (--no-clipboard)"),
            Copied::Unavailable(why) => write!(f, "not copied: no clipboard here ({why})"),
        }
    }
}

fn short_reason(err: arboard::Error) -> String {
    let text = err.to_string();
    let line = text
        .lines()
        .next()
        .unwrap_or("unavailable")
        .trim_end_matches('.');
    // arboard wraps most X11 failures in this prefix; the rest is the reason.
    let line = line
        .strip_prefix("Unknown error while interacting with the clipboard: ")
        .unwrap_or(line);
    line.chars().take(80).collect()
}

/// Copies `secret`, best effort.
pub fn copy_secret(secret: &str) -> Copied {
    let unix_desktop = cfg!(all(unix, not(target_os = "macos")));
    let has_display = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|d| !d.is_empty()));
    if unix_desktop && !has_display {
        return Copied::Unavailable("no display".into());
    }
    // No probe connection here on X11: a server with no other client (Xvfb,
    // a bare X session) resets when that probe disconnects, and the child
    // connecting during the reset fails. The child says why instead.
    if cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd"
    )) {
        serve_in_child(secret)
    } else {
        set_here(secret)
    }
}

#[cfg(not(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd"
)))]
fn set_here(secret: &str) -> Copied {
    let mut clipboard = match arboard::Clipboard::new() {
        Ok(c) => c,
        Err(e) => return Copied::Unavailable(short_reason(e)),
    };
    #[cfg(any(target_os = "windows", target_os = "macos"))]
    let set = {
        #[cfg(target_os = "macos")]
        use arboard::SetExtApple as _;
        #[cfg(target_os = "windows")]
        use arboard::SetExtWindows as _;
        clipboard.set().exclude_from_history().text(secret)
    };
    #[cfg(not(any(target_os = "windows", target_os = "macos")))]
    let set = clipboard.set_text(secret);
    match set {
        Ok(()) => Copied::Yes,
        Err(e) => Copied::Unavailable(short_reason(e)),
    }
}

#[cfg(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd"
))]
fn set_here(_secret: &str) -> Copied {
    unreachable!("Linux serves from a child")
}

/// Starts the child, hands it the secret on stdin, and waits (briefly) for
/// its word that the clipboard is set.
fn serve_in_child(secret: &str) -> Copied {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => return Copied::Unavailable(e.kind().to_string()),
    };
    let mut command = Command::new(exe);
    command
        .env(SERVE_ENV, SERVE_SECONDS.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    // Its own process group, so the terminal's hangup when the shell exits
    // does not take the clipboard with it.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let child = command.spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return Copied::Unavailable(e.kind().to_string()),
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(secret.as_bytes());
    }
    // One line back: "ok", or the reason it could not copy (the child keeps
    // that short). Anything else means the child died before it could say.
    // A display that accepts the connection and never answers (a stale
    // `ssh -X` forward) would block the child for ever: the wait is bounded.
    let (tx, rx) = std::sync::mpsc::channel();
    if let Some(stdout) = child.stdout.take() {
        std::thread::spawn(move || {
            let mut line = String::new();
            let read = std::io::BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(read.map(|_| line));
        });
    }
    let said = match rx.recv_timeout(ANSWER_WITHIN) {
        Ok(Ok(line)) => line.trim_end().to_owned(),
        Ok(Err(_)) | Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => String::new(),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            let _ = child.kill();
            let _ = child.wait();
            return Copied::Unavailable(format!(
                "the display did not answer within {} s",
                ANSWER_WITHIN.as_secs()
            ));
        }
    };
    if said == ACK {
        return Copied::ForSeconds(SERVE_SECONDS);
    }
    let _ = child.wait();
    Copied::Unavailable(match said.as_str() {
        "" => "the clipboard helper stopped".into(),
        why => why.into(),
    })
}

/// How long the clipboard helper has to say it set the clipboard.
const ANSWER_WITHIN: Duration = Duration::from_secs(3);

/// The child's word that the clipboard is set.
const ACK: &str = "ok";

/// Tells the parent why the child could not copy, as one line.
fn refuse(why: String) -> u8 {
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{}", why.replace('\n', " "));
    let _ = out.flush();
    1
}

/// The child's side: set the clipboard, say so on stdout, keep it served
/// until the deadline or until another program takes the clipboard.
pub fn serve(seconds: u64) -> u8 {
    let mut secret = zeroize::Zeroizing::new(String::new());
    if std::io::stdin().read_to_string(&mut secret).is_err() {
        return refuse("the secret did not reach the clipboard helper".into());
    }
    let mut clipboard = match arboard::Clipboard::new() {
        Ok(c) => c,
        Err(e) => return refuse(short_reason(e)),
    };
    #[cfg(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd"
    ))]
    {
        use arboard::SetExtLinux;
        // Set first (returns at once), then tell the parent, then keep serving.
        if let Err(e) = clipboard.set().exclude_from_history().text(secret.as_str()) {
            return refuse(short_reason(e));
        }
        let mut out = std::io::stdout();
        let _ = writeln!(out, "{ACK}");
        let _ = out.flush();
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let _ = clipboard
            .set()
            .exclude_from_history()
            .wait_until(deadline)
            .text(secret.as_str());
    }
    #[cfg(not(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd"
    )))]
    {
        let _ = (&mut clipboard, seconds);
    }
    0
}
