//! SQL for sessions and the session log.

use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use crate::ids::{OrgId, SessionId, UserId};
use crate::session::{HistoryItem, Live, LogActor, LogEntry, SeatId, SessionState};

/// A pending transfer as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransferRow {
    /// Sender.
    pub from: UserId,
    /// Sender's name.
    pub from_name: String,
    /// Receiver.
    pub to: UserId,
    /// Receiver's name.
    pub to_name: String,
    /// Note for the receiver.
    pub note: String,
    /// Where the session returns to when taken back.
    pub back_to: Live,
}

/// The self-service channel a session came through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChannelRef {
    /// Channel ID.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The group that serves it (`None`: the whole organisation).
    pub group: Option<String>,
}

/// A session row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRow {
    /// ID.
    pub id: SessionId,
    /// Organisation.
    pub org: OrgId,
    /// Owning technician (`None`: a channel session nobody has picked up yet).
    pub owner: Option<UserId>,
    /// Customer name.
    pub customer_name: String,
    /// Custom fields.
    pub fields: [String; 2],
    /// State (with `back_to` for Reconnecting / Offline).
    pub state: SessionState,
    /// Start of the current state (ms).
    pub state_since: i64,
    /// Creation time (ms).
    pub created_at: i64,
    /// Last thing that happened (ms), for the inactivity timeout.
    pub last_activity_at: i64,
    /// The pending transfer.
    pub transfer: Option<TransferRow>,
    /// The console window that runs the media.
    pub media_seat: Option<SeatId>,
    /// The self-service channel the customer came through.
    pub channel: Option<ChannelRef>,
    /// What the customer wrote about their problem (channel sessions).
    pub problem: String,
}

impl SessionRow {
    /// Whether `me` may see and pick up this session: a channel session of their
    /// organisation nobody has picked up yet, in a channel they serve.
    pub fn waits_for(&self, me: &crate::auth::Me) -> bool {
        me.org == self.org
            && self.owner.is_none()
            && self
                .channel
                .as_ref()
                .is_some_and(|c| crate::channel::may_serve(me, c.group.as_deref()))
    }

    /// A new session in Connecting, created at `now` (no invite or customer yet).
    pub fn connecting(
        id: SessionId,
        org: OrgId,
        owner: Option<UserId>,
        customer_name: String,
        now: i64,
    ) -> Self {
        Self {
            id,
            org,
            owner,
            customer_name,
            fields: [String::new(), String::new()],
            state: SessionState::Connecting,
            state_since: now,
            created_at: now,
            last_activity_at: now,
            transfer: None,
            media_seat: None,
            channel: None,
            problem: String::new(),
        }
    }
}

const SELECT: &str = "SELECT s.id, s.org_id, s.owner_id, s.customer_name, s.field1, s.field2, \
     s.state, s.back_to, s.state_since, s.created_at, s.last_activity_at, s.media_seat, \
     s.transfer_from, s.transfer_to, s.transfer_note, s.transfer_back_to, s.note, \
     uf.name AS transfer_from_name, ut.name AS transfer_to_name, \
     s.channel_id, s.problem, c.name AS channel_name, c.group_id AS channel_group \
     FROM sessions s \
     LEFT JOIN users uf ON uf.id = s.transfer_from \
     LEFT JOIN users ut ON ut.id = s.transfer_to \
     LEFT JOIN channels c ON c.id = s.channel_id";

fn decode_error(column: &str, value: &str) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: column.into(),
        source: format!("unexpected value {value:?}").into(),
    }
}

