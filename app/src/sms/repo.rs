//! SQL for text messages and their delivery status.

use sqlx::Row;

use super::SmsStatus;
use crate::db::Db;
use crate::ids::{OrgId, SessionId};

/// A message the gateway took.
pub struct NewSms<'a> {
    pub sid: &'a str,
    pub session: &'a SessionId,
    pub org: &'a OrgId,
    pub to_masked: &'a str,
    pub status: SmsStatus,
    pub at: i64,
}

/// Records a message.
pub async fn insert(db: &Db, m: &NewSms<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sms_messages (sid, session_id, org_id, to_masked, status, sent_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6)",
    )
    .bind(m.sid)
    .bind(m.session.as_str())
    .bind(m.org.as_str())
    .bind(m.to_masked)
    .bind(m.status.as_str())
    .bind(m.at)
    .execute(db)
    .await?;
    Ok(())
}

/// A delivery report: the new status of message `sid`, unless it already has it or reached
/// an end (delivered, failed). Returns the session and the masked number when it changed.
pub async fn report(
    db: &Db,
    sid: &str,
    status: SmsStatus,
    at: i64,
) -> Result<Option<(SessionId, String)>, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE sms_messages SET status = $1, updated_at = $2 \
         WHERE sid = $3 AND status = 'sent' AND status <> $1",
    )
    .bind(status.as_str())
    .bind(at)
    .bind(sid)
    .execute(db)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(None);
    }
    let row = sqlx::query("SELECT session_id, to_masked FROM sms_messages WHERE sid = $1")
        .bind(sid)
        .fetch_one(db)
        .await?;
    Ok(Some((
        SessionId(row.try_get("session_id")?),
        row.try_get("to_masked")?,
    )))
}

/// The status of the latest message of `session`.
pub async fn latest(db: &Db, session: &SessionId) -> Result<Option<SmsStatus>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT status FROM sms_messages WHERE session_id = $1 ORDER BY sent_at DESC, rowid DESC LIMIT 1",
    )
    .bind(session.as_str())
    .fetch_optional(db)
    .await?;
    Ok(row
        .map(|r| r.try_get::<String, _>("status"))
        .transpose()?
        .and_then(|s| match s.as_str() {
            "sent" => Some(SmsStatus::Sent),
            "delivered" => Some(SmsStatus::Delivered),
            "failed" => Some(SmsStatus::Failed),
            _ => None,
        }))
}
