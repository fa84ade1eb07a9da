//! Session writers: the hub's database work for what browsers send into the log (chat
//! messages and reports), one task per session, so that the hub goes on relaying every
//! other session's messages while the database works.
//!
//! The hub checks identity, permission and input, then hands a `Job` to the session's
//! writer and moves on. The writer stores the line (once, however often it is resent) and
//! hands the outcome back; only then does the hub show it to the parties and answer the
//! sender with `done`, so an acknowledged message is always stored. One writer per session
//! keeps that session's lines in the order they came.

use tokio::sync::mpsc;

use app::auth::server::db_error;
use app::chat::{ChatId, ChatMessage, MAX_PER_SESSION, repo as chats};
use app::db::Db;
use app::error::AppError;
use app::ids::{CmdId, SessionId};
use app::session::repo::{self as sessions, NewEvent};
use app::session::{LogActor, LogEntry};

use super::ConnId;

/// Jobs a session may have waiting; beyond that its sender is told to slow down.
pub const QUEUE: usize = 64;

/// A log line to store, owned (it crosses to the writer's task).
#[derive(Debug)]
pub struct Line {
    pub at: i64,
    pub actor: String,
    pub kind: &'static str,
    pub detail: Option<String>,
    /// The sender's own ID of the line: stored once.
    pub client_id: String,
    /// Who, as the technician sees the line.
    pub log_actor: LogActor,
}

/// What to store.
#[derive(Debug)]
pub enum Write {
    /// A report from a page (camera started, page in the background …).
    Report,
    /// A chat message; `closed`: the session had ended when it came.
    Chat {
        chat: ChatId,
        message: ChatMessage,
        closed: bool,
    },
}

/// One thing to store for a connection's command.
#[derive(Debug)]
pub struct Job {
    pub conn: ConnId,
    pub cmd: CmdId,
    pub session: SessionId,
    pub line: Line,
    pub write: Write,
}

/// What came of a job.
#[derive(Debug)]
pub enum Outcome {
    /// Stored now: the line for the log, and the chat message to show.
    Stored(LogEntry, Option<ChatMessage>),
    /// Stored before (a resend): the stored chat message, for the sender.
    Known(Option<ChatMessage>),
    /// Not stored.
    Refused(AppError),
}

/// A job's outcome, back at the hub.
#[derive(Debug)]
pub struct Written {
    pub conn: ConnId,
    pub cmd: CmdId,
    pub session: SessionId,
    pub outcome: Outcome,
}

/// Starts the writer of a session; it ends when the hub drops its sender.
pub fn spawn(db: Db, done: mpsc::UnboundedSender<Written>) -> mpsc::Sender<Job> {
    let (tx, mut rx) = mpsc::channel::<Job>(QUEUE);
    actix_web::rt::spawn(async move {
        while let Some(job) = rx.recv().await {
            let outcome = store(&db, &job).await.unwrap_or_else(Outcome::Refused);
            let written = Written {
                conn: job.conn,
                cmd: job.cmd,
                session: job.session,
                outcome,
            };
            if done.send(written).is_err() {
                break;
            }
        }
    });
    tx
}

async fn store(db: &Db, job: &Job) -> Result<Outcome, AppError> {
    let id = &job.session;
    if let Write::Chat { chat, closed, .. } = &job.write {
        if let Some(stored) = chats::get(db, id, chat).await.map_err(db_error)? {
            return Ok(Outcome::Known(Some(stored)));
        }
        if *closed {
            return Err(AppError::SessionClosed);
        }
        if chats::count(db, id).await.map_err(db_error)? >= MAX_PER_SESSION as i64 {
            return Err(AppError::NotAllowedNow);
        }
    }
    let line = &job.line;
    let event = NewEvent {
        session: id,
        at: line.at,
        actor: &line.actor,
        kind: line.kind,
        from: None,
        to: None,
        detail: line.detail.as_deref(),
        client_id: Some(&line.client_id),
    };
    if !sessions::insert_event(db, &event).await.map_err(db_error)? {
        // Stored already, by a copy that overtook this one.
        return Ok(Outcome::Known(match &job.write {
            Write::Chat { chat, .. } => chats::get(db, id, chat).await.map_err(db_error)?,
            Write::Report => None,
        }));
    }
    if let Err(e) = sessions::touch(db, id, line.at).await {
        db_error(e);
    }
    Ok(Outcome::Stored(
        event.entry(line.log_actor.clone()),
        match &job.write {
            Write::Chat { message, .. } => Some(message.clone()),
            Write::Report => None,
        },
    ))
}
