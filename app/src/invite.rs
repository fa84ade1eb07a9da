//! Customer invites: PINs and links, and the customer's access once redeemed.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod server;

use crate::ids::SessionId;
use crate::session::SessionState;
use serde::{Deserialize, Serialize};

/// Name of the customer's cookie (set once a PIN or link is redeemed).
pub const CUSTOMER_COOKIE: &str = "sl_cust";

/// What the customer's page needs to know about its session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerInfo {
    /// The session.
    pub session: SessionId,
    /// The organisation the customer is talking to.
    pub org_name: String,
    /// The organisation's own terms; `None` means the shipped, translated default.
    pub terms: Option<String>,
    /// The session's state when the page loaded.
    pub state: SessionState,
}

/// Keeps only the digits of what someone typed as a PIN ("123 456" → "123456").
pub fn clean_pin(input: &str) -> String {
    input.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::clean_pin;

    #[test]
    fn pins_are_cleaned() {
        assert_eq!(clean_pin(" 123 456 "), "123456");
        assert_eq!(clean_pin("123-456"), "123456");
        assert_eq!(clean_pin("abc"), "");
    }
}
