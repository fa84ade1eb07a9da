//! SQL for sessions and the session log.

use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use crate::ids::{OrgId, SessionId, UserId};
use crate::session::SessionState;

/// A session row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRow {
    /// ID.
    pub id: SessionId,
    /// Organisation.
    pub org: OrgId,
    /// Owning technician.
    pub owner: UserId,
    /// Customer name.
    pub customer_name: String,
    /// Custom fields.
    pub fields: [String; 2],
    /// State.
    pub state: SessionState,
    /// Start of the current state (ms).
    pub state_since: i64,
    /// Creation time (ms).
    pub created_at: i64,
}

const COLUMNS: &str =
    "id, org_id, owner_id, customer_name, field1, field2, state, state_since, created_at";

fn from_row(row: &AnyRow) -> Result<SessionRow, sqlx::Error> {
    let state: String = row.try_get("state")?;
    Ok(SessionRow {
        id: SessionId(row.try_get("id")?),
        org: OrgId(row.try_get("org_id")?),
        owner: UserId(row.try_get("owner_id")?),
        customer_name: row.try_get("customer_name")?,
        fields: [row.try_get("field1")?, row.try_get("field2")?],
        state: SessionState::parse(&state).ok_or_else(|| sqlx::Error::ColumnDecode {
            index: "state".into(),
            source: format!("unknown state {state:?}").into(),
        })?,
        state_since: row.try_get("state_since")?,
        created_at: row.try_get("created_at")?,
    })
}

/// Inserts a new session.
pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    s: &SessionRow,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (id, org_id, owner_id, customer_name, field1, field2, state, \
         state_since, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(s.id.as_str())
    .bind(s.org.as_str())
    .bind(s.owner.as_str())
    .bind(s.customer_name.as_str())
    .bind(s.fields[0].as_str())
    .bind(s.fields[1].as_str())
    .bind(s.state.as_str())
    .bind(s.state_since)
    .bind(s.created_at)
    .execute(ex)
    .await?;
    Ok(())
}

/// One session.
pub async fn get<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query(&format!("SELECT {COLUMNS} FROM sessions WHERE id = $1"))
        .bind(id.as_str())
        .fetch_optional(ex)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// The sessions in a technician's list (not dismissed), newest first.
pub async fn list_for_owner<'e>(
    ex: impl Executor<'e, Database = Any>,
    owner: &UserId,
) -> Result<Vec<SessionRow>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM sessions WHERE owner_id = $1 AND dismissed_at IS NULL \
         ORDER BY created_at DESC LIMIT 500"
    ))
    .bind(owner.as_str())
    .fetch_all(ex)
    .await?
    .iter()
    .map(from_row)
    .collect()
}

/// Moves a session from `from` to `to`; false when its state was no longer `from`.
pub async fn set_state<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
    from: SessionState,
    to: SessionState,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let closed_at = to.is_closed().then_some(now);
    Ok(sqlx::query(
        "UPDATE sessions SET state = $1, state_since = $2, closed_at = COALESCE($3, closed_at) \
         WHERE id = $4 AND state = $5",
    )
    .bind(to.as_str())
    .bind(now)
    .bind(closed_at)
    .bind(id.as_str())
    .bind(from.as_str())
    .execute(ex)
    .await?
    .rows_affected()
        == 1)
}

/// Hides a closed session from its owner's list.
pub async fn dismiss<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
    now: i64,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE sessions SET dismissed_at = $1 WHERE id = $2 AND closed_at IS NOT NULL \
         AND dismissed_at IS NULL",
    )
    .bind(now)
    .bind(id.as_str())
    .execute(ex)
    .await?
    .rows_affected()
        == 1)
}

/// A session-log entry to write.
#[derive(Clone, Debug)]
pub struct NewEvent<'a> {
    /// The session.
    pub session: &'a SessionId,
    /// When (ms).
    pub at: i64,
    /// `technician:<id>`, `customer` or `system`.
    pub actor: &'a str,
    /// What happened (`created`, `pin-issued`, `transition`…).
    pub kind: &'a str,
    /// State before, for transitions.
    pub from: Option<SessionState>,
    /// State after, for transitions.
    pub to: Option<SessionState>,
    /// Extra text (the PIN for `pin-issued`; shown to the technician only).
    pub detail: Option<&'a str>,
}

/// Appends to the session log.
pub async fn insert_event<'e>(
    ex: impl Executor<'e, Database = Any>,
    e: &NewEvent<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO session_events (session_id, at, actor, kind, from_state, to_state, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(e.session.as_str())
    .bind(e.at)
    .bind(e.actor)
    .bind(e.kind)
    .bind(e.from.map(SessionState::as_str))
    .bind(e.to.map(SessionState::as_str))
    .bind(e.detail)
    .execute(ex)
    .await?;
    Ok(())
}

/// A session-log entry as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventRow {
    /// When (ms).
    pub at: i64,
    /// Who.
    pub actor: String,
    /// What.
    pub kind: String,
    /// State before.
    pub from: Option<String>,
    /// State after.
    pub to: Option<String>,
    /// Extra text.
    pub detail: Option<String>,
}

/// The session log, oldest first.
pub async fn events<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
) -> Result<Vec<EventRow>, sqlx::Error> {
    sqlx::query(
        "SELECT at, actor, kind, from_state, to_state, detail FROM session_events \
         WHERE session_id = $1 ORDER BY id",
    )
    .bind(id.as_str())
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| {
        Ok(EventRow {
            at: r.try_get("at")?,
            actor: r.try_get("actor")?,
            kind: r.try_get("kind")?,
            from: r.try_get("from_state")?,
            to: r.try_get("to_state")?,
            detail: r.try_get("detail")?,
        })
    })
    .collect()
}
