//! The crypto module against vectors made by Python's `cryptography`
//! (tests/vectors/make_vectors.py): every key Langflow accepts opens its tokens
//! with the right derivation, every key Langflow refuses is refused.

use flowadmin::crypto::{Derivation, SecretKey};
use serde_json::Value;

fn cases() -> Vec<Value> {
    let text = include_str!("vectors/crypto.json");
    let doc: Value = serde_json::from_str(text).unwrap();
    doc["cases"].as_array().unwrap().clone()
}

#[test]
fn every_vector_behaves_as_python() {
    let cases = cases();
    assert!(cases.len() >= 8);
    for case in cases {
        let label = case["label"].as_str().unwrap();
        let key = SecretKey::new(case["secret"].as_str().unwrap());
        // The vectors were made with cryptography 50 (Python's base64): a
        // key it refused is one flowadmin says that release refuses (51 may
        // take it: a trailing newline), and the interop matrix checks both.
        let python = flowadmin::crypto::Reader::Cryptography50;
        if case.get("error").is_some() {
            assert!(
                !key.readers().contains(python),
                "{label}: Python refuses this key, so must we"
            );
            continue;
        }
        assert!(key.readers().contains(python), "{label}");
        let ring = key.keyring().unwrap_or_else(|e| panic!("{label}: {e}"));
        let plaintext = case["plaintext"].as_str().unwrap().as_bytes();
        let (derivation, plain) = ring
            .decrypt(case["current_token"].as_str().unwrap())
            .unwrap();
        assert_eq!(&plain[..], plaintext, "{label}");
        let expected = if key.char_len() >= 32 {
            Derivation::Direct
        } else {
            Derivation::Sha256
        };
        assert_eq!(derivation, expected, "{label}");
        if let Some(legacy) = case.get("legacy_token") {
            let (derivation, plain) = ring.decrypt(legacy.as_str().unwrap()).unwrap();
            assert_eq!(derivation, Derivation::LegacyRandom, "{label}");
            assert_eq!(&plain[..], plaintext, "{label}");
        }
        let opened = ring
            .open_sso(case["sso_envelope"].as_str().unwrap())
            .unwrap();
        assert_eq!(&opened[..], plaintext, "{label}: SSO envelope");
    }
}

#[test]
fn tokens_do_not_open_under_another_vector_key() {
    let cases: Vec<Value> = cases()
        .into_iter()
        .filter(|c| c.get("error").is_none())
        .collect();
    for (i, a) in cases.iter().enumerate() {
        let ring = SecretKey::new(a["secret"].as_str().unwrap())
            .keyring()
            .unwrap();
        for (j, b) in cases.iter().enumerate() {
            if i == j {
                continue;
            }
            // A key with trailing newlines decodes to the same Fernet key;
            // the SSO key hashes the raw text, so it still differs.
            let (sa, sb) = (a["secret"].as_str().unwrap(), b["secret"].as_str().unwrap());
            if sa.trim_end() != sb.trim_end() {
                assert!(ring.decrypt(b["current_token"].as_str().unwrap()).is_none());
            }
            assert!(ring.open_sso(b["sso_envelope"].as_str().unwrap()).is_none());
        }
    }
}
