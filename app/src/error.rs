//! `AppError`: the error contract on the wire (server functions and websocket).
//!
//! Every variant has a Fluent key `error-<code>`; a variant never carries internal text.
//! Server internals keep their own error types and convert at the edge, logging the cause.
//! In JSON (HTTP bodies, text websocket frames) an error is an object named by its code,
//! `{"code":"rate-limited","retry_after_secs":9}`; in the browsers' binary frames it is
//! postcard's compact form of the enum.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An error a person may see, identified by a stable code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(remote = "Self", rename_all = "kebab-case")]
pub enum AppError {
    /// Not signed in, or the sign-in expired.
    #[error("not signed in")]
    Unauthenticated,
    /// Signed in, but this action is not allowed for this person.
    #[error("forbidden")]
    Forbidden,
    /// The thing does not exist, or belongs to another organisation.
    #[error("not found")]
    NotFound,
    /// Email or password is wrong (deliberately not saying which).
    #[error("bad credentials")]
    BadCredentials,
    /// Too many attempts; try again after the given number of seconds.
    #[error("rate limited")]
    RateLimited { retry_after_secs: u64 },
    /// The PIN does not match any open session.
    #[error("pin invalid")]
    PinInvalid,
    /// The PIN was issued but is no longer valid.
    #[error("pin expired")]
    PinExpired,
    /// The PIN has already been used.
    #[error("pin used")]
    PinUsed,
    /// The link does not match any session.
    #[error("link invalid")]
    LinkInvalid,
    /// The link was issued but is no longer valid.
    #[error("link expired")]
    LinkExpired,
    /// The link has already been used on another device.
    #[error("link used")]
    LinkUsed,
    /// The customer page was opened without joining a session first.
    #[error("not joined")]
    NotJoined,
    /// The session has ended.
    #[error("session closed")]
    SessionClosed,
    /// The action does not fit the session's current state.
    #[error("not allowed now")]
    NotAllowedNow,
    /// The technician already runs as many active sessions as the group allows.
    #[error("active limit")]
    ActiveLimit { max: u32 },
    /// The colleague is not Online (away, busy, or without a console open).
    #[error("not available")]
    NotAvailable,
    /// An input field is missing or invalid.
    #[error("invalid input")]
    InvalidInput { field: String },
    /// The organisation already exists; setup runs only once.
    #[error("setup done")]
    SetupDone,
    /// The account with this email already exists.
    #[error("email taken")]
    EmailTaken,
    /// The two passwords differ.
    #[error("password mismatch")]
    PasswordMismatch,
    /// The password is too short.
    #[error("password too short")]
    PasswordTooShort,
    /// The sign-in code is not right (or was used already).
    #[error("code invalid")]
    CodeInvalid,
    /// The sign-in waiting for its code is over; enter the password again.
    #[error("second factor expired")]
    SecondFactorExpired,
    /// The server has no SMTP server to send email through.
    #[error("email unavailable")]
    EmailUnavailable,
    /// The SMTP server refused the email or could not be reached.
    #[error("email failed")]
    EmailFailed,
    /// The server has no text-message gateway.
    #[error("sms unavailable")]
    SmsUnavailable,
    /// The gateway refused the text message or could not be reached.
    #[error("sms failed")]
    SmsFailed,
    /// The person's technician group does not permit this.
    #[error("not permitted")]
    NotPermitted,
    /// The organisation requires two-factor sign-in: set it up first.
    #[error("two-factor required")]
    TwoFactorRequired,
    /// Only the master administrator may do this (to administrators, or to themselves).
    #[error("master admin only")]
    MasterAdminOnly,
    /// The set-password link is unknown, used or expired.
    #[error("password link invalid")]
    PasswordLinkInvalid,
    /// The group still has members (move them first), or it is the last one.
    #[error("group in use")]
    GroupInUse,
    /// Another technician picked the channel session up first.
    #[error("picked up")]
    PickedUp,
    /// The self-service channel is unknown or switched off.
    #[error("channel closed")]
    ChannelClosed,
    /// Too many customers wait in the channel already.
    #[error("channel busy")]
    ChannelBusy,
    /// Another channel uses this link already.
    #[error("slug taken")]
    SlugTaken,
    /// Client and server speak different protocol versions; reload the page.
    #[error("version mismatch")]
    VersionMismatch,
    /// The connection to the server failed.
    #[error("network")]
    Network,
    /// Something failed on the server; the cause is in the server log.
    #[error("internal")]
    Internal,
}

