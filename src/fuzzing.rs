//! The readers that take hostile input, each as one function of bytes that
//! must return (never panic, never hang): the `cargo fuzz` targets in
//! `fuzz/` call these, and `tests/fuzz_regressions.rs` replays every input
//! the fuzzer kept (`tests/fuzz/<target>/`) through the same functions.
//! What each reader returns is ignored; its own tests judge that.

/// Langflow's manifest: YAML as PyYAML reads it (and JSON), validated.
pub fn manifest(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = crate::state::pyyaml::load_all(text);
    let _ = crate::state::documents::parse_documents(text, false);
    let _ = crate::state::documents::parse_documents(text, true);
}

/// A PostgreSQL URL, split as SQLAlchemy splits it, completed as libpq
/// completes it (an environment the first line of input may fill).
pub fn pg_url(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (url, env) = text.split_once('\n').unwrap_or((&text, ""));
    if let Ok(parts) = crate::storage::pg::url::parse(url) {
        let pairs: Vec<(&str, &str)> = env.lines().filter_map(|l| l.split_once('=')).collect();
        let lookup = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        };
        let _ = crate::storage::pg::url::resolve(&parts, &lookup);
    }
    let _ = crate::storage::pg::url::unquote(&text);
}

/// A `.env` file as python-dotenv reads it, interpolated.
pub fn dotenv(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = crate::settings::dotenv::parse(text);
    let _ = crate::settings::dotenv::interpolate(parsed.bindings, &|name| {
        (name.len() % 2 == 0).then(|| name.to_owned())
    });
}

/// A sealed bundle: the header always; opened only when its key derivation
/// is cheap (argon2 at a bundle's own cost would be all the fuzzer does).
pub fn bundle(data: &[u8]) {
    let Ok(header) = crate::crypto::sealed::header(data) else {
        return;
    };
    let cost = &header.kdf.cost;
    if cost.memory_kib <= 64 && cost.iterations <= 2 && cost.parallelism <= 2 {
        let _ = crate::crypto::sealed::open(b"a passphrase", data);
    }
}

/// A reader of hostile bytes.
pub type Reader = fn(&[u8]);

/// The targets by name, for the regression replay.
pub const TARGETS: [(&str, Reader); 4] = [
    ("manifest", manifest),
    ("pg_url", pg_url),
    ("dotenv", dotenv),
    ("bundle", bundle),
];
