//! The audit log: sign-ins and changes to accounts and settings, per organisation (read by
//! administrators in the admin centre). Never holds secrets, codes or tokens.

use crate::db::Db;
use crate::ids::{OrgId, UserId};

/// One line of the audit log.
pub struct Entry<'a> {
    /// The organisation.
    pub org: &'a OrgId,
    /// Who did it, when known.
    pub actor: Option<&'a UserId>,
    /// What happened (`sign-in`, `sign-in-failed`, `two-factor-on`…).
    pub kind: &'a str,
    /// Whom it concerns, when not the actor.
    pub subject: Option<&'a UserId>,
    /// A detail (never a secret).
    pub detail: Option<&'a str>,
    /// When (Unix milliseconds).
    pub at: i64,
}

/// Writes a line.
pub async fn record(db: &Db, e: &Entry<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit (id, org_id, at, actor_id, kind, subject, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(crate::secret::internal_id())
    .bind(e.org.as_str())
    .bind(e.at)
    .bind(e.actor.map(UserId::as_str))
    .bind(e.kind)
    .bind(e.subject.map(UserId::as_str))
    .bind(e.detail)
    .execute(db)
    .await?;
    Ok(())
}

/// Writes a line about something `actor` did themselves (at the server's time), for server
/// functions.
pub async fn note(
    ctx: &crate::ssr_ctx::Ctx,
    org: &OrgId,
    actor: &UserId,
    kind: &str,
    detail: Option<&str>,
) -> Result<(), crate::error::AppError> {
    let entry = Entry {
        org,
        actor: Some(actor),
        kind,
        subject: None,
        detail,
        at: ctx.now_ms(),
    };
    record(&ctx.db, &entry)
        .await
        .map_err(crate::auth::server::db_error)
}

/// The kinds of the lines about `user`, oldest first (tests, and the admin centre later).
pub async fn kinds_for(db: &Db, user: &UserId) -> Result<Vec<String>, sqlx::Error> {
    use sqlx::Row;
    sqlx::query("SELECT kind FROM audit WHERE actor_id = $1 OR subject = $1 ORDER BY at, rowid")
        .bind(user.as_str())
        .fetch_all(db)
        .await?
        .iter()
        .map(|r| r.try_get("kind"))
        .collect()
}
