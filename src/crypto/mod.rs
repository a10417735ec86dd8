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
    /// A key that any supported `cryptography` accepts makes a keyring (so a
    /// key only some accept can still be rotated away from); which accept it
    /// is [`Keyring::readers`].
    pub fn keyring(&self) -> Result<Keyring, KeyError> {
        let text = self.expose();
        if text.is_empty() {
            return Err(KeyError::Empty);
        }
        let mut fernets = Vec::with_capacity(2);
        let mut readers = Readers::ALL;
        if self.char_len() >= MINIMUM_SECRET_KEY_LENGTH {
            let (raw, accepted) = self.direct_key();
            let raw = raw.ok_or(KeyError::NotAFernetKey {
                len: self.char_len(),
            })?;
            readers = accepted;
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
            readers,
        })
    }

    /// A long key's 32 bytes as each supported `cryptography` reads what
    /// Langflow hands it (`add_base64_padding(key).encode()`), and which
    /// of them accept it. Where two accept it they read the same bytes.
    fn direct_key(&self) -> (Option<Zeroizing<Vec<u8>>>, Readers) {
        let padded = b64::add_base64_padding(self.expose());
        let mut found = None;
        let mut readers = Readers::NONE;
        for reader in Reader::ALL {
            if let Some(raw) = reader.decode(padded.as_bytes()).filter(|r| r.len() == 32) {
                readers.insert(reader);
                found.get_or_insert(Zeroizing::new(raw));
            }
        }
        (found, readers)
    }

    /// Which supported `cryptography` releases accept this key as Langflow
    /// hands it to `Fernet()` (short keys are hashed, so all do).
    pub fn readers(&self) -> Readers {
        match self.char_len() >= MINIMUM_SECRET_KEY_LENGTH {
            true => self.direct_key().1,
            false => Readers::ALL,
        }
    }

    /// The url-safe spelling of a key some `cryptography` refuses (`+` and
    /// `/` as `-` and `_`, white space dropped), when that spelling is a key
    /// every one accepts; for the hint of a refusal.
    pub fn url_safe_equivalent(&self) -> Option<SecretKey> {
        let text: String = self
            .expose()
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .map(|c| match c {
                '+' => '-',
                '/' => '_',
                c => c,
            })
            .collect();
        let key = SecretKey::new(text);
        (key.expose() != self.expose() && key.readers().is_all()).then_some(key)
    }
}

/// The two ways the `cryptography` releases Langflow 1.13 allows
/// (`cryptography>=50.0.0`) read a Fernet key or token's base64. 50.x and
/// earlier (Python, `base64.urlsafe_b64decode`): both alphabets, stray bytes
/// skipped, padding required, anything after a complete padding ignored.
/// 51.x (Rust): ASCII white space dropped, then strict url-safe base64 with
/// optional padding. Flowfile pins `cryptography>=48.0.1,<49`, the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reader {
    Cryptography50,
    Cryptography51,
}

impl Reader {
    pub const ALL: [Reader; 2] = [Reader::Cryptography50, Reader::Cryptography51];

    /// How reports name it.
    pub fn label(self) -> &'static str {
        match self {
            Reader::Cryptography50 => "cryptography 50.x",
            Reader::Cryptography51 => "cryptography 51.x",
        }
    }

    /// The bytes this release reads from base64 text, or None where it raises.
    pub fn decode(self, data: &[u8]) -> Option<Vec<u8>> {
        match self {
            Reader::Cryptography50 => b64::python_urlsafe_decode(data),
            Reader::Cryptography51 => b64::cryptography51_decode(data),
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of [`Reader`]s: which releases accept a key or open a value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Readers(u8);

impl Readers {
    pub const NONE: Readers = Readers(0);
    pub const ALL: Readers = Readers(0b11);

    pub fn insert(&mut self, reader: Reader) {
        self.0 |= reader.bit();
    }

    pub fn contains(self, reader: Reader) -> bool {
        self.0 & reader.bit() != 0
    }

    pub fn is_all(self) -> bool {
        self == Readers::ALL
    }

    pub fn is_empty(self) -> bool {
        self == Readers::NONE
    }

    /// The releases in the set, in order.
    pub fn members(self) -> Vec<Reader> {
        Reader::ALL
            .into_iter()
            .filter(|r| self.contains(*r))
            .collect()
    }

    /// The releases not in the set.
    pub fn missing(self) -> Vec<Reader> {
        Reader::ALL
            .into_iter()
            .filter(|r| !self.contains(*r))
            .collect()
    }

    /// `cryptography 50.x and cryptography 51.x`, or `none`.
    pub fn describe(self) -> String {
        join_labels(&self.members())
    }
}

/// Labels joined for a sentence.
pub fn join_labels(readers: &[Reader]) -> String {
    match readers {
        [] => "none".to_owned(),
        _ => readers
            .iter()
            .map(|r| r.label())
            .collect::<Vec<_>>()
            .join(" and "),
    }
}

/// Which releases read a stored token's base64 (what is read after it is
/// the same in every release). Canonical tokens, all Langflow writes, are
/// read by every one.
pub fn token_readers(token: &str) -> Readers {
    if is_canonical_token(token) {
        return Readers::ALL;
    }
    let mut readers = Readers::NONE;
    for reader in Reader::ALL {
        if reader.decode(token.as_bytes()).is_some() {
            readers.insert(reader);
        }
    }
    readers
}

/// `urlsafe_b64encode`'s own form: url-safe alphabet, `=` only as the
/// final padding, a multiple of 4 long.
pub fn is_canonical_token(token: &str) -> bool {
    let body = token.trim_end_matches('=');
    token.len().is_multiple_of(4)
        && token.len() - body.len() <= 2
        && url_safe_alphabet_only(body.as_bytes())
}

/// A token as Python's `Fernet.decrypt` reads it (cryptography 50 and
/// earlier, and Flowfile's 48): `urlsafe_b64decode` is lenient (both
/// alphabets, stray bytes and white space skipped, anything after a complete
/// pad sequence ignored) but wants its padding. A canonical token is passed
/// through; any other is decoded as Python decodes it and re-encoded, or
/// refused where Python refuses it.
pub(crate) fn python_token(token: &str) -> Option<std::borrow::Cow<'_, str>> {
    if is_canonical_token(token) {
        return Some(std::borrow::Cow::Borrowed(token));
    }
    let raw = b64::python_urlsafe_decode(token.as_bytes())?;
    Some(std::borrow::Cow::Owned(URL_SAFE.encode(raw)))
}

/// A token as any release Langflow allows reads it: canonical, or decoded by
/// the first that reads it (where two do, they read the same bytes).
fn any_reader_token(token: &str) -> Option<std::borrow::Cow<'_, str>> {
    if is_canonical_token(token) {
        return Some(std::borrow::Cow::Borrowed(token));
    }
    let raw = Reader::ALL
        .into_iter()
        .find_map(|r| r.decode(token.as_bytes()))?;
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
    /// The releases that accept the key itself.
    readers: Readers,
}

