//! Technician groups and their settings (timeouts, limits). Every organisation has a default
//! group; the admin pages to manage groups come with the admin issue.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The system limit: no session lives longer, and no hold lasts longer.
pub const SYSTEM_LIMIT: Duration = Duration::from_secs(14 * 24 * 3600);

/// Reconnecting turns Offline after this long.
pub const OFFLINE_AFTER: Duration = Duration::from_secs(5 * 60);

/// A group's settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSettings {
    /// A session nobody joined times out after this long.
    pub connecting_timeout: Duration,
    /// A waiting, transferring or disconnected session times out after this long without
    /// anything happening.
    pub inactivity_timeout: Duration,
    /// A held session times out after this long (at most 14 days).
    pub hold_limit: Duration,
    /// Active sessions a technician may run at once (held ones do not count).
    pub max_active: u32,
    /// Idle time after which a console counts as Away.
    pub auto_away: Duration,
    /// Active sessions from which a technician counts as Busy (at most `max_active`).
    pub busy_at: u32,
    /// Consoles start a session by themselves when its customer is ready (or a transfer to
    /// them arrives).
    pub auto_start: bool,
}

impl Default for GroupSettings {
    /// The defaults of a new group: 30 minutes to join, 60 minutes of inactivity, 14 days on
    /// hold, one active session, Away after 10 idle minutes.
    fn default() -> Self {
        Self {
            connecting_timeout: Duration::from_secs(30 * 60),
            inactivity_timeout: Duration::from_secs(60 * 60),
            hold_limit: SYSTEM_LIMIT,
            max_active: 1,
            auto_away: Duration::from_secs(10 * 60),
            busy_at: 1,
            auto_start: false,
        }
    }
}

#[cfg(feature = "ssr")]
pub mod repo {
    //! SQL for groups.

    use std::time::Duration;

    use sqlx::{Any, Executor, Row};

    use super::{GroupSettings, SYSTEM_LIMIT};
    use crate::ids::{OrgId, UserId};

    fn secs(v: i64) -> Duration {
        Duration::from_secs(v.max(0) as u64)
    }

    /// Creates the default group of a new organisation; its ID is derived from the
    /// organisation's (as the migration does for existing ones).
    pub async fn insert_default<'e>(
        ex: impl Executor<'e, Database = Any>,
        org: &OrgId,
        now: i64,
    ) -> Result<String, sqlx::Error> {
        let id = default_id(org);
        sqlx::query(
            "INSERT INTO tech_groups (id, org_id, name, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id.as_str())
        .bind(org.as_str())
        .bind("Technicians")
        .bind(now)
        .execute(ex)
        .await?;
        Ok(id)
    }

    /// The ID of an organisation's default group.
    pub fn default_id(org: &OrgId) -> String {
        format!("g-{org}")
    }

    const COLUMNS: &str = "g.connecting_timeout_secs, g.inactivity_timeout_secs, \
         g.hold_limit_secs, g.max_active_sessions, g.auto_away_secs, g.busy_threshold, \
         g.auto_start";

    fn settings(r: &sqlx::any::AnyRow) -> Result<GroupSettings, sqlx::Error> {
        let max_active = r.try_get::<i64, _>("max_active_sessions")?.clamp(1, 1000) as u32;
        let busy_at = r
            .try_get::<Option<i64>, _>("busy_threshold")?
            .map_or(max_active, |b| (b.clamp(1, 1000) as u32).min(max_active));
        Ok(GroupSettings {
            connecting_timeout: secs(r.try_get("connecting_timeout_secs")?),
            inactivity_timeout: secs(r.try_get("inactivity_timeout_secs")?),
            hold_limit: secs(r.try_get("hold_limit_secs")?).min(SYSTEM_LIMIT),
            max_active,
            auto_away: secs(r.try_get("auto_away_secs")?),
            busy_at,
            auto_start: r.try_get::<i64, _>("auto_start")? != 0,
        })
    }

    /// The settings of the group `from_where` finds by `key` (defaults when there is none).
    async fn settings_where<'e>(
        ex: impl Executor<'e, Database = Any>,
        from_where: &str,
        key: &str,
    ) -> Result<GroupSettings, sqlx::Error> {
        sqlx::query(&format!("SELECT {COLUMNS} FROM {from_where}"))
            .bind(key)
            .fetch_optional(ex)
            .await?
            .as_ref()
            .map_or(Ok(GroupSettings::default()), settings)
    }

    /// The settings of a technician's group (defaults when the user has none).
    pub async fn for_user<'e>(
        ex: impl Executor<'e, Database = Any>,
        user: &UserId,
    ) -> Result<GroupSettings, sqlx::Error> {
        let from_where = "users u JOIN tech_groups g ON g.id = u.group_id WHERE u.id = $1";
        settings_where(ex, from_where, user.as_str()).await
    }

    /// The settings of a group (defaults when it is gone).
    pub async fn for_group<'e>(
        ex: impl Executor<'e, Database = Any>,
        group: &str,
    ) -> Result<GroupSettings, sqlx::Error> {
        settings_where(ex, "tech_groups g WHERE g.id = $1", group).await
    }

    /// Changes the limit of active sessions of a technician's group (tests, admin later).
    pub async fn set_max_active_for_user<'e>(
        ex: impl Executor<'e, Database = Any>,
        user: &UserId,
        max_active: u32,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE tech_groups SET max_active_sessions = $1 \
             WHERE id = (SELECT group_id FROM users WHERE id = $2)",
        )
        .bind(i64::from(max_active))
        .bind(user.as_str())
        .execute(ex)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_documented_values() {
        let d = GroupSettings::default();
        assert_eq!(d.connecting_timeout.as_secs(), 1800);
        assert_eq!(d.inactivity_timeout.as_secs(), 3600);
        assert_eq!(d.hold_limit, SYSTEM_LIMIT);
        assert_eq!(d.max_active, 1);
        assert_eq!(OFFLINE_AFTER.as_secs(), 300);
    }
}
