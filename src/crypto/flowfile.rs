//! Flowfile's encryption (flowfile 0.23.3): one master key (a Fernet key,
//! 44 characters), and per user a Fernet key derived from its *text* with
//! HKDF-SHA256 (salt `flowfile-secrets-v1`, info `user-<id>`). A stored
//! secret is `$ffsec$1$<owner id>$<token under the owner's key>`: the id in
//! the value, not the row's user column, picks the key (a shared secret is
//! never re-encrypted). A value without the prefix is a legacy token under
//! the master key itself.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, RwLock};

use super::token::Fernet;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE;
use zeroize::Zeroizing;

pub const PREFIX: &str = "$ffsec$1$";
const SALT: &[u8] = b"flowfile-secrets-v1";

/// Flowfile's master key text, as Flowfile reads it (quotes and white space
/// around it stripped). Its Debug output never shows it. Each owner's
/// derived key is computed once and kept (a rotation opens, seals and
/// checks every value: four derivations each otherwise).
#[derive(Clone)]
pub struct MasterKey(
    Zeroizing<String>,
    Arc<RwLock<HashMap<Option<i64>, Arc<Fernet>>>>,
);

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MasterKey(<{} characters>)", self.0.chars().count())
    }
}

/// Why a text is not a master key Flowfile can use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the master key ({len} characters) is not a Fernet key (url-safe base64 of 32 bytes, 44 characters)"
)]
pub struct NotAMasterKey {
    pub len: usize,
}

/// A stored value, split.
pub struct Sealed<'a> {
    /// The owner id inside the value; `None` for a legacy master-key token.
    pub owner: Option<i64>,
    pub token: &'a str,
}

/// Splits `$ffsec$1$<id>$<token>` (or a bare legacy token).
pub fn parse(value: &str) -> Option<Sealed<'_>> {
    match value.strip_prefix(PREFIX) {
        Some(rest) => {
            let (id, token) = rest.split_once('$')?;
            Some(Sealed {
                owner: Some(id.parse().ok()?),
                token,
            })
        }
        None => value.starts_with(super::FERNET_PREFIX).then_some(Sealed {
            owner: None,
            token: value,
        }),
    }
}

/// Whether a stored text is one of Flowfile's encrypted values.
pub fn looks_sealed(value: &str) -> bool {
    value.starts_with(PREFIX)
}

/// Python's `str.strip()` white space: Rust's plus the four separators
/// (U+001C to U+001F) Python also counts.
fn py_strip(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}

/// Python's `base64.urlsafe_b64decode` on the key's bytes (what
/// `Fernet(key.encode())` calls): both alphabets, bytes outside them
/// skipped, a pad sequence ends the input, leftover data is an error.
pub fn python_urlsafe_b64decode(text: &[u8]) -> Option<Vec<u8>> {
    super::b64::python_urlsafe_decode(text)
}

impl MasterKey {
    /// The key as Flowfile takes `FLOWFILE_MASTER_KEY`: white space, then
    /// double and single quotes stripped from both ends (Python's
    /// `.strip().strip('"').strip("'")`).
    pub fn from_env(text: &str) -> Result<MasterKey, NotAMasterKey> {
        Self::exact(py_strip(text).trim_matches('"').trim_matches('\''))
    }

    /// The key as Flowfile reads the Docker secret file: white space stripped.
    pub fn from_secret_file(text: &str) -> Result<MasterKey, NotAMasterKey> {
        Self::exact(py_strip(text))
    }

    /// The key exactly as given (the secure store's entry), accepted exactly
    /// when Flowfile's own `Fernet(key)` accepts it: 32 bytes by
    /// [`python_urlsafe_b64decode`] (padded, either alphabet). The text
    /// itself is kept: Flowfile derives each user's key from the text, so
    /// `+/` and `-_` spellings of the same bytes are different keys.
    pub fn exact(text: &str) -> Result<MasterKey, NotAMasterKey> {
        match python_urlsafe_b64decode(text.as_bytes()) {
            Some(bytes) if bytes.len() == 32 => {
                Ok(MasterKey(Zeroizing::new(text.to_owned()), Arc::default()))
            }
            _ => Err(NotAMasterKey {
                len: text.chars().count(),
            }),
        }
    }

