//! Two-factor sign-in: one-time codes from an authenticator app (TOTP, RFC 6238: HMAC-SHA1,
//! 30-second steps, 6 digits, one step of clock skew either way, each step accepted once) and
//! single-use recovery codes for a lost phone.
//!
//! Setting it up: the server makes a secret, the person scans its `otpauth://` URI (QR code)
//! and proves it with a code, then receives ten recovery codes, shown once. Signing in: a right
//! password for an account with two-factor sign-in opens a short-lived pending sign-in
//! (cookie); the code (or a recovery code) completes it. Wrong codes are rate-limited per
//! account and address, and at most [`MAX_CODE_FAILURES`] per pending sign-in; every outcome
//! is written to the audit log.

pub mod api;
#[cfg(feature = "ssr")]
pub mod server;

use serde::{Deserialize, Serialize};

/// The issuer shown in authenticator apps.
pub const ISSUER: &str = "Sightline";
/// Recovery codes made at set-up.
pub const RECOVERY_CODES: usize = 10;
/// Characters of a recovery code (base32 alphabet, shown as two groups of five).
pub const RECOVERY_LEN: usize = 10;
/// Wrong codes allowed on one pending sign-in; then the password is needed again.
pub const MAX_CODE_FAILURES: i64 = 5;
/// Cookie of a sign-in waiting for its code.
pub const PENDING_COOKIE: &str = "sl_2fa";
/// How long a pending sign-in waits for its code, in seconds.
pub const PENDING_TTL_SECS: u64 = 300;

/// Whether two-factor sign-in is on for the signed-in person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    /// On.
    pub enabled: bool,
    /// Recovery codes not used yet.
    pub recovery_left: u32,
}

/// What the person needs to add the account to an authenticator app.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enrolment {
    /// `otpauth://totp/…`, what the QR code holds.
    pub uri: String,
    /// The secret in base32, grouped by four, for typing it in by hand.
    pub secret: String,
    /// The QR code of `uri`, an SVG element.
    pub qr_svg: String,
}

/// What someone typed at the code prompt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    /// Six digits from the app.
    Totp(String),
    /// A recovery code, upper case, without separators.
    Recovery(String),
}

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Reads a code: six digits (spaces allowed), or a recovery code (any case, with or without
/// its dash). `None` for anything else.
pub fn parse_code(input: &str) -> Option<Code> {
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if compact.len() == 6 && compact.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Code::Totp(compact));
    }
    let upper = compact.to_ascii_uppercase();
    (upper.len() == RECOVERY_LEN && upper.bytes().all(|b| BASE32.contains(&b)))
        .then_some(Code::Recovery(upper))
}

/// A recovery code as shown: `ABCDE-FGHIJ`.
pub fn format_recovery(code: &str) -> String {
    let (a, b) = code.split_at(code.len().min(RECOVERY_LEN / 2));
    format!("{a}-{b}")
}

/// Groups a base32 secret by four characters, for typing it in by hand.
pub fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `otpauth://` URI of an account (Key Uri Format, as authenticator apps read it).
pub fn otpauth_uri(account: &str, secret_base32: &str) -> String {
    let label = format!("{ISSUER}:{account}");
    format!(
        "otpauth://totp/{}?secret={secret_base32}&issuer={}&algorithm=SHA1&digits=6&period=30",
        crate::uri::percent_encode(&label),
        crate::uri::percent_encode(ISSUER)
    )
}

/// A recovery code from random bytes (one character per byte, 5 bits of each).
pub fn recovery_code(random: &[u8; RECOVERY_LEN]) -> String {
    random
        .iter()
        .map(|b| char::from(BASE32[usize::from(b & 31)]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_people_type_them() {
        assert_eq!(parse_code(" 123 456 "), Some(Code::Totp("123456".into())));
        assert_eq!(
            parse_code("abcde-fgh23"),
            Some(Code::Recovery("ABCDEFGH23".into()))
        );
        assert_eq!(
            parse_code("ABCDEFGH23"),
            Some(Code::Recovery("ABCDEFGH23".into()))
        );
        for bad in [
            "",
            "12345",
            "1234567",
            "abcde-fgh18",
            "ABCDE-FGHIJK",
            "12345a",
        ] {
            assert_eq!(parse_code(bad), None, "{bad:?}");
        }
        assert_eq!(format_recovery("ABCDEFGH23"), "ABCDE-FGH23");
        assert_eq!(
            parse_code(&format_recovery("ABCDEFGH23")),
            Some(Code::Recovery("ABCDEFGH23".into()))
        );
        assert_eq!(
            recovery_code(&[0, 1, 2, 31, 32, 33, 255, 7, 8, 9]),
            "ABC7AB7HIJ"
        );
    }

    #[test]
    fn secrets_and_uris_as_authenticator_apps_expect() {
        assert_eq!(grouped("MZXW6YTBOI"), "MZXW 6YTB OI");
        assert_eq!(
            otpauth_uri("tess+1@acme.test", "MZXW6YTBOI"),
            "otpauth://totp/Sightline%3Atess%2B1%40acme.test?secret=MZXW6YTBOI&issuer=Sightline&algorithm=SHA1&digits=6&period=30"
        );
    }
}
