//! Langflow's short-key derivation up to 1.9: `random.seed(key)` then 32 x
//! `getrandbits(8)`. Reproduced from CPython's documented algorithm (MT19937
//! `init_by_array`), so keys made by old Langflow releases still open.

use rand_mt::Mt;
use sha2::{Digest, Sha512};

/// The 32 raw key bytes CPython's `random` yields after `random.seed(key)`.
pub fn legacy_key_bytes(key: &str) -> [u8; 32] {
    let text = key.as_bytes();
    // random.seed(str) (version 2): int.from_bytes(text + sha512(text), "big").
    let mut big_endian = Vec::with_capacity(text.len() + 64);
    big_endian.extend_from_slice(text);
    big_endian.extend_from_slice(&Sha512::digest(text));
    // The integer has no leading zero bytes; CPython keys MT with ceil(bits/32)
    // little-endian 32-bit words (at least one).
    let first = big_endian
        .iter()
        .position(|&b| b != 0)
        .unwrap_or(big_endian.len());
    let mut little: Vec<u8> = big_endian[first..].iter().rev().copied().collect();
    if little.is_empty() {
        little.push(0);
    }
    while !little.len().is_multiple_of(4) {
        little.push(0);
    }
    let words: Vec<u32> = little
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let mut mt = Mt::new_with_key(words);
    let mut out = [0u8; 32];
    for byte in &mut out {
        // getrandbits(8) keeps the top 8 bits of one 32-bit output.
        *byte = (mt.next_u32() >> 24) as u8;
    }
    out
}
