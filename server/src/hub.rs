//! The hub: the one task that owns live connections and changes session state.
//!
//! Connections and request handlers talk to it through `HubHandle` (a channel); it answers
//! on each connection's bounded outgoing queue. Only the hub runs `machine::step`, and it
//! persists every transition (state and log, one transaction) before telling anyone.
//! A client whose queue is full is dropped, never awaited.

pub mod machine;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::web;
use tokio::sync::mpsc;

use app::auth::Me;
use app::auth::server::db_error;
use app::error::AppError;
use app::ids::{OrgId, SessionId, UserId};
use app::invite::repo as invites;
use app::protocol::{
    ClientMsg, IceServer, Intent, PROTOCOL_VERSION, Participant, Role, RtcSignal, ServerMsg,
};
use app::session::SessionView;
use app::session::repo::{self as sessions, NewEvent, SessionRow};
use app::ssr_ctx::{Ctx, HubNotice, HubNotify};

use machine::{Actor, Effect, Event};

/// Queue length of the hub's inbox.
const INBOX: usize = 4096;

/// Identifies one websocket connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ConnId(pub u64);

impl ConnId {
    /// A fresh ID.
    pub fn next() -> ConnId {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        ConnId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

/// Who a connection belongs to, established from its cookie at upgrade time.
#[derive(Clone, Debug)]
pub enum Principal {
    /// A signed-in technician.
    Technician(Me),
    /// The customer of one session.
    Customer {
        /// The session.
        session: SessionId,
        /// Its organisation.
        org: OrgId,
    },
}

/// What the hub is asked to do.
#[derive(Debug)]
pub enum HubCmd {
    /// A connection said hello.
    Join {
        /// The connection.
        conn: ConnId,
        /// Its owner.
        who: Principal,
        /// The sign-in token hash it was opened with (technicians).
        auth_token_hash: Option<String>,
        /// Its outgoing queue.
        out: mpsc::Sender<ServerMsg>,
    },
    /// A connection ended.
    Leave {
        /// The connection.
        conn: ConnId,
    },
    /// A connection sent a message.
    Msg {
        /// The connection.
        conn: ConnId,
        /// The message.
        msg: ClientMsg,
    },
    /// A request handler changed something.
    Notice(HubNotice),
}

/// The way to reach the hub.
#[derive(Clone, Debug)]
pub struct HubHandle {
    tx: mpsc::Sender<HubCmd>,
}

impl HubHandle {
    /// Sends a command, waiting for room in the inbox.
    pub async fn send(&self, cmd: HubCmd) {
        if self.tx.send(cmd).await.is_err() {
            tracing::error!("hub is gone");
        }
    }
}

impl HubNotify for HubHandle {
    fn notify(&self, notice: HubNotice) {
        if let Err(e) = self.tx.try_send(HubCmd::Notice(notice)) {
            tracing::error!(error = %e, "hub inbox full; notice dropped");
        }
    }
}

/// The hub's inbox, before the hub runs.
pub struct Inbox(mpsc::Receiver<HubCmd>);

/// A handle and the inbox it feeds.
pub fn channel() -> (HubHandle, Inbox) {
    let (tx, rx) = mpsc::channel(INBOX);
    (HubHandle { tx }, Inbox(rx))
}

/// Starts the hub on the current runtime.
pub fn spawn(ctx: web::Data<Ctx>, inbox: Inbox, ice_servers: Vec<IceServer>) {
    let hub = Hub {
        ctx,
        ice_servers,
        conns: HashMap::new(),
        by_user: HashMap::new(),
        customers: HashMap::new(),
        media_lead: HashMap::new(),
    };
    actix_web::rt::spawn(hub.run(inbox.0));
}

struct Conn {
    who: Principal,
    auth_token_hash: Option<String>,
    out: mpsc::Sender<ServerMsg>,
}

struct Hub {
    ctx: web::Data<Ctx>,
    ice_servers: Vec<IceServer>,
    conns: HashMap<ConnId, Conn>,
    /// Technician connections per user (several tabs).
    by_user: HashMap<UserId, HashSet<ConnId>>,
    /// Customer connections per session, newest last.
    customers: HashMap<SessionId, Vec<ConnId>>,
    /// The technician connection that runs each active session's media.
    media_lead: HashMap<SessionId, ConnId>,
}

impl Hub {
    async fn run(mut self, mut inbox: mpsc::Receiver<HubCmd>) {
        while let Some(cmd) = inbox.recv().await {
            match cmd {
                HubCmd::Join {
                    conn,
                    who,
                    auth_token_hash,
                    out,
                } => self.join(conn, who, auth_token_hash, out).await,
                HubCmd::Leave { conn } => self.leave(conn).await,
                HubCmd::Msg { conn, msg } => self.message(conn, msg).await,
                HubCmd::Notice(n) => self.notice(n).await,
            }
        }
        tracing::info!("hub stopped");
    }

    /// Queues a message for a connection; a full or closed queue drops the connection.
    fn send(&mut self, conn: ConnId, msg: ServerMsg) {
        let Some(c) = self.conns.get(&conn) else {
            return;
        };
        match c.out.try_send(msg) {
            Ok(()) => {}
            Err(mpsc::error::TrySendError::Full(_)) => {
                tracing::warn!(conn = conn.0, "client too slow; dropping connection");
                self.forget(conn);
            }
            Err(mpsc::error::TrySendError::Closed(_)) => {
                self.forget(conn);
            }
        }
    }

    fn forget(&mut self, conn: ConnId) -> Option<Conn> {
        let c = self.conns.remove(&conn)?;
        match &c.who {
            Principal::Technician(me) => {
                if let Some(set) = self.by_user.get_mut(&me.user) {
                    set.remove(&conn);
                    if set.is_empty() {
                        self.by_user.remove(&me.user);
                    }
                }
            }
            Principal::Customer { session, .. } => {
                if let Some(v) = self.customers.get_mut(session) {
                    v.retain(|c| *c != conn);
                    if v.is_empty() {
                        self.customers.remove(session);
                    }
                }
            }
        }
        self.media_lead.retain(|_, c| *c != conn);
        Some(c)
    }

    /// The console connections of a technician (one per open tab).
    fn consoles_of(&self, user: &UserId) -> Vec<ConnId> {
        self.by_user
            .get(user)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default()
    }

    fn customer_online(&self, session: &SessionId) -> bool {
        self.customers.get(session).is_some_and(|v| !v.is_empty())
    }

    fn view(&self, row: &SessionRow) -> SessionView {
        SessionView {
            id: row.id.clone(),
            owner: row.owner.clone(),
            customer_name: row.customer_name.clone(),
            fields: row.fields.clone(),
            state: row.state,
            state_since: row.state_since,
            created_at: row.created_at,
            customer_online: self.customer_online(&row.id),
        }
    }

    /// The customer's view: no technician data.
    fn customer_view(&self, row: &SessionRow) -> SessionView {
        SessionView {
            owner: UserId(String::new()),
            fields: [String::new(), String::new()],
            ..self.view(row)
        }
    }

    /// Pushes a session's current view to its owner's consoles and its customer's pages.
    fn broadcast(&mut self, row: &SessionRow) {
        let view = self.view(row);
        let customer_view = self.customer_view(row);
        for conn in self.consoles_of(&row.owner) {
            self.send(
                conn,
                ServerMsg::Session {
                    session: view.clone(),
                },
            );
        }
        let customers = self.customers.get(&row.id).cloned().unwrap_or_default();
        for conn in customers {
            self.send(
                conn,
                ServerMsg::Session {
                    session: customer_view.clone(),
                },
            );
        }
    }

    async fn load(&self, id: &SessionId) -> Result<Option<SessionRow>, AppError> {
        sessions::get(&self.ctx.db, id).await.map_err(db_error)
    }

    async fn join(
        &mut self,
        conn: ConnId,
        who: Principal,
        auth_token_hash: Option<String>,
        out: mpsc::Sender<ServerMsg>,
    ) {
        let me = match &who {
            Principal::Technician(me) => Participant::Technician {
                user: me.user.clone(),
                org: me.org.clone(),
                name: me.name.clone(),
            },
            Principal::Customer { session, .. } => Participant::Customer {
                session: session.clone(),
            },
        };
        match &who {
            Principal::Technician(me) => {
                self.by_user
                    .entry(me.user.clone())
                    .or_default()
                    .insert(conn);
            }
            Principal::Customer { session, .. } => {
                self.customers
                    .entry(session.clone())
                    .or_default()
                    .push(conn);
            }
        }
        self.conns.insert(
            conn,
            Conn {
                who: who.clone(),
                auth_token_hash,
                out,
            },
        );
        self.send(
            conn,
            ServerMsg::Welcome {
                version: PROTOCOL_VERSION,
                me,
                server_time: self.ctx.now_ms(),
                ice_servers: self.ice_servers.clone(),
            },
        );
        match who {
            Principal::Technician(me) => {
                match sessions::list_for_owner(&self.ctx.db, &me.user).await {
                    Ok(rows) => {
                        let list = rows.iter().map(|r| self.view(r)).collect();
                        self.send(conn, ServerMsg::Sessions { sessions: list });
                    }
                    Err(e) => {
                        db_error(e);
                    }
                }
            }
            Principal::Customer { session, org } => match self.load(&session).await {
                Ok(Some(row)) if row.org == org => {
                    // The owner sees the customer come online; the customer gets its state.
                    self.broadcast(&row);
                }
                Ok(_) => {
                    self.send(
                        conn,
                        ServerMsg::Goodbye {
                            error: AppError::NotJoined,
                        },
                    );
                    self.forget(conn);
                }
                Err(_) => {}
            },
        }
    }

    async fn leave(&mut self, conn: ConnId) {
        let Some(c) = self.forget(conn) else { return };
        if let Principal::Customer { session, .. } = c.who
            && let Ok(Some(row)) = self.load(&session).await
        {
            self.broadcast(&row);
        }
    }

    async fn message(&mut self, conn: ConnId, msg: ClientMsg) {
        let Some(who) = self.conns.get(&conn).map(|c| c.who.clone()) else {
            return;
        };
        match msg {
            ClientMsg::Act { id, session, act } => {
                let reply = match self.act(conn, &who, &session, act).await {
                    Ok(()) => ServerMsg::Done { id },
                    Err(error) => ServerMsg::Refused { id, error },
                };
                self.send(conn, reply);
            }
            ClientMsg::Rtc { session, sig } => self.relay(conn, &who, session, sig),
            ClientMsg::Report { session, event } => {
                if matches!(&who, Principal::Customer { session: s, .. } if *s == session) {
                    let entry = NewEvent {
                        session: &session,
                        at: self.ctx.now_ms(),
                        actor: "customer",
                        kind: event.as_str(),
                        from: None,
                        to: None,
                        detail: None,
                    };
                    if let Err(e) = sessions::insert_event(&self.ctx.db, &entry).await {
                        db_error(e);
                    }
                }
            }
            // Answered by the connection loop.
            ClientMsg::Hello { .. } | ClientMsg::Pong => {}
        }
    }

    /// Checks identity and organisation, runs the machine, persists, then tells everyone.
    async fn act(
        &mut self,
        conn: ConnId,
        who: &Principal,
        id: &SessionId,
        intent: Intent,
    ) -> Result<(), AppError> {
        let row = self.load(id).await?.ok_or(AppError::NotFound)?;
        let actor = match who {
            // Another organisation's session does not exist, as far as this person knows.
            Principal::Technician(me) if me.org != row.org => return Err(AppError::NotFound),
            Principal::Technician(me) if me.user == row.owner => Actor::Owner,
            Principal::Technician(_) => Actor::OtherTechnician,
            Principal::Customer { session, org } if *session == row.id && *org == row.org => {
                Actor::Customer
            }
            Principal::Customer { .. } => return Err(AppError::NotFound),
        };
        let event = match intent {
            Intent::AcceptTerms => Event::TermsAccepted,
            Intent::Start => Event::Start,
            Intent::End => Event::End,
            Intent::Dismiss => return self.dismiss(conn, actor, &row).await,
        };
        let step = machine::step(row.state, event, actor).map_err(|refused| {
            tracing::info!(session = %row.id, %refused, "transition refused");
            match actor {
                Actor::OtherTechnician => AppError::Forbidden,
                _ => AppError::NotAllowedNow,
            }
        })?;

        let now = self.ctx.now_ms();
        let actor_name = match who {
            Principal::Technician(me) => format!("technician:{}", me.user),
            Principal::Customer { .. } => "customer".to_owned(),
        };
        let mut tx = self.ctx.db.begin().await.map_err(db_error)?;
        if !sessions::set_state(&mut *tx, &row.id, row.state, step.to, now)
            .await
            .map_err(db_error)?
        {
            // Changed under our feet (another server instance); the client retries.
            return Err(AppError::NotAllowedNow);
        }
        sessions::insert_event(
            &mut *tx,
            &NewEvent {
                session: &row.id,
                at: now,
                actor: &actor_name,
                kind: "transition",
                from: Some(row.state),
                to: Some(step.to),
                detail: None,
            },
        )
        .await
        .map_err(db_error)?;
        for effect in &step.effects {
            if *effect == Effect::RevokeInvites {
                invites::revoke_for_session(&mut *tx, &row.id)
                    .await
                    .map_err(db_error)?;
            }
        }
        tx.commit().await.map_err(db_error)?;
        tracing::info!(session = %row.id, from = row.state.as_str(), to = step.to.as_str(), "transition");

        if event == Event::Start {
            self.media_lead.insert(row.id.clone(), conn);
        }
        if step.effects.contains(&Effect::EndMedia) {
            self.media_lead.remove(&row.id);
        }
        let updated = SessionRow {
            state: step.to,
            state_since: now,
            ..row
        };
        self.broadcast(&updated);
        Ok(())
    }

    async fn dismiss(
        &mut self,
        _conn: ConnId,
        actor: Actor,
        row: &SessionRow,
    ) -> Result<(), AppError> {
        if actor != Actor::Owner {
            return Err(AppError::Forbidden);
        }
        if !row.state.is_closed() {
            return Err(AppError::NotAllowedNow);
        }
        sessions::dismiss(&self.ctx.db, &row.id, self.ctx.now_ms())
            .await
            .map_err(db_error)?;
        for c in self.consoles_of(&row.owner) {
            self.send(
                c,
                ServerMsg::Removed {
                    session: row.id.clone(),
                },
            );
        }
        Ok(())
    }

    /// Relays signalling between the session's customer and the technician window that
    /// started it; anything else is dropped. The server never reads SDP or ICE.
    fn relay(&mut self, conn: ConnId, who: &Principal, session: SessionId, sig: RtcSignal) {
        let Some(&lead) = self.media_lead.get(&session) else {
            tracing::debug!(session = %session, "signalling outside an active session dropped");
            return;
        };
        let (targets, from) = match who {
            Principal::Customer { session: s, .. } if *s == session => (vec![lead], Role::Customer),
            Principal::Technician(_) if conn == lead => (
                self.customers
                    .get(&session)
                    .and_then(|v| v.last().copied())
                    .into_iter()
                    .collect(),
                Role::Technician,
            ),
            _ => {
                tracing::debug!(session = %session, "signalling from a non-party dropped");
                return;
            }
        };
        for target in targets {
            self.send(
                target,
                ServerMsg::Rtc {
                    session: session.clone(),
                    from,
                    sig: sig.clone(),
                },
            );
        }
    }

    async fn notice(&mut self, notice: HubNotice) {
        match notice {
            HubNotice::SessionChanged(id) => {
                if let Ok(Some(row)) = self.load(&id).await {
                    self.broadcast(&row);
                }
            }
            HubNotice::SignedOut { token_hash } => {
                let gone: Vec<ConnId> = self
                    .conns
                    .iter()
                    .filter(|(_, c)| c.auth_token_hash.as_deref() == Some(token_hash.as_str()))
                    .map(|(id, _)| *id)
                    .collect();
                for conn in gone {
                    self.send(
                        conn,
                        ServerMsg::Goodbye {
                            error: AppError::Unauthenticated,
                        },
                    );
                    self.forget(conn);
                }
            }
        }
    }
}
