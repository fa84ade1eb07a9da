//! Technicians and administrators: who is signed in.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod server;

use crate::ids::{OrgId, UserId};
use serde::{Deserialize, Serialize};

/// Name of the sign-in cookie.
pub const AUTH_COOKIE: &str = "sl_auth";

/// Shortest password accepted.
pub const MIN_PASSWORD_LEN: usize = 10;

/// What a person may do in their organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserRole {
    /// Runs the organisation; also works as a technician.
    Admin,
    /// Runs support sessions.
    Technician,
}

impl UserRole {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::Technician => "technician",
        }
    }

    /// Parses the database name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "admin" => Some(Self::Admin),
            "technician" => Some(Self::Technician),
            _ => None,
        }
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
        for r in [UserRole::Admin, UserRole::Technician] {
            assert_eq!(UserRole::parse(r.as_str()), Some(r));
        }
        assert_eq!(UserRole::parse("root"), None);
    }
}
