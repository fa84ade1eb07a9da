//! Chat between technician and customer: messages, pushed links, and their validation.
//!
//! A message carries an ID chosen by the page that wrote it, so resending it after a
//! reconnect stores it once; the server keeps messages in the session log (kinds `chat` and
//! `url`) and pushes each to every party of the session, the writer included (that echo is
//! the acknowledgement).

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod repo;

/// Longest chat message (characters).
pub const MAX_TEXT: usize = 2000;
/// Longest pushed URL (bytes).
pub const MAX_URL: usize = 2000;
/// Most messages kept per session (the server refuses more).
pub const MAX_PER_SESSION: usize = 2000;

/// A message ID chosen by its writer: 8–40 characters of `[A-Za-z0-9_-]`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ChatId(pub String);

impl ChatId {
    /// Whether the ID has the allowed shape.
    pub fn is_valid(&self) -> bool {
        (8..=40).contains(&self.0.len())
            && self
                .0
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    }

    /// A fresh random ID from 120 random bits (browser: `Math.random`, enough for
    /// uniqueness; IDs are not secrets).
    pub fn random(mut next_f64: impl FnMut() -> f64) -> Self {
        const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let id = (0..20)
            .map(|_| {
                let i = (next_f64() * ALPHABET.len() as f64) as usize;
                char::from(ALPHABET[i.min(ALPHABET.len() - 1)])
            })
            .collect();
        Self(id)
    }
}

/// What a message says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChatBody {
    /// Plain text.
    Text { text: String },
    /// A link the technician pushes; the customer's page shows it to tap.
    Url { url: String },
}

impl ChatBody {
    /// Checks the body before it is sent or stored; the text is trimmed.
    pub fn validated(self) -> Result<ChatBody, ChatError> {
        match self {
            ChatBody::Text { text } => {
                let text = text.trim();
                if text.is_empty() {
                    Err(ChatError::Empty)
                } else if text.chars().count() > MAX_TEXT {
                    Err(ChatError::TooLong)
                } else {
                    Ok(ChatBody::Text {
                        text: text.to_owned(),
                    })
                }
            }
            ChatBody::Url { url } => Ok(ChatBody::Url {
                url: validate_url(&url)?,
            }),
        }
    }

    /// The session-log kind.
    pub fn kind(&self) -> &'static str {
        match self {
            ChatBody::Text { .. } => "chat",
            ChatBody::Url { .. } => "url",
        }
    }

    /// The stored text (message or URL).
    pub fn content(&self) -> &str {
        match self {
            ChatBody::Text { text } => text,
            ChatBody::Url { url } => url,
        }
    }

    /// Rebuilds a body from its log kind and text.
    pub fn from_stored(kind: &str, content: String) -> Option<ChatBody> {
        match kind {
            "chat" => Some(ChatBody::Text { text: content }),
            "url" => Some(ChatBody::Url { url: content }),
            _ => None,
        }
    }
}

/// Who wrote a message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChatAuthor {
    /// A technician, by name.
    Technician { name: String },
    /// The customer.
    Customer,
}

/// One stored message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    /// The writer's ID for it.
    pub id: ChatId,
    /// Who wrote it.
    pub from: ChatAuthor,
    /// What it says.
    pub body: ChatBody,
    /// When the server stored it (Unix ms).
    pub at: i64,
}

/// Why a message was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChatError {
    /// Nothing to send.
    Empty,
    /// Longer than `MAX_TEXT` / `MAX_URL`.
    TooLong,
    /// Not an absolute `http://` or `https://` URL with a host.
    BadUrl,
}

impl ChatError {
    /// The field name used in `AppError::InvalidInput`.
    pub fn field(self) -> &'static str {
        match self {
            ChatError::Empty | ChatError::TooLong => "chat-text",
            ChatError::BadUrl => "chat-url",
        }
    }
}

/// Accepts only absolute `http`/`https` URLs with a plausible host and no spaces or control
/// characters; returns it with the scheme lower-cased. Anything else (`javascript:`, `data:`,
/// `file:`, relative paths, credentials in the URL) is refused.
pub fn validate_url(raw: &str) -> Result<String, ChatError> {
    let url = raw.trim();
    if url.is_empty() {
        return Err(ChatError::Empty);
    }
    if url.len() > MAX_URL {
        return Err(ChatError::TooLong);
    }
    let (scheme, rest) = url.split_once("://").ok_or(ChatError::BadUrl)?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(ChatError::BadUrl);
    }
    if url
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\\'))
    {
        return Err(ChatError::BadUrl);
    }
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    if authority.contains('@') {
        return Err(ChatError::BadUrl);
    }
    let host = if let Some(v6) = authority.strip_prefix('[') {
        let (inside, after) = v6.split_once(']').ok_or(ChatError::BadUrl)?;
        if inside.is_empty() || !inside.chars().all(|c| c.is_ascii_hexdigit() || c == ':') {
            return Err(ChatError::BadUrl);
        }
        check_port(after)?;
        inside
    } else {
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        };
        if let Some(p) = port {
            check_port(&format!(":{p}"))?;
        }
        let labels_ok = host.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
        if !labels_ok {
            return Err(ChatError::BadUrl);
        }
        host
    };
    if host.is_empty() || host.len() > 253 {
        return Err(ChatError::BadUrl);
    }
    Ok(format!("{scheme}://{rest}"))
}