    /// A new master key from the OS generator (as Fernet.generate_key()).
    pub fn generate() -> MasterKey {
        use rand::TryRng;
        let mut bytes = Zeroizing::new([0u8; 32]);
        rand::rngs::SysRng
            .try_fill_bytes(&mut bytes[..])
            .expect("the operating system's random generator is available");
        MasterKey(Zeroizing::new(URL_SAFE.encode(&bytes[..])), Arc::default())
    }

    /// The key text. Callers must not print it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A short, non-reversible label for reports (never the key).
    pub fn fingerprint(&self) -> String {
        let digest = sha2::Digest::finalize(<sha2::Sha256 as sha2::Digest>::new_with_prefix(
            self.0.as_bytes(),
        ));
        hex::encode(&digest[..4])
    }

    /// The per-user Fernet key text for `user_id`.
    pub fn user_key_text(&self, user_id: i64) -> Zeroizing<String> {
        let hk = hkdf::Hkdf::<sha2::Sha256>::new(Some(SALT), self.0.as_bytes());
        let mut okm = Zeroizing::new([0u8; 32]);
        hk.expand(format!("user-{user_id}").as_bytes(), &mut okm[..])
            .expect("32 bytes is a valid HKDF length");
        Zeroizing::new(URL_SAFE.encode(&okm[..]))
    }

    fn fernet_for(&self, owner: Option<i64>) -> Arc<Fernet> {
        if let Some(f) = self.1.read().expect("not poisoned").get(&owner) {
            return Arc::clone(f);
        }
        let text = match owner {
            Some(id) => self.user_key_text(id),
            // Legacy tokens are under the master key's bytes, whichever
            // alphabet spells them: the fernet crate takes url-safe only.
            None => {
                let bytes = Zeroizing::new(
                    python_urlsafe_b64decode(self.0.as_bytes()).expect("checked when made"),
                );
                Zeroizing::new(URL_SAFE.encode(&bytes[..]))
            }
        };
        let f = Arc::new(Fernet::new(&text).expect("derived keys are valid Fernet keys"));
        self.1
            .write()
            .expect("not poisoned")
            .insert(owner, Arc::clone(&f));
        f
    }

    /// Opens a stored value as Flowfile does: by the owner id inside it.
    pub fn open(&self, value: &str) -> Option<Zeroizing<Vec<u8>>> {
        let sealed = parse(value)?;
        let token = super::python_token(sealed.token)?;
        super::open_token(&self.fernet_for(sealed.owner), &token)
    }

    /// Seals `plaintext` for `owner` as Flowfile 0.23.3 writes it.
    pub fn seal(&self, owner: i64, plaintext: &[u8]) -> String {
        format!(
            "{PREFIX}{owner}${}",
            self.fernet_for(Some(owner)).encrypt(plaintext)
        )
    }

    /// Re-seals a stored value under this key for the owner it names (a
    /// legacy master-key token stays a legacy token, as Flowfile reads it).
    pub fn reseal_like(&self, original: &str, plaintext: &[u8]) -> Option<String> {
        let sealed = parse(original)?;
        Some(match sealed.owner {
            Some(owner) => self.seal(owner, plaintext),
            None => self.fernet_for(None).encrypt(plaintext),
        })
    }
}

/// A new Flowfile API key: `ffk_` + `token_urlsafe(32)`.
pub fn new_api_key() -> Zeroizing<String> {
    Zeroizing::new(format!("ffk_{}", *super::token_urlsafe(32)))
}

