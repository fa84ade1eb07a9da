//! Identifier newtypes shared by server and browser.
//!
//! Every identifier is an opaque string on the wire, so a value of one kind can never be
//! passed where another is expected.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The identifier as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                Self(value)
            }
        }
    };
}

string_id!(
    /// A support session, shown to technicians as the "session ID".
    SessionId
);
string_id!(
    /// An organisation (tenant).
    OrgId
);
string_id!(
    /// A person who signs in: technician or administrator.
    UserId
);

/// A client-chosen command number; the server echoes it in `Done` / `Refused`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CmdId(pub u64);

/// Alphabet for identifiers people may read aloud: no 0/O, 1/I/L, 5/S, 8/B.
pub const READABLE_ALPHABET: &[u8] = b"2346789ACDEFGHJKMNPQRTUVWXYZ";

/// Length of a session ID: 28^10 ≈ 3·10^14 values.
pub const SESSION_ID_LEN: usize = 10;

/// Whether `s` has the shape of a session ID (used to reject junk before touching the DB).
pub fn is_session_id(s: &str) -> bool {
    s.len() == SESSION_ID_LEN && s.bytes().all(|b| READABLE_ALPHABET.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_serialise_as_plain_strings() {
        let id = SessionId("ABCDEFGH23".into());
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"ABCDEFGH23\"");
        assert_eq!(
            serde_json::from_str::<SessionId>("\"ABCDEFGH23\"").unwrap(),
            id
        );
        assert_eq!(serde_json::to_string(&CmdId(7)).unwrap(), "7");
    }

    #[test]
    fn session_id_shape() {
        assert!(is_session_id("ACDEFGH234"));
        assert!(!is_session_id("ACDEFGH23"));
        assert!(!is_session_id("ACDEFGH230"));
        assert!(!is_session_id("acdefgh234"));
    }
}
