//! The `/ws` wire format: two serde enums used by both server and browser.
//!
//! Clients send *intents*; the server answers with *facts*. SDP and ICE are opaque strings
//! the server relays without reading. Identity is never read from a message: the server
//! stamps it from the cookie that opened the connection. See `docs/protocol.md`.

use crate::chat::{ChatBody, ChatId, ChatMessage};
use crate::error::AppError;
use crate::ids::{CmdId, OrgId, SessionId, UserId};
use crate::presence::{ConsoleLimits, TeamMember};
use crate::session::{CameraStatus, LogEntry, SeatId, SessionView};
use crate::whiteboard::{Board, PeerMsg};
use serde::{Deserialize, Serialize};

/// Protocol version, sent by the client in `Hello` and checked by the server.
pub const PROTOCOL_VERSION: u16 = 6;

/// Largest frame either side accepts (bytes). SDP offers are the largest messages (~6 KB).
pub const MAX_FRAME_BYTES: usize = 64 * 1024;

/// Milliseconds between the server's pings: a websocket ping frame, which the browser's
/// network stack answers even while the page's main thread is busy, and a `Ping` message
/// the page hears.
pub const PING_INTERVAL_MS: u64 = 500;

/// Silence after which the server gives a connection up (ms): a customer whose link went
/// down shows as Reconnecting at the console within two seconds.
pub const SERVER_SILENCE_MS: u64 = 1_500;

/// Silence after which a page gives its connection up and dials again (ms).
pub const CLIENT_SILENCE_MS: u64 = 2_000;

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
    /// The other party.
    pub fn other(self) -> Role {
        match self {
            Self::Technician => Self::Customer,
            Self::Customer => Self::Technician,
        }
    }

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
#[serde(rename_all = "snake_case")]
pub enum ClientMsg {
    /// First frame on every connection. `resume` is the token the server gave this browser
    /// tab before (kept in sessionStorage), so a reconnecting or reloaded tab keeps its seat.
    Hello {
        version: u16,
        resume: Option<String>,
    },
    /// Ask for a session transition; answered by `Done` or `Refused` with the same `id`.
    Act {
        id: CmdId,
        session: SessionId,
        act: Intent,
    },
    /// WebRTC signalling for the other party of `session`; relayed unread.
    Rtc { session: SessionId, sig: RtcSignal },
    /// Something a page observed, for the session log; answered by `done` with the same
    /// `id`, and stored once however often it is resent.
    Report {
        id: CmdId,
        session: SessionId,
        event: ClientReport,
    },
    /// A chat message (or, from a technician, a pushed link) for the other party. `chat`
    /// is the writer's ID for it: resending stores it once. Answered by `done` (after the
    /// `chat` fact) or `refused` with the same `id`.
    Chat {
        id: CmdId,
        session: SessionId,
        chat: ChatId,
        body: ChatBody,
    },
    /// Ask for every chat message of `session` (after each welcome, or when a session
    /// appears); answered by `chat_log`.
    ChatSync { session: SessionId },
    /// Customer: whether the camera sends (paused by hand, or the page is in the
    /// background). Sent on every change and after every welcome.
    Camera {
        session: SessionId,
        status: CameraStatus,
    },
    /// Technician (the console running the session's media): recording started or stopped;
    /// the customer is told, and it is logged.
    Recording { session: SessionId, on: bool },
    /// For the other party of `session` (see `whiteboard`). A technician's board op is
    /// also kept by the server; `relay` asks the server to pass the message on (the data
    /// channel is not open).
    Peer {
        session: SessionId,
        msg: PeerMsg,
        relay: bool,
    },
    /// Ask for the whole board of `session` (after each welcome, or when ops are missing);
    /// answered by `board`.
    BoardSync { session: SessionId },
    /// Technician (the console running the session's media): freeze the picture on both
    /// sides, or return to live.
    Freeze { session: SessionId, on: bool },
    /// Technician: presence chosen by hand, and whether the console is idle.
    Presence { away: bool, idle: bool },
    /// Answer to `Ping`.
    Pong,
}

