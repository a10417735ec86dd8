//! Everything flowadmin knows about Langflow's encryption: the secret key, the
//! Fernet keys Langflow derives from it, and the SSO envelope. Commands use
//! [`SecretKey`] and [`Keyring`]; none of them touch Fernet directly.

pub(crate) mod b64;
pub mod flowfile;
mod legacy;
pub mod password;
pub mod sealed;
pub mod sso;
pub mod token;

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE;
use sha2::{Digest, Sha256};
use token::Fernet;
use zeroize::Zeroizing;

/// Keys shorter than this are hashed (and, for reading, also tried with the
/// legacy `random.seed` derivation); longer ones must be base64 of 32 bytes.
pub const MINIMUM_SECRET_KEY_LENGTH: usize = 32;

/// Every Fernet token starts with the version byte 0x80 and a timestamp.
pub const FERNET_PREFIX: &str = "gAAAAA";

/// Variety of a key's characters: Shannon entropy per character times its
/// length, in bits. 43 random base64url characters give about 200; a key
/// someone typed, padded or made of one repeated byte gives far less.
pub fn estimated_bits(text: &str) -> f64 {
    let mut counts = std::collections::BTreeMap::new();
    let chars: Vec<char> = text.chars().collect();
    for ch in &chars {
        *counts.entry(*ch).or_insert(0usize) += 1;
    }
    let n = chars.len() as f64;
    let per_char: f64 = counts
        .values()
        .map(|&k| {
            let p = k as f64 / n;
            -p * p.log2()
        })
        .sum();
    per_char * n
}

/// Below this a key is low-variety (doctor: a warning; a new key: refused).
pub const WEAK_KEY_BITS: f64 = 128.0;
/// Below this a key is trivially guessable (doctor: critical).
pub const GUESSABLE_KEY_BITS: f64 = 64.0;

/// Why a key text is too weak to be a new key (the rules doctor flags), or
/// None: shorter than 32 characters, or its characters carry under 128 bits
/// (`a`, 32 zero bytes in base64, a repeated phrase).
pub fn weakness(text: &str) -> Option<String> {
    let chars = text.chars().count();
    if chars < MINIMUM_SECRET_KEY_LENGTH {
        return Some(format!(
            "it is {chars} characters long (under {MINIMUM_SECRET_KEY_LENGTH})"
        ));
    }
    let bits = estimated_bits(text);
    (bits < WEAK_KEY_BITS).then(|| {
        format!(
            "its characters carry about {} bits (a generated key carries about 200)",
            bits.round() as i64
        )
    })
}

/// Langflow's secret key text, exactly as Langflow reads it (never stripped).
/// Its Debug output never shows the key.
#[derive(Clone)]
pub struct SecretKey(Zeroizing<String>);

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretKey(<{} characters>)", self.char_len())
    }
}

/// Why a secret key cannot become a Fernet key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error(
        "the secret key ({len} characters) is not base64 of 32 bytes, so Langflow cannot use it either \
         (keys of 32 or more characters must decode to 32 bytes)"
    )]
    NotAFernetKey { len: usize },
    #[error("the secret key is empty")]
    Empty,
}

/// How a Fernet key was derived from the secret key text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Derivation {
    /// A key of 32+ characters, used as the Fernet key itself.
    Direct,
    /// A short key hashed with SHA-256 (Langflow 1.10.1+).
    Sha256,
    /// A short key through CPython's `random.seed` (Langflow up to 1.10.0).
    LegacyRandom,
}

impl Derivation {
    pub fn as_str(self) -> &'static str {
        match self {
            Derivation::Direct => "direct",
            Derivation::Sha256 => "sha256",
            Derivation::LegacyRandom => "legacy-random",
        }
    }
}

impl SecretKey {
    pub fn new(text: impl Into<String>) -> Self {
        SecretKey(Zeroizing::new(text.into()))
    }

    /// The key text. Callers must not print it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A short, non-reversible label for reports (never the key): the first
    /// 4 bytes of its SHA-256, as for Flowfile's master key.
    pub fn fingerprint(&self) -> String {
        hex::encode(&Sha256::digest(self.0.as_bytes())[..4])
    }

    /// Length in characters, as Python's `len()` counts it.
    pub fn char_len(&self) -> usize {
        self.0.chars().count()
    }