/// Flowfile's password policy (`auth/password.py`): at least 8 characters,
/// a digit, and one of `!@#$%^&*()_+-=[]{}|;:,.<>?`. The message is Flowfile's.
pub fn check_password_policy(password: &str) -> Result<(), &'static str> {
    const SPECIAL: &str = "!@#$%^&*()_+-=[]{}|;:,.<>?";
    if password.chars().count() < 8 {
        return Err("Password must be at least 8 characters long");
    }
    if !password.chars().any(|c| c.is_ascii_digit()) {
        return Err("Password must contain at least one number");
    }
    if !password.chars().any(|c| SPECIAL.contains(c)) {
        return Err(
            "Password must contain at least one special character (!@#$%^&*()_+-=[]{}|;:,.<>?)",
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    // From the fixture written by Flowfile 0.23.3 (tests/fixtures/flowfile/README.md).
    const MASTER: &str = "dXxealSspV4RyW6Xof3AQ0s7dDNVUj_hauPKOlhtkgM=";

    #[test]
    fn user_keys_are_derived_as_flowfile_derives_them() {
        let key = MasterKey::exact(MASTER).unwrap();
        assert_eq!(
            *key.user_key_text(1),
            "riqkC4GXi0zbCtmz9Ky0IOW2o86WoFTC6sk2C70Uw-I="
        );
        assert_eq!(
            *key.user_key_text(2),
            "2Ql3fqtGAALcb4Npu8kXpKLAGF8U_tz4hm_vMolFx1Q="
        );
        assert_eq!(
            *key.user_key_text(3),
            "0Pkw2aQ-hLZq4FQIwuhFS3sJLHNrc_gGeuxTKJt9bHc="
        );
    }

    #[test]
    fn quotes_and_space_are_stripped_and_bad_keys_refused() {
        assert!(MasterKey::from_env(&format!("  \"{MASTER}\"\n")).is_ok());
        assert!(MasterKey::from_env(&format!("'{MASTER}'")).is_ok());
        assert!(MasterKey::from_secret_file(&format!("{MASTER}\n")).is_ok());
        // A Docker secret is only stripped of white space: quotes stay in
        // the text, which Python's Fernet still accepts (binascii skips
        // them), and the derivation then differs, as it does in Flowfile.
        let quoted = MasterKey::from_secret_file(&format!("'{MASTER}'")).unwrap();
        assert_eq!(quoted.expose(), format!("'{MASTER}'"));
        assert_ne!(
            *quoted.user_key_text(1),
            *MasterKey::exact(MASTER).unwrap().user_key_text(1)
        );
        assert_eq!(MasterKey::exact("short").unwrap_err().len, 5);
        // #22 item 2: the `=` missing is refused, as Python refuses it; the
        // standard alphabet (`openssl rand -base64 32`) is accepted.
        assert_eq!(
            MasterKey::exact(MASTER.trim_end_matches('='))
                .unwrap_err()
                .len,
            43
        );
        let standard = MASTER.replace('_', "/").replace('-', "+");
        let key = MasterKey::exact(&standard).unwrap();
        // Derived from the text as given: another key than the url-safe one.
        assert_ne!(
            *key.user_key_text(1),
            *MasterKey::exact(MASTER).unwrap().user_key_text(1)
        );
        let legacy = key.reseal_like("gAAAAA", b"x");
        assert!(legacy.is_some_and(|t| key.open(&t).is_some()));
    }

    #[test]
    fn passwords_follow_flowfiles_policy() {
        assert!(check_password_policy("AdminPass#2024").is_ok());
        assert!(check_password_policy("short#1").is_err());
        assert!(check_password_policy("NoDigits#here").is_err());
        assert!(check_password_policy("NoSpecial2024").is_err());
    }

    #[test]
    fn sealed_values_round_trip_under_their_owner() {
        let key = MasterKey::exact(MASTER).unwrap();
        let sealed = key.seal(7, b"hunter2");
        assert!(sealed.starts_with("$ffsec$1$7$gAAAAA"));
        assert_eq!(key.open(&sealed).unwrap().as_slice(), b"hunter2");
        // Another owner's key does not open it.
        let forged = sealed.replacen("$7$", "$8$", 1);
        assert!(key.open(&forged).is_none());
        assert!(MasterKey::generate().open(&sealed).is_none());
    }
}
