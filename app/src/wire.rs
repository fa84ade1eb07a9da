//! How the wire types travel. Browsers use postcard, a compact binary form of the same serde
//! types: binary websocket frames, binary data-channel messages, and the page data the
//! server writes into a document (base64). The server also reads and writes JSON text
//! frames, the readable form `docs/protocol.md` shows, for tests and tools; a connection's
//! replies use the form its `hello` came in.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A message that does not decode as the type expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("malformed message")]
pub struct Malformed;

/// The binary form of `value`.
pub fn to_bytes<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    // Serialising into a growing vector fails only for types postcard cannot represent
    // (maps with unknown length), which no wire type is: tested per type.
    postcard::to_allocvec(value).unwrap_or_default()
}

/// A value from its binary form; every byte must be used.
pub fn from_bytes<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Malformed> {
    match postcard::take_from_bytes(bytes) {
        Ok((value, [])) => Ok(value),
        _ => Err(Malformed),
    }
}

/// The binary form of `value` as text that can stand in an HTML document (base64url).
pub fn to_text<T: Serialize + ?Sized>(value: &T) -> String {
    URL_SAFE_NO_PAD.encode(to_bytes(value))
}

/// A value from `to_text`'s form.
pub fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, Malformed> {
    let bytes = URL_SAFE_NO_PAD.decode(text.trim()).map_err(|_| Malformed)?;
    from_bytes(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, serde::Deserialize)]
    enum Sample {
        Unit,
        Named { a: u32, b: Option<String> },
    }

    #[test]
    fn round_trips_and_refuses_leftovers() {
        for v in [
            Sample::Unit,
            Sample::Named {
                a: 300,
                b: Some("x<y".into()),
            },
        ] {
            assert_eq!(from_bytes::<Sample>(&to_bytes(&v)), Ok(v));
        }
        let mut bytes = to_bytes(&Sample::Unit);
        bytes.push(0);
        assert_eq!(from_bytes::<Sample>(&bytes), Err(Malformed));
        assert_eq!(from_bytes::<Sample>(&[9]), Err(Malformed));
        let text = to_text(&Sample::Named { a: 1, b: None });
        assert!(
            text.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        assert_eq!(
            from_text::<Sample>(&text),
            Ok(Sample::Named { a: 1, b: None })
        );
        assert_eq!(from_text::<Sample>("!"), Err(Malformed));
    }
}
