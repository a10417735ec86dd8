//! Issue 25: properties of flowadmin's own formats and invariants, on
//! generated input (`proptest`, a fixed number of cases per run; failures
//! are shrunk and kept in tests/properties.proptest-regressions).

use flowadmin::crypto::sealed::{self, KdfCost};
use flowadmin::settings::DisplaySafeUrl;
use proptest::prelude::*;

/// Cheap argon2id costs: the property is about the format, not the KDF.
const CHEAP: KdfCost = KdfCost {
    memory_kib: 64,
    iterations: 1,
    parallelism: 1,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A sealed bundle opens with its passphrase and gives back the payload;
    /// any byte changed, any cut and any extension is refused.
    #[test]
    fn a_bundle_round_trips_and_any_change_is_refused(
        payload in proptest::collection::vec(any::<u8>(), 0..512),
        pass in "[ -~]{12,40}",
        at in any::<prop::sample::Index>(),
        flip in 1u8..=255,
        cut in any::<prop::sample::Index>(),
        extra in proptest::collection::vec(any::<u8>(), 1..16),
    ) {
        let bundle = sealed::seal(pass.as_bytes(), "test/1", &payload, CHEAP);
        let (_, opened) = sealed::open(pass.as_bytes(), &bundle).unwrap();
        prop_assert_eq!(opened.as_slice(), payload.as_slice());
        // The final byte is the format's newline, not data.
        let data = bundle.len() - 1;
        prop_assert_eq!(bundle[data], b'\n');
        let mut changed = bundle.clone();
        let i = at.index(data);
        changed[i] ^= flip;
        prop_assert!(sealed::open(pass.as_bytes(), &changed).is_err(), "byte {} changed", i);
        let n = cut.index(data);
        prop_assert!(sealed::open(pass.as_bytes(), &bundle[..n]).is_err(), "cut at {}", n);
        let mut longer = bundle.clone();
        longer.extend_from_slice(&extra);
        // Extra bytes after the body: refused unless they are only white
        // space the base64 reader skips (a trailing newline is the format's).
        if !extra.iter().all(|b| b.is_ascii_whitespace()) {
            prop_assert!(sealed::open(pass.as_bytes(), &longer).is_err());
        }
    }

    /// The masked URL never shows the password the connector would use.
    #[test]
    fn masking_never_shows_the_password(
        user in "[a-z@%.+]{0,8}",
        secret in "[A-Za-z0-9#/?@:%+ ]{0,12}",
        host in "[a-z0-9.@#-]{1,12}",
        port in proptest::option::of(1u16..),
        db in "[a-z/#%@]{0,8}",
        query in proptest::option::of("[a-z=&%#@]{0,12}"),
    ) {
        // A marker no other part can hold, so a hit is the password's.
        let password = format!("PW{secret}WP");
        let mut url = format!("postgresql://{user}:{password}@{host}");
        if let Some(p) = port {
            url.push_str(&format!(":{p}"));
        }
        url.push_str(&format!("/{db}"));
        if let Some(q) = query {
            url.push_str(&format!("?{q}"));
        }
        let parsed = flowadmin::storage::pg::url::parse(&url);
        let shown = DisplaySafeUrl::new(url.clone()).to_string();
        if let Ok(p) = &parsed
            && let Some(pw) = &p.password
            && pw.len() >= 4
        {
            prop_assert!(!shown.contains(pw.as_str()), "{} shows {:?}: {}", url, pw.as_str(), shown);
        }
        prop_assert!(!shown.contains(&password), "{} shows the password: {}", url, shown);
    }

    /// What reaches a terminal carries no control character.
    #[test]
    fn output_escapes_every_control_character(text in "\\PC*|[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}a-z]{0,40}") {
        let shown = flowadmin::ui::output::escape(&text);
        prop_assert!(!shown.chars().any(char::is_control), "{:?} -> {:?}", text, shown);
    }
}

