//! Self-service channels: a public link (`/c/<slug>`) of an organisation, or of one of its
//! technician groups, where a customer gives their name and problem and waits in the
//! channel's queue. The session has no owner until a technician who may serve the channel
//! picks it up (Start); from then on it is that technician's like any other.
//!
//! The rules are pure functions here; `channel/api.rs` has the server functions (the public
//! page, joining, and the administrators' list), `channel/repo.rs` the SQL.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;

use serde::{Deserialize, Serialize};

use crate::auth::Me;
use crate::error::AppError;
use crate::permission::Permission;

/// Longest problem description a customer may type.
pub const MAX_PROBLEM: usize = 1000;
/// Longest channel name.
pub const MAX_NAME: usize = 80;
/// Shortest and longest slug.
pub const SLUG_LEN: std::ops::RangeInclusive<usize> = 3..=40;
/// Most sessions waiting to be picked up in one channel: a form anyone can post to must
/// not fill the database or the technicians' queue.
pub const MAX_WAITING: i64 = 50;

/// A channel as administrators list and edit it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    /// ID (empty for a new one).
    pub id: String,
    /// The link's last part: lower-case letters, digits and dashes.
    pub slug: String,
    /// Shown to the customer and in the technicians' queue.
    pub name: String,
    /// The technician group that serves it; `None`: every technician of the organisation.
    pub group: Option<String>,
    /// Takes requests.
    pub enabled: bool,
}

impl Channel {
    /// Trims and checks name and slug (the group is checked against the organisation by the
    /// server).
    pub fn cleaned(mut self) -> Result<Self, AppError> {
        self.name = self.name.trim().to_owned();
        if self.name.is_empty() || self.name.chars().count() > MAX_NAME {
            return Err(AppError::InvalidInput {
                field: "channel_name".into(),
            });
        }
        self.slug = valid_slug(&self.slug)?;
        self.group = self.group.filter(|g| !g.is_empty());
        Ok(self)
    }
}

/// A channel in the administrators' list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelSummary {
    /// The channel.
    pub channel: Channel,
    /// The serving group's name (`None`: the whole organisation).
    pub group_name: Option<String>,
    /// Customers waiting to be picked up.
    pub waiting: u32,
    /// The full link to give customers.
    pub link: String,
}

/// Checks a slug: 3 to 40 lower-case ASCII letters, digits and single dashes, not starting
/// or ending with a dash (it is read out, typed and printed).
pub fn valid_slug(slug: &str) -> Result<String, AppError> {
    let slug = slug.trim().to_ascii_lowercase();
    let ok = SLUG_LEN.contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--");
    if ok {
        Ok(slug)
    } else {
        Err(AppError::InvalidInput {
            field: "slug".into(),
        })
    }
}

/// The public page of a channel: what the customer sees before joining.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicChannel {
    /// The organisation's name.
    pub org_name: String,
    /// The channel's name.
    pub name: String,
    /// The organisation's accent colour (`#rrggbb`), if it set one.
    pub accent: Option<String>,
    /// The organisation's logo (`admin::logo_url`), if it has one.
    pub logo: Option<String>,
}

/// What a customer typed on the channel page, trimmed and checked.
pub fn cleaned_request(name: &str, problem: &str) -> Result<(String, String), AppError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > crate::session::MAX_CUSTOMER_NAME {
        return Err(AppError::InvalidInput {
            field: "customer_name".into(),
        });
    }
    let problem = problem.trim();
    if problem.chars().count() > MAX_PROBLEM {
        return Err(AppError::InvalidInput {
            field: "problem".into(),
        });
    }
    Ok((name.to_owned(), problem.to_owned()))
}

/// Whether `me` may see and pick up the sessions of a channel served by `group` (`None`:
/// the whole organisation): same organisation (checked by the caller), the right group,
/// and the permission to start sessions.
pub fn may_serve(me: &Me, group: Option<&str>) -> bool {
    me.perms.has(Permission::StartSessions) && group.is_none_or(|g| me.group.as_deref() == Some(g))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::UserRole;
    use crate::ids::{OrgId, UserId};
    use crate::permission::Permissions;

    #[test]
    fn slugs() {
        assert_eq!(
            valid_slug(" Help-Desk2 ").ok().as_deref(),
            Some("help-desk2")
        );
        for bad in [
            "ab",
            "-help",
            "help-",
            "he--lp",
            "hélp",
            "help desk",
            "a/b",
            &"x".repeat(41),
        ] {
            assert!(valid_slug(bad).is_err(), "{bad}");
        }
        assert!(valid_slug(&"x".repeat(40)).is_ok());
    }

    #[test]
    fn channel_forms() {
        let c = Channel {
            name: "  Printers ".into(),
            slug: "printers".into(),
            group: Some(String::new()),
            ..Channel::default()
        }
        .cleaned();
        assert_eq!(
            c.as_ref().map(|c| (c.name.as_str(), c.group.clone())),
            Ok(("Printers", None))
        );
        let unnamed = Channel {
            slug: "printers".into(),
            ..Channel::default()
        };
        assert!(unnamed.cleaned().is_err());
    }

    #[test]
    fn requests() {
        assert_eq!(
            cleaned_request(" Ada ", " The printer jams \n"),
            Ok(("Ada".into(), "The printer jams".into()))
        );
        assert!(cleaned_request("  ", "x").is_err());
        assert!(cleaned_request("Ada", &"x".repeat(MAX_PROBLEM + 1)).is_err());
        assert!(cleaned_request("Ada", "").is_ok());
    }

    #[test]
    fn who_serves_a_channel() {
        let me = |group: Option<&str>, perms: Permissions| Me {
            user: UserId("u".into()),
            org: OrgId("o".into()),
            org_name: String::new(),
            name: String::new(),
            email: String::new(),
            role: UserRole::Technician,
            perms,
            group: group.map(str::to_owned),
            field_names: [None, None],
            must_set_up_two_factor: false,
        };
        let all = Permissions::all();
        assert!(may_serve(&me(Some("g1"), all), Some("g1")));
        assert!(may_serve(&me(Some("g2"), all), None));
        assert!(!may_serve(&me(Some("g2"), all), Some("g1")));
        assert!(!may_serve(&me(None, all), Some("g1")));
        let no_start = all.with(Permission::StartSessions, false);
        assert!(!may_serve(&me(Some("g1"), no_start), Some("g1")));
    }
}
