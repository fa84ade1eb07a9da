//! What a technician group may do. Every permission is checked by the server on the route or
//! websocket message that does the thing; the console only hides what is not permitted.

use serde::{Deserialize, Serialize};

/// One thing a group may be allowed to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Permission {
    /// Start video sessions at all (Start, and picking up a channel's customers).
    StartSessions,
    /// Create sessions of their own (New session: a PIN, link, email or text message), as
    /// opposed to picking up customers from a channel.
    PrivateSessions,
    /// Invite by PIN.
    InvitePin,
    /// Invite by link (also the link behind email and SMS invites).
    InviteLink,
    /// Send the link by SMS from the server.
    InviteSms,
    /// Send the link by email from the server.
    InviteEmail,
    /// Hand a session to a colleague.
    Transfer,
    /// Put a session on hold.
    Hold,
    /// Write in the chat.
    Chat,
    /// Push links to the customer.
    PushUrl,
    /// Draw on the picture.
    Whiteboard,
    /// Freeze the picture.
    Freeze,
    /// Take snapshots.
    Snapshot,
    /// Record the session.
    Record,
    /// Edit the customer's name and fields during the session.
    InlineEdit,
}

impl Permission {
    /// Every permission, in the order the settings page lists them.
    pub const ALL: [Permission; 15] = [
        Self::StartSessions,
        Self::PrivateSessions,
        Self::InvitePin,
        Self::InviteLink,
        Self::InviteSms,
        Self::InviteEmail,
        Self::Transfer,
        Self::Hold,
        Self::Chat,
        Self::PushUrl,
        Self::Whiteboard,
        Self::Freeze,
        Self::Snapshot,
        Self::Record,
        Self::InlineEdit,
    ];

    /// The stored name (also the suffix of its translation key `perm-<name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::StartSessions => "start-sessions",
            Self::PrivateSessions => "private-sessions",
            Self::InvitePin => "invite-pin",
            Self::InviteLink => "invite-link",
            Self::InviteSms => "invite-sms",
            Self::InviteEmail => "invite-email",
            Self::Transfer => "transfer",
            Self::Hold => "hold",
            Self::Chat => "chat",
            Self::PushUrl => "push-url",
            Self::Whiteboard => "whiteboard",
            Self::Freeze => "freeze",
            Self::Snapshot => "snapshot",
            Self::Record => "record",
            Self::InlineEdit => "inline-edit",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// A set of permissions. A new group has all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Permissions(u32);

impl Default for Permissions {
    fn default() -> Self {
        Self::all()
    }
}

impl Permissions {
    /// Every permission.
    pub fn all() -> Self {
        Self(Permission::ALL.iter().fold(0, |m, p| m | p.bit()))
    }

    /// None at all.
    pub fn none() -> Self {
        Self(0)
    }

    /// Whether `p` is in the set.
    pub fn has(self, p: Permission) -> bool {
        self.0 & p.bit() != 0
    }

    /// The set with `p` added (`on`) or removed.
    #[must_use]
    pub fn with(self, p: Permission, on: bool) -> Self {
        if on {
            Self(self.0 | p.bit())
        } else {
            Self(self.0 & !p.bit())
        }
    }

    /// The permissions in the set, in `Permission::ALL` order.
    pub fn iter(self) -> impl Iterator<Item = Permission> {
        Permission::ALL.into_iter().filter(move |p| self.has(*p))
    }

    /// The stored form: names separated by commas.
    pub fn to_stored(self) -> String {
        self.iter()
            .map(Permission::as_str)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads the stored form; `None` (a group from before permissions) means all; unknown
    /// names are ignored (a newer server's permission, read by an older one, grants nothing).
    pub fn from_stored(s: Option<&str>) -> Self {
        let Some(s) = s else { return Self::all() };
        s.split(',')
            .filter_map(|n| Permission::parse(n.trim()))
            .fold(Self::none(), |set, p| set.with(p, true))
    }

    /// Whether a session may be created or an invite issued by `method` (a link may also be
    /// the one an email or SMS carries).
    pub fn may_invite(self, method: crate::session::InviteMethod) -> bool {
        use crate::session::InviteMethod;
        self.has(Permission::StartSessions)
            && self.has(Permission::PrivateSessions)
            && match method {
                InviteMethod::Pin => self.has(Permission::InvitePin),
                InviteMethod::Link => {
                    self.has(Permission::InviteLink)
                        || self.has(Permission::InviteEmail)
                        || self.has(Permission::InviteSms)
                }
            }
    }
}

/// The signed-in technician's permissions, from the console's context (none outside it).
pub fn use_perms() -> Permissions {
    leptos::prelude::use_context::<crate::auth::Me>().map_or(Permissions::none(), |m| m.perms)
}

/// Checks a permission, as the error the wire carries.
pub fn require(set: Permissions, p: Permission) -> Result<(), crate::error::AppError> {
    if set.has(p) {
        Ok(())
    } else {
        Err(crate::error::AppError::NotPermitted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::InviteMethod;

    #[test]
    fn names_round_trip_and_are_unique() {
        for p in Permission::ALL {
            assert_eq!(Permission::parse(p.as_str()), Some(p));
        }
        let mut names: Vec<_> = Permission::ALL.iter().map(|p| p.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Permission::ALL.len());
        assert_eq!(Permission::parse("root"), None);
    }

    #[test]
    fn stored_form_round_trips() {
        let set = Permissions::all()
            .with(Permission::Transfer, false)
            .with(Permission::Record, false);
        assert!(!set.has(Permission::Transfer));
        assert!(set.has(Permission::Hold));
        assert_eq!(Permissions::from_stored(Some(&set.to_stored())), set);
        assert_eq!(Permissions::from_stored(None), Permissions::all());
        assert_eq!(Permissions::from_stored(Some("")), Permissions::none());
        assert_eq!(
            Permissions::from_stored(Some("chat, teleport,hold")),
            Permissions::none()
                .with(Permission::Chat, true)
                .with(Permission::Hold, true)
        );
        assert_eq!(Permissions::all().iter().count(), Permission::ALL.len());
    }

    #[test]
    fn invite_methods() {
        let all = Permissions::all();
        assert!(all.may_invite(InviteMethod::Pin));
        assert!(all.may_invite(InviteMethod::Link));
        let no_start = all.with(Permission::StartSessions, false);
        assert!(!no_start.may_invite(InviteMethod::Pin));
        let channel_only = all.with(Permission::PrivateSessions, false);
        assert!(!channel_only.may_invite(InviteMethod::Link));
        let email_only = Permissions::none()
            .with(Permission::StartSessions, true)
            .with(Permission::PrivateSessions, true)
            .with(Permission::InviteEmail, true);
        assert!(email_only.may_invite(InviteMethod::Link));
        assert!(!email_only.may_invite(InviteMethod::Pin));
        assert!(require(email_only, Permission::InviteEmail).is_ok());
        assert!(require(email_only, Permission::InviteSms).is_err());
    }
}
