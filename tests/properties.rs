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