fn from_row(row: &AnyRow) -> Result<SessionRow, sqlx::Error> {
    let state: String = row.try_get("state")?;
    let back_to: Option<String> = row.try_get("back_to")?;
    let transfer = match (
        row.try_get::<Option<String>, _>("transfer_from")?,
        row.try_get::<Option<String>, _>("transfer_to")?,
    ) {
        (Some(from), Some(to)) => {
            let back: Option<String> = row.try_get("transfer_back_to")?;
            let back = back.as_deref().unwrap_or("active");
            Some(TransferRow {
                from: UserId(from),
                from_name: row
                    .try_get::<Option<String>, _>("transfer_from_name")?
                    .unwrap_or_default(),
                to: UserId(to),
                to_name: row
                    .try_get::<Option<String>, _>("transfer_to_name")?
                    .unwrap_or_default(),
                note: row
                    .try_get::<Option<String>, _>("transfer_note")?
                    .unwrap_or_default(),
                back_to: Live::parse(back).ok_or_else(|| decode_error("transfer_back_to", back))?,
            })
        }
        _ => None,
    };
    let state_since: i64 = row.try_get("state_since")?;
    Ok(SessionRow {
        id: SessionId(row.try_get("id")?),
        org: OrgId(row.try_get("org_id")?),
        owner: row.try_get::<Option<String>, _>("owner_id")?.map(UserId),
        customer_name: row.try_get("customer_name")?,
        fields: [row.try_get("field1")?, row.try_get("field2")?],
        state: SessionState::parse(&state, back_to.as_deref())
            .ok_or_else(|| decode_error("state", &state))?,
        state_since,
        created_at: row.try_get("created_at")?,
        last_activity_at: row
            .try_get::<Option<i64>, _>("last_activity_at")?
            .unwrap_or(state_since),
        transfer,
        media_seat: row.try_get::<Option<String>, _>("media_seat")?.map(SeatId),
        channel: match row.try_get::<Option<String>, _>("channel_id")? {
            Some(id) => Some(ChannelRef {
                id,
                name: row
                    .try_get::<Option<String>, _>("channel_name")?
                    .unwrap_or_default(),
                group: row.try_get("channel_group")?,
            }),
            None => None,
        },
        problem: row.try_get("problem")?,
    })
}

/// Inserts a new session.
pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    s: &SessionRow,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (id, org_id, owner_id, customer_name, field1, field2, state, \
         state_since, created_at, last_activity_at, channel_id, problem) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(s.id.as_str())
    .bind(s.org.as_str())
    .bind(s.owner.as_ref().map(UserId::as_str))
    .bind(s.customer_name.as_str())
    .bind(s.fields[0].as_str())
    .bind(s.fields[1].as_str())
    .bind(s.state.as_str())
    .bind(s.state_since)
    .bind(s.created_at)
    .bind(s.last_activity_at)
    .bind(s.channel.as_ref().map(|c| c.id.as_str()))
    .bind(s.problem.as_str())
    .execute(ex)
    .await?;
    Ok(())
}

/// One session.
pub async fn get<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query(&format!("{SELECT} WHERE s.id = $1"))
        .bind(id.as_str())
        .fetch_optional(ex)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// Every session that has not ended (the hub's working set after a start).
pub async fn open_sessions<'e>(
    ex: impl Executor<'e, Database = Any>,
) -> Result<Vec<SessionRow>, sqlx::Error> {
    sqlx::query(&format!("{SELECT} WHERE s.closed_at IS NULL"))
        .fetch_all(ex)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

/// The sessions in a technician's list: their own (not dismissed) and those being
/// transferred to them; newest first.
pub async fn list_for_technician<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: &UserId,
) -> Result<Vec<SessionRow>, sqlx::Error> {
    sqlx::query(&format!(
        "{SELECT} WHERE (s.owner_id = $1 AND s.dismissed_at IS NULL) OR s.transfer_to = $2 \
         ORDER BY s.created_at DESC LIMIT 500"
    ))
    .bind(user.as_str())
    .bind(user.as_str())
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
        "UPDATE sessions SET state = $1, back_to = $2, state_since = $3, last_activity_at = $3, \
         closed_at = COALESCE($4, closed_at) \
         WHERE id = $5 AND state = $6 AND COALESCE(back_to, '') = $7",
    )
    .bind(to.as_str())
    .bind(to.back_to().map(Live::as_str))
    .bind(now)
    .bind(closed_at)
    .bind(id.as_str())
    .bind(from.as_str())
    .bind(from.back_to().map_or("", Live::as_str))
    .execute(ex)
    .await?
    .rows_affected()
        == 1)
}

