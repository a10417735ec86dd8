//! Flowfile's secure store: a JSON object, Fernet-encrypted in
//! `<dir>/<service>.json.enc` under the key in `<dir>/.secret_key`. Read as
//! Flowfile reads it; written as it writes it (the whole object re-encrypted,
//! every other entry kept), but atomically with the file's owner and mode.

use std::path::Path;

use zeroize::Zeroizing;

use crate::error::{Error, Result};

fn store_fernet(dir: &Path, key_file: &str) -> Result<crate::crypto::token::Fernet> {
    let path = dir.join(key_file);
    let text = super::read_key_text(&path, "secure store key")?;
    // Python's base64 decoder skips what is not in its alphabet (a newline).
    crate::crypto::token::Fernet::new(text.trim()).ok_or_else(|| {
        Error::key(format!("{} does not hold a Fernet key", path.display()))
            .hint("point FLOWFILE_SECURE_STORAGE_PATH at the store Flowfile runs with")
    })
}

/// The whole store object, or `None` when the store file does not exist.
fn read_object(
    dir: &Path,
    store_file: &str,
    key_file: &str,
) -> Result<Option<serde_json::Map<String, serde_json::Value>>> {
    let path = dir.join(store_file);
    let data = match std::fs::read(&path) {
        Ok(data) => data,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(format!("secure store {}", path.display()), e)),
    };
    let fernet = store_fernet(dir, key_file)?;
    let token = String::from_utf8_lossy(&data);
    let plain = Zeroizing::new(fernet.decrypt(token.trim()).ok_or_else(|| {
        Error::key(format!(
            "{} does not open with {}",
            path.display(),
            dir.join(key_file).display()
        ))
        .hint("the store and its .secret_key must come from the same Flowfile install")
    })?);
    match serde_json::from_slice::<serde_json::Value>(&plain) {
        Ok(serde_json::Value::Object(map)) => Ok(Some(map)),
        _ => Err(
            Error::key(format!("{} does not hold a JSON object", path.display()))
                .hint("restore it from a backup"),
        ),
    }
}

/// One string entry of the store (`None`: no store, or no such entry).
pub fn read_entry(
    dir: &Path,
    store_file: &str,
    key_file: &str,
    entry: &str,
) -> Result<Option<Zeroizing<String>>> {
    Ok(read_object(dir, store_file, key_file)?.and_then(|map| {
        map.get(entry)
            .and_then(|v| v.as_str())
            .map(|s| Zeroizing::new(s.to_owned()))
    }))
}

/// Sets one entry, keeping every other; the file is replaced atomically and
/// keeps its owner and mode (a new one is 0600, its folder's owner).
pub fn write_entry(
    dir: &Path,
    store_file: &str,
    key_file: &str,
    entry: &str,
    value: &str,
) -> Result<()> {
    let mut map = read_object(dir, store_file, key_file)?.unwrap_or_default();
    map.insert(
        entry.to_owned(),
        serde_json::Value::String(value.to_owned()),
    );
    let json = Zeroizing::new(serde_json::to_vec(&map).expect("a JSON object serialises"));
    let token = store_fernet(dir, key_file)?.encrypt(&json);
    super::write_private(&dir.join(store_file), token.as_bytes())
}
