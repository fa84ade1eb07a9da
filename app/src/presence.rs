//! Technicians' presence: Online, Away (by hand or after idle time), Busy (at the
//! active-session limit), Offline (no console open). Computed by the hub, pushed to the
//! organisation's consoles; transfers go only to Online technicians.

use serde::{Deserialize, Serialize};

use crate::ids::UserId;

/// What a technician's colleagues see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// Available.
    Online,
    /// Set away by hand, or idle for the group's auto-away time.
    Away,
    /// At the group's active-session limit.
    Busy,
    /// No console open.
    Offline,
}

impl Presence {
    /// Fluent key.
    pub fn key(self) -> &'static str {
        match self {
            Presence::Online => "presence-online",
            Presence::Away => "presence-away",
            Presence::Busy => "presence-busy",
            Presence::Offline => "presence-offline",
        }
    }

    /// Every value, for tests.
    pub const ALL: [Presence; 4] = [
        Presence::Online,
        Presence::Away,
        Presence::Busy,
        Presence::Offline,
    ];
}

/// What a technician chose by hand.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Chosen {
    /// Available (the default).
    #[default]
    Online,
    /// Away.
    Away,
}

impl Chosen {
    /// Database name.
    pub fn as_str(self) -> &'static str {
        match self {
            Chosen::Online => "online",
            Chosen::Away => "away",
        }
    }

    /// Parses the database name (anything unknown is Online).
    pub fn parse(s: &str) -> Chosen {
        if s == "away" {
            Chosen::Away
        } else {
            Chosen::Online
        }
    }
}

/// The presence of a technician from its parts: Busy from `busy_at` active sessions (the
/// group's busy threshold, at most its active-session limit).
pub fn presence(
    consoles_open: bool,
    chosen: Chosen,
    idle: bool,
    active: u32,
    busy_at: u32,
) -> Presence {
    if !consoles_open {
        Presence::Offline
    } else if chosen == Chosen::Away || idle {
        Presence::Away
    } else if active >= busy_at.max(1) {
        Presence::Busy
    } else {
        Presence::Online
    }
}

/// A colleague as the transfer dialog lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    /// Their ID.
    pub user: UserId,
    /// Display name.
    pub name: String,
    /// Presence.
    pub presence: Presence,
}

/// The limits of the technician's group that the console needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsoleLimits {
    /// Active sessions at once (held ones do not count).
    pub max_active: u32,
    /// Idle time after which the console reports Away (seconds).
    pub auto_away_secs: u32,
    /// Start sessions whose customer is ready (and transfers to me) by themselves.
    #[serde(default)]
    pub auto_start: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presence_rules() {
        assert_eq!(
            presence(false, Chosen::Online, false, 0, 1),
            Presence::Offline
        );
        assert_eq!(presence(true, Chosen::Away, false, 0, 1), Presence::Away);
        assert_eq!(presence(true, Chosen::Online, true, 0, 1), Presence::Away);
        assert_eq!(presence(true, Chosen::Online, false, 1, 1), Presence::Busy);
        assert_eq!(
            presence(true, Chosen::Online, false, 1, 2),
            Presence::Online
        );
        assert_eq!(
            presence(true, Chosen::Online, false, 0, 0),
            Presence::Online,
            "a threshold of 0 means 1"
        );
        // A group Busy from 2 sessions: one leaves the technician Online.
        assert_eq!(presence(true, Chosen::Online, false, 2, 2), Presence::Busy);
        assert_eq!(Chosen::parse(Chosen::Away.as_str()), Chosen::Away);
        assert_eq!(Chosen::parse("junk"), Chosen::Online);
    }
}
