//! Fernet (the spec: <https://github.com/fernet/spec>), composed from the
//! RustCrypto primitives the `fernet` crate itself uses (`aes`, `cbc`,
//! `hmac`, `sha2`), for speed: each key's AES schedule and HMAC state are
//! computed once and reused for every token, a token costs one allocation
//! (its output), and IVs come from the thread's CSPRNG (ChaCha, seeded and
//! reseeded from the OS) instead of a system call each. This is the spec's
//! construction, not new cryptography: version 0x80, a big-endian
//! timestamp, a random IV, AES-128-CBC with PKCS#7 padding, HMAC-SHA256
//! over all of it. Proved by the spec's vectors, by the `fernet` crate on
//! random input, and against Python's `cryptography` both ways (interop).
//!
//! Decryption checks no time, as Python's `Fernet.decrypt(token)` without a
//! TTL checks none.

use std::cell::RefCell;

use aes::cipher::{BlockDecryptMut, BlockEncryptMut, InnerIvInit, KeyInit};
use base64::Engine;
use base64::engine::general_purpose::{URL_SAFE, URL_SAFE_NO_PAD};
use hmac::Mac;

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

const VERSION: u8 = 0x80;
/// Version, timestamp, IV.
const HEADER: usize = 1 + 8 + 16;
const TAG: usize = 32;
const BLOCK: usize = 16;

/// One Fernet key, its schedules ready.
#[derive(Clone)]
pub struct Fernet {
    cipher: aes::Aes128,
    mac: HmacSha256,
}

impl Fernet {
    /// A key from its 32 raw bytes (16 signing, then 16 encryption).
    pub fn from_raw(raw: &[u8; 32]) -> Fernet {
        let (signing, encryption) = raw.split_at(16);
        Fernet {
            cipher: aes::Aes128::new_from_slice(encryption).expect("16 bytes make an AES-128 key"),
            mac: <HmacSha256 as hmac::digest::KeyInit>::new_from_slice(signing)
                .expect("HMAC takes any key length"),
        }
    }

    /// A key from its url-safe base64 text, read as the `fernet` crate
    /// reads one (padding optional); None unless it is 32 bytes.
    pub fn new(key: &str) -> Option<Fernet> {
        let raw = zeroize::Zeroizing::new(URL_SAFE_NO_PAD.decode(key.trim_end_matches('=')).ok()?);
        let raw: &[u8; 32] = raw.as_slice().try_into().ok()?;
        Some(Fernet::from_raw(raw))
    }

    /// A token of `plaintext`, stamped now.
    pub fn encrypt(&self, plaintext: &[u8]) -> String {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut iv = [0u8; 16];
        rand::Rng::fill_bytes(&mut rand::rng(), &mut iv);
        self.encrypt_with(plaintext, now, &iv)
    }

    /// A token of `plaintext` with the given timestamp and IV (the spec's
    /// generate vectors fix both).
    pub fn encrypt_with(&self, plaintext: &[u8], timestamp: u64, iv: &[u8; 16]) -> String {
        let padded = (plaintext.len() / BLOCK + 1) * BLOCK;
        SCRATCH.with(|cell| {
            let mut buf = cell.borrow_mut();
            buf.clear();
            buf.push(VERSION);
            buf.extend_from_slice(&timestamp.to_be_bytes());
            buf.extend_from_slice(iv);
            buf.extend_from_slice(plaintext);
            buf.resize(HEADER + padded, 0);
            let enc = cbc::Encryptor::<aes::Aes128>::inner_iv_init(self.cipher.clone(), iv.into());
            let body = &mut buf[HEADER..];
            let n = enc
                .encrypt_padded_mut::<aes::cipher::block_padding::Pkcs7>(body, plaintext.len())
                .expect("the buffer holds the padded text")
                .len();
            debug_assert_eq!(n, padded);
            let mut mac = self.mac.clone();
            mac.update(&buf);
            let tag = mac.finalize().into_bytes();
            buf.extend_from_slice(&tag);
            URL_SAFE.encode(&buf[..])
        })
    }

    /// The plaintext of a token this key made, or None (not base64, not
    /// version 0x80, too short, a wrong tag, bad padding).
    pub fn decrypt(&self, token: &str) -> Option<Vec<u8>> {
        SCRATCH.with(|cell| {
            let mut buf = cell.borrow_mut();
            buf.clear();
            URL_SAFE_NO_PAD
                .decode_vec(token.trim_end_matches('='), &mut buf)
                .ok()?;
            if buf.len() < HEADER + TAG || buf[0] != VERSION {
                return None;
            }
            let (signed, tag) = buf.split_at(buf.len() - TAG);
            let mut mac = self.mac.clone();
            mac.update(signed);
            mac.verify_slice(tag).ok()?;
            let body = signed.get(HEADER..)?;
            if body.is_empty() || !body.len().is_multiple_of(BLOCK) {
                return None;
            }
            let iv: [u8; 16] = signed.get(9..HEADER)?.try_into().ok()?;
            let mut out = body.to_vec();
            let dec = cbc::Decryptor::<aes::Aes128>::inner_iv_init(self.cipher.clone(), &iv.into());
            let n = dec
                .decrypt_padded_mut::<aes::cipher::block_padding::Pkcs7>(&mut out)
                .ok()?
                .len();
            out.truncate(n);
            Some(out)
        })
    }
}

