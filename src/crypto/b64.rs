//! Python's lenient `base64.urlsafe_b64decode`, which is how Langflow turns a
//! long secret key into Fernet key bytes. Matching it exactly means flowadmin
//! accepts every key Langflow accepts (standard `+/` alphabet, stray
//! characters) and refuses every key Langflow refuses.

/// `base64.urlsafe_b64decode(add_base64_padding(text).encode())`, or `None`
/// where Python raises: Langflow pads by `len()` (characters), then decodes
/// the UTF-8 *bytes*, in which a non-ASCII character is only bytes outside
/// the alphabet, skipped like any other.
#[cfg(test)]
pub fn python_urlsafe_decode_padded(text: &str) -> Option<Vec<u8>> {
    a2b_base64_lenient(add_base64_padding(text).as_bytes())
}

/// Langflow's `add_base64_padding`: `=` up to a multiple of 4 *characters*
/// (Python's `len()`), before the key is encoded and handed to `Fernet()`.
pub fn add_base64_padding(text: &str) -> zeroize::Zeroizing<String> {
    let mut padded = zeroize::Zeroizing::new(String::with_capacity(text.len() + 3));
    padded.push_str(text);
    let remainder = text.chars().count() % 4;
    if remainder != 0 {
        padded.push_str(&"=".repeat(4 - remainder));
    }
    padded
}

/// `base64.urlsafe_b64decode(data)` on bytes (what `Fernet(key_bytes)` does),
/// or `None` where Python raises.
pub fn python_urlsafe_decode(data: &[u8]) -> Option<Vec<u8>> {
    a2b_base64_lenient(data)
}

/// What `cryptography` 51's Fernet reads as base64 (its Rust `Fernet` and
/// `Fernet.decrypt`): ASCII white space anywhere is dropped, then the rest
/// must be strict url-safe base64 (no `+` or `/`, no stray bytes, nothing
/// after the padding) with or without its padding; non-zero trailing bits are
/// ignored. The same `base64` 0.23 decoder, configured as 51.0.1 configures it.
pub fn cryptography51_decode(data: &[u8]) -> Option<Vec<u8>> {
    use base64::Engine;
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    const LENIENT: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::URL_SAFE,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    if data.iter().any(u8::is_ascii_whitespace) {
        let kept: Vec<u8> = data
            .iter()
            .copied()
            .filter(|b| !b.is_ascii_whitespace())
            .collect();
        LENIENT.decode(kept).ok()
    } else {
        LENIENT.decode(data).ok()
    }
}

fn sextet(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        // urlsafe_b64decode maps -_ to +/ and then accepts both.
        b'+' | b'-' => 62,
        b'/' | b'_' => 63,
        _ => return None,
    } as u32)
}

/// CPython's `binascii.a2b_base64(data, strict_mode=False)`: characters
/// outside the alphabet are skipped, and a complete pad sequence ends input.
fn a2b_base64_lenient(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad_pos = 0u32;
    let mut left_char = 0u32;
    let mut pads = 0u32;
    for &c in data {
        if c == b'=' {
            pads += 1;
            if quad_pos >= 2 && quad_pos + pads >= 4 {
                return Some(out);
            }
            continue;
        }
        let Some(v) = sextet(c) else { continue };
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left_char = v;
            }
            1 => {
                quad_pos = 2;
                out.push(((left_char << 2) | (v >> 4)) as u8);
                left_char = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push(((left_char << 4) | (v >> 2)) as u8);
                left_char = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push(((left_char << 6) | v) as u8);
                left_char = 0;
            }
        }
    }
    if quad_pos != 0 { None } else { Some(out) }
}

#[cfg(test)]
mod tests {
    use super::python_urlsafe_decode_padded as dec;

    // Expected lengths were checked against CPython 3.11's base64 module
    // (tests/vectors/make_vectors.py records the same cases).
    #[test]
    fn matches_python_on_quirky_keys() {
        let k = "lnLqwKCwQY6r3KwBAea4pnfmdpuPruPVwiGD0C7lY1w";
        assert_eq!(dec(k).map(|v| v.len()), Some(32));
        assert_eq!(dec(&format!("{k}=")).map(|v| v.len()), Some(32));
        assert_eq!(dec(&format!("{k}\n")), None, "Python: Incorrect padding");
        assert_eq!(dec(&format!("{k}\n\n")).map(|v| v.len()), Some(32));
        assert_eq!(
            dec(&format!(
                "{}!{}",
                k.get(..20).unwrap(),
                k.get(20..).unwrap()
            )),
            None
        );
        assert_eq!(
            dec("Zm9v+/+/Zm9v+/+/Zm9v+/+/Zm9v+/+/Zm9v+/+/Zm9v").map(|v| v.len()),
            Some(33)
        );
        // Non-ASCII: its bytes are skipped; padding counts characters.
        assert_eq!(dec("é"), Some(Vec::new()));
        assert_eq!(
            dec(&format!("{}é", k.get(..40).unwrap())).map(|v| v.len()),
            Some(30)
        );
    }
}
