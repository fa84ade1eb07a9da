//! Support sessions: the states every client renders and the view the server pushes.
//!
//! The server holds the only copy of the state machine (`server/src/hub/machine.rs`);
//! browsers render `SessionState` and never decide transitions.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;

use crate::ids::{SessionId, UserId};
use serde::{Deserialize, Serialize};

/// The state of a session, as in the PRODUCT.md table (the states built so far).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionState {
    /// Created, invite issued; the customer has not accepted the terms yet.
    Connecting,
    /// Customer in, camera granted, terms accepted; not picked up.
    Waiting,
    /// Picked up by the technician; media flowing.
    Active,
    /// The customer ended an active session.
    ClosedByCustomer,
    /// The customer left while waiting to be picked up.
    ClosedByWaitingCustomer,
    /// The technician ended the session.
    ClosedByTechnician,
}

impl SessionState {
    /// Every state, for sweeps in tests.
    pub const ALL: [SessionState; 6] = [
        Self::Connecting,
        Self::Waiting,
        Self::Active,
        Self::ClosedByCustomer,
        Self::ClosedByWaitingCustomer,
        Self::ClosedByTechnician,
    ];

    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Connecting => "connecting",
            Self::Waiting => "waiting",
            Self::Active => "active",
            Self::ClosedByCustomer => "closed_by_customer",
            Self::ClosedByWaitingCustomer => "closed_by_waiting_customer",
            Self::ClosedByTechnician => "closed_by_technician",
        }
    }

    /// Parses the database name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// The Fluent key of the state's name.
    pub fn key(self) -> &'static str {
        match self {
            Self::Connecting => "session-state-connecting",
            Self::Waiting => "session-state-waiting",
            Self::Active => "session-state-active",
            Self::ClosedByCustomer => "session-state-closed-by-customer",
            Self::ClosedByWaitingCustomer => "session-state-closed-by-waiting-customer",
            Self::ClosedByTechnician => "session-state-closed-by-technician",
        }
    }

    /// Whether the session has ended (terminal state).
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            Self::ClosedByCustomer | Self::ClosedByWaitingCustomer | Self::ClosedByTechnician
        )
    }

    /// The short family name used for styling (`data-state`).
    pub fn family(self) -> &'static str {
        match self {
            Self::Connecting => "connecting",
            Self::Waiting => "waiting",
            Self::Active => "active",
            _ => "closed",
        }
    }
}

/// A session as a technician's console shows it; pushed over the websocket after every change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    /// The session ID.
    pub id: SessionId,
    /// The technician who owns the session.
    pub owner: UserId,
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
}

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
        for s in SessionState::ALL {
            assert_eq!(SessionState::parse(s.as_str()), Some(s));
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
        assert_eq!(SessionState::parse("nonsense"), None);
    }

    #[test]
    fn closed_states() {
        let closed: Vec<_> = SessionState::ALL
            .into_iter()
            .filter(|s| s.is_closed())
            .collect();
        assert_eq!(closed.len(), 3);
        assert!(closed.iter().all(|s| s.family() == "closed"));
    }
}