/// Records a pending transfer.
pub async fn begin_transfer<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
    from: &UserId,
    to: &UserId,
    note: &str,
    back_to: Live,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE sessions SET transfer_from = $1, transfer_to = $2, transfer_note = $3, \
         transfer_back_to = $4 WHERE id = $5",
    )
    .bind(from.as_str())
    .bind(to.as_str())
    .bind(note)
    .bind(back_to.as_str())
    .bind(id.as_str())
    .execute(ex)
    .await?;
    Ok(())
}

/// Forgets the pending transfer.
pub async fn clear_transfer<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE sessions SET transfer_from = NULL, transfer_to = NULL, transfer_note = NULL, \
         transfer_back_to = NULL WHERE id = $1",
    )
    .bind(id.as_str())
    .execute(ex)
    .await?;
    Ok(())
}

/// Gives the session to another technician.
pub async fn set_owner<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
    owner: &UserId,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET owner_id = $1 WHERE id = $2")
        .bind(owner.as_str())
        .bind(id.as_str())
        .execute(ex)
        .await?;
    Ok(())
}

/// Gives a channel session to the technician who picks it up; false when someone else
/// was first.
pub async fn claim<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
    owner: &UserId,
) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("UPDATE sessions SET owner_id = $1 WHERE id = $2 AND owner_id IS NULL")
            .bind(owner.as_str())
            .bind(id.as_str())
            .execute(ex)
            .await?
            .rows_affected()
            == 1,
    )
}

/// How many sessions of a channel wait to be picked up.
pub async fn waiting_in_channel<'e>(
    ex: impl Executor<'e, Database = Any>,
    channel: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "SELECT COUNT(*) AS n FROM sessions \
         WHERE channel_id = $1 AND closed_at IS NULL AND owner_id IS NULL",
    )
    .bind(channel)
    .fetch_one(ex)
    .await?
    .try_get("n")
}

/// Sets (or clears) the console window that runs the media.
pub async fn set_media_seat<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
    seat: Option<&SeatId>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET media_seat = $1 WHERE id = $2")
        .bind(seat.map(|s| s.0.as_str()))
        .bind(id.as_str())
        .execute(ex)
        .await?;
    Ok(())
}

/// Notes that something happened in the session (inactivity timeout).
pub async fn touch<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET last_activity_at = $1 WHERE id = $2")
        .bind(now)
        .bind(id.as_str())
        .execute(ex)
        .await?;
    Ok(())
}

/// Changes the customer's name and the custom fields.
pub async fn edit_details<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
    customer_name: &str,
    fields: &[String; 2],
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET customer_name = $1, field1 = $2, field2 = $3 WHERE id = $4")
        .bind(customer_name)
        .bind(fields[0].as_str())
        .bind(fields[1].as_str())
        .bind(id.as_str())
        .execute(ex)
        .await?;
    Ok(())
}

/// Hides an ended session from its owner's list.
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

/// Remembers the customer's device identifier (the first one the session sees).
pub async fn set_device<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
    device: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET device_id = $1 WHERE id = $2 AND device_id IS NULL")
        .bind(device)
        .bind(id.as_str())
        .execute(ex)
        .await?;
    Ok(())
}

/// Saves the technician's note.
pub async fn save_note<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
    note: &str,
    author: &UserId,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE sessions SET note = $1, note_author = $2, note_updated_at = $3 WHERE id = $4",
    )
    .bind(note)
    .bind(author.as_str())
    .bind(now)
    .bind(id.as_str())
    .execute(ex)
    .await?;
    Ok(())
}

/// The note and device of a session.
pub async fn note_and_device<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
    let Some(r) = sqlx::query("SELECT note, device_id FROM sessions WHERE id = $1")
        .bind(id.as_str())
        .fetch_optional(ex)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some((r.try_get("note")?, r.try_get("device_id")?)))
}