/// What a client asks to happen to a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// Customer: the terms are accepted and the camera is ready.
    AcceptTerms,
    /// Technician: pick the session up, resume it from hold, or (the transfer's receiver)
    /// take a transferred session over.
    Start,
    /// Technician: pause the session (the customer's camera pauses).
    Hold,
    /// Technician: hand the session to a colleague.
    Transfer { to: UserId, note: String },
    /// Technician: take back a transfer not yet accepted.
    TakeBack,
    /// Either side: end the session.
    End,
    /// Technician: remove an ended session from the list.
    Dismiss,
    /// Technician: change the customer's name and the custom fields.
    Edit {
        customer_name: String,
        fields: [String; 2],
    },
}

/// Events pages report for the session log.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClientReport {
    /// Camera and microphone were granted; the local preview runs.
    MediaGranted,
    /// The person refused camera or microphone access.
    MediaDenied,
    /// The device has no usable camera.
    NoCamera,
    /// The customer's camera stream started towards the technician.
    CameraStarted,
    /// The customer's page went to the background.
    PageHidden,
    /// The customer's page came back to the foreground.
    PageVisible,
    /// A page's media connection was lost (ICE failed or disconnected).
    MediaLost,
    /// A page's media connection recovered.
    MediaBack,
}

impl ClientReport {
    /// The session-log kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MediaGranted => "media-granted",
            Self::MediaDenied => "media-denied",
            Self::NoCamera => "no-camera",
            Self::CameraStarted => "camera-started",
            Self::PageHidden => "page-hidden",
            Self::PageVisible => "page-visible",
            Self::MediaLost => "media-lost",
            Self::MediaBack => "media-back",
        }
    }

    /// Every report, for tests.
    pub const ALL: [ClientReport; 8] = [
        Self::MediaGranted,
        Self::MediaDenied,
        Self::NoCamera,
        Self::CameraStarted,
        Self::PageHidden,
        Self::PageVisible,
        Self::MediaLost,
        Self::MediaBack,
    ];
}

/// WebRTC signalling, opaque to the server. `call` names one peer connection of the
/// customer's page: an offer with a new `call` replaces the call, one with the same `call`
/// renegotiates it (an ICE restart).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RtcSignal {
    /// An SDP offer (always from the customer, who owns the camera).
    Offer { call: u32, sdp: String },
    /// An SDP answer (from the technician).
    Answer { call: u32, sdp: String },
    /// A trickled ICE candidate.
    Ice {
        call: u32,
        candidate: String,
        sdp_mid: Option<String>,
        sdp_m_line_index: Option<u16>,
    },
    /// Technician: please start a new call with me (a console that took the session over,
    /// or reloaded, has no call yet).
    RequestOffer,
    /// Technician, while the session waits for Start: connect a call with this console
    /// window (`seat`, which must be the sender's own) that sends nothing until Start, so
    /// that Start only has to switch the camera and microphone on. The server relays the
    /// call's signalling between the customer and the last console that asked.
    Prepare { seat: SeatId },
}

/// An ICE server handed to browsers (STUN or TURN).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IceServer {
    /// `stun:` / `turn:` URLs.
    pub urls: Vec<String>,
    /// TURN user name.
    pub username: Option<String>,
    /// TURN credential.
    pub credential: Option<String>,
}

