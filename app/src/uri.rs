//! Building URIs by hand (`otpauth://`, `mailto:`, plain forms' actions): percent-encoding
//! of their parts.

/// Percent-encodes every byte of `s` but the unreserved characters of RFC 3986
/// (`A–Z a–z 0–9 - . _ ~`).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The action of a plain form posting to the server function at `fn_path` from the page
/// at `back`, where the server sends the browser after it (browsers send no `Referer` here).
pub fn form_action(fn_path: &str, back: &str) -> String {
    format!("{fn_path}?back={}", percent_encode(back))
}

#[cfg(test)]
mod tests {
    use super::{form_action, percent_encode};

    #[test]
    fn a_form_names_its_page() {
        assert_eq!(
            form_action("/fn/redeem_pin", "/pin"),
            "/fn/redeem_pin?back=%2Fpin"
        );
    }

    #[test]
    fn only_unreserved_characters_stay() {
        assert_eq!(percent_encode("a-b._~Z9"), "a-b._~Z9");
        assert_eq!(percent_encode("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
    }
}
