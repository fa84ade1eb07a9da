//! Support sessions: the states every client renders and the view the server pushes.
//!
//! The server holds the only copy of the state machine (`server/src/hub/machine.rs`);
//! browsers render `SessionState` and never decide transitions.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;

use crate::ids::{SessionId, UserId};
use serde::{Deserialize, Serialize};

/// A state a session returns to: after Reconnecting / Offline, or when a transfer is taken
/// back (then only Waiting, Active or On hold).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Live {
    /// Waiting to be picked up.
    Waiting,
    /// Picked up, media flowing.
    Active,
    /// Paused by the technician.
    OnHold,
    /// Being transferred to another technician.
    Transferring,
}

impl Live {
    /// Every value, for sweeps.
    pub const ALL: [Live; 4] = [
        Live::Waiting,
        Live::Active,
        Live::OnHold,
        Live::Transferring,
    ];

    /// The state it stands for.
    pub fn state(self) -> SessionState {
        match self {
            Live::Waiting => SessionState::Waiting,
            Live::Active => SessionState::Active,
            Live::OnHold => SessionState::OnHold,
            Live::Transferring => SessionState::Transferring,
        }
    }

    /// The database name.
    pub fn as_str(self) -> &'static str {
        self.state().as_str()
    }

    /// Parses the database name.
    pub fn parse(s: &str) -> Option<Live> {
        Live::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// Whether media runs (or should run) in this state.
    pub fn has_media(self) -> bool {
        !matches!(self, Live::Waiting)
    }
}

/// The state of a session: every state of the PRODUCT.md table but collaboration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionState {
    /// Created, invite issued; the customer has not accepted the terms yet.
    Connecting,
    /// Customer in, camera granted, terms accepted; not picked up.
    Waiting,
    /// Picked up by the technician; media flowing.
    Active,
    /// Paused by the technician; the customer's camera is paused.
    OnHold,
    /// Transferred, not yet accepted: Outgoing for the sender, Incoming for the receiver.
    Transferring,
    /// A party's connection dropped; back to `back_to` when both are there again.
    Reconnecting {
        /// The state before the drop.
        back_to: Live,
    },
    /// Reconnecting for more than 5 minutes; still retried.
    Offline {
        /// The state before the drop.
        back_to: Live,
    },
    /// A timeout ended it (connecting, inactivity, hold limit or the 14-day limit).
    TimedOut,
    /// The customer ended an active session.
    ClosedByCustomer,
    /// The customer left while waiting to be picked up.
    ClosedByWaitingCustomer,
    /// The technician ended the session.
    ClosedByTechnician,
}

impl SessionState {
    /// Every state, for sweeps in tests.
    pub fn all() -> Vec<SessionState> {
        let mut v = vec![
            Self::Connecting,
            Self::Waiting,
            Self::Active,
            Self::OnHold,
            Self::Transferring,
        ];
        for b in Live::ALL {
            v.push(Self::Reconnecting { back_to: b });
            v.push(Self::Offline { back_to: b });
        }
        v.extend([
            Self::TimedOut,
            Self::ClosedByCustomer,
            Self::ClosedByWaitingCustomer,
            Self::ClosedByTechnician,
        ]);
        v
    }

