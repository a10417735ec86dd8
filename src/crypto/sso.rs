//! The SSO client-secret envelope of Langflow 1.13: not Fernet but AES-256-GCM
//! under a key derived from the secret key text with HKDF-SHA256.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hkdf::Hkdf;
use sha2::Sha256;

pub const HEADER: &str = "lf-sso:v1:hkdf-sha256-v1:aes-256-gcm";
const SALT: &[u8] = b"langflow/sso/client-secret/hkdf-salt/v1";
const INFO: &[u8] = b"langflow/sso/client-secret/encryption";

fn cipher(secret_key_text: &str) -> Aes256Gcm {
    let hk = Hkdf::<Sha256>::new(Some(SALT), secret_key_text.as_bytes());
    let mut okm = [0u8; 32];
    hk.expand(INFO, &mut okm)
        .expect("32 bytes is a valid HKDF-SHA256 output length");
    Aes256Gcm::new(&okm.into())
}

fn decode_b64(part: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok()
}

/// Opens an envelope; `None` when it is malformed or the key does not fit.
pub fn open(secret_key_text: &str, value: &str) -> Option<Vec<u8>> {
    let rest = value.strip_prefix(HEADER)?.strip_prefix(':')?;
    let (nonce_b64, ct_b64) = rest.split_once(':')?;
    let nonce = decode_b64(nonce_b64)?;
    if nonce.len() != 12 {
        return None;
    }
    let ciphertext = decode_b64(ct_b64)?;
    let nonce = Nonce::try_from(nonce.as_slice()).ok()?;
    cipher(secret_key_text)
        .decrypt(
            &nonce,
            Payload {
                msg: &ciphertext,
                aad: HEADER.as_bytes(),
            },
        )
        .ok()
}

/// Seals a plaintext with a fresh random nonce, in the format Langflow reads.
pub fn seal(secret_key_text: &str, plaintext: &[u8]) -> String {
    let mut nonce_bytes = [0u8; 12];
    {
        use rand::TryRng;
        rand::rngs::SysRng
            .try_fill_bytes(&mut nonce_bytes)
            .expect("the OS random generator is available");
    }
    let nonce = Nonce::try_from(nonce_bytes.as_slice()).expect("12-byte nonce");
    let ciphertext = cipher(secret_key_text)
        .encrypt(
            &nonce,
            Payload {
                msg: plaintext,
                aad: HEADER.as_bytes(),
            },
        )
        .expect("AES-GCM encryption of an in-memory buffer cannot fail");
    format!(
        "{HEADER}:{}:{}",
        URL_SAFE_NO_PAD.encode(nonce_bytes),
        URL_SAFE_NO_PAD.encode(ciphertext)
    )
}
