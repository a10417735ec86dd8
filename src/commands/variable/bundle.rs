//! What `variable export` and `variable import` share on both products: the
//! payload inside a sealed bundle, the passphrase, and reading and writing
//! the file. Sealing itself is `crypto::sealed`.

use std::io::{Read, Write};
use std::path::Path;

use zeroize::Zeroizing;

use crate::cli::PassphraseSource;
use crate::crypto::sealed::{self, SealError};
use crate::error::{Error, Result};
use crate::ui::context::Ctx;

/// The payload's content type (in the header and the payload).
pub const CONTENT: &str = "flowadmin.variables/1";

/// One variable, its value in the clear (zeroized when dropped).
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub owner: String,
    pub value: Zeroizing<String>,
    #[serde(default)]
    pub default_fields: Vec<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
}

#[derive(serde::Serialize, serde::Deserialize)]
pub struct Payload {
    pub content: String,
    /// Where it was exported from: `langflow` or `flowfile`, and the backend.
    pub product: String,
    pub backend: String,
    pub exported_at: String,
    pub variables: Vec<Entry>,
}

fn passphrase(ctx: &Ctx, source: &PassphraseSource, confirm: bool) -> Result<Zeroizing<String>> {
    let env = source
        .passphrase_env
        .as_deref()
        .map(|name| (name, ctx.settings.env().get(name)));
    crate::ui::prompt::passphrase(crate::ui::prompt::PassphraseSources {
        stdin: source.passphrase_stdin,
        env,
        confirm,
        interactive: ctx.term.interactive(),
    })
}

/// Checks where the bundle goes before anything is decrypted.
pub fn check_output(ctx: &Ctx, path: &Path, force: bool) -> Result<()> {
    if path == Path::new("-") {
        if ctx.out.stdout_is_tty {
            return Err(Error::usage("refusing to write a bundle to a terminal")
                .hint("give -o FILE, or pipe stdout into a file"));
        }
        return Ok(());
    }
    if path.is_dir() {
        return Err(Error::usage(format!("{} is a folder", path.display()))
            .hint("give -o the path of the bundle file to write"));
    }
    // A FIFO or character device (`/dev/null`, `>(gpg ...)`) is written
    // into, never replaced: no --force needed. Never the database or a key
    // file, even with --force; never a block device.
    let protected = crate::commands::protected_files(&ctx.settings, &[]);
    crate::outfile::check_export(path, force, &protected)
        .map_err(crate::commands::hints::export_refused)?;
    Ok(())
}

/// Seals `payload` and writes it (0600, atomically), or to stdout for `-`.
pub fn write(ctx: &Ctx, path: &Path, source: &PassphraseSource, payload: &Payload) -> Result<()> {
    let pass = passphrase(ctx, source, true)?;
    // Sized up front so serde_json never reallocates (and leaves copies of
    // plaintext in freed memory).
    let estimate: usize = payload
        .variables
        .iter()
        .map(|e| 2 * (e.value.len() + e.name.len() + e.owner.len()) + 256)
        .sum::<usize>()
        + 512;
    let mut plain = Zeroizing::new(Vec::with_capacity(estimate));
    serde_json::to_writer(&mut *plain, payload).expect("the payload serialises");
    let bundle = sealed::seal(pass.as_bytes(), CONTENT, &plain, sealed::DEFAULT_COST);
    drop(plain);
    if path == Path::new("-") {
        return write_stdout(&bundle);
    }
    if is_special(path) {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| Error::io(path.display(), e))?;
        return file
            .write_all(&bundle)
            .map_err(|e| Error::io(path.display(), e));
    }
    crate::keyfile::write_private(path, &bundle)?;
    // A replaced file kept its old mode: a bundle is always 0600.
    #[cfg(unix)]
    std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .map_err(|e| Error::io(path.display(), e))?;
    Ok(())
}

fn is_dev_null(file: &std::fs::File) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata("/dev/null")) {
        (Ok(a), Ok(b)) => {
            std::os::unix::fs::FileTypeExt::is_char_device(&a.file_type()) && a.rdev() == b.rdev()
        }
        _ => false,
    }
}

