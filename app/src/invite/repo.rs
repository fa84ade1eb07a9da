//! SQL for invites and customer access.

use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use crate::ids::{OrgId, SessionId};

/// Kind of invite as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 6 digits.
    Pin,
    /// One-time link.
    Link,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Pin => "pin",
            Kind::Link => "link",
        }
    }
}

/// Status of an invite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Can be redeemed until it expires.
    Open,
    /// Redeemed.
    Used,
    /// Not redeemed in time.
    Expired,
    /// Withdrawn because the session ended.
    Revoked,
}

impl Status {
    fn parse(s: &str) -> Status {
        match s {
            "open" => Status::Open,
            "used" => Status::Used,
            "expired" => Status::Expired,
            _ => Status::Revoked,
        }
    }
}

/// An invite as stored.
#[derive(Clone, Debug)]
pub struct InviteRow {
    /// ID.
    pub id: String,
    /// Organisation.
    pub org: OrgId,
    /// Session.
    pub session: SessionId,
    /// Status.
    pub status: Status,
    /// Expiry (ms).
    pub expires_at: i64,
}

fn from_row(r: &AnyRow) -> Result<InviteRow, sqlx::Error> {
    Ok(InviteRow {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("org_id")?),
        session: SessionId(r.try_get("session_id")?),
        status: Status::parse(&r.try_get::<String, _>("status")?),
        expires_at: r.try_get("expires_at")?,
    })
}

/// A new invite.
pub struct NewInvite<'a> {
    /// ID.
    pub id: &'a str,
    /// Organisation.
    pub org: &'a OrgId,
    /// Session.
    pub session: &'a SessionId,
    /// Kind.
    pub kind: Kind,
    /// PIN digits, or the token's hash.
    pub secret: &'a str,
    /// Now (ms).
    pub now: i64,
    /// Expiry (ms).
    pub expires_at: i64,
}

/// Stores an invite (fails with a unique violation when the PIN is taken).
pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    i: &NewInvite<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO invites (id, org_id, session_id, kind, secret, status, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, 'open', $6, $7)",
    )
    .bind(i.id)
    .bind(i.org.as_str())
    .bind(i.session.as_str())
    .bind(i.kind.as_str())
    .bind(i.secret)
    .bind(i.now)
    .bind(i.expires_at)
    .execute(ex)
    .await?;
    Ok(())
}

/// Marks open PINs whose time is up as expired (frees their digits for reuse).
pub async fn expire_stale_pins<'e>(
    ex: impl Executor<'e, Database = Any>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE invites SET status = 'expired' WHERE kind = 'pin' AND status = 'open' \
         AND expires_at <= $1",
    )
    .bind(now)
    .execute(ex)
    .await?;
    Ok(())
}

/// The newest invite with these PIN digits issued since `since`.
pub async fn latest_pin<'e>(
    ex: impl Executor<'e, Database = Any>,
    digits: &str,
    since: i64,
) -> Result<Option<InviteRow>, sqlx::Error> {
    sqlx::query(
        "SELECT id, org_id, session_id, status, expires_at FROM invites \
         WHERE kind = 'pin' AND secret = $1 AND created_at >= $2 \
         ORDER BY created_at DESC LIMIT 1",
    )
    .bind(digits)
    .bind(since)
    .fetch_optional(ex)
    .await?
    .as_ref()
    .map(from_row)
    .transpose()
}

/// The link invite with this token hash.
pub async fn by_link_hash<'e>(
    ex: impl Executor<'e, Database = Any>,
    hash: &str,
) -> Result<Option<InviteRow>, sqlx::Error> {
    sqlx::query(
        "SELECT id, org_id, session_id, status, expires_at FROM invites \
         WHERE kind = 'link' AND secret = $1",
    )
    .bind(hash)
    .fetch_optional(ex)
    .await?
    .as_ref()
    .map(from_row)
    .transpose()
}

/// Sets an open invite's status; false when it was no longer open.
pub async fn close<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &str,
    status: Status,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let (status, used_at) = match status {
        Status::Open => return Ok(false),
        Status::Used => ("used", Some(now)),
        Status::Expired => ("expired", None),
        Status::Revoked => ("revoked", None),
    };
    Ok(sqlx::query(
        "UPDATE invites SET status = $1, used_at = COALESCE($2, used_at) \
         WHERE id = $3 AND status = 'open'",
    )
    .bind(status)
    .bind(used_at)
    .bind(id)
    .execute(ex)
    .await?
    .rows_affected()
        == 1)
}

/// Withdraws the open invites of a session (it ended).
pub async fn revoke_for_session<'e>(
    ex: impl Executor<'e, Database = Any>,
    session: &SessionId,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE invites SET status = 'revoked' WHERE session_id = $1 AND status = 'open'")
        .bind(session.as_str())
        .execute(ex)
        .await?;
    Ok(())
}

/// Records a customer's access token (hashed).
pub async fn insert_access<'e>(
    ex: impl Executor<'e, Database = Any>,
    token_hash: &str,
    session: &SessionId,
    org: &OrgId,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO customer_access (token_hash, session_id, org_id, created_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(session.as_str())
    .bind(org.as_str())
    .bind(now)
    .execute(ex)
    .await?;
    Ok(())
}

/// The session and organisation a customer token opens.
pub async fn access<'e>(
    ex: impl Executor<'e, Database = Any>,
    token_hash: &str,
) -> Result<Option<(SessionId, OrgId)>, sqlx::Error> {
    let Some(r) =
        sqlx::query("SELECT session_id, org_id FROM customer_access WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(ex)
            .await?
    else {
        return Ok(None);
    };
    Ok(Some((
        SessionId(r.try_get("session_id")?),
        OrgId(r.try_get("org_id")?),
    )))
}

/// The organisation's name and custom terms.
pub async fn org_terms<'e>(
    ex: impl Executor<'e, Database = Any>,
    org: &OrgId,
) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
    let Some(r) = sqlx::query("SELECT name, terms_text FROM organisations WHERE id = $1")
        .bind(org.as_str())
        .fetch_optional(ex)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some((r.try_get("name")?, r.try_get("terms_text")?)))
}
