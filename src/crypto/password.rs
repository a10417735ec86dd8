//! Langflow's password format: bcrypt cost 12, `$2b$`, the first 72 UTF-8
//! bytes of the password (as passlib did), a NUL byte refused, more than 4096
//! characters refused. Never argon2: Langflow could not verify it.

use zeroize::Zeroizing;

const COST: u32 = 12;
const BCRYPT_BYTES: usize = 72;
const MAX_CHARS: usize = 4096;

/// A password typed or piped by the operator. Never printed.
pub struct Password(Zeroizing<String>);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<hidden>)")
    }
}

/// Why Langflow could not take a password.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("the password is empty; choose a real one")]
    Empty,
    #[error("the password contains a NUL byte, which Langflow's bcrypt refuses; choose another")]
    NulByte,
    #[error(
        "the password has {0} characters; Langflow refuses more than 4096, choose a shorter one"
    )]
    TooLong(usize),
}

impl Password {
    pub fn new(text: String) -> Self {
        Password(Zeroizing::new(text))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Checks Langflow's limits; `Ok(true)` when only the first 72 bytes count.
    pub fn validate(&self) -> Result<bool, PasswordError> {
        let text = self.expose();
        if text.is_empty() {
            return Err(PasswordError::Empty);
        }
        if text.contains('\0') {
            return Err(PasswordError::NulByte);
        }
        let chars = text.chars().count();
        if chars > MAX_CHARS {
            return Err(PasswordError::TooLong(chars));
        }
        Ok(text.len() > BCRYPT_BYTES)
    }

    /// The bcrypt hash Langflow 1.13 writes (`$2b$12$...`, 60 characters).
    pub fn hash(&self) -> Result<String, PasswordError> {
        self.validate()?;
        let bytes = self.expose().as_bytes();
        let used = &bytes[..bytes.len().min(BCRYPT_BYTES)];
        let parts = bcrypt::hash_with_result(used, COST).expect("cost 12 is a valid bcrypt cost");
        Ok(parts.format_for_version(bcrypt::Version::TwoB))
    }

    /// Verifies against a stored hash as Langflow does (false on any malformed hash).
    pub fn verify(&self, hash: &str) -> bool {
        let bytes = self.expose().as_bytes();
        if bytes.contains(&0) || self.expose().chars().count() > MAX_CHARS {
            return false;
        }
        bcrypt::verify(&bytes[..bytes.len().min(BCRYPT_BYTES)], hash).unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verifies_a_hash_written_by_langflow() {
        // admin of tests/fixtures/langflow-1.13-rich.db (password in its credentials file).
        let hash = "$2b$12$WWtlCG6bGzVWbAqvWh0tLOlJrJRFopzjtkbD0c0GHYbzOWC5L8KFy";
        assert!(Password::new("Admin-Fixture-Pw-0!".into()).verify(hash));
        assert!(!Password::new("Admin-Fixture-Pw-0".into()).verify(hash));
    }

    #[test]
    fn hashes_in_langflows_format_and_limits() {
        let p = Password::new("correct horse".into());
        let hash = p.hash().unwrap();
        assert!(hash.starts_with("$2b$12$") && hash.len() == 60);
        assert!(p.verify(&hash));
        assert_eq!(
            Password::new("a\0b".into()).hash(),
            Err(PasswordError::NulByte)
        );
        assert_eq!(
            Password::new("x".repeat(4097)).validate(),
            Err(PasswordError::TooLong(4097))
        );
        assert_eq!(
            Password::new(String::new()).validate(),
            Err(PasswordError::Empty)
        );
        let long = Password::new("é".repeat(40)); // 80 bytes
        assert_eq!(long.validate(), Ok(true));
        let same_72 = Password::new(format!("{}zzz", "é".repeat(36)));
        assert!(same_72.verify(&long.hash().unwrap()), "only 72 bytes count");
    }
}