/// Earlier sessions of the organisation with the same customer device, newest first, with
/// their notes.
pub async fn with_device<'e>(
    ex: impl Executor<'e, Database = Any>,
    org: &OrgId,
    device: &str,
    except: &SessionId,
) -> Result<Vec<(SessionRow, String)>, sqlx::Error> {
    sqlx::query(&format!(
        "{SELECT} WHERE s.org_id = $1 AND s.device_id = $2 AND s.id <> $3 \
         ORDER BY s.created_at DESC LIMIT 20"
    ))
    .bind(org.as_str())
    .bind(device)
    .bind(except.as_str())
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| Ok((from_row(r)?, r.try_get("note")?)))
    .collect()
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
    /// The client's own ID of a reported event (stored once).
    pub client_id: Option<&'a str>,
}

impl<'a> NewEvent<'a> {
    /// A plain line: no states, no detail, no client ID.
    pub fn plain(session: &'a SessionId, at: i64, actor: &'a str, kind: &'a str) -> NewEvent<'a> {
        NewEvent {
            session,
            at,
            actor,
            kind,
            from: None,
            to: None,
            detail: None,
            client_id: None,
        }
    }

    /// The entry as the technician sees it, done by `actor`.
    pub fn entry(&self, actor: LogActor) -> LogEntry {
        LogEntry {
            at: self.at,
            actor,
            kind: self.kind.to_owned(),
            from: self.from.map(|s| s.as_str().to_owned()),
            to: self.to.map(|s| s.as_str().to_owned()),
            detail: self.detail.map(str::to_owned),
        }
    }
}

/// Appends to the session log; false when a report with this client ID is already there.
pub async fn insert_event<'e>(
    ex: impl Executor<'e, Database = Any>,
    e: &NewEvent<'_>,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "INSERT INTO session_events (session_id, at, actor, kind, from_state, to_state, detail, \
         client_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
    )
    .bind(e.session.as_str())
    .bind(e.at)
    .bind(e.actor)
    .bind(e.kind)
    .bind(e.from.map(SessionState::as_str))
    .bind(e.to.map(SessionState::as_str))
    .bind(e.detail)
    .bind(e.client_id)
    .execute(ex)
    .await?
    .rows_affected()
        == 1)
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

impl EventRow {
    /// The entry as the technician sees it, with the technician's name.
    pub fn entry(&self, technician_name: Option<String>) -> LogEntry {
        let actor = if self.actor == "customer" {
            LogActor::Customer
        } else if self.actor.starts_with("technician:") {
            LogActor::Technician {
                name: technician_name.unwrap_or_default(),
            }
        } else {
            LogActor::System
        };
        LogEntry {
            at: self.at,
            actor,
            kind: self.kind.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            detail: self.detail.clone(),
        }
    }
}

/// The session log, oldest first, with technicians' names.
pub async fn log<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: &SessionId,
) -> Result<Vec<LogEntry>, sqlx::Error> {
    sqlx::query(
        "SELECT e.at, e.actor, e.kind, e.from_state, e.to_state, e.detail, u.name \
         FROM session_events e LEFT JOIN users u ON 'technician:' || u.id = e.actor \
         WHERE e.session_id = $1 ORDER BY e.id",
    )
    .bind(id.as_str())
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| Ok(event_row(r)?.entry(r.try_get("name")?)))
    .collect()
}

fn event_row(r: &AnyRow) -> Result<EventRow, sqlx::Error> {
    Ok(EventRow {
        at: r.try_get("at")?,
        actor: r.try_get("actor")?,
        kind: r.try_get("kind")?,
        from: r.try_get("from_state")?,
        to: r.try_get("to_state")?,
        detail: r.try_get("detail")?,
    })
}

/// The session log as stored, oldest first (tests and exports).
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
    .map(event_row)
    .collect()
}

/// History items for sessions (their logs included).
pub async fn history<'e, E>(
    ex: E,
    rows: Vec<(SessionRow, String)>,
) -> Result<Vec<HistoryItem>, sqlx::Error>
where
    E: Executor<'e, Database = Any> + Copy,
{
    let mut items = Vec::with_capacity(rows.len());
    for (row, note) in rows {
        items.push(HistoryItem {
            log: log(ex, &row.id).await?,
            snapshots: crate::snapshot::repo::list(ex, &row.id).await?,
            id: row.id,
            customer_name: row.customer_name,
            created_at: row.created_at,
            state: row.state,
            note,
        });
    }
    Ok(items)
}
