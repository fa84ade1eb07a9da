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
    /// The survey shown when the session ends, if the organisation asks one.
    pub survey: Option<crate::admin::CustomerSurvey>,
    /// The customer already answered the survey.
    pub survey_answered: bool,
    /// The organisation's accent colour (`#rrggbb`), if it set one.
    pub accent: Option<String>,
    /// The organisation's logo (`admin::logo_url`), if it has one.
    #[serde(default)]
    pub logo: Option<String>,
}

/// An invite by email: subject, plain text and HTML, in the technician's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InviteEmail {
    /// Subject line.
    pub subject: String,
    /// Plain-text body (also what "my own mail client" gets).
    pub text: String,
    /// HTML body.
    pub html: String,
}

/// Writes the invite email from the translations `t` (key, arguments → text): who invites,
/// the link, how long it works.
pub fn invite_email(
    tr: impl Fn(&str, &[(&str, crate::i18n::Arg)]) -> String,
    org: &str,
    technician: &str,
    link: &str,
    minutes: i64,
) -> InviteEmail {
    use crate::i18n::Arg;
    let who = [
        ("org", Arg::Str(org.to_owned())),
        ("technician", Arg::Str(technician.to_owned())),
    ];
    let subject = tr("invite-email-subject", &who);
    let intro = tr("invite-email-intro", &who);
    let open = tr("invite-email-open", &[]);
    let expiry = tr(
        "invite-email-expiry",
        &[("count", Arg::Num(minutes as f64))],
    );
    let install = tr("invite-email-nothing-to-install", &[]);
    let text = format!("{intro}\n\n{open}\n{link}\n\n{expiry} {install}\n");
    let html = format!(
        "<p>{}</p><p>{}<br><a href=\"{}\">{}</a></p><p>{} {}</p>",
        escape_html(&intro),
        escape_html(&open),
        escape_html(link),
        escape_html(link),
        escape_html(&expiry),
        escape_html(&install)
    );
    InviteEmail {
        subject,
        text,
        html,
    }
}

/// Longest invite template (email or text message) an organisation may set.
pub const MAX_TEMPLATE: usize = 1000;

/// The placeholders an invite template may hold; `{link}` is required.
pub const PLACEHOLDERS: [&str; 4] = ["{org}", "{technician}", "{link}", "{minutes}"];

/// Checks an organisation's invite template: not too long, holds `{link}`, and no
/// placeholder but the known ones.
pub fn check_template(template: &str) -> bool {
    template.chars().count() <= MAX_TEMPLATE
        && template.contains("{link}")
        && known_placeholders_only(template)
}

/// Longest invite email subject.
pub const MAX_SUBJECT: usize = 200;

/// Checks an organisation's invite email subject: one line, not too long, known
/// placeholders only (the link may be left out).
pub fn check_subject(subject: &str) -> bool {
    subject.chars().count() <= MAX_SUBJECT
        && !subject.contains(['\n', '\r'])
        && known_placeholders_only(subject)
}

fn known_placeholders_only(template: &str) -> bool {
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            return false;
        };
        if !PLACEHOLDERS.contains(&&rest[start..=start + len]) {
            return false;
        }
        rest = &rest[start + len + 1..];
    }
    true
}

/// The template with its placeholders filled in (values are inserted as they are; the HTML
/// form escapes the result).
pub fn fill_template(
    template: &str,
    org: &str,
    technician: &str,
    link: &str,
    minutes: i64,
) -> String {
    template
        .replace("{org}", org)
        .replace("{technician}", technician)
        .replace("{minutes}", &minutes.to_string())
        .replace("{link}", link)
}

/// An invite email from the organisation's own template: the filled text, and the same as
/// HTML paragraphs with the link made clickable.
pub fn templated_email(subject: String, text: String, link: &str) -> InviteEmail {
    let escaped_link = escape_html(link);
    let anchor = format!("<a href=\"{escaped_link}\">{escaped_link}</a>");
    let html = text
        .split("\n\n")
        .map(|p| {
            format!(
                "<p>{}</p>",
                escape_html(p)
                    .replace(&escaped_link, &anchor)
                    .replace('\n', "<br>")
            )
        })
        .collect();
    InviteEmail {
        subject,
        text,
        html,
    }
}

/// `text` with `& < > " '` escaped for HTML.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A `mailto:` URL that opens the person's own mail client with the message filled in.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    use crate::uri::percent_encode as enc;
    let to: String = to.chars().filter(|c| !c.is_whitespace()).collect();
    format!(
        "mailto:{}?subject={}&body={}",
        enc(&to).replace("%40", "@"),
        enc(subject),
        enc(body)
    )
}

/// Keeps only the digits of what someone typed as a PIN ("123 456" → "123456").
pub fn clean_pin(input: &str) -> String {
    input.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invite_emails_escape_what_they_quote() {
        let t = |key: &str, args: &[(&str, crate::i18n::Arg)]| {
            crate::i18n::translate(crate::i18n::Lang::EN, key, args)
        };
        let link = "https://help.example/j/abc?x=1&y=2";
        let m = invite_email(t, "Acme <Support>", "Tess", link, 10);
        assert!(m.subject.contains("Acme <Support>"));
        assert!(m.text.contains(link) && m.text.contains("Tess"));
        assert!(m.html.contains("Acme &lt;Support&gt;"));
        assert!(
            m.html
                .contains("href=\"https://help.example/j/abc?x=1&amp;y=2\"")
        );
        assert!(!m.html.contains("<Support>"));
        assert_eq!(escape_html("a'b\"c"), "a&#39;b&quot;c");
        // Every language has the template.
        for lang in crate::i18n::LANGUAGES.iter().map(|l| l.lang) {
            let m = invite_email(
                |k, a| crate::i18n::translate(lang, k, a),
                "Acme",
                "Tess",
                link,
                10,
            );
            assert!(m.text.contains(link) && m.text.contains("10"), "{lang:?}");
        }
    }

    #[test]
    fn templates_are_checked_and_filled() {
        let t = "{org}: {technician} asks you to open {link} within {minutes} minutes.";
        assert!(check_template(t));
        assert!(!check_template("no link here"));
        assert!(!check_template("{link} {password}"));
        assert!(!check_template("{link} {unclosed"));
        assert!(!check_template(&format!(
            "{{link}}{}",
            "x".repeat(MAX_TEMPLATE)
        )));
        assert_eq!(
            fill_template(t, "Acme", "Tess", "https://x/j/a", 60),
            "Acme: Tess asks you to open https://x/j/a within 60 minutes."
        );
        let mail = templated_email(
            "S".into(),
            "Hi <you>\nopen https://x/j/a?b&c\n\nbye".into(),
            "https://x/j/a?b&c",
        );
        assert_eq!(
            mail.html,
            "<p>Hi &lt;you&gt;<br>open <a href=\"https://x/j/a?b&amp;c\">https://x/j/a?b&amp;c</a></p><p>bye</p>"
        );
    }

    #[test]
    fn mailto_urls_encode_the_message() {
        assert_eq!(
            mailto(" ada@example.com", "Hi & bye", "line 1\nhttps://x/j/a?b=c"),
            "mailto:ada@example.com?subject=Hi%20%26%20bye&body=line%201%0Ahttps%3A%2F%2Fx%2Fj%2Fa%3Fb%3Dc"
        );
    }

    #[test]
    fn pins_are_cleaned() {
        assert_eq!(clean_pin(" 123 456 "), "123456");
        assert_eq!(clean_pin("123-456"), "123456");
        assert_eq!(clean_pin("abc"), "");
    }
}