// In place of fuzz targets (cargo fuzz needs a nightly toolchain this
// machine does not have): every parser of outside input, on arbitrary
// input, returns (an answer or an error) without a panic, in bounded time.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_env_file_reader_takes_anything(text in "\\PC*|[\"'\\\\=#$ {}:\\-\\nA-Za-z\\r\\t]{0,200}") {
        let parsed = flowadmin::settings::dotenv::parse(&flowadmin::settings::dotenv::normalize(&text));
        let _ = flowadmin::settings::dotenv::interpolate(parsed.bindings, &|_| None);
    }

    #[test]
    fn the_url_parser_takes_anything(text in "(postgresql://)?[\\PC@:/?#%\\[\\]=&]{0,120}") {
        if let Ok(parts) = flowadmin::storage::pg::url::parse(&text) {
            let _ = flowadmin::storage::pg::url::resolve(&parts, &|_| None);
        }
        let _ = DisplaySafeUrl::new(text).to_string();
    }

    #[test]
    fn the_token_reader_takes_anything(text in "(gAAAAA)?[A-Za-z0-9_+/=\\- \\n!]{0,300}") {
        let ring = flowadmin::crypto::SecretKey::new("lnLqwKCwQY6r3KwBAea4pnfmdpuPruPVwiGD0C7lY1w")
            .keyring()
            .unwrap();
        prop_assert!(ring.decrypt(&text).is_none() || text.len() >= 100);
        let _ = flowadmin::crypto::flowfile::MasterKey::exact(&text);
        let _ = flowadmin::crypto::SecretKey::new(text).keyring();
    }

    #[test]
    fn the_bundle_reader_takes_anything(bytes in proptest::collection::vec(any::<u8>(), 0..400), header in any::<bool>()) {
        let mut input = Vec::new();
        if header {
            input.extend_from_slice(b"flowadmin-sealed v1\n{\"version\":1}\n");
        }
        input.extend_from_slice(&bytes);
        let _ = sealed::header(&input);
        prop_assert!(sealed::open(b"any passphrase", &input).is_err());
    }
}

mod common;

/// Tokens of a generated variable under `key`, written straight into the
/// database (as values left by an earlier, half-finished rotation are).
fn add_sealed(db: &std::path::Path, key: &flowadmin::crypto::SecretKey, name: &str, value: &str) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let user: String = conn
        .query_row("SELECT id FROM user ORDER BY username LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    let token = key.keyring().unwrap().encrypt(value.as_bytes());
    conn.execute(
        "INSERT INTO variable (id, name, value, type, user_id, default_fields, is_environment_managed) \
         VALUES (lower(hex(randomblob(16))), ?1, ?2, 'Credential', ?3, '[]', 0)",
        rusqlite::params![name, token, user],
    )
    .unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// A database whose values are under several keys (the configured one,
    /// and two older ones given with --old-key-file) is rotated to a new
    /// key: afterwards each value opens with exactly one key, the new one,
    /// and gives back what was sealed.
    #[test]
    fn a_rotation_of_mixed_keys_leaves_each_value_under_exactly_the_new_key(
        values in proptest::collection::vec(("[ -~]{0,40}|\\PC{0,20}", 0usize..3), 1..10),
        short in "[A-Za-z0-9_\\-]{8,24}",
        raw in proptest::array::uniform2(any::<[u8; 32]>()),
    ) {
        use base64::Engine;
        use flowadmin::crypto::SecretKey;
        // A short text (derived, as Langflow derives one) and two real
        // Fernet keys.
        let fernet = |b: &[u8; 32]| base64::engine::general_purpose::URL_SAFE.encode(b);
        let keys = [short, fernet(&raw[0]), fernet(&raw[1])];
        let s = common::Scratch::fixture("langflow-1.13-basic");
        let configured = common::fixture_key("langflow-1.13-basic");
        let cfg = s.path().join("cfg");
        std::fs::create_dir(&cfg).unwrap();
        std::fs::write(cfg.join("secret_key"), &configured).unwrap();
        let older: Vec<SecretKey> = keys[..2].iter().map(|k| SecretKey::new(k.clone())).collect();
        let under = [SecretKey::new(configured.clone()), older[0].clone(), older[1].clone()];
        for (i, (value, k)) in values.iter().enumerate() {
            add_sealed(&s.db, &under[*k], &format!("V{i}"), value);
        }
        for (i, k) in older.iter().enumerate() {
            std::fs::write(s.path().join(format!("old{i}")), k.expose()).unwrap();
        }
        let new_key = keys[2].clone();
        std::fs::write(s.path().join("new"), &new_key).unwrap();
        let cfg_dir = cfg.display().to_string();
        let out = s.run(
            &["--config-dir", &cfg_dir, "secret-key", "rotate", "--no-backup", "--allow-weak-key",
              "--new-key-file", "new", "--old-key-file", "old0", "--old-key-file", "old1"],
            "",
            &[],
        );
        prop_assert_eq!(common::code(&out), 0, "{}", common::stderr_of(&out));
        let rings: Vec<_> = [SecretKey::new(new_key.clone())]
            .iter()
            .chain(under.iter())
            .map(|k| k.keyring().unwrap())
            .collect();
        let conn = rusqlite::Connection::open(&s.db).unwrap();
        for (i, (value, _)) in values.iter().enumerate() {
            let token: String = conn
                .query_row("SELECT value FROM variable WHERE name = ?1", [format!("V{i}")], |r| r.get(0))
                .unwrap();
            let opened: Vec<bool> = rings.iter().map(|r| r.decrypt(&token).is_some()).collect();
            prop_assert_eq!(&opened, &vec![true, false, false, false], "V{}", i);
            let (_, plain) = rings[0].decrypt(&token).unwrap();
            prop_assert_eq!(plain.as_slice(), value.as_bytes());
        }
    }
}
