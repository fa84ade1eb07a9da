//! SQL for predefined replies.

use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use crate::db::Db;
use crate::ids::{OrgId, UserId};
use crate::reply::{Reply, ReplyDraft, ReplyKind};

fn reply(r: &AnyRow) -> Result<Reply, sqlx::Error> {
    let kind: String = r.try_get("kind")?;
    Ok(Reply {
        id: r.try_get("id")?,
        draft: ReplyDraft {
            kind: ReplyKind::parse(&kind).unwrap_or(ReplyKind::Text),
            title: r.try_get("title")?,
            body: r.try_get("body")?,
        },
    })
}

/// A technician's own replies, in their order.
pub async fn list<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: &UserId,
) -> Result<Vec<Reply>, sqlx::Error> {
    sqlx::query(
        "SELECT id, kind, title, body FROM replies WHERE user_id = $1 ORDER BY position, id",
    )
    .bind(user.as_str())
    .fetch_all(ex)
    .await?
    .iter()
    .map(reply)
    .collect()
}

/// Adds replies at the end of a technician's list.
pub async fn append(
    db: &Db,
    org: &OrgId,
    user: &UserId,
    drafts: &[ReplyDraft],
    now: i64,
) -> Result<Vec<Reply>, sqlx::Error> {
    let mut tx = db.begin().await?;
    let last: i64 =
        sqlx::query("SELECT COALESCE(MAX(position), 0) AS last FROM replies WHERE user_id = $1")
            .bind(user.as_str())
            .fetch_one(&mut *tx)
            .await?
            .try_get("last")?;
    let mut out = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.iter().enumerate() {
        let id = crate::secret::internal_id();
        sqlx::query(
            "INSERT INTO replies (id, org_id, user_id, kind, title, body, position, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&id)
        .bind(org.as_str())
        .bind(user.as_str())
        .bind(d.kind.as_str())
        .bind(&d.title)
        .bind(&d.body)
        .bind(last + 1 + i as i64)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        out.push(Reply {
            id,
            draft: d.clone(),
        });
    }
    tx.commit().await?;
    Ok(out)
}

/// Changes one of a technician's replies; false when it is not theirs.
pub async fn update<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: &UserId,
    id: &str,
    d: &ReplyDraft,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE replies SET kind = $1, title = $2, body = $3 WHERE id = $4 AND user_id = $5",
    )
    .bind(d.kind.as_str())
    .bind(&d.title)
    .bind(&d.body)
    .bind(id)
    .bind(user.as_str())
    .execute(ex)
    .await?
    .rows_affected()
        == 1)
}

/// Deletes one of a technician's replies; false when it is not theirs.
pub async fn delete<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: &UserId,
    id: &str,
) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM replies WHERE id = $1 AND user_id = $2")
            .bind(id)
            .bind(user.as_str())
            .execute(ex)
            .await?
            .rows_affected()
            == 1,
    )
}
