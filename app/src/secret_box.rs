//! Secrets at rest (two-factor secrets): sealed with a key kept outside the database, so
//! that a copy of the database alone reveals none of them.
//!
//! A sealed value is `v1.<key id>.<base64url(nonce ‖ ciphertext ‖ tag)>`, XChaCha20-Poly1305
//! with a random 192-bit nonce; the key id (the first 8 bytes of the key's SHA-256, in hex)
//! says which key sealed it, so values sealed with a previous key still open while a
//! rotation (`sightline rotate-secret-key`) is under way. The value's column name is bound
//! as associated data: a sealed value moved to another column does not open.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

/// The prefix of a sealed value.
const VERSION: &str = "v1";

/// Why a sealed value did not open.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Unsealed {
    /// Not a sealed value of this format.
    #[error("not a sealed value")]
    Malformed,
    /// Sealed with a key this server does not have.
    #[error("sealed with key {0}, which this server does not have")]
    UnknownKey(String),
    /// The value or its key is not the one it was sealed with.
    #[error("the sealed value does not authenticate")]
    Forged,
}

/// One 256-bit key.
#[derive(Clone)]
pub struct SecretKey {
    key: [u8; 32],
    id: String,
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretKey({})", self.id)
    }
}

impl SecretKey {
    /// A key from its 32 bytes.
    pub fn from_bytes(key: [u8; 32]) -> SecretKey {
        let digest = Sha256::digest(key);
        let id = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
        SecretKey { key, id }
    }

    /// A fresh random key.
    pub fn generate() -> SecretKey {
        SecretKey::from_bytes(rand::random())
    }

    /// A key as written in a key file or an environment variable (base64url of 32 bytes,
    /// surrounding whitespace ignored).
    pub fn parse(text: &str) -> Option<SecretKey> {
        let bytes = B64.decode(text.trim()).ok()?;
        Some(SecretKey::from_bytes(bytes.try_into().ok()?))
    }

    /// The key as written in a key file.
    pub fn encode(&self) -> String {
        B64.encode(self.key)
    }

    /// Which key this is (not secret).
    pub fn id(&self) -> &str {
        &self.id
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(&self.key))
    }
}

/// The keys of a server: the current one seals, any of them opens.
#[derive(Clone, Debug)]
pub struct Keyring {
    current: SecretKey,
    others: Vec<SecretKey>,
}

impl Keyring {
    /// Seals with `current`; also opens what `others` sealed.
    pub fn new(current: SecretKey, others: Vec<SecretKey>) -> Keyring {
        Keyring { current, others }
    }

    /// The key that seals.
    pub fn current(&self) -> &SecretKey {
        &self.current
    }

    /// Seals `plain`, the value of `column`.
    pub fn seal(&self, column: &str, plain: &str) -> String {
        let nonce: [u8; 24] = rand::random();
        let payload = Payload {
            msg: plain.as_bytes(),
            aad: column.as_bytes(),
        };
        // Encrypting into memory cannot fail for inputs of this size.
        let sealed = self
            .current
            .cipher()
            .encrypt(XNonce::from_slice(&nonce), payload)
            .unwrap_or_default();
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        format!("{VERSION}.{}.{}", self.current.id, B64.encode(bytes))
    }

    /// Opens a value of `column` sealed by any key of the ring.
    pub fn open(&self, column: &str, sealed: &str) -> Result<String, Unsealed> {
        let mut parts = sealed.splitn(3, '.');
        let (Some(VERSION), Some(id), Some(data)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(Unsealed::Malformed);
        };
        let key = std::iter::once(&self.current)
            .chain(&self.others)
            .find(|k| k.id == id)
            .ok_or_else(|| Unsealed::UnknownKey(id.to_owned()))?;
        let bytes = B64.decode(data).map_err(|_| Unsealed::Malformed)?;
        if bytes.len() < 24 {
            return Err(Unsealed::Malformed);
        }
        let (nonce, ciphertext) = bytes.split_at(24);
        let payload = Payload {
            msg: ciphertext,
            aad: column.as_bytes(),
        };
        let plain = key
            .cipher()
            .decrypt(XNonce::from_slice(nonce), payload)
            .map_err(|_| Unsealed::Forged)?;
        String::from_utf8(plain).map_err(|_| Unsealed::Forged)
    }

    /// Whether `value` is sealed (by any key), rather than stored as it is (before sealing
    /// existed).
    pub fn is_sealed(value: &str) -> bool {
        value
            .strip_prefix(VERSION)
            .is_some_and(|rest| rest.starts_with('.'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_their_key_and_column() {
        let old = SecretKey::generate();
        let ring = Keyring::new(old.clone(), vec![]);
        let sealed = ring.seal("totp_secret", "JBSWY3DPEHPK3PXP");
        assert!(Keyring::is_sealed(&sealed));
        assert!(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_ne!(
            sealed,
            ring.seal("totp_secret", "JBSWY3DPEHPK3PXP"),
            "a fresh nonce each time"
        );
        assert_eq!(
            ring.open("totp_secret", &sealed).as_deref(),
            Ok("JBSWY3DPEHPK3PXP")
        );
        assert_eq!(ring.open("totp_pending", &sealed), Err(Unsealed::Forged));

        // Another server's key opens nothing; after a rotation the old key still opens
        // what it sealed while the new one seals.
        let other = Keyring::new(SecretKey::generate(), vec![]);
        assert!(matches!(
            other.open("totp_secret", &sealed),
            Err(Unsealed::UnknownKey(_))
        ));
        let rotated = Keyring::new(SecretKey::generate(), vec![old]);
        assert_eq!(
            rotated.open("totp_secret", &sealed).as_deref(),
            Ok("JBSWY3DPEHPK3PXP")
        );
        let resealed = rotated.seal("totp_secret", "JBSWY3DPEHPK3PXP");
        assert!(resealed.starts_with(&format!("v1.{}.", rotated.current().id())));

        // A changed byte does not open.
        let mut forged = sealed.clone().into_bytes();
        let last = forged.len() - 2;
        forged[last] = if forged[last] == b'A' { b'B' } else { b'A' };
        let forged = String::from_utf8(forged).unwrap_or_default();
        assert_eq!(ring.open("totp_secret", &forged), Err(Unsealed::Forged));
        assert_eq!(
            ring.open("totp_secret", "JBSWY3DPEHPK3PXP"),
            Err(Unsealed::Malformed)
        );

        // Keys travel as text.
        let key = SecretKey::generate();
        let again = SecretKey::parse(&format!(" {}\n", key.encode())).map(|k| k.id().to_owned());
        assert_eq!(again.as_deref(), Some(key.id()));
        assert!(SecretKey::parse("too short").is_none());
    }
}