/// Who the server says the connection belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
#[serde(rename_all = "snake_case")]
pub enum ServerMsg {
    /// Answer to `Hello`: who you are, this tab's seat and its resume token, the server
    /// clock, the ICE servers, and (technicians) the group's limits.
    Welcome {
        version: u16,
        me: Participant,
        seat: SeatId,
        resume: String,
        server_time: i64,
        ice_servers: Vec<IceServer>,
        limits: Option<ConsoleLimits>,
    },
    /// The complete list of the technician's sessions (sent after `Welcome`).
    Sessions { sessions: Vec<SessionView> },
    /// One session changed (or appeared); replaces the previous view of it.
    Session { session: SessionView },
    /// A session left the technician's list (dismissed, or transferred away).
    Removed { session: SessionId },
    /// A new line in a session's log (to the technicians who see the session).
    Log { session: SessionId, entry: LogEntry },
    /// The organisation's technicians and their presence (for transfers).
    Team { members: Vec<TeamMember> },
    /// Signalling from the other party of `session`.
    Rtc {
        session: SessionId,
        from: Role,
        sig: RtcSignal,
    },
    /// A chat message was stored (pushed to every party, its writer included).
    Chat {
        session: SessionId,
        message: ChatMessage,
    },
    /// Every chat message of a session, oldest first (answer to `chat_sync`).
    ChatLog {
        session: SessionId,
        messages: Vec<ChatMessage>,
    },
    /// A message from the other party of `session`, relayed (see `ClientMsg::Peer`).
    Peer { session: SessionId, msg: PeerMsg },
    /// The whole board of a session (answer to `board_sync`).
    Board { session: SessionId, board: Board },
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
    use crate::chat::ChatAuthor;
    use crate::presence::Presence;
    use crate::session::{LogActor, SessionState, TransferView};
    use rstest::rstest;

    fn sid() -> SessionId {
        SessionId("ACDEFGH234".into())
    }

    fn view() -> SessionView {
        SessionView {
            id: sid(),
            owner: Some(UserId("u1".into())),
            customer_name: "Ada".into(),
            fields: ["ticket 7".into(), String::new()],
            state: SessionState::Waiting,
            state_since: 1_700_000_000_000,
            created_at: 1_699_999_999_000,
            customer_online: true,
            transfer: None,
            media_seat: None,
            camera: Default::default(),
            recording: false,
            frozen: None,
            channel: None,
            problem: String::new(),
        }
    }