fn check_port(after_host: &str) -> Result<(), ChatError> {
    match after_host.strip_prefix(':') {
        None if after_host.is_empty() => Ok(()),
        Some(p) if !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) => {
            match p.parse::<u32>() {
                Ok(n) if n <= 65_535 => Ok(()),
                _ => Err(ChatError::BadUrl),
            }
        }
        _ => Err(ChatError::BadUrl),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("https://example.com", "https://example.com")]
    #[case("  HTTP://Example.com/a?b=c#d ", "http://Example.com/a?b=c#d")]
    #[case(
        "https://example.com:8443/manual.pdf",
        "https://example.com:8443/manual.pdf"
    )]
    #[case("http://10.0.0.1/", "http://10.0.0.1/")]
    #[case("http://[::1]:8080/x", "http://[::1]:8080/x")]
    #[case("https://bücher.example/", "https://bücher.example/")]
    fn good_urls_pass(#[case] raw: &str, #[case] clean: &str) {
        assert_eq!(validate_url(raw), Ok(clean.to_owned()));
    }

    #[rstest]
    #[case("javascript:alert(1)")]
    #[case("JavaScript://example.com/%0aalert(1)")]
    #[case("data:text/html,<b>x</b>")]
    #[case("file:///etc/passwd")]
    #[case("ftp://example.com/")]
    #[case("//example.com/")]
    #[case("/relative")]
    #[case("example.com")]
    #[case("https://")]
    #[case("https://user:pw@example.com/")]
    #[case("https://exa mple.com/")]
    #[case("https://example.com/\"onmouseover")]
    #[case("https://example.com:99999/")]
    #[case("https://example.com:/")]
    #[case("https://-bad-.com/")]
    #[case("https://a..b/")]
    #[case("http://[::1/")]
    fn bad_urls_are_refused(#[case] raw: &str) {
        assert_eq!(validate_url(raw), Err(ChatError::BadUrl), "{raw}");
    }

    #[test]
    fn empty_and_long_urls_are_refused() {
        assert_eq!(validate_url("  "), Err(ChatError::Empty));
        let long = format!("https://example.com/{}", "a".repeat(MAX_URL));
        assert_eq!(validate_url(&long), Err(ChatError::TooLong));
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        let ok = ChatBody::Text {
            text: "  hello ".into(),
        };
        assert_eq!(
            ok.validated(),
            Ok(ChatBody::Text {
                text: "hello".into()
            })
        );
        let empty = ChatBody::Text { text: " \n".into() };
        assert_eq!(empty.validated(), Err(ChatError::Empty));
        let long = ChatBody::Text {
            text: "é".repeat(MAX_TEXT + 1),
        };
        assert_eq!(long.validated(), Err(ChatError::TooLong));
        let max = ChatBody::Text {
            text: "é".repeat(MAX_TEXT),
        };
        assert!(max.validated().is_ok());
    }

    #[test]
    fn ids_have_a_checked_shape() {
        let mut x = 0.0;
        let id = ChatId::random(|| {
            x = (x + 0.37) % 1.0;
            x
        });
        assert_eq!(id.0.len(), 20);
        assert!(id.is_valid());
        assert!(ChatId::random(|| 0.999_999_999).is_valid());
        assert!(!ChatId("short".into()).is_valid());
        assert!(!ChatId("has space in it".into()).is_valid());
        assert!(!ChatId("x".repeat(41)).is_valid());
    }

    #[test]
    fn bodies_round_trip_through_the_log() {
        for body in [
            ChatBody::Text { text: "hi".into() },
            ChatBody::Url {
                url: "https://example.com".into(),
            },
        ] {
            let back = ChatBody::from_stored(body.kind(), body.content().to_owned());
            assert_eq!(back, Some(body));
        }
        assert_eq!(ChatBody::from_stored("transition", "x".into()), None);
    }

    #[test]
    fn json_form_is_stable() {
        let m = ChatMessage {
            id: ChatId("abcdefgh12".into()),
            from: ChatAuthor::Customer,
            body: ChatBody::Url {
                url: "https://example.com".into(),
            },
            at: 5,
        };
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"id":"abcdefgh12","from":"customer","body":{"url":{"url":"https://example.com"}},"at":5}"#
        );
    }
}
