//! SQL for chat: messages are session-log events of kind `chat` or `url`, identified by
//! `client_id = "chat:<ChatId>"` (unique per session, so a resent message is stored once).

use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use crate::chat::{ChatAuthor, ChatBody, ChatId, ChatMessage};
use crate::ids::SessionId;

/// The log's client ID for a chat message.
pub fn client_id(id: &ChatId) -> String {
    format!("chat:{}", id.0)
}

const SELECT: &str = "SELECT e.at, e.actor, e.kind, e.detail, e.client_id, u.name \
     FROM session_events e LEFT JOIN users u ON 'technician:' || u.id = e.actor \
     WHERE e.session_id = $1 AND e.kind IN ('chat', 'url') AND e.client_id IS NOT NULL";

fn message(r: &AnyRow) -> Result<Option<ChatMessage>, sqlx::Error> {
    let kind: String = r.try_get("kind")?;
    let detail: Option<String> = r.try_get("detail")?;
    let client: Option<String> = r.try_get("client_id")?;
    let actor: String = r.try_get("actor")?;
    let name: Option<String> = r.try_get("name")?;
    let (Some(body), Some(id)) = (
        ChatBody::from_stored(&kind, detail.unwrap_or_default()),
        client.and_then(|c| c.strip_prefix("chat:").map(str::to_owned)),
    ) else {
        return Ok(None);
    };
    let from = if actor == "customer" {
        ChatAuthor::Customer
    } else {
        ChatAuthor::Technician {
            name: name.unwrap_or_default(),
        }
    };
    Ok(Some(ChatMessage {
        id: ChatId(id),
        from,
        body,
        at: r.try_get("at")?,
    }))
}

/// Every message of a session, oldest first.
pub async fn list<'e>(
    ex: impl Executor<'e, Database = Any>,
    session: &SessionId,
) -> Result<Vec<ChatMessage>, sqlx::Error> {
    let rows = sqlx::query(&format!("{SELECT} ORDER BY e.id"))
        .bind(session.as_str())
        .fetch_all(ex)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        if let Some(m) = message(r)? {
            out.push(m);
        }
    }
    Ok(out)
}

/// One message by its ID.
pub async fn get<'e>(
    ex: impl Executor<'e, Database = Any>,
    session: &SessionId,
    id: &ChatId,
) -> Result<Option<ChatMessage>, sqlx::Error> {
    let row = sqlx::query(&format!("{SELECT} AND e.client_id = $2"))
        .bind(session.as_str())
        .bind(client_id(id))
        .fetch_optional(ex)
        .await?;
    match row {
        Some(r) => message(&r),
        None => Ok(None),
    }
}

/// How many messages a session has.
pub async fn count<'e>(
    ex: impl Executor<'e, Database = Any>,
    session: &SessionId,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "SELECT COUNT(*) AS n FROM session_events \
         WHERE session_id = $1 AND kind IN ('chat', 'url')",
    )
    .bind(session.as_str())
    .fetch_one(ex)
    .await?
    .try_get("n")
}