impl AppError {
    /// The HTTP status of a refusal: a client error for everything about the request or
    /// the state it meets (or a service this installation does not offer), a server error
    /// only for the server's own failures and for the mail or text gateway failing (502).
    pub fn http_status(&self) -> u16 {
        match self {
            Self::Unauthenticated | Self::BadCredentials | Self::SecondFactorExpired => 401,
            Self::Forbidden
            | Self::NotPermitted
            | Self::TwoFactorRequired
            | Self::MasterAdminOnly
            | Self::NotJoined => 403,
            Self::NotFound | Self::PinInvalid | Self::LinkInvalid | Self::PasswordLinkInvalid => {
                404
            }
            Self::PinExpired
            | Self::PinUsed
            | Self::LinkExpired
            | Self::LinkUsed
            | Self::SessionClosed => 410,
            Self::NotAllowedNow
            | Self::ActiveLimit { .. }
            | Self::NotAvailable
            | Self::SetupDone
            | Self::EmailTaken
            | Self::GroupInUse
            | Self::PickedUp
            | Self::ChannelClosed
            | Self::ChannelBusy
            | Self::SlugTaken
            | Self::VersionMismatch
            | Self::EmailUnavailable
            | Self::SmsUnavailable => 409,
            Self::InvalidInput { .. }
            | Self::PasswordMismatch
            | Self::PasswordTooShort
            | Self::CodeInvalid => 422,
            Self::RateLimited { .. } => 429,
            Self::EmailFailed | Self::SmsFailed => 502,
            Self::Network => 503,
            Self::Internal => 500,
        }
    }

    /// The stable code, as on the wire (`pin-expired`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated => "unauthenticated",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not-found",
            Self::BadCredentials => "bad-credentials",
            Self::RateLimited { .. } => "rate-limited",
            Self::PinInvalid => "pin-invalid",
            Self::PinExpired => "pin-expired",
            Self::PinUsed => "pin-used",
            Self::LinkInvalid => "link-invalid",
            Self::LinkExpired => "link-expired",
            Self::LinkUsed => "link-used",
            Self::NotJoined => "not-joined",
            Self::SessionClosed => "session-closed",
            Self::NotAllowedNow => "not-allowed-now",
            Self::ActiveLimit { .. } => "active-limit",
            Self::NotAvailable => "not-available",
            Self::InvalidInput { .. } => "invalid-input",
            Self::SetupDone => "setup-done",
            Self::EmailTaken => "email-taken",
            Self::PasswordMismatch => "password-mismatch",
            Self::PasswordTooShort => "password-too-short",
            Self::CodeInvalid => "code-invalid",
            Self::SecondFactorExpired => "second-factor-expired",
            Self::EmailUnavailable => "email-unavailable",
            Self::EmailFailed => "email-failed",
            Self::SmsUnavailable => "sms-unavailable",
            Self::SmsFailed => "sms-failed",
            Self::NotPermitted => "not-permitted",
            Self::TwoFactorRequired => "two-factor-required",
            Self::MasterAdminOnly => "master-admin-only",
            Self::PasswordLinkInvalid => "password-link-invalid",
            Self::GroupInUse => "group-in-use",
            Self::PickedUp => "picked-up",
            Self::ChannelClosed => "channel-closed",
            Self::ChannelBusy => "channel-busy",
            Self::SlugTaken => "slug-taken",
            Self::VersionMismatch => "version-mismatch",
            Self::Network => "network",
            Self::Internal => "internal",
        }
    }

    /// Every variant once, for exhaustive tests (translations, serde).
    pub fn examples() -> Vec<AppError> {
        vec![
            Self::Unauthenticated,
            Self::Forbidden,
            Self::NotFound,
            Self::BadCredentials,
            Self::RateLimited {
                retry_after_secs: 30,
            },
            Self::PinInvalid,
            Self::PinExpired,
            Self::PinUsed,
            Self::LinkInvalid,
            Self::LinkExpired,
            Self::LinkUsed,
            Self::NotJoined,
            Self::SessionClosed,
            Self::NotAllowedNow,
            Self::ActiveLimit { max: 1 },
            Self::NotAvailable,
            Self::InvalidInput {
                field: "email".into(),
            },
            Self::SetupDone,
            Self::EmailTaken,
            Self::PasswordMismatch,
            Self::PasswordTooShort,
            Self::CodeInvalid,
            Self::SecondFactorExpired,
            Self::EmailUnavailable,
            Self::EmailFailed,
            Self::SmsUnavailable,
            Self::SmsFailed,
            Self::NotPermitted,
            Self::TwoFactorRequired,
            Self::MasterAdminOnly,
            Self::PasswordLinkInvalid,
            Self::GroupInUse,
            Self::PickedUp,
            Self::ChannelClosed,
            Self::ChannelBusy,
            Self::SlugTaken,
            Self::VersionMismatch,
            Self::Network,
            Self::Internal,
        ]
    }
}

