//! SQL for snapshots.

use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use crate::ids::{OrgId, SessionId, UserId};
use crate::snapshot::SnapshotInfo;

fn info(r: &AnyRow) -> Result<SnapshotInfo, sqlx::Error> {
    let side = |name: &str| -> Result<u32, sqlx::Error> {
        let v: i64 = r.try_get(name)?;
        Ok(u32::try_from(v).unwrap_or(0))
    };
    Ok(SnapshotInfo {
        id: r.try_get("id")?,
        at: r.try_get("taken_at")?,
        width: side("width")?,
        height: side("height")?,
    })
}

/// A snapshot to keep.
pub struct NewSnapshot<'a> {
    /// Its ID.
    pub id: &'a str,
    /// The session.
    pub session: &'a SessionId,
    /// The session's organisation.
    pub org: &'a OrgId,
    /// Who took it.
    pub by: &'a UserId,
    /// When.
    pub at: i64,
    /// Its size.
    pub size: (u32, u32),
    /// The PNG file.
    pub png: &'a [u8],
}

/// Stores a snapshot.
pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    s: &NewSnapshot<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO snapshots (id, session_id, org_id, taken_by, taken_at, width, height, png) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(s.id)
    .bind(s.session.as_str())
    .bind(s.org.as_str())
    .bind(s.by.as_str())
    .bind(s.at)
    .bind(i64::from(s.size.0))
    .bind(i64::from(s.size.1))
    .bind(s.png.to_vec())
    .execute(ex)
    .await?;
    Ok(())
}

/// How many snapshots a session has.
pub async fn count<'e>(
    ex: impl Executor<'e, Database = Any>,
    session: &SessionId,
) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM snapshots WHERE session_id = $1")
        .bind(session.as_str())
        .fetch_one(ex)
        .await?
        .try_get("n")
}

/// A session's snapshots, oldest first.
pub async fn list<'e>(
    ex: impl Executor<'e, Database = Any>,
    session: &SessionId,
) -> Result<Vec<SnapshotInfo>, sqlx::Error> {
    sqlx::query(
        "SELECT id, taken_at, width, height FROM snapshots WHERE session_id = $1 \
         ORDER BY taken_at, id",
    )
    .bind(session.as_str())
    .fetch_all(ex)
    .await?
    .iter()
    .map(info)
    .collect()
}

/// A snapshot's file and session, if it belongs to `org`.
pub async fn file<'e>(
    ex: impl Executor<'e, Database = Any>,
    org: &OrgId,
    id: &str,
) -> Result<Option<(SessionId, Vec<u8>)>, sqlx::Error> {
    let row = sqlx::query("SELECT session_id, png FROM snapshots WHERE id = $1 AND org_id = $2")
        .bind(id)
        .bind(org.as_str())
        .fetch_optional(ex)
        .await?;
    row.map(|r| Ok((SessionId(r.try_get("session_id")?), r.try_get("png")?)))
        .transpose()
}
