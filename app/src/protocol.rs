//! The `/ws` wire format: two serde enums used by both server and browser.
//!
//! Clients send *intents*; the server answers with *facts*. SDP and ICE are opaque strings
//! the server relays without reading. Identity is never read from a message: the server
//! stamps it from the cookie that opened the connection. See `docs/protocol.md`.

use crate::error::AppError;
use crate::ids::{CmdId, OrgId, SessionId, UserId};
use crate::session::SessionView;
use serde::{Deserialize, Serialize};

/// Protocol version, sent by the client in `Hello` and checked by the server.
pub const PROTOCOL_VERSION: u16 = 1;

/// Largest frame either side accepts (bytes). SDP offers are the largest messages (~6 KB).
pub const MAX_FRAME_BYTES: usize = 64 * 1024;

/// Seconds between server pings; a client that hears nothing for 3 intervals reconnects.
pub const PING_INTERVAL_SECS: u64 = 10;

/// Which page opened the connection; selects which cookie identifies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A signed-in technician's console.
    Technician,
    /// A customer's page.
    Customer,
}

impl Role {
    /// The value of the `role` query parameter on `/ws`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Technician => "technician",
            Self::Customer => "customer",
        }
    }
}

/// A message from a browser to the server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum ClientMsg {
    /// First frame on every connection.
    Hello { version: u16 },
    /// Ask for a session transition; answered by `Done` or `Refused` with the same `id`.
    Act {
        id: CmdId,
        session: SessionId,
        act: Intent,
    },
    /// WebRTC signalling for the other party of `session`; relayed unread.
    Rtc { session: SessionId, sig: RtcSignal },
    /// Something the customer's page observed, for the session log.
    Report {
        session: SessionId,
        event: ClientReport,
    },
    /// Answer to `Ping`.
    Pong,
}

/// What a client asks to happen to a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// Customer: the terms are accepted and the camera is ready.
    AcceptTerms,
    /// Technician: pick the session up.
    Start,
    /// Either side: end the session.
    End,
    /// Technician: remove a closed session from the list.
    Dismiss,
}

/// Events the customer's page reports for the session log.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClientReport {
    /// Camera and microphone were granted; the local preview runs.
    MediaGranted,
    /// The person refused camera or microphone access.
    MediaDenied,
    /// The device has no usable camera.
    NoCamera,
}

impl ClientReport {
    /// The session-log kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MediaGranted => "media-granted",
            Self::MediaDenied => "media-denied",
            Self::NoCamera => "no-camera",
        }
    }
}

/// WebRTC signalling, opaque to the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RtcSignal {
    /// An SDP offer (always from the customer, who owns the camera).
    Offer { sdp: String },
    /// An SDP answer (from the technician).
    Answer { sdp: String },
    /// A trickled ICE candidate.
    Ice {
        candidate: String,
        sdp_mid: Option<String>,
        sdp_m_line_index: Option<u16>,
    },
}

/// An ICE server handed to browsers (STUN or TURN).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IceServer {
    /// `stun:` / `turn:` URLs.
    pub urls: Vec<String>,
    /// TURN user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// TURN credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<String>,
}

/// Who the server says the connection belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum Participant {
    /// A signed-in technician.
    Technician {
        user: UserId,
        org: OrgId,
        name: String,
    },
    /// The customer of one session.
    Customer { session: SessionId },
}