    /// The Fernet keys Langflow would use: the first encrypts, all decrypt.
    pub fn keyring(&self) -> Result<Keyring, KeyError> {
        let text = self.expose();
        if text.is_empty() {
            return Err(KeyError::Empty);
        }
        let mut fernets = Vec::with_capacity(2);
        if self.char_len() >= MINIMUM_SECRET_KEY_LENGTH {
            let raw = b64::python_urlsafe_decode_padded(text)
                .filter(|raw| raw.len() == 32)
                .ok_or(KeyError::NotAFernetKey {
                    len: self.char_len(),
                })?;
            fernets.push((Derivation::Direct, fernet_from_raw(&raw)));
        } else {
            let digest = Sha256::digest(text.as_bytes());
            fernets.push((Derivation::Sha256, fernet_from_raw(&digest)));
            let legacy = Zeroizing::new(legacy::legacy_key_bytes(text));
            fernets.push((Derivation::LegacyRandom, fernet_from_raw(&legacy[..])));
        }
        Ok(Keyring {
            fernets,
            sso_key: self.clone(),
        })
    }
}

/// A token as Python's `Fernet.decrypt` reads it: `urlsafe_b64decode` is
/// lenient (both alphabets, stray bytes and white space skipped, anything
/// after a complete pad sequence ignored) but wants its padding, which the
/// `fernet` crate does not. A canonical token (url-safe alphabet, padded,
/// `=` only at the end) is passed through; any other is decoded as Python
/// decodes it and re-encoded, or refused where Python refuses it.
pub(crate) fn python_token(token: &str) -> Option<std::borrow::Cow<'_, str>> {
    let body = token.trim_end_matches('=');
    let canonical = token.len().is_multiple_of(4)
        && token.len() - body.len() <= 2
        && url_safe_alphabet_only(body.as_bytes());
    if canonical {
        return Some(std::borrow::Cow::Borrowed(token));
    }
    let raw = b64::python_urlsafe_decode(token.as_bytes())?;
    Some(std::borrow::Cow::Owned(URL_SAFE.encode(raw)))
}

/// Whether every byte is in base64's URL-safe alphabet. No early exit: a
/// loop of plain comparisons the compiler vectorizes (every stored value
/// passes through it, and nearly all of them are canonical).
fn url_safe_alphabet_only(bytes: &[u8]) -> bool {
    bytes.iter().fold(true, |ok, &b| {
        ok & (b.is_ascii_alphanumeric() | (b == b'-') | (b == b'_'))
    })
}

/// Opens a (canonical) token with no TTL and no clock-skew check, as
/// Python's `Fernet.decrypt(token)` without a TTL.
pub(crate) fn open_token(fernet: &Fernet, token: &str) -> Option<Zeroizing<Vec<u8>>> {
    fernet.decrypt(token).map(Zeroizing::new)
}

fn fernet_from_raw(raw: &[u8]) -> Fernet {
    let raw: &[u8; 32] = raw.try_into().expect("Fernet keys are 32 raw bytes");
    Fernet::from_raw(raw)
}

/// How a stored value is sealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cipher {
    Fernet,
    /// The SSO AES-256-GCM envelope.
    SsoEnvelope,
}

/// Which key opened a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum OpenedBy {
    /// A key of 32+ characters used directly.
    Direct,
    /// A short key through SHA-256 (Langflow 1.10.1+).
    Sha256,
    /// A short key through the pre-1.10.1 `random.seed` derivation.
    LegacyRandom,
    /// The SSO envelope's HKDF key.
    SsoHkdf,
}

impl OpenedBy {
    pub fn as_str(self) -> &'static str {
        match self {
            OpenedBy::Direct => "direct",
            OpenedBy::Sha256 => "sha256",
            OpenedBy::LegacyRandom => "legacy-random",
            OpenedBy::SsoHkdf => "sso-hkdf",
        }
    }
}

/// The Fernet keys (and SSO key) derived from one secret key.
pub struct Keyring {
    fernets: Vec<(Derivation, Fernet)>,
    sso_key: SecretKey,
}

impl fmt::Debug for Keyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kinds: Vec<_> = self.fernets.iter().map(|(d, _)| d.as_str()).collect();
        write!(f, "Keyring({kinds:?})")
    }
}

impl Keyring {
    /// Opens a Fernet token with the first key that fits, as Langflow's
    /// MultiFernet does. No TTL and no clock-skew check: Python's
    /// `Fernet.decrypt(token)` without a TTL checks neither.
    pub fn decrypt(&self, token: &str) -> Option<(Derivation, Zeroizing<Vec<u8>>)> {
        let token = python_token(token)?;
        self.fernets.iter().find_map(|(derivation, fernet)| {
            open_token(fernet, &token).map(|plain| (*derivation, plain))
        })
    }

    /// Encrypts with the current key, as Langflow's `get_fernet` does.
    pub fn encrypt(&self, plaintext: &[u8]) -> String {
        self.fernets[0].1.encrypt(plaintext)
    }

    pub fn open_sso(&self, envelope: &str) -> Option<Zeroizing<Vec<u8>>> {
        sso::open(self.sso_key.expose(), envelope).map(Zeroizing::new)
    }

    pub fn seal_sso(&self, plaintext: &[u8]) -> String {
        sso::seal(self.sso_key.expose(), plaintext)
    }

