//! Technicians and administrators: who is signed in.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod server;

use crate::ids::{OrgId, UserId};
use crate::permission::Permissions;
use serde::{Deserialize, Serialize};

/// Name of the sign-in cookie.
pub const AUTH_COOKIE: &str = "sl_auth";

/// Shortest password accepted.
pub const MIN_PASSWORD_LEN: usize = 10;

/// What a person may do in their organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserRole {
    /// Runs support sessions.
    Technician,
    /// Runs the organisation (users, groups, settings, reports); also works as a technician.
    Admin,
    /// An administrator whom other administrators cannot change, demote or deactivate; the
    /// only one who makes or unmakes administrators. The person who set the organisation up.
    MasterAdmin,
}

impl UserRole {
    /// Every role, lowest first.
    pub const ALL: [UserRole; 3] = [Self::Technician, Self::Admin, Self::MasterAdmin];

    /// The name (wire, forms, translation key `role-<name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::Technician => "technician",
            Self::MasterAdmin => "master-admin",
        }
    }

    /// Parses a name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The stored form: the `role` column (`admin` or `technician`) and the `master` flag.
    pub fn stored(self) -> (&'static str, bool) {
        match self {
            Self::Technician => ("technician", false),
            Self::Admin => ("admin", false),
            Self::MasterAdmin => ("admin", true),
        }
    }

    /// Reads the stored form.
    pub fn from_stored(role: &str, master: bool) -> Self {
        match (role, master) {
            ("admin", true) => Self::MasterAdmin,
            ("admin", false) => Self::Admin,
            _ => Self::Technician,
        }
    }

    /// Whether the person may use the admin centre.
    pub fn is_admin(self) -> bool {
        self >= Self::Admin
    }
}

/// The signed-in person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    /// Their ID.
    pub user: UserId,
    /// Their organisation.
    pub org: OrgId,
    /// The organisation's name.
    pub org_name: String,
    /// Display name.
    pub name: String,
    /// Sign-in email.
    pub email: String,
    /// Role.
    pub role: UserRole,
    /// What their technician group permits.
    pub perms: Permissions,
    /// Their technician group (channels served by a group are theirs to pick up).
    pub group: Option<String>,
    /// The organisation's names for the two custom fields (`None`: the translated default).
    pub field_names: [Option<String>; 2],
    /// The organisation requires two-factor sign-in and this person has not set it up: until
    /// they do, the server allows only that (`AppError::TwoFactorRequired`).
    pub must_set_up_two_factor: bool,
}

/// Where the site root sends a visitor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Landing {
    /// No organisation yet: the first-run setup page.
    Setup,
    /// A signed-in technician: the console.
    Console,
    /// Everyone else: the PIN page.
    Pin,
}

/// Normalises an email address for storage and lookup.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A rough plausibility check (the real check is the invitation mail, later).
pub fn is_plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && email.len() <= 254
        && !email.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(normalise_email("  Ada@Example.COM "), "ada@example.com");
        assert!(is_plausible_email("ada@example.com"));
        assert!(!is_plausible_email("ada@example"));
        assert!(!is_plausible_email("@example.com"));
        assert!(!is_plausible_email("a da@example.com"));
        assert!(!is_plausible_email("ada@.com"));
    }

    #[test]
    fn roles_round_trip() {
        for r in UserRole::ALL {
            assert_eq!(UserRole::parse(r.as_str()), Some(r));
            let (role, master) = r.stored();
            assert_eq!(UserRole::from_stored(role, master), r);
        }
        assert_eq!(UserRole::parse("root"), None);
        assert_eq!(UserRole::from_stored("root", true), UserRole::Technician);
        assert!(UserRole::MasterAdmin.is_admin() && UserRole::Admin.is_admin());
        assert!(!UserRole::Technician.is_admin());
    }
}