thread_local! {
    /// Each thread's working buffer: the raw token being built or read.
    static SCRATCH: RefCell<zeroize::Zeroizing<Vec<u8>>> =
        RefCell::new(zeroize::Zeroizing::new(Vec::with_capacity(256)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spec's generate.json vector.
    #[test]
    fn the_spec_generate_vector() {
        let f = Fernet::new("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=").unwrap();
        let iv: [u8; 16] = (0..16).collect::<Vec<u8>>().try_into().unwrap();
        // 1985-10-26T01:20:00-07:00
        let token = f.encrypt_with(b"hello", 499_162_800, &iv);
        assert_eq!(
            token,
            "gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA=="
        );
        assert_eq!(f.decrypt(&token).unwrap(), b"hello");
    }

    /// The spec's invalid.json vectors (no TTL here, so the expired and
    /// future ones are not invalid without one, as in Python).
    #[test]
    fn the_spec_invalid_vectors() {
        let f = Fernet::new("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=").unwrap();
        for token in [
            // incorrect mac
            "gAAAAAAdwJ6xAAECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPAl1-szkFVzXTuGb4hR8AKtwcaX1YdykQUFBQUFBQUFBQQ==",
            // too short
            "gAAAAAAdwJ6xAAECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPA==",
            // invalid base64
            "%%%%%%%%%%%%%AECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPAl1-szkFVzXTuGb4hR8AKtwcaX1YdykRtfsH-p1YsUD2Q==",
            // payload size not multiple of block size
            "gAAAAAAdwJ6xAAECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPOm73QeoCk9uGib28Xe5vz6oxq5nmxbx_v7mrfyudzUm",
            // payload padding error
            "gAAAAAAdwJ6xAAECAwQFBgcICQoLDA0ODz4LEpdELGQAad7aNEHbf-JkLPIpuiYRLQ3RtXatOYREu2FWke6CnJNYIbkuKNqOhw==",
            // incorrect IV (causes padding error)
            "gAAAAAAdwJ6xBQECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPAkLhFLHpGtDBRLRTZeUfWgHSv49TF2AUEZ1TIvcZjK1zQ==",
        ] {
            assert!(f.decrypt(token).is_none(), "{token}");
        }
        // The expired and the far-future ones open (to an empty text, as
        // Python's Fernet.decrypt opens them): without a TTL nothing checks
        // the time.
        for token in [
            "gAAAAAAdwJ6xAAECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPAl1-szkFVzXTuGb4hR8AKtwcaX1YdykRtfsH-p1YsUD2Q==",
            "gAAAAAAdwStRAAECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPAnja1xKYyhd-Y6mSkTOyTGJmw2Xc2a6kBd-iX9b_qXQcw==",
        ] {
            assert_eq!(f.decrypt(token).unwrap(), b"");
        }
    }

    /// Tokens made here open in the `fernet` crate and the other way
    /// round, on every length around the block size; a changed byte or a
    /// cut is refused by both alike.
    #[test]
    fn agrees_with_the_fernet_crate() {
        let key = "cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=";
        let (ours, theirs) = (Fernet::new(key).unwrap(), fernet::Fernet::new(key).unwrap());
        let other = Fernet::new("QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=").unwrap();
        for len in 0..70 {
            let plain: Vec<u8> = (0..len).map(|i| (i * 7 + len) as u8).collect();
            let mine = ours.encrypt(&plain);
            let crate_made = theirs.encrypt(&plain);
            let open = |t: &str| theirs.decrypt_at_time(t, None, u64::MAX / 2).ok();
            assert_eq!(open(&mine), Some(plain.clone()));
            assert_eq!(ours.decrypt(&crate_made), Some(plain.clone()));
            assert_eq!(other.decrypt(&mine), None);
            let mut bytes = mine.clone().into_bytes();
            let at = 20 + len % 30;
            bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(bytes).unwrap();
            assert_eq!(ours.decrypt(&changed), open(&changed));
            let cut: String = mine.chars().take(mine.len() - 4).collect();
            assert_eq!(ours.decrypt(&cut), open(&cut));
        }
    }
}
