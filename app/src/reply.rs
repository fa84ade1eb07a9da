//! Predefined replies and links: texts and URLs a technician picks, edits and sends in the
//! chat. A technician keeps their own; administrators keep the organisation's shared ones.
//! Import and export as an XML file (`reply/xml.rs`).

use serde::{Deserialize, Serialize};

use crate::chat::{ChatBody, ChatError, MAX_TEXT, validate_url};

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod xml;

/// Longest title (characters).
pub const MAX_TITLE: usize = 80;
/// Most replies a technician keeps.
pub const MAX_REPLIES: usize = 500;

/// Text to send, or a link to push.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyKind {
    /// A chat text.
    Text,
    /// A link (http/https).
    Url,
}

impl ReplyKind {
    /// Stored and XML name.
    pub fn as_str(self) -> &'static str {
        match self {
            ReplyKind::Text => "text",
            ReplyKind::Url => "url",
        }
    }

    /// From the stored or XML name.
    pub fn parse(s: &str) -> Option<ReplyKind> {
        match s {
            "text" => Some(ReplyKind::Text),
            "url" => Some(ReplyKind::Url),
            _ => None,
        }
    }
}

/// A reply as written (before it is stored).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReplyDraft {
    /// Text or link.
    pub kind: ReplyKind,
    /// What the technician sees in the picker.
    pub title: String,
    /// The text, or the URL.
    pub body: String,
}

/// A stored reply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// Its ID.
    pub id: String,
    /// What it is.
    #[serde(flatten)]
    pub draft: ReplyDraft,
    /// One of the organisation's shared replies (kept by administrators), not the
    /// technician's own.
    #[serde(default)]
    pub shared: bool,
}

/// Why a reply is not valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplyError {
    /// No title.
    NoTitle,
    /// Title longer than `MAX_TITLE`.
    TitleTooLong,
    /// The body is not a valid chat text or link.
    Body(ChatError),
}

impl ReplyError {
    /// The field name used in `AppError::InvalidInput`.
    pub fn field(self) -> &'static str {
        match self {
            ReplyError::NoTitle | ReplyError::TitleTooLong => "reply-title",
            ReplyError::Body(_) => "reply-body",
        }
    }
}

impl ReplyDraft {
    /// Checks and tidies a draft: trimmed title and body; a link must be http(s).
    pub fn validated(self) -> Result<ReplyDraft, ReplyError> {
        let title = self.title.trim().to_owned();
        if title.is_empty() {
            return Err(ReplyError::NoTitle);
        }
        if title.chars().count() > MAX_TITLE {
            return Err(ReplyError::TitleTooLong);
        }
        let body = match self.kind {
            ReplyKind::Text => {
                let body = self.body.trim();
                if body.is_empty() {
                    return Err(ReplyError::Body(ChatError::Empty));
                }
                if body.chars().count() > MAX_TEXT {
                    return Err(ReplyError::Body(ChatError::TooLong));
                }
                body.to_owned()
            }
            ReplyKind::Url => validate_url(&self.body).map_err(ReplyError::Body)?,
        };
        Ok(ReplyDraft {
            kind: self.kind,
            title,
            body,
        })
    }

    /// The chat message this reply becomes.
    pub fn chat_body(&self) -> ChatBody {
        match self.kind {
            ReplyKind::Text => ChatBody::Text {
                text: self.body.clone(),
            },
            ReplyKind::Url => ChatBody::Url {
                url: self.body.clone(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(kind: ReplyKind, title: &str, body: &str) -> ReplyDraft {
        ReplyDraft {
            kind,
            title: title.into(),
            body: body.into(),
        }
    }

    #[test]
    fn drafts_are_checked_and_trimmed() {
        assert_eq!(
            draft(ReplyKind::Text, " Hello ", " Good morning! ").validated(),
            Ok(draft(ReplyKind::Text, "Hello", "Good morning!"))
        );
        assert_eq!(
            draft(ReplyKind::Text, " ", "x").validated(),
            Err(ReplyError::NoTitle)
        );
        assert_eq!(
            draft(ReplyKind::Text, &"t".repeat(MAX_TITLE + 1), "x").validated(),
            Err(ReplyError::TitleTooLong)
        );
        assert_eq!(
            draft(ReplyKind::Url, "Manual", "javascript:alert(1)").validated(),
            Err(ReplyError::Body(ChatError::BadUrl))
        );
        assert_eq!(
            draft(ReplyKind::Url, "Manual", "HTTPS://example.com/m").validated(),
            Ok(draft(ReplyKind::Url, "Manual", "https://example.com/m"))
        );
        assert_eq!(
            draft(ReplyKind::Text, "Empty", "  ").validated(),
            Err(ReplyError::Body(ChatError::Empty))
        );
    }

    #[test]
    fn kinds_have_stable_names() {
        for k in [ReplyKind::Text, ReplyKind::Url] {
            assert_eq!(ReplyKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(ReplyKind::parse("html"), None);
    }
}