/// The JSON form: the code, and the variant's one field if it has one.
#[derive(Serialize, Deserialize)]
struct Coded {
    code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    retry_after_secs: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    field: Option<String>,
}

impl Serialize for AppError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if !serializer.is_human_readable() {
            return AppError::serialize(self, serializer);
        }
        let mut coded = Coded {
            code: self.code().to_owned(),
            retry_after_secs: None,
            max: None,
            field: None,
        };
        match self {
            Self::RateLimited { retry_after_secs } => {
                coded.retry_after_secs = Some(*retry_after_secs)
            }
            Self::ActiveLimit { max } => coded.max = Some(*max),
            Self::InvalidInput { field } => coded.field = Some(field.clone()),
            _ => {}
        }
        coded.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for AppError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if !deserializer.is_human_readable() {
            return AppError::deserialize(deserializer);
        }
        let coded = Coded::deserialize(deserializer)?;
        let error = AppError::examples()
            .into_iter()
            .find(|e| e.code() == coded.code)
            .ok_or_else(|| {
                serde::de::Error::custom(format!("unknown error code {}", coded.code))
            })?;
        Ok(match error {
            Self::RateLimited { .. } => Self::RateLimited {
                retry_after_secs: coded.retry_after_secs.unwrap_or_default(),
            },
            Self::ActiveLimit { .. } => Self::ActiveLimit {
                max: coded.max.unwrap_or_default(),
            },
            Self::InvalidInput { .. } => Self::InvalidInput {
                field: coded.field.unwrap_or_default(),
            },
            other => other,
        })
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => Self::Network,
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => Self::InvalidInput {
                field: String::new(),
            },
            _ => Self::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_are_client_errors() {
        for e in AppError::examples() {
            let status = e.http_status();
            let failure = matches!(
                e,
                AppError::Internal
                    | AppError::EmailFailed
                    | AppError::SmsFailed
                    | AppError::Network
            );
            match failure {
                true => assert!((500..600).contains(&status), "{e:?}"),
                false => assert!((400..500).contains(&status), "{e:?} is {status}"),
            }
        }
    }

    #[test]
    fn wire_form_is_named_by_code() {
        for e in AppError::examples() {
            let json = serde_json::to_value(&e).unwrap();
            assert_eq!(json["code"].as_str(), Some(e.code()), "{e:?}");
            let back: AppError = serde_json::from_value(json).unwrap();
            assert_eq!(back, e);
            let bytes = crate::wire::to_bytes(&e);
            assert_eq!(crate::wire::from_bytes::<AppError>(&bytes), Ok(e));
        }
        assert_eq!(
            serde_json::to_string(&AppError::RateLimited {
                retry_after_secs: 9
            })
            .unwrap(),
            r#"{"code":"rate-limited","retry_after_secs":9}"#
        );
        assert_eq!(
            serde_json::to_string(&AppError::PinExpired).unwrap(),
            r#"{"code":"pin-expired"}"#
        );
        assert!(serde_json::from_str::<AppError>(r#"{"code":"no-such-code"}"#).is_err());
    }
}
