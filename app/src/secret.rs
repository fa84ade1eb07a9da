//! Random identifiers, PINs and tokens, and token hashing.
//!
//! Randomness comes from `rand::rng()`: a ChaCha-based CSPRNG seeded from the operating
//! system. Tokens are stored only as SHA-256 hashes, so a copy of the database does not let
//! anyone in.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::{Rng, RngExt};
use sha2::{Digest, Sha256};

use crate::ids::{READABLE_ALPHABET, SESSION_ID_LEN};

/// A random identifier of `len` characters from the readable alphabet.
pub fn readable_id(len: usize) -> String {
    let mut rng = rand::rng();
    (0..len)
        .map(|_| char::from(READABLE_ALPHABET[rng.random_range(0..READABLE_ALPHABET.len())]))
        .collect()
}

/// A new session ID.
pub fn session_id() -> String {
    readable_id(SESSION_ID_LEN)
}

/// A new internal identifier (organisations, users, invites): 128 bits, URL-safe.
pub fn internal_id() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A new secret token: 256 bits, URL-safe (43 characters).
pub fn token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A new 6-digit PIN, uniform over 000000–999999.
pub fn pin() -> String {
    format!("{:06}", rand::rng().random_range(0..1_000_000u32))
}

/// Whether `s` looks like a PIN (exactly six ASCII digits).
pub fn is_pin(s: &str) -> bool {
    s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `s` looks like a token we issued (43 URL-safe base64 characters).
pub fn is_token(s: &str) -> bool {
    s.len() == 43
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The public seat of a browser tab: a prefix of its resume token's hash (not reversible).
pub fn seat_of(resume: &str) -> crate::session::SeatId {
    crate::session::SeatId(hash_token(resume)[..16].to_owned())
}

/// The stored form of a token: SHA-256, URL-safe base64.
pub fn hash_token(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::is_session_id;
    use std::collections::HashSet;

    #[test]
    fn pins_are_six_digits_and_spread() {
        let pins: Vec<String> = (0..2000).map(|_| pin()).collect();
        assert!(pins.iter().all(|p| is_pin(p)));
        let distinct: HashSet<_> = pins.iter().collect();
        // 2000 draws from 10^6 values: expected collisions ≈ 2; 1990 distinct is ~certain.
        assert!(distinct.len() > 1990, "{}", distinct.len());
        // Leading digits cover 0–9 (zero padding works).
        let leading: HashSet<_> = pins.iter().map(|p| p.as_bytes()[0]).collect();
        assert_eq!(leading.len(), 10);
    }

    #[test]
    fn tokens_carry_256_bits() {
        let t = token();
        assert!(is_token(&t), "{t}");
        assert_eq!(URL_SAFE_NO_PAD.decode(&t).unwrap().len(), 32);
        assert_ne!(token(), t);
        assert!(!is_token("short"));
        assert!(!is_token(&format!("{}!", &t[..42])));
    }

    #[test]
    fn hashes_are_stable_and_distinct() {
        assert_eq!(hash_token("abc"), hash_token("abc"));
        assert_ne!(hash_token("abc"), hash_token("abd"));
        assert_eq!(
            hash_token("abc"),
            "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"
        );
    }

    #[test]
    fn ids_have_their_shapes() {
        assert!(is_session_id(&session_id()));
        assert_eq!(URL_SAFE_NO_PAD.decode(internal_id()).unwrap().len(), 16);
        assert!(!is_pin("12345"));
        assert!(!is_pin("12345a"));
        assert!(!is_pin("１２３４５６"));
    }
}