impl fmt::Debug for Keyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kinds: Vec<_> = self.fernets.iter().map(|(d, _)| d.as_str()).collect();
        write!(f, "Keyring({kinds:?})")
    }
}

impl Keyring {
    /// The releases that accept this keyring's key ([`SecretKey::readers`]).
    pub fn readers(&self) -> Readers {
        self.readers
    }

    /// Opens a Fernet token with the first key that fits, as Langflow's
    /// MultiFernet does, if any release Langflow allows reads it (which
    /// ones do is [`token_readers`]). No TTL and no clock-skew check:
    /// `Fernet.decrypt(token)` without a TTL checks neither.
    pub fn decrypt(&self, token: &str) -> Option<(Derivation, Zeroizing<Vec<u8>>)> {
        let token = any_reader_token(token)?;
        self.fernets.iter().find_map(|(derivation, fernet)| {
            open_token(fernet, &token).map(|plain| (*derivation, plain))
        })
    }

    /// Opens a token as a Langflow on one `cryptography` release would:
    /// None when that release refuses the key or the token's form.
    pub fn decrypt_as(&self, reader: Reader, token: &str) -> Option<Zeroizing<Vec<u8>>> {
        if !self.readers.contains(reader) {
            return None;
        }
        let raw = reader.decode(token.as_bytes())?;
        let canonical = URL_SAFE.encode(raw);
        self.fernets
            .iter()
            .find_map(|(_, fernet)| open_token(fernet, &canonical))
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

    /// The release rules (README, "Fernet across cryptography releases"),
    /// held against the interop suite's differential on 50.0.2 and 51.0.1.
    #[test]
    fn releases_read_keys_and_tokens_by_their_own_rules() {
        let both = Readers::ALL;
        let only = |r: Reader| {
            let mut set = Readers::NONE;
            set.insert(r);
            set
        };
        let url = "lnLqwKCwQY6r3KwBAea4pnfmdpuPruPVwiGD0C7lY1w";
        assert_eq!(SecretKey::new(url).readers(), both);
        assert_eq!(SecretKey::new(format!("{url}=")).readers(), both);
        assert_eq!(SecretKey::new("short").readers(), both, "hashed");
        let std = URL_SAFE
            .encode([0xfb_u8, 0xff].repeat(16))
            .replace('-', "+")
            .replace('_', "/");
        assert_eq!(
            SecretKey::new(std.as_str()).readers(),
            only(Reader::Cryptography50)
        );
        assert_eq!(
            SecretKey::new(std.trim_end_matches('=')).readers(),
            only(Reader::Cryptography50),
            "Langflow pads it, so 50 reads it"
        );
        assert!(SecretKey::new(std.as_str()).url_safe_equivalent().is_some());
        // Langflow pads `{url}\n` (44 characters) with nothing: 51 drops
        // the newline, 50 finds the padding wrong.
        assert_eq!(
            SecretKey::new(format!("{url}\n")).readers(),
            only(Reader::Cryptography51)
        );
        assert!(SecretKey::new("a".repeat(40)).readers().is_empty());

        let ring = SecretKey::new(url).keyring().unwrap();
        let token = ring.encrypt(b"hello");
        assert_eq!(token_readers(&token), both);
        assert!(is_canonical_token(&token));
        assert_eq!(
            token_readers(&format!("{token}!!")),
            only(Reader::Cryptography50)
        );
        assert_eq!(token_readers(&format!("{token}\n")), both);
        let padded = ring.encrypt(b"0123456789abcdef0");
        if padded.ends_with('=') {
            assert_eq!(
                token_readers(padded.trim_end_matches('=')),
                only(Reader::Cryptography51)
            );
        }
        for reader in Reader::ALL {
            assert_eq!(&ring.decrypt_as(reader, &token).unwrap()[..], b"hello");
        }
        assert!(
            ring.decrypt_as(Reader::Cryptography51, &format!("{token}!!"))
                .is_none()
        );
        assert!(
            ring.decrypt(&format!("{token}!!")).is_some(),
            "some release opens it"
        );
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