    /// The name stored in the `state` column (`back_to` has its own column).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Connecting => "connecting",
            Self::Waiting => "waiting",
            Self::Active => "active",
            Self::OnHold => "on_hold",
            Self::Transferring => "transferring",
            Self::Reconnecting { .. } => "reconnecting",
            Self::Offline { .. } => "offline",
            Self::TimedOut => "timed_out",
            Self::ClosedByCustomer => "closed_by_customer",
            Self::ClosedByWaitingCustomer => "closed_by_waiting_customer",
            Self::ClosedByTechnician => "closed_by_technician",
        }
    }

    /// The state to return to, for Reconnecting and Offline.
    pub fn back_to(self) -> Option<Live> {
        match self {
            Self::Reconnecting { back_to } | Self::Offline { back_to } => Some(back_to),
            _ => None,
        }
    }

    /// Parses the database columns.
    pub fn parse(state: &str, back_to: Option<&str>) -> Option<Self> {
        let back = back_to.and_then(Live::parse);
        Some(match state {
            "connecting" => Self::Connecting,
            "waiting" => Self::Waiting,
            "active" => Self::Active,
            "on_hold" => Self::OnHold,
            "transferring" => Self::Transferring,
            "reconnecting" => Self::Reconnecting { back_to: back? },
            "offline" => Self::Offline { back_to: back? },
            "timed_out" => Self::TimedOut,
            "closed_by_customer" => Self::ClosedByCustomer,
            "closed_by_waiting_customer" => Self::ClosedByWaitingCustomer,
            "closed_by_technician" => Self::ClosedByTechnician,
            _ => return None,
        })
    }

    /// The Fluent key of the state's name (Transferring has two: see `transfer_key`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Connecting => "session-state-connecting",
            Self::Waiting => "session-state-waiting",
            Self::Active => "session-state-active",
            Self::OnHold => "session-state-on-hold",
            Self::Transferring => "session-state-outgoing",
            Self::Reconnecting { .. } => "session-state-reconnecting",
            Self::Offline { .. } => "session-state-offline",
            Self::TimedOut => "session-state-timed-out",
            Self::ClosedByCustomer => "session-state-closed-by-customer",
            Self::ClosedByWaitingCustomer => "session-state-closed-by-waiting-customer",
            Self::ClosedByTechnician => "session-state-closed-by-technician",
        }
    }

    /// The key as seen by `viewer`: a transfer is Outgoing for the sender, Incoming for the
    /// receiver.
    pub fn key_for(self, view: &SessionView, viewer: &UserId) -> &'static str {
        match (self, &view.transfer) {
            (Self::Transferring, Some(t)) if t.to == *viewer => "session-state-incoming",
            _ => self.key(),
        }
    }

    /// Whether the session has ended (it stays listed until dismissed).
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            Self::TimedOut
                | Self::ClosedByCustomer
                | Self::ClosedByWaitingCustomer
                | Self::ClosedByTechnician
        )
    }

    /// The live state this is, or returns to.
    pub fn live(self) -> Option<Live> {
        match self {
            Self::Waiting => Some(Live::Waiting),
            Self::Active => Some(Live::Active),
            Self::OnHold => Some(Live::OnHold),
            Self::Transferring => Some(Live::Transferring),
            Self::Reconnecting { back_to } | Self::Offline { back_to } => Some(back_to),
            _ => None,
        }
    }

    /// Whether the technician's side runs media for the session (counting a drop, during
    /// which media tries to recover).
    pub fn has_media(self) -> bool {
        self.live().is_some_and(Live::has_media)
    }

    /// Whether the session counts against the technician's active-session limit
    /// (held sessions do not).
    pub fn counts_as_active(self) -> bool {
        matches!(self.live(), Some(Live::Active | Live::Transferring))
    }

    /// The short family name used for styling (`data-state`).
    pub fn family(self) -> &'static str {
        match self {
            Self::Connecting => "connecting",
            Self::Waiting => "waiting",
            Self::Active => "active",
            Self::OnHold => "on-hold",
            Self::Transferring => "transferring",
            Self::Reconnecting { .. } | Self::Offline { .. } => "reconnecting",
            _ => "closed",
        }
    }
}

/// A pending transfer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferView {
    /// The technician handing over.
    pub from: UserId,
    /// Their name.
    pub from_name: String,
    /// The technician taking over.
    pub to: UserId,
    /// Their name.
    pub to_name: String,
    /// The sender's note for the receiver.
    pub note: String,
}

/// A session as a technician's console shows it; pushed over the websocket after every change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    /// The session ID.
    pub id: SessionId,
    /// The technician who owns the session; `None` while a channel session waits to be
    /// picked up.
    #[serde(default)]
    pub owner: Option<UserId>,
    /// Customer name ("Customer" when left empty).
    pub customer_name: String,
    /// The two custom fields (empty when unused; never sent to customers).
    pub fields: [String; 2],
    /// Current state.
    pub state: SessionState,
    /// When the current state began (Unix milliseconds, server clock).
    pub state_since: i64,
    /// When the session was created (Unix milliseconds, server clock).
    pub created_at: i64,
    /// Whether the customer's page is connected right now.
    pub customer_online: bool,
    /// The pending transfer, while Transferring.
    pub transfer: Option<TransferView>,
    /// The console window (seat) that runs the session's media.
    pub media_seat: Option<SeatId>,
    /// Whether the customer's camera sends (as the customer's page last said).
    pub camera: CameraStatus,
    /// Whether the technician records the session (the customer is told).
    pub recording: bool,
    /// The number of the current freeze, while the technician has frozen the picture.
    pub frozen: Option<u32>,
    /// The name of the self-service channel the customer came through.
    pub channel: Option<String>,
    /// What the customer wrote about their problem on the channel page.
    pub problem: String,
}

impl SessionView {
    /// Whether `user` owns the session.
    pub fn owned_by(&self, user: &UserId) -> bool {
        self.owner.as_ref() == Some(user)
    }

    /// Whether the session waits in a channel queue for someone to pick it up.
    pub fn unclaimed(&self) -> bool {
        self.owner.is_none()
    }
}

/// The customer's camera as their page reports it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CameraStatus {
    /// Sending (unless the session is on hold).
    #[default]
    On,
    /// The customer pressed Pause.
    Paused,
    /// The page is in the background; the camera resumes when it comes back.
    Background,
}

impl CameraStatus {
    /// Whether the camera sends.
    pub fn is_on(&self) -> bool {
        *self == CameraStatus::On
    }
}

