//! Sealed bundles: a payload encrypted under a key derived from a passphrase,
//! in a documented text format another tool can read (README, "Sealed
//! bundles"). argon2id derives a 32-byte key from the passphrase and a random
//! salt; AES-256-GCM with a random 96-bit nonce encrypts the payload, with
//! the header lines as associated data, so a changed header, a changed byte,
//! a truncation and a wrong passphrase all fail the same tag check.
//!
//! ```text
//! flowadmin-sealed v1
//! {"version":1,"content":"...","kdf":{...},"aead":{...},"created_at":"..."}
//! <base64 of ciphertext || 16-byte tag>
//! ```

use aes_gcm::aead::{Aead as _, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use zeroize::Zeroizing;

pub const MAGIC: &str = "flowadmin-sealed v1";

/// argon2id's cost, stored in the header so it can grow without a new format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KdfCost {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

/// What bundles are written with: above OWASP's argon2id minimums (19 MiB,
/// 2 iterations, 1 lane) and RFC 9106's second recommendation's memory.
pub const DEFAULT_COST: KdfCost = KdfCost {
    memory_kib: 64 * 1024,
    iterations: 3,
    parallelism: 1,
};

/// The most a bundle may ask for when opened: a hostile header must not make
/// the reader allocate without bound or spin for hours.
const MAX_MEMORY_KIB: u32 = 1024 * 1024;
const MAX_ITERATIONS: u32 = 64;
const MAX_PARALLELISM: u32 = 16;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Kdf {
    /// Always "argon2id".
    pub name: String,
    /// Argon2 version 0x13 = 19.
    pub version: u32,
    #[serde(flatten)]
    pub cost: KdfCost,
    /// Base64 (standard, padded) of 16 random bytes.
    pub salt: String,
    pub key_bytes: usize,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Cipher {
    /// Always "AES-256-GCM".
    pub name: String,
    /// Base64 of the 12-byte nonce.
    pub nonce: String,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Header {
    pub version: u32,
    /// What the payload is (`flowadmin.variables/1`).
    pub content: String,
    pub kdf: Kdf,
    pub aead: Cipher,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("it is not a sealed bundle (the first line is not `{MAGIC}`)")]
    NotABundle,
    #[error("the bundle is cut short or malformed ({0})")]
    Malformed(&'static str),
    #[error("the bundle uses {0}, which this flowadmin does not read")]
    Unsupported(String),
    #[error(
        "the bundle asks for argon2id costs beyond what flowadmin allows (memory {0} KiB, iterations {1}, lanes {2})"
    )]
    TooCostly(u32, u32, u32),
    /// A wrong passphrase, a changed byte or a truncation: GCM cannot tell them apart.
    #[error("the bundle does not open: a wrong passphrase, or the file was changed or cut short")]
    DoesNotOpen,
}

fn derive(passphrase: &[u8], salt: &[u8], cost: KdfCost) -> Result<Zeroizing<[u8; 32]>, SealError> {
    let params = argon2::Params::new(cost.memory_kib, cost.iterations, cost.parallelism, Some(32))
        .map_err(|_| SealError::Malformed("argon2id parameters"))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut key = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase, salt, &mut key[..])
        .map_err(|_| SealError::Malformed("argon2id salt or passphrase"))?;
    Ok(key)
}

fn random<const N: usize>() -> [u8; N] {
    use rand::TryRng;
    let mut bytes = [0u8; N];
    rand::rngs::SysRng
        .try_fill_bytes(&mut bytes)
        .expect("the operating system's random generator is available");
    bytes
}

/// Seals `payload` under `passphrase`; returns the bundle's bytes.
pub fn seal(passphrase: &[u8], content: &str, payload: &[u8], cost: KdfCost) -> Vec<u8> {
    let salt: [u8; 16] = random();
    let nonce: [u8; 12] = random();
    let header = Header {
        version: 1,
        content: content.to_owned(),
        kdf: Kdf {
            name: "argon2id".into(),
            version: 19,
            cost,
            salt: STANDARD.encode(salt),
            key_bytes: 32,
        },
        aead: Cipher {
            name: "AES-256-GCM".into(),
            nonce: STANDARD.encode(nonce),
        },
        created_at: chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
    };
    let aad = format!(
        "{MAGIC}\n{}\n",
        serde_json::to_string(&header).expect("the header serialises")
    );
    let key = derive(passphrase, &salt, cost).expect("the default costs are valid");
    let cipher = Aes256Gcm::new_from_slice(&key[..]).expect("32-byte key");
    let sealed = cipher
        .encrypt(
            &Nonce::try_from(&nonce[..]).expect("12-byte nonce"),
            Payload {
                msg: payload,
                aad: aad.as_bytes(),
            },
        )
        .expect("AES-GCM encrypts any payload under 64 GiB");
    let mut out = aad.into_bytes();
    out.extend_from_slice(STANDARD.encode(sealed).as_bytes());
    out.push(b'\n');
    out
}

/// Reads a bundle's header without opening it (for messages and checks).
pub fn header(bundle: &[u8]) -> Result<Header, SealError> {
    Ok(split(bundle)?.0)
}

