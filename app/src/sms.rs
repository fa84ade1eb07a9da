//! Invites by text message: phone numbers (E.164), the delivery status, and (ssr) the gateway:
//! one implementation of the common Twilio-style HTTP API (`POST {base}/2010-04-01/Accounts/
//! {account}/Messages.json` with basic auth; delivery reports posted back to
//! `/hooks/sms/status`, signed with HMAC-SHA1 of the URL and the sorted parameters).

#[cfg(feature = "ssr")]
pub mod gateway;
#[cfg(feature = "ssr")]
pub mod repo;

use serde::{Deserialize, Serialize};

/// An invite sent as a text message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextedInvite {
    /// The link invite it carries.
    pub invite: crate::session::IssuedInvite,
    /// The number, masked.
    pub to: String,
    /// Where the message is.
    pub status: SmsStatus,
}

/// Path of the delivery-report webhook.
pub const STATUS_HOOK: &str = "/hooks/sms/status";

/// Where a text message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SmsStatus {
    /// Accepted by the gateway, on its way.
    Sent,
    /// The phone network reports it delivered.
    Delivered,
    /// It could not be delivered.
    Failed,
}

impl SmsStatus {
    /// Every status.
    pub const ALL: [SmsStatus; 3] = [SmsStatus::Sent, SmsStatus::Delivered, SmsStatus::Failed];

    /// The status for a gateway's word (`queued`, `sent`, `delivered`, `undelivered`…).
    pub fn from_gateway(word: &str) -> Option<SmsStatus> {
        match word {
            "accepted" | "queued" | "sending" | "sent" | "scheduled" => Some(SmsStatus::Sent),
            "delivered" | "read" => Some(SmsStatus::Delivered),
            "failed" | "undelivered" | "canceled" => Some(SmsStatus::Failed),
            _ => None,
        }
    }

    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            SmsStatus::Sent => "sent",
            SmsStatus::Delivered => "delivered",
            SmsStatus::Failed => "failed",
        }
    }

    /// Fluent key shown in the dialog.
    pub fn key(self) -> &'static str {
        match self {
            SmsStatus::Sent => "sms-status-sent",
            SmsStatus::Delivered => "sms-status-delivered",
            SmsStatus::Failed => "sms-status-failed",
        }
    }
}

/// A phone number as typed ("+39 333 123 4567") in E.164 ("+393331234567"), or `None`.
pub fn e164(input: &str) -> Option<String> {
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '(' | ')' | '.'))
        .collect();
    let digits = compact.strip_prefix('+')?;
    let ok = (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    ok.then_some(compact)
}

/// A number for logs and screens: the country code and the last two digits.
pub fn masked(number: &str) -> String {
    let n = number.len();
    if n < 6 {
        return "•".repeat(n);
    }
    format!("{}{}{}", &number[..3], "•".repeat(n - 5), &number[n - 2..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_e164_only() {
        assert_eq!(e164("+39 333 123 4567").as_deref(), Some("+393331234567"));
        assert_eq!(e164("+1 (415) 555-0100").as_deref(), Some("+14155550100"));
        for bad in [
            "3331234567",
            "+0331234567",
            "+12",
            "+1234567890123456",
            "+39 333 abc",
            "",
        ] {
            assert_eq!(e164(bad), None, "{bad:?}");
        }
        assert_eq!(masked("+393331234567"), "+39••••••••67");
    }

    #[test]
    fn gateway_words() {
        assert_eq!(SmsStatus::from_gateway("queued"), Some(SmsStatus::Sent));
        assert_eq!(
            SmsStatus::from_gateway("delivered"),
            Some(SmsStatus::Delivered)
        );
        assert_eq!(
            SmsStatus::from_gateway("undelivered"),
            Some(SmsStatus::Failed)
        );
        assert_eq!(SmsStatus::from_gateway("nonsense"), None);
    }
}