    /// Opens a stored value sealed with `cipher`, and says which key did.
    pub fn open(&self, cipher: Cipher, value: &str) -> Option<(OpenedBy, Zeroizing<Vec<u8>>)> {
        match cipher {
            Cipher::Fernet => self.decrypt(value).map(|(d, plain)| {
                let by = match d {
                    Derivation::Direct => OpenedBy::Direct,
                    Derivation::Sha256 => OpenedBy::Sha256,
                    Derivation::LegacyRandom => OpenedBy::LegacyRandom,
                };
                (by, plain)
            }),
            Cipher::SsoEnvelope => self.open_sso(value).map(|p| (OpenedBy::SsoHkdf, p)),
        }
    }

    /// Seals a value with `cipher` under the current key.
    pub fn seal(&self, cipher: Cipher, plaintext: &[u8]) -> String {
        match cipher {
            Cipher::Fernet => self.encrypt(plaintext),
            Cipher::SsoEnvelope => self.seal_sso(plaintext),
        }
    }
}

/// Python's `secrets.token_urlsafe(n)`: n bytes from the OS generator as
/// unpadded base64url (43 characters for 32 bytes).
pub fn token_urlsafe(nbytes: usize) -> Zeroizing<String> {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use rand::TryRng;
    let mut bytes = Zeroizing::new(vec![0u8; nbytes]);
    rand::rngs::SysRng
        .try_fill_bytes(&mut bytes)
        .expect("the operating system's random generator is available");
    Zeroizing::new(URL_SAFE_NO_PAD.encode(&bytes[..]))
}

/// A new Langflow API key: `sk-` + `token_urlsafe(32)`.
pub fn new_api_key() -> Zeroizing<String> {
    Zeroizing::new(format!("sk-{}", token_urlsafe(32).as_str()))
}

/// The `api_key_hash` Langflow 1.9+ stores and looks keys up by: lowercase
/// hex SHA-256 of the key text.
pub fn api_key_hash(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

/// Langflow's display of a key: the first 8 characters, then one `*` per
/// remaining character.
pub fn mask_api_key(key: &str) -> String {
    let shown: String = key.chars().take(8).collect();
    let hidden = key.chars().count().saturating_sub(8);
    format!("{shown}{}", "*".repeat(hidden))
}

/// Whether a stored value looks like a Fernet token (Langflow's own test).
pub fn looks_encrypted(value: &str) -> bool {
    value.starts_with(FERNET_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortkey_legacy_vector_from_the_spec() {
        let raw = legacy::legacy_key_bytes("shortkey");
        assert_eq!(
            URL_SAFE.encode(raw),
            "bEa4dTHJKhRO-YMJOtQmrYzy0_k2DR0ieG5bdKq-14s="
        );
    }

    #[test]
    fn long_key_must_decode_to_32_bytes() {
        let err = SecretKey::new("a".repeat(40)).keyring().unwrap_err();
        assert_eq!(err, KeyError::NotAFernetKey { len: 40 });
        assert!(
            !err.to_string().contains("aaaa"),
            "the key must not be echoed"
        );
    }

    #[test]
    fn api_keys_look_like_langflows() {
        let key = new_api_key();
        assert!(key.starts_with("sk-") && key.len() == 46, "{}", key.len());
        assert_ne!(*new_api_key(), *key);
        assert_eq!(
            api_key_hash("sk-YMtNUFTGNkXLCibnXE-4wk9oP3WVwHDOPQVQSDhrdr0"),
            "f528f4ce0348bf8b7286a8b34dbc56a05d851811708b7a5297b6e9c55aa65191",
            "the hash Langflow stored for admin-key-1 of the rich fixture"
        );
        assert_eq!(mask_api_key("sk-abcdefghij"), "sk-abcde*****");
    }

    #[test]
    fn debug_never_shows_the_key() {
        let key = SecretKey::new("very-secret-value");
        assert!(!format!("{key:?}").contains("very-secret"));
    }

    #[test]
    fn roundtrip_with_short_and_long_keys() {
        for text in ["short", "lnLqwKCwQY6r3KwBAea4pnfmdpuPruPVwiGD0C7lY1w"] {
            let ring = SecretKey::new(text).keyring().unwrap();
            let token = ring.encrypt(b"hello");
            assert!(looks_encrypted(&token));
            let (derivation, plain) = ring.decrypt(&token).unwrap();
            assert_eq!(&plain[..], b"hello");
            assert_ne!(derivation, Derivation::LegacyRandom);
            let sealed = ring.seal_sso(b"sso");
            assert_eq!(&ring.open_sso(&sealed).unwrap()[..], b"sso");
            let other = SecretKey::new("another-short-key").keyring().unwrap();
            assert!(other.decrypt(&token).is_none());
            assert!(other.open_sso(&sealed).is_none());
        }
    }
}