fn split(bundle: &[u8]) -> Result<(Header, &[u8], &[u8]), SealError> {
    let first = bundle
        .iter()
        .position(|&b| b == b'\n')
        .ok_or(SealError::NotABundle)?;
    let line = &bundle[..first];
    if line != MAGIC.as_bytes() {
        return Err(first_line_error(line));
    }
    let rest = &bundle[first + 1..];
    let second = rest
        .iter()
        .position(|&b| b == b'\n')
        .ok_or(SealError::Malformed("no header line"))?;
    let aad = &bundle[..first + 1 + second + 1];
    let header: Header = serde_json::from_slice(&rest[..second])
        .map_err(|_| SealError::Malformed("the header is not the expected JSON"))?;
    let body = &rest[second + 1..];
    Ok((header, aad, body))
}

/// Why a first line is not this format's: a CRLF conversion (a bundle
/// that went through a Windows editor or a text-mode transfer), a newer
/// version of the format (exit 7 where it is reported), or no bundle.
fn first_line_error(line: &[u8]) -> SealError {
    let family = MAGIC.trim_end_matches("v1");
    if line.strip_suffix(b"\r") == Some(MAGIC.as_bytes()) {
        SealError::Malformed(
            "its line ends were converted to CRLF: copy it in binary mode, or convert them back to LF",
        )
    } else if let Some(version) = line.strip_prefix(family.as_bytes()) {
        let version: String = String::from_utf8_lossy(version)
            .trim_start_matches('v')
            .chars()
            .take(16)
            .collect();
        SealError::Unsupported(format!("format version {}", version.escape_debug()))
    } else {
        SealError::NotABundle
    }
}

/// Opens a bundle: the header, and the payload (zeroized when dropped).
pub fn open(passphrase: &[u8], bundle: &[u8]) -> Result<(Header, Zeroizing<Vec<u8>>), SealError> {
    let (header, aad, body) = split(bundle)?;
    if header.version != 1 {
        return Err(SealError::Unsupported(format!(
            "format version {}",
            header.version
        )));
    }
    if header.kdf.name != "argon2id" || header.kdf.version != 19 || header.kdf.key_bytes != 32 {
        return Err(SealError::Unsupported(format!(
            "the key derivation {} v{} ({} bytes)",
            header.kdf.name, header.kdf.version, header.kdf.key_bytes
        )));
    }
    if header.aead.name != "AES-256-GCM" {
        return Err(SealError::Unsupported(header.aead.name.clone()));
    }
    let c = header.kdf.cost;
    if c.memory_kib > MAX_MEMORY_KIB
        || c.iterations > MAX_ITERATIONS
        || c.parallelism > MAX_PARALLELISM
    {
        return Err(SealError::TooCostly(
            c.memory_kib,
            c.iterations,
            c.parallelism,
        ));
    }
    let salt = STANDARD
        .decode(&header.kdf.salt)
        .map_err(|_| SealError::Malformed("the salt is not base64"))?;
    let nonce = STANDARD
        .decode(&header.aead.nonce)
        .ok()
        .and_then(|n| Nonce::try_from(n.as_slice()).ok())
        .ok_or(SealError::Malformed("the nonce is not 12 bytes of base64"))?;
    let text = body.strip_suffix(b"\n").unwrap_or(body);
    // A cut in the base64 makes it undecodable or shortens the tag: both are
    // reported as not opening, as a changed byte is.
    let sealed = STANDARD.decode(text).map_err(|_| SealError::DoesNotOpen)?;
    let key = derive(passphrase, &salt, c)?;
    let cipher = Aes256Gcm::new_from_slice(&key[..]).expect("32-byte key");
    let plain = cipher
        .decrypt(&nonce, Payload { msg: &sealed, aad })
        .map_err(|_| SealError::DoesNotOpen)?;
    Ok((header, Zeroizing::new(plain)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: KdfCost = KdfCost {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };

    #[test]
    fn round_trip_and_every_kind_of_damage() {
        let bundle = seal(b"correct horse", "test/1", b"the payload", CHEAP);
        let (h, plain) = open(b"correct horse", &bundle).unwrap();
        assert_eq!(plain.as_slice(), b"the payload");
        assert_eq!(h.content, "test/1");
        assert_eq!(
            open(b"wrong horse", &bundle).unwrap_err(),
            SealError::DoesNotOpen
        );
        // Every byte flipped, one at a time: nothing opens.
        for i in 0..bundle.len() {
            let mut bad = bundle.clone();
            bad[i] ^= 0x01;
            assert!(open(b"correct horse", &bad).is_err(), "byte {i}");
        }
        for cut in [bundle.len() - 2, bundle.len() - 10, 30, 0] {
            assert!(
                open(b"correct horse", &bundle[..cut]).is_err(),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn a_hostile_header_cannot_ask_for_unbounded_memory() {
        let bundle = seal(b"p", "test/1", b"x", CHEAP);
        let text = String::from_utf8(bundle)
            .unwrap()
            .replace("\"memory_kib\":64", "\"memory_kib\":4000000000");
        assert!(matches!(
            open(b"p", text.as_bytes()),
            Err(SealError::TooCostly(..))
        ));
    }
}
