//! Files that hold keys: written atomically (temp file in the same folder,
//! fsync, rename, fsync the folder) with mode 0600, and the one-line rewrite
//! of `LANGFLOW_SECRET_KEY` in a `.env` file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// `<config dir>/secret_key.new`: the next key, before it replaces `secret_key`.
pub fn pending_path(key_file: &Path) -> PathBuf {
    sibling(key_file, ".new")
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut os = path.as_os_str().to_owned();
    os.push(suffix);
    PathBuf::from(os)
}

/// A UTC timestamp for backup names, e.g. `20261123T014501Z`.
pub fn utc_stamp() -> String {
    chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string()
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Makes sure a file's bytes and its folder entry are on disk.
pub fn sync_folder(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        let dir = folder_of(path);
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::io(format!("cannot sync folder {}", dir.display()), e))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Writes `contents` to `path` atomically with mode 0600, creating the folder
/// (0700) when needed.
pub fn write_private(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = folder_of(path);
    if !dir.exists() {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
            .create(dir)
            .map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".flowadmin-key-")
        .permissions(private_permissions())
        .tempfile_in(dir)
        .map_err(|e| Error::io(format!("cannot create a file in {}", dir.display()), e))?;
    tmp.write_all(contents)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
    tmp.persist(path)
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e.error))?;
    sync_folder(path)
}

fn private_permissions() -> std::fs::Permissions {
    #[cfg(unix)]
    {
        std::os::unix::fs::PermissionsExt::from_mode(0o600)
    }
    #[cfg(not(unix))]
    {
        std::fs::metadata(".")
            .map(|m| m.permissions())
            .expect("cwd metadata")
    }
}

/// Renames `from` over `to` and syncs the folder.
pub fn replace(from: &Path, to: &Path) -> Result<()> {
    std::fs::rename(from, to).map_err(|e| {
        Error::io(
            format!("cannot rename {} to {}", from.display(), to.display()),
            e,
        )
    })?;
    sync_folder(to)
}

/// `<file>.backup.<stamp>`, Langflow's own name for a key backup.
pub fn backup_path(key_file: &Path, stamp: &str) -> PathBuf {
    sibling(key_file, &format!(".backup.{stamp}"))
}

/// Copies a key file to [`backup_path`], 0600.
pub fn backup(key_file: &Path, stamp: &str) -> Result<Option<PathBuf>> {
    match std::fs::read(key_file) {
        Ok(bytes) => {
            let target = backup_path(key_file, stamp);
            write_private(&target, &bytes)?;
            Ok(Some(target))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(key_file.display(), e)),
    }
}

/// Rewrites the `LANGFLOW_SECRET_KEY` line of a dotenv file, keeping every
/// other line (and an `export ` prefix) as it was; atomic, 0600.
pub fn rewrite_env_file(path: &Path, new_key: &str) -> Result<()> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path.display(), e))?;
    let mut found = false;
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let ending = &line[body.len()..];
        let trimmed = body.trim_start();
        let indent = &body[..body.len() - trimmed.len()];
        let (export, rest) = match trimmed.strip_prefix("export ") {
            Some(rest) => ("export ", rest.trim_start()),
            None => ("", trimmed),
        };
        let is_key_line = rest
            .split_once('=')
            .is_some_and(|(name, _)| name.trim().eq_ignore_ascii_case("LANGFLOW_SECRET_KEY"));
        if is_key_line {
            found = true;
            out.push_str(&format!(
                "{indent}{export}LANGFLOW_SECRET_KEY={new_key}{ending}"
            ));
        } else {
            out.push_str(line);
        }
    }
    if !found {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("LANGFLOW_SECRET_KEY={new_key}\n"));
    }
    write_private(path, out.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_file_rewrite_keeps_every_other_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("prod.env");
        std::fs::write(
            &path,
            "# keys\nLANGFLOW_AUTO_LOGIN=false\nexport LANGFLOW_SECRET_KEY='old'\r\nOTHER=x=y\n",
        )
        .unwrap();
        rewrite_env_file(&path, "newkey").unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "# keys\nLANGFLOW_AUTO_LOGIN=false\nexport LANGFLOW_SECRET_KEY=newkey\r\nOTHER=x=y\n"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }

    #[test]
    fn private_files_are_0600_and_replace_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cfg/secret_key");
        write_private(&path, b"one").unwrap();
        write_private(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temp file left: {names:?}");
    }
}