/// A message from the server to a browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum ServerMsg {
    /// Answer to `Hello`: who you are, the server clock, and the ICE servers to use.
    Welcome {
        version: u16,
        me: Participant,
        server_time: i64,
        ice_servers: Vec<IceServer>,
    },
    /// The complete list of the technician's sessions (sent after `Welcome`).
    Sessions { sessions: Vec<SessionView> },
    /// One session changed (or appeared); replaces the previous view of it.
    Session { session: SessionView },
    /// A session left the technician's list (dismissed).
    Removed { session: SessionId },
    /// Signalling from the other party of `session`.
    Rtc {
        session: SessionId,
        from: Role,
        sig: RtcSignal,
    },
    /// The command `id` was carried out.
    Done { id: CmdId },
    /// The command `id` was refused.
    Refused { id: CmdId, error: AppError },
    /// Liveness check; answer with `Pong`.
    Ping,
    /// The server is about to close this connection, and why (do not reconnect).
    Goodbye { error: AppError },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::SessionState;
    use rstest::rstest;

    fn view() -> SessionView {
        SessionView {
            id: SessionId("ACDEFGH234".into()),
            owner: UserId("u1".into()),
            customer_name: "Ada".into(),
            fields: ["ticket 7".into(), String::new()],
            state: SessionState::Waiting,
            state_since: 1_700_000_000_000,
            created_at: 1_699_999_999_000,
            customer_online: true,
        }
    }

    #[rstest]
    #[case(ClientMsg::Hello { version: PROTOCOL_VERSION }, r#"{"t":"hello","version":1}"#)]
    #[case(
        ClientMsg::Act { id: CmdId(3), session: SessionId("ACDEFGH234".into()), act: Intent::Start },
        r#"{"t":"act","id":3,"session":"ACDEFGH234","act":"start"}"#
    )]
    #[case(
        ClientMsg::Rtc { session: SessionId("ACDEFGH234".into()), sig: RtcSignal::Answer { sdp: "v=0".into() } },
        r#"{"t":"rtc","session":"ACDEFGH234","sig":{"kind":"answer","sdp":"v=0"}}"#
    )]
    #[case(
        ClientMsg::Report { session: SessionId("ACDEFGH234".into()), event: ClientReport::MediaGranted },
        r#"{"t":"report","session":"ACDEFGH234","event":"media_granted"}"#
    )]
    #[case(ClientMsg::Pong, r#"{"t":"pong"}"#)]
    fn client_messages_have_a_stable_json_form(#[case] msg: ClientMsg, #[case] json: &str) {
        assert_eq!(serde_json::to_string(&msg).unwrap(), json);
        assert_eq!(serde_json::from_str::<ClientMsg>(json).unwrap(), msg);
    }

    #[test]
    fn every_server_message_round_trips() {
        let msgs = vec![
            ServerMsg::Welcome {
                version: PROTOCOL_VERSION,
                me: Participant::Technician {
                    user: UserId("u1".into()),
                    org: OrgId("o1".into()),
                    name: "Tess".into(),
                },
                server_time: 5,
                ice_servers: vec![IceServer {
                    urls: vec!["stun:127.0.0.1:3478".into()],
                    username: None,
                    credential: None,
                }],
            },
            ServerMsg::Welcome {
                version: PROTOCOL_VERSION,
                me: Participant::Customer {
                    session: SessionId("ACDEFGH234".into()),
                },
                server_time: 5,
                ice_servers: vec![],
            },
            ServerMsg::Sessions {
                sessions: vec![view()],
            },
            ServerMsg::Session { session: view() },
            ServerMsg::Removed {
                session: SessionId("ACDEFGH234".into()),
            },
            ServerMsg::Rtc {
                session: SessionId("ACDEFGH234".into()),
                from: Role::Customer,
                sig: RtcSignal::Ice {
                    candidate: "candidate:1 1 udp 1 127.0.0.1 5000 typ host".into(),
                    sdp_mid: Some("0".into()),
                    sdp_m_line_index: Some(0),
                },
            },
            ServerMsg::Done { id: CmdId(1) },
            ServerMsg::Refused {
                id: CmdId(2),
                error: AppError::NotAllowedNow,
            },
            ServerMsg::Ping,
            ServerMsg::Goodbye {
                error: AppError::Unauthenticated,
            },
        ];
        for m in msgs {
            let json = serde_json::to_string(&m).unwrap();
            assert!(json.len() < MAX_FRAME_BYTES);
            assert_eq!(
                serde_json::from_str::<ServerMsg>(&json).unwrap(),
                m,
                "{json}"
            );
        }
    }

    #[test]
    fn snapshot_of_a_session_update() {
        let json = serde_json::to_string(&ServerMsg::Session { session: view() }).unwrap();
        assert_eq!(
            json,
            r#"{"t":"session","session":{"id":"ACDEFGH234","owner":"u1","customer_name":"Ada","fields":["ticket 7",""],"state":"waiting","state_since":1700000000000,"created_at":1699999999000,"customer_online":true}}"#
        );
    }

    #[rstest]
    #[case(r#"{"t":"hello"}"#)]
    #[case(r#"{"t":"act","id":1,"session":"X","act":"fly"}"#)]
    #[case(r#"{"t":"unknown"}"#)]
    #[case(r#"not json"#)]
    fn malformed_client_messages_are_rejected(#[case] json: &str) {
        assert!(serde_json::from_str::<ClientMsg>(json).is_err());
    }
}