    #[rstest]
    #[case(ClientMsg::Hello { version: PROTOCOL_VERSION, resume: None }, r#"{"hello":{"version":6,"resume":null}}"#)]
    #[case(
        ClientMsg::Hello { version: PROTOCOL_VERSION, resume: Some("tok".into()) },
        r#"{"hello":{"version":6,"resume":"tok"}}"#
    )]
    #[case(
        ClientMsg::Act { id: CmdId(3), session: sid(), act: Intent::Start },
        r#"{"act":{"id":3,"session":"ACDEFGH234","act":"start"}}"#
    )]
    #[case(
        ClientMsg::Act { id: CmdId(4), session: sid(), act: Intent::Transfer { to: UserId("u2".into()), note: "printer".into() } },
        r#"{"act":{"id":4,"session":"ACDEFGH234","act":{"transfer":{"to":"u2","note":"printer"}}}}"#
    )]
    #[case(
        ClientMsg::Rtc { session: sid(), sig: RtcSignal::Answer { call: 7, sdp: "v=0".into() } },
        r#"{"rtc":{"session":"ACDEFGH234","sig":{"answer":{"call":7,"sdp":"v=0"}}}}"#
    )]
    #[case(
        ClientMsg::Rtc { session: sid(), sig: RtcSignal::RequestOffer },
        r#"{"rtc":{"session":"ACDEFGH234","sig":"request_offer"}}"#
    )]
    #[case(
        ClientMsg::Rtc { session: sid(), sig: RtcSignal::Prepare { seat: SeatId("s1".into()) } },
        r#"{"rtc":{"session":"ACDEFGH234","sig":{"prepare":{"seat":"s1"}}}}"#
    )]
    #[case(
        ClientMsg::Report { id: CmdId(9), session: sid(), event: ClientReport::PageHidden },
        r#"{"report":{"id":9,"session":"ACDEFGH234","event":"page_hidden"}}"#
    )]
    #[case(
        ClientMsg::Chat { id: CmdId(5), session: sid(), chat: ChatId("c1234567".into()), body: ChatBody::Text { text: "hi".into() } },
        r#"{"chat":{"id":5,"session":"ACDEFGH234","chat":"c1234567","body":{"text":{"text":"hi"}}}}"#
    )]
    #[case(
        ClientMsg::ChatSync { session: sid() },
        r#"{"chat_sync":{"session":"ACDEFGH234"}}"#
    )]
    #[case(
        ClientMsg::Camera { session: sid(), status: CameraStatus::Paused },
        r#"{"camera":{"session":"ACDEFGH234","status":"paused"}}"#
    )]
    #[case(
        ClientMsg::Recording { session: sid(), on: true },
        r#"{"recording":{"session":"ACDEFGH234","on":true}}"#
    )]
    #[case(
        ClientMsg::Peer { session: sid(), msg: PeerMsg::WantStill { freeze: 2 }, relay: true },
        r#"{"peer":{"session":"ACDEFGH234","msg":{"want_still":{"freeze":2}},"relay":true}}"#
    )]
    #[case(
        ClientMsg::Peer { session: sid(), msg: PeerMsg::Ops { ops: vec![board::Op::Hide { ids: vec![board::ShapeId(9)] }] }, relay: false },
        r#"{"peer":{"session":"ACDEFGH234","msg":{"ops":{"ops":[{"hide":{"ids":[9]}}]}},"relay":false}}"#
    )]
    #[case(
        ClientMsg::BoardSync { session: sid() },
        r#"{"board_sync":{"session":"ACDEFGH234"}}"#
    )]
    #[case(
        ClientMsg::Freeze { session: sid(), on: true },
        r#"{"freeze":{"session":"ACDEFGH234","on":true}}"#
    )]
    #[case(ClientMsg::Presence { away: true, idle: false }, r#"{"presence":{"away":true,"idle":false}}"#)]
    #[case(ClientMsg::Pong, r#""pong""#)]
    fn client_messages_have_a_stable_json_form(#[case] msg: ClientMsg, #[case] json: &str) {
        assert_eq!(serde_json::to_string(&msg).unwrap(), json);
        assert_eq!(serde_json::from_str::<ClientMsg>(json).unwrap(), msg);
        // The binary form the browsers use carries the same message.
        let bytes = crate::wire::to_bytes(&msg);
        assert!(bytes.len() < json.len(), "{json}");
        assert_eq!(crate::wire::from_bytes::<ClientMsg>(&bytes), Ok(msg));
    }

    #[test]
    fn every_intent_round_trips() {
        let intents = [
            Intent::AcceptTerms,
            Intent::Start,
            Intent::Hold,
            Intent::Transfer {
                to: UserId("u".into()),
                note: String::new(),
            },
            Intent::TakeBack,
            Intent::End,
            Intent::Dismiss,
            Intent::Edit {
                customer_name: "A".into(),
                fields: ["1".into(), "2".into()],
            },
        ];
        for act in intents {
            let msg = ClientMsg::Act {
                id: CmdId(1),
                session: sid(),
                act,
            };
            let json = serde_json::to_string(&msg).unwrap();
            assert_eq!(serde_json::from_str::<ClientMsg>(&json).unwrap(), msg);
            let bytes = crate::wire::to_bytes(&msg);
            assert_eq!(crate::wire::from_bytes::<ClientMsg>(&bytes), Ok(msg));
        }
        for event in ClientReport::ALL {
            assert!(!event.as_str().is_empty());
        }
    }

    #[test]
    fn every_server_message_round_trips() {
        let mut transferring = view();
        transferring.state = SessionState::Transferring;
        transferring.transfer = Some(TransferView {
            from: UserId("u1".into()),
            from_name: "Tess".into(),
            to: UserId("u2".into()),
            to_name: "Tom".into(),
            note: "needs a printer expert".into(),
        });
        transferring.media_seat = Some(SeatId("seat1".into()));
        let msgs = vec![
            ServerMsg::Welcome {
                version: PROTOCOL_VERSION,
                me: Participant::Technician {
                    user: UserId("u1".into()),
                    org: OrgId("o1".into()),
                    name: "Tess".into(),
                },
                seat: SeatId("seat1".into()),
                resume: "secret".into(),
                server_time: 5,
                ice_servers: vec![IceServer {
                    urls: vec!["stun:127.0.0.1:3478".into()],
                    username: None,
                    credential: None,
                }],
                limits: Some(ConsoleLimits {
                    max_active: 1,
                    auto_away_secs: 600,
                    auto_start: true,
                }),
            },
            ServerMsg::Welcome {
                version: PROTOCOL_VERSION,
                me: Participant::Customer { session: sid() },
                seat: SeatId("seat2".into()),
                resume: "secret2".into(),
                server_time: 5,
                ice_servers: vec![],
                limits: None,
            },
            ServerMsg::Sessions {
                sessions: vec![view(), transferring.clone()],
            },
            ServerMsg::Session {
                session: transferring,
            },
            ServerMsg::Removed { session: sid() },
            ServerMsg::Log {
                session: sid(),
                entry: LogEntry {
                    at: 1,
                    actor: LogActor::Technician {
                        name: "Tess".into(),
                    },
                    kind: "transition".into(),
                    from: Some("waiting".into()),
                    to: Some("active".into()),
                    detail: None,
                },
            },
            ServerMsg::Team {
                members: vec![TeamMember {
                    user: UserId("u2".into()),
                    name: "Tom".into(),
                    presence: Presence::Online,
                }],
            },
            ServerMsg::Rtc {
                session: sid(),
                from: Role::Customer,
                sig: RtcSignal::Ice {
                    call: 1,
                    candidate: "candidate:1 1 udp 1 127.0.0.1 5000 typ host".into(),
                    sdp_mid: Some("0".into()),
                    sdp_m_line_index: Some(0),
                },
            },
            ServerMsg::Chat {
                session: sid(),
                message: ChatMessage {
                    id: ChatId("c1234567".into()),
                    from: ChatAuthor::Technician {
                        name: "Tess".into(),
                    },
                    body: ChatBody::Url {
                        url: "https://example.com/manual".into(),
                    },
                    at: 9,
                },
            },
            ServerMsg::ChatLog {
                session: sid(),
                messages: vec![],
            },
            ServerMsg::Peer {
                session: sid(),
                msg: crate::whiteboard::still_parts(1, b"jpeg").remove(0),
            },
            ServerMsg::Board {
                session: sid(),
                board: {
                    let mut b = Board::new();
                    b.apply(&board::Op::Add {
                        id: board::ShapeId(3),
                        shape: board::Shape::Arrow {
                            from: board::P::new(0.1, 0.2),
                            to: board::P::new(0.3, 0.4),
                        },
                        style: board::Style::DEFAULT,
                    })
                    .unwrap();
                    b
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
            let bytes = crate::wire::to_bytes(&m);
            assert!(bytes.len() <= json.len(), "{json}");
            assert_eq!(
                crate::wire::from_bytes::<ServerMsg>(&bytes),
                Ok(m),
                "{json}"
            );
        }
    }

    #[test]
    fn snapshot_of_a_session_update() {
        let json = serde_json::to_string(&ServerMsg::Session { session: view() }).unwrap();
        assert_eq!(
            json,
            r#"{"session":{"session":{"id":"ACDEFGH234","owner":"u1","customer_name":"Ada","fields":["ticket 7",""],"state":"waiting","state_since":1700000000000,"created_at":1699999999000,"customer_online":true,"transfer":null,"media_seat":null,"camera":"on","recording":false,"frozen":null,"channel":null,"problem":""}}}"#
        );
    }

    #[rstest]
    #[case(r#"{"hello":{}}"#)]
    #[case(r#"{"act":{"id":1,"session":"X","act":"fly"}}"#)]
    #[case(r#"{"act":{"id":1,"session":"X","act":{"transfer":{}}}}"#)]
    #[case(r#"{"report":{"session":"X","event":"page_hidden"}}"#)]
    #[case(r#""unknown""#)]
    #[case(r#"not json"#)]
    fn malformed_client_messages_are_rejected(#[case] json: &str) {
        assert!(serde_json::from_str::<ClientMsg>(json).is_err());
    }

    #[rstest]
    #[case(&[])]
    #[case(&[200])]
    #[case(&[1, 1])]
    #[case(&[0, 5])]
    fn malformed_binary_messages_are_rejected(#[case] bytes: &[u8]) {
        assert!(crate::wire::from_bytes::<ClientMsg>(bytes).is_err());
    }
}
