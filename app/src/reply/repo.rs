//! SQL for predefined replies.

use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use crate::db::Db;
use crate::ids::{OrgId, UserId};
use crate::reply::{Reply, ReplyDraft, ReplyKind};

/// Whose replies: a technician's own, or an organisation's shared ones.
#[derive(Clone, Copy, Debug)]
pub enum Owner<'a> {
    /// A technician's.
    User(&'a UserId),
    /// The organisation's (no user).
    Org(&'a OrgId),
}

impl Owner<'_> {
    /// The SQL condition selecting this owner's rows, its ID bound as `$n`.
    fn clause(self, n: u8) -> String {
        match self {
            Owner::User(_) => format!("user_id = ${n}"),
            Owner::Org(_) => format!("user_id IS NULL AND org_id = ${n}"),
        }
    }
}

fn owner_key<'a>(owner: Owner<'a>) -> &'a str {
    match owner {
        Owner::User(u) => u.as_str(),
        Owner::Org(o) => o.as_str(),
    }
}

fn reply(r: &AnyRow) -> Result<Reply, sqlx::Error> {
    let kind: String = r.try_get("kind")?;
    Ok(Reply {
        id: r.try_get("id")?,
        draft: ReplyDraft {
            kind: ReplyKind::parse(&kind).unwrap_or(ReplyKind::Text),
            title: r.try_get("title")?,
            body: r.try_get("body")?,
        },
        shared: r.try_get::<Option<String>, _>("user_id")?.is_none(),
    })
}

/// An owner's replies, in their order.
pub async fn list<'e>(
    ex: impl Executor<'e, Database = Any>,
    owner: Owner<'_>,
) -> Result<Vec<Reply>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT id, user_id, kind, title, body FROM replies WHERE {} ORDER BY position, id",
        owner.clause(1)
    ))
    .bind(owner_key(owner))
    .fetch_all(ex)
    .await?
    .iter()
    .map(reply)
    .collect()
}

/// Adds replies at the end of an owner's list (of the organisation `org`).
pub async fn append(
    db: &Db,
    org: &OrgId,
    owner: Owner<'_>,
    drafts: &[ReplyDraft],
    now: i64,
) -> Result<Vec<Reply>, sqlx::Error> {
    let mut tx = db.begin().await?;
    let last: i64 = sqlx::query(&format!(
        "SELECT COALESCE(MAX(position), 0) AS last FROM replies WHERE {}",
        owner.clause(1)
    ))
    .bind(owner_key(owner))
    .fetch_one(&mut *tx)
    .await?
    .try_get("last")?;
    let user = match owner {
        Owner::User(u) => Some(u.as_str()),
        Owner::Org(_) => None,
    };
    let mut out = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.iter().enumerate() {
        let id = crate::secret::internal_id();
        sqlx::query(
            "INSERT INTO replies (id, org_id, user_id, kind, title, body, position, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&id)
        .bind(org.as_str())
        .bind(user)
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
            shared: user.is_none(),
        });
    }
    tx.commit().await?;
    Ok(out)
}

/// Changes one of an owner's replies; false when it is not theirs.
pub async fn update<'e>(
    ex: impl Executor<'e, Database = Any>,
    owner: Owner<'_>,
    id: &str,
    d: &ReplyDraft,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "UPDATE replies SET kind = $1, title = $2, body = $3 WHERE id = $4 AND {}",
        owner.clause(5)
    ))
    .bind(d.kind.as_str())
    .bind(&d.title)
    .bind(&d.body)
    .bind(id)
    .bind(owner_key(owner))
    .execute(ex)
    .await?
    .rows_affected()
        == 1)
}

/// Deletes one of an owner's replies; false when it is not theirs.
pub async fn delete<'e>(
    ex: impl Executor<'e, Database = Any>,
    owner: Owner<'_>,
    id: &str,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "DELETE FROM replies WHERE id = $1 AND {}",
        owner.clause(2)
    ))
    .bind(id)
    .bind(owner_key(owner))
    .execute(ex)
    .await?
    .rows_affected()
        == 1)
}