/// A path that exists and is neither a regular file nor a folder.
fn is_special(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// The bundle on stdout, which must really take it: the standard library
/// treats a closed descriptor (`>&-`) as a sink, and a reader that went
/// away (`| head -c 10`) is no quiet success here: the bundle did not
/// arrive, so either is an error (exit 1).
fn write_stdout(bundle: &[u8]) -> Result<()> {
    use std::os::fd::AsFd;
    let lost = |why: String| {
        Error::other(format!("the bundle could not be written to stdout: {why}"))
            .hint("redirect stdout into a file, or give -o FILE")
    };
    let fd = std::io::stdout()
        .as_fd()
        .try_clone_to_owned()
        .map_err(|_| lost("stdout is closed".into()))?;
    let mut file = std::fs::File::from(fd);
    // The runtime reopens a closed stdout on /dev/null before main: either
    // way the bundle would vanish.
    if is_dev_null(&file) {
        return Err(lost(
            "stdout is closed or /dev/null, so the bundle would be lost".into(),
        ));
    }
    file.write_all(bundle).map_err(|e| match e.kind() {
        std::io::ErrorKind::BrokenPipe => lost("the reader closed the pipe before the end".into()),
        _ => lost(crate::error::io_reason(&e)),
    })
}

/// Reads and opens a bundle: a wrong passphrase, a changed byte or a cut
/// file is a key error (exit 5), before anything is written.
pub fn read(ctx: &Ctx, path: &Path, source: &PassphraseSource) -> Result<Payload> {
    let bytes = if path == Path::new("-") {
        if source.passphrase_stdin {
            return Err(
                Error::usage("the bundle and the passphrase cannot both come from stdin")
                    .hint("give the bundle's path, or the passphrase with --passphrase-env VAR"),
            );
        }
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("stdin", e))?;
        bytes
    } else {
        std::fs::read(path).map_err(|e| Error::io(format!("the bundle {}", path.display()), e))?
    };
    // Opened (and so authenticated) before anything in it is believed.
    sealed::header(&bytes).map_err(|e| bad_bundle(path, e))?;
    let pass = passphrase(ctx, source, false)?;
    let (header, plain) = sealed::open(pass.as_bytes(), &bytes).map_err(|e| bad_bundle(path, e))?;
    if header.content != CONTENT {
        return Err(Error::usage(format!(
            "{} holds {:?}, not variables",
            path.display(),
            header.content
        ))
        .hint("give a bundle made by `flowadmin variable export`"));
    }
    let payload: Payload = serde_json::from_slice(&plain).map_err(|_| {
        Error::usage(format!(
            "{} opened, but its payload is not a variable list",
            path.display()
        ))
        .hint("give a bundle made by `flowadmin variable export`")
    })?;
    if payload.content != CONTENT {
        return Err(Error::usage(format!(
            "{} holds {:?}, not variables",
            path.display(),
            payload.content
        ))
        .hint("give a bundle made by `flowadmin variable export`"));
    }
    Ok(payload)
}

fn bad_bundle(path: &Path, e: SealError) -> Error {
    let what = format!("{}: {e}", path.display());
    match e {
        SealError::DoesNotOpen => Error::key(format!("{what}; nothing was written"))
            .hint("check the passphrase; if it is right, the file was damaged: export it again"),
        // A changed or cut file is refused like a wrong passphrase (exit 5).
        SealError::NotABundle | SealError::Malformed(_) => {
            Error::key(format!("{what}; nothing was written"))
                .hint("give a bundle made by `flowadmin variable export`, whole and unchanged")
        }
        SealError::Unsupported(_) | SealError::TooCostly(..) => {
            Error::unsupported(what).hint("open it with the flowadmin that made it")
        }
    }
}

/// Names selected by `--name` globs (none: all).
pub fn name_filter(globs: &[String]) -> Result<impl Fn(&str) -> bool> {
    let patterns = globs
        .iter()
        .map(|g| {
            glob::Pattern::new(g).map_err(|e| {
                Error::usage(format!("--name {g:?} is not a glob ({e})")).hint("use *, ? and [abc]")
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(move |name: &str| patterns.is_empty() || patterns.iter().any(|p| p.matches(name)))
}

pub fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