/// Who wrote a session-log entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogActor {
    /// A technician, by name.
    Technician {
        /// Their display name.
        name: String,
    },
    /// The customer.
    Customer,
    /// The server (timers, connections).
    System,
}

/// One line of the session log, as the technician sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    /// When (Unix milliseconds).
    pub at: i64,
    /// Who.
    pub actor: LogActor,
    /// What: `created`, `pin-issued`, `transition`, `page-hidden`… (Fluent key `log-<kind>`).
    pub kind: String,
    /// State before (database name), for transitions.
    pub from: Option<String>,
    /// State after (database name), for transitions.
    pub to: Option<String>,
    /// Extra text: the PIN, the timeout kind, the transfer note.
    pub detail: Option<String>,
}

/// An earlier session with the same customer device, for History & Notes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryItem {
    /// The session.
    pub id: SessionId,
    /// Customer name.
    pub customer_name: String,
    /// Created (ms).
    pub created_at: i64,
    /// Final (or current) state.
    pub state: SessionState,
    /// The technician's note.
    pub note: String,
    /// The session log.
    pub log: Vec<LogEntry>,
    /// Snapshots kept with the session.
    #[serde(default)]
    pub snapshots: Vec<crate::snapshot::SnapshotInfo>,
}

/// The Fluent key of a state stored by name in the log (`on_hold` → `session-state-on-hold`).
pub fn state_key_by_name(name: &str) -> &'static str {
    SessionState::parse(name, Some("active")).map_or("session-state-unknown", SessionState::key)
}

/// Every kind of session-log line the server writes (Fluent key `log-<kind>`), besides the
/// reports of `ClientReport`.
pub const LOG_KINDS: [&str; 22] = [
    "created",
    "channel-joined",
    "pin-issued",
    "link-issued",
    "email-sent",
    "email-failed",
    "sms-sent",
    "sms-failed",
    "sms-delivered",
    "customer-opened",
    "transition",
    "details-edited",
    "note-edited",
    "chat",
    "url",
    "camera-paused",
    "camera-resumed",
    "recording-started",
    "recording-stopped",
    "frozen",
    "unfrozen",
    "snapshot",
];

/// Longest note, in characters.
pub const MAX_NOTE: usize = 4000;
/// Longest transfer note, in characters.
pub const MAX_TRANSFER_NOTE: usize = 500;

/// A console window's public identity (derived from its secret resume token).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SeatId(pub String);

/// How a technician invites the customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InviteMethod {
    /// A 6-digit code typed on the public PIN page.
    Pin,
    /// A link with a one-time token.
    Link,
}

/// An invite just issued, shown in the New session dialog.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedInvite {
    /// The session the invite opens.
    pub session: SessionId,
    /// The method.
    pub method: InviteMethod,
    /// The PIN digits (PIN) or the full customer URL (Link).
    pub secret: String,
    /// When it was issued (Unix milliseconds, server clock).
    pub issued_at: i64,
    /// When the invite stops working if unused (Unix milliseconds, server clock).
    pub expires_at: i64,
    /// Link: a QR code of the URL (an SVG element), for a customer next to the screen.
    #[serde(default)]
    pub qr_svg: Option<String>,
}

/// Limits on what a technician types into the New session dialog.
pub const MAX_CUSTOMER_NAME: usize = 80;
/// Limit on each custom field.
pub const MAX_FIELD: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_names_round_trip() {
        for s in SessionState::all() {
            let back = s.back_to().map(Live::as_str);
            assert_eq!(SessionState::parse(s.as_str(), back), Some(s));
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(serde_json::from_str::<SessionState>(&json).unwrap(), s);
        }
        assert_eq!(SessionState::parse("nonsense", None), None);
        assert_eq!(SessionState::parse("reconnecting", None), None);
        assert_eq!(
            serde_json::to_string(&SessionState::Reconnecting {
                back_to: Live::Active
            })
            .unwrap(),
            r#"{"reconnecting":{"back_to":"active"}}"#
        );
    }

    #[test]
    fn closed_and_active_states() {
        let closed: Vec<_> = SessionState::all()
            .into_iter()
            .filter(|s| s.is_closed())
            .collect();
        assert_eq!(closed.len(), 4);
        assert!(
            closed
                .iter()
                .all(|s| s.family() == "closed" && s.live().is_none())
        );
        assert!(SessionState::Active.counts_as_active());
        assert!(
            !SessionState::OnHold.counts_as_active(),
            "held sessions do not count"
        );
        assert!(
            SessionState::Reconnecting {
                back_to: Live::Active
            }
            .counts_as_active()
        );
        assert!(!SessionState::Waiting.has_media());
        assert!(
            SessionState::Offline {
                back_to: Live::OnHold
            }
            .has_media()
        );
    }
}
