//! SQL for self-service channels, always scoped by organisation (except the public lookup
//! by slug).

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Channel, ChannelSummary};
use crate::db::Db;
use crate::ids::OrgId;

/// A channel found by its link, with what its public page and the join need.
#[derive(Clone, Debug)]
pub struct Found {
    /// The channel.
    pub channel: Channel,
    /// Its organisation.
    pub org: OrgId,
}

fn channel(r: &AnyRow) -> Result<Channel, sqlx::Error> {
    Ok(Channel {
        id: r.try_get("id")?,
        slug: r.try_get("slug")?,
        name: r.try_get("name")?,
        group: r.try_get("group_id")?,
        enabled: r.try_get::<i64, _>("enabled")? != 0,
    })
}

/// The organisation's channels (not deleted) with their serving group's name and the
/// customers waiting in each, oldest first.
pub async fn list(db: &Db, org: &OrgId) -> Result<Vec<ChannelSummary>, sqlx::Error> {
    sqlx::query(
        "SELECT c.id, c.slug, c.name, c.group_id, c.enabled, g.name AS group_name, \
         (SELECT COUNT(*) FROM sessions s WHERE s.channel_id = c.id \
          AND s.closed_at IS NULL AND s.owner_id IS NULL) AS waiting \
         FROM channels c LEFT JOIN tech_groups g ON g.id = c.group_id \
         WHERE c.org_id = $1 AND c.deleted_at IS NULL ORDER BY c.created_at, c.id",
    )
    .bind(org.as_str())
    .fetch_all(db)
    .await?
    .iter()
    .map(|r| {
        Ok(ChannelSummary {
            channel: channel(r)?,
            group_name: r.try_get("group_name")?,
            waiting: r.try_get::<i64, _>("waiting")?.max(0) as u32,
            link: String::new(),
        })
    })
    .collect()
}

/// The channel behind a link (not deleted; enabled or not).
pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<Found>, sqlx::Error> {
    sqlx::query(
        "SELECT id, org_id, slug, name, group_id, enabled FROM channels \
         WHERE slug = $1 AND deleted_at IS NULL",
    )
    .bind(slug)
    .fetch_optional(db)
    .await?
    .map(|r| {
        Ok(Found {
            channel: channel(&r)?,
            org: OrgId(r.try_get("org_id")?),
        })
    })
    .transpose()
}

/// Creates a channel (a taken slug is a unique violation).
pub async fn insert(db: &Db, org: &OrgId, c: &Channel, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO channels (id, org_id, group_id, slug, name, enabled, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(c.id.as_str())
    .bind(org.as_str())
    .bind(c.group.as_deref())
    .bind(c.slug.as_str())
    .bind(c.name.as_str())
    .bind(i64::from(c.enabled))
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// Changes a channel of the organisation; `false` when there is none with that ID.
pub async fn update(db: &Db, org: &OrgId, c: &Channel) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE channels SET group_id = $1, slug = $2, name = $3, enabled = $4 \
         WHERE id = $5 AND org_id = $6 AND deleted_at IS NULL",
    )
    .bind(c.group.as_deref())
    .bind(c.slug.as_str())
    .bind(c.name.as_str())
    .bind(i64::from(c.enabled))
    .bind(c.id.as_str())
    .bind(org.as_str())
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes a channel: its link stops working and its slug is free again; the row stays for
/// the sessions that came through it (customers still waiting may be picked up by anyone in
/// the organisation). Gives its name; `None` when there is none with that ID.
pub async fn delete(
    db: &Db,
    org: &OrgId,
    id: &str,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query(
        "UPDATE channels SET deleted_at = $1, enabled = 0, group_id = NULL \
         WHERE id = $2 AND org_id = $3 AND deleted_at IS NULL RETURNING name",
    )
    .bind(now)
    .bind(id)
    .bind(org.as_str())
    .fetch_optional(db)
    .await?
    .map(|r| r.try_get("name"))
    .transpose()
}
