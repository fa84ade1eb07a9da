//! The hub: the one task that owns live connections and changes session state.
//!
//! Connections and request handlers talk to it through `HubHandle` (a channel); it answers
//! on each connection's bounded outgoing queue. Only the hub runs `machine::step`, and it
//! persists every transition (state, log line, side effects: one transaction) before telling
//! anyone. It keeps the open sessions in memory (loaded at start, so timers and the media
//! seat survive a restart), ticks every second for timers and reconnection, and computes the
//! technicians' presence. A client whose queue is full is dropped, never awaited. Chat
//! messages and reports are stored by a writer task per session (`writer`), so that the
//! database work of one session does not hold up the others' relays.

pub mod machine;
pub mod timers;
pub mod writer;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use actix_web::web;
use tokio::sync::mpsc;

use app::auth::Me;
use app::auth::repo as users;
use app::auth::server::db_error;
use app::channel;
use app::chat::{ChatBody, ChatError, ChatId, ChatMessage, repo as chats};
use app::error::AppError;
use app::group::{GroupSettings, repo as groups};
use app::ids::{CmdId, OrgId, SessionId, UserId};
use app::invite::repo as invites;
use app::permission::{self, Permission};
use app::presence::{Chosen, ConsoleLimits, TeamMember, presence};
use app::protocol::{
    ClientMsg, ClientReport, IceServer, Intent, PROTOCOL_VERSION, Participant, Role, RtcSignal,
    ServerMsg,
};
use app::session::repo::{self as sessions, NewEvent, SessionRow, TransferRow};
use app::session::{
    CameraStatus, Live, LogActor, LogEntry, MAX_CUSTOMER_NAME, MAX_FIELD, MAX_TRANSFER_NOTE,
    SeatId, SessionState, SessionView, TransferView,
};
use app::ssr_ctx::{Ctx, HubNotice, HubNotify};
use app::throttle::{Decision, Policy, Throttle};
use app::whiteboard::{Board, PeerMsg};

use machine::{Actor, Effect, Event};
use writer::{Job, Line, Outcome, Write, Written};

/// Queue length of the hub's inbox.
const INBOX: usize = 4096;

/// Most sockets of one customer cookie at a time (tabs); a newer one closes the oldest.
const MAX_CUSTOMER_CONNS: usize = 4;

/// Chat messages and reports a session may have stored: 300 a minute (a lively chat writes
/// a few dozen), then refused until a minute after the last one stored.
const WRITES_PER_SESSION: Policy = Policy {
    free: 300,
    base_delay: Duration::ZERO,
    max_delay: Duration::ZERO,
    block_after: Some(300),
    window: Duration::from_secs(60),
};
/// How often timers and reconnection are checked.
const TICK: Duration = Duration::from_secs(1);
/// After a start, sessions loaded from the database are not marked Reconnecting for this
/// long: their browsers are reconnecting to the new process.
const START_GRACE_MS: i64 = 15_000;

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
        /// Its browser tab's seat, and the resume token the seat is derived from.
        seat: (SeatId, String),
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

/// Loads the open sessions and starts the hub on the current runtime.
pub async fn spawn(
    ctx: web::Data<Ctx>,
    inbox: Inbox,
    ice_servers: Vec<IceServer>,
) -> Result<(), sqlx::Error> {
    let open: HashMap<SessionId, SessionRow> = sessions::open_sessions(&ctx.db)
        .await?
        .into_iter()
        .map(|r| (r.id.clone(), r))
        .collect();
    let restored = open.keys().cloned().collect();
    let started = ctx.now_ms();
    let (written_tx, written_rx) = mpsc::unbounded_channel();
    let hub = Hub {
        ctx,
        ice_servers,
        conns: HashMap::new(),
        by_user: HashMap::new(),
        customers: HashMap::new(),
        seats: HashMap::new(),
        open,
        techs: HashMap::new(),
        settings: HashMap::new(),
        group_settings: HashMap::new(),
        started,
        restored,
        camera: HashMap::new(),
        recording: HashSet::new(),
        boards: HashMap::new(),
        frozen: HashMap::new(),
        preparing: HashMap::new(),
        freezes: 0,
        writes: Throttle::new(WRITES_PER_SESSION, 100_000),
        writers: HashMap::new(),
        written: written_tx,
    };
    actix_web::rt::spawn(hub.run(inbox.0, written_rx));
    Ok(())
}

struct Conn {
    who: Principal,
    seat: SeatId,
    auth_token_hash: Option<String>,
    out: mpsc::Sender<ServerMsg>,
}

/// What the hub remembers of a technician with a console open.
struct Tech {
    name: String,
    org: OrgId,
    chosen: Chosen,
    idle: bool,
}

/// What an act needs besides the event.
#[derive(Default)]
struct ActArgs {
    /// Transfer target and note.
    transfer: Option<(UserId, String)>,
    /// Extra text for the log line (timeout kind).
    detail: Option<String>,
    /// A channel session picked up by this technician.
    claim: Option<UserId>,
}

struct Hub {
    ctx: web::Data<Ctx>,
    ice_servers: Vec<IceServer>,
    conns: HashMap<ConnId, Conn>,
    /// Technician connections per user (several tabs).
    by_user: HashMap<UserId, HashSet<ConnId>>,
    /// Customer connections per session, newest last (at most `MAX_CUSTOMER_CONNS`).
    customers: HashMap<SessionId, Vec<ConnId>>,
    /// Chat messages and reports stored per session (`WRITES_PER_SESSION`).
    writes: Throttle,
    /// The newest connection of each browser tab.
    seats: HashMap<SeatId, ConnId>,
    /// Sessions that have not ended.
    open: HashMap<SessionId, SessionRow>,
    /// Technicians with a console open.
    techs: HashMap<UserId, Tech>,
    /// Group settings of technicians seen since start (owners of open sessions, consoles).
    settings: HashMap<UserId, GroupSettings>,
    /// Settings of the groups that serve channels with sessions waiting to be picked up.
    group_settings: HashMap<String, GroupSettings>,
    /// When this hub started (ms).
    started: i64,
    /// Sessions loaded from the database at start whose parties have not all come back yet.
    restored: HashSet<SessionId>,
    /// The customer's camera per session, as their page last said (not persisted: a page
    /// says it again after every welcome).
    camera: HashMap<SessionId, CameraStatus>,
    /// Sessions being recorded by their technician's console (not persisted: a console
    /// that goes away stops its recorder).
    recording: HashSet<SessionId>,
    /// The whiteboard of each open session (not persisted: drawings are for the live
    /// picture; a page that reconnects gets the board from here).
    boards: HashMap<SessionId, Board>,
    /// The freeze number of each frozen session.
    frozen: HashMap<SessionId, u32>,
    /// The console window a Waiting session's call is being prepared with (the owner's tab
    /// that last sent `prepare`; not persisted: consoles ask again after every welcome).
    preparing: HashMap<SessionId, SeatId>,
    /// Freezes so far (numbers each freeze, so a late still of an earlier one is ignored).
    freezes: u32,
    /// The writer of each session that stored something lately (`writer`).
    writers: HashMap<SessionId, mpsc::Sender<Job>>,
    /// Where the writers hand their outcomes back.
    written: mpsc::UnboundedSender<Written>,
}

impl Hub {
    async fn run(
        mut self,
        mut inbox: mpsc::Receiver<HubCmd>,
        mut written: mpsc::UnboundedReceiver<Written>,
    ) {
        let mut tick = tokio::time::interval(TICK);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        loop {
            tokio::select! {
                cmd = inbox.recv() => match cmd {
                    Some(HubCmd::Join { conn, who, seat, auth_token_hash, out }) => {
                        self.join(conn, who, seat, auth_token_hash, out).await
                    }
                    Some(HubCmd::Leave { conn }) => self.leave(conn).await,
                    Some(HubCmd::Msg { conn, msg }) => self.message(conn, msg).await,
                    Some(HubCmd::Notice(n)) => self.notice(n).await,
                    None => break,
                },
                Some(w) = written.recv() => self.written(w).await,
                _ = tick.tick() => self.tick().await,
            }
        }
        tracing::info!("hub stopped");
    }

    // ----- connections -------------------------------------------------------------------

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
        if self.seats.get(&c.seat) == Some(&conn) {
            self.seats.remove(&c.seat);
        }
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

    async fn join(
        &mut self,
        conn: ConnId,
        who: Principal,
        (seat, resume): (SeatId, String),
        auth_token_hash: Option<String>,
        out: mpsc::Sender<ServerMsg>,
    ) {
        let (me, limits) = match &who {
            Principal::Technician(me) => {
                // Read the group's settings on every console start, so a changed setting
                // applies from the next console (re)load.
                let settings = groups::for_user(&self.ctx.db, &me.user)
                    .await
                    .unwrap_or_default();
                self.settings.insert(me.user.clone(), settings);
                if !self.techs.contains_key(&me.user) {
                    let chosen = users::colleagues(&self.ctx.db, &me.org)
                        .await
                        .ok()
                        .and_then(|cs| cs.into_iter().find(|c| c.user == me.user))
                        .map_or(Chosen::Online, |c| c.chosen);
                    self.techs.insert(
                        me.user.clone(),
                        Tech {
                            name: me.name.clone(),
                            org: me.org.clone(),
                            chosen,
                            idle: false,
                        },
                    );
                }
                let limits = self.settings.get(&me.user).map(|s| ConsoleLimits {
                    max_active: s.max_active,
                    auto_away_secs: s.auto_away.as_secs() as u32,
                    auto_start: s.auto_start,
                });
                self.by_user
                    .entry(me.user.clone())
                    .or_default()
                    .insert(conn);
                let participant = Participant::Technician {
                    user: me.user.clone(),
                    org: me.org.clone(),
                    name: me.name.clone(),
                };
                (participant, limits)
            }
            Principal::Customer { session, .. } => {
                let conns = self.customers.entry(session.clone()).or_default();
                conns.push(conn);
                // One customer cookie opens a few tabs, not a flood of sockets: the oldest
                // goes.
                let oldest = (conns.len() > MAX_CUSTOMER_CONNS).then(|| conns[0]);
                if let Some(oldest) = oldest {
                    tracing::info!(session = %session, conn = oldest.0, "too many customer sockets; closing the oldest");
                    self.forget(oldest);
                }
                (
                    Participant::Customer {
                        session: session.clone(),
                    },
                    None,
                )
            }
        };
        // A tab that reconnects takes its seat back from its old connection.
        self.seats.insert(seat.clone(), conn);
        self.conns.insert(
            conn,
            Conn {
                who: who.clone(),
                seat: seat.clone(),
                auth_token_hash,
                out,
            },
        );
        self.send(
            conn,
            ServerMsg::Welcome {
                version: PROTOCOL_VERSION,
                me,
                seat: seat.clone(),
                resume,
                server_time: self.ctx.now_ms(),
                ice_servers: self.ice_servers.clone(),
                limits,
            },
        );
        match who {
            Principal::Technician(me) => {
                self.send_list(&[conn], &me).await;
                self.push_team(&me.org).await;
                // Sessions whose media runs in this tab may be back.
                let led: Vec<SessionId> = self
                    .open
                    .values()
                    .filter(|r| r.media_seat.as_ref() == Some(&seat))
                    .map(|r| r.id.clone())
                    .collect();
                for id in led {
                    self.reconcile(&id).await;
                }
            }
            Principal::Customer { session, org } => {
                let row = match self.open.get(&session) {
                    Some(r) => Some(r.clone()),
                    None => sessions::get(&self.ctx.db, &session).await.ok().flatten(),
                };
                match row {
                    Some(row) if row.org == org => {
                        // The owner sees the customer come online; the customer gets its state.
                        self.broadcast(&row);
                        self.reconcile(&session).await;
                    }
                    _ => {
                        self.send(
                            conn,
                            ServerMsg::Goodbye {
                                error: AppError::NotJoined,
                            },
                        );
                        self.forget(conn);
                    }
                }
            }
        }
    }

    /// Sends consoles of `me` their whole list: the technician's own sessions, transfers to
    /// them, and the channel sessions they may pick up.
    async fn send_list(&mut self, conns: &[ConnId], me: &Me) {
        let rows = match sessions::list_for_technician(&self.ctx.db, &me.user).await {
            Ok(rows) => rows,
            Err(e) => {
                db_error(e);
                return;
            }
        };
        let mut queued: Vec<&SessionRow> = self.open.values().filter(|r| r.waits_for(me)).collect();
        queued.sort_by_key(|r| std::cmp::Reverse(r.created_at));
        let list: Vec<SessionView> = rows
            .iter()
            .chain(queued)
            .map(|r| self.view(r, false))
            .collect();
        for conn in conns {
            self.send(
                *conn,
                ServerMsg::Sessions {
                    sessions: list.clone(),
                },
            );
        }
    }

    async fn leave(&mut self, conn: ConnId) {
        let Some(c) = self.forget(conn) else { return };
        match c.who {
            Principal::Customer { session, .. } => {
                if let Some(row) = self.open.get(&session).cloned() {
                    self.broadcast(&row);
                }
                self.reconcile(&session).await;
            }
            Principal::Technician(me) => {
                if !self.by_user.contains_key(&me.user) {
                    self.techs.remove(&me.user);
                }
                let led: Vec<SessionId> = self
                    .open
                    .values()
                    .filter(|r| r.media_seat.as_ref() == Some(&c.seat))
                    .map(|r| r.id.clone())
                    .collect();
                for id in led {
                    // The recorder lived in that console.
                    if self.recording.remove(&id)
                        && let Some(row) = self.open.get(&id).cloned()
                    {
                        self.note(&row, None, "recording-stopped").await;
                        self.broadcast(&row);
                    }
                    self.reconcile(&id).await;
                }
                self.push_team(&me.org).await;
            }
        }
    }

    // ----- views -------------------------------------------------------------------------

    fn view(&self, row: &SessionRow, for_customer: bool) -> SessionView {
        let transfer = row.transfer.as_ref().map(|t| TransferView {
            from: t.from.clone(),
            from_name: t.from_name.clone(),
            to: t.to.clone(),
            to_name: t.to_name.clone(),
            note: t.note.clone(),
        });
        let view = SessionView {
            id: row.id.clone(),
            owner: row.owner.clone(),
            customer_name: row.customer_name.clone(),
            fields: row.fields.clone(),
            state: row.state,
            state_since: row.state_since,
            created_at: row.created_at,
            customer_online: self.customer_online(&row.id),
            transfer,
            media_seat: row.media_seat.clone(),
            camera: self.camera.get(&row.id).copied().unwrap_or_default(),
            recording: self.recording.contains(&row.id),
            frozen: self.frozen.get(&row.id).copied(),
            channel: row.channel.as_ref().map(|c| c.name.clone()),
            problem: row.problem.clone(),
        };
        if for_customer {
            // The customer sees its state and which console to talk to; nothing else.
            SessionView {
                owner: None,
                fields: [String::new(), String::new()],
                transfer: None,
                channel: None,
                problem: String::new(),
                ..view
            }
        } else {
            view
        }
    }

    /// The technicians who see a session: its owner and the receiver of a pending transfer;
    /// for a channel session nobody has picked up, every connected technician who serves the
    /// channel (until it ends: nobody keeps an ended one).
    fn viewers(&self, row: &SessionRow) -> Vec<UserId> {
        match &row.owner {
            Some(owner) => {
                let mut v = vec![owner.clone()];
                if let Some(t) = &row.transfer {
                    v.push(t.to.clone());
                }
                v
            }
            None if row.state.is_closed() => vec![],
            None => self
                .conns
                .values()
                .filter_map(|c| match &c.who {
                    Principal::Technician(me) if row.waits_for(me) => Some(me.user.clone()),
                    _ => None,
                })
                .collect::<HashSet<_>>()
                .into_iter()
                .collect(),
        }
    }

    /// Pushes a session's current view to its technicians' consoles and its customer's pages.
    fn broadcast(&mut self, row: &SessionRow) {
        let view = self.view(row, false);
        for user in self.viewers(row) {
            for conn in self.consoles_of(&user) {
                self.send(
                    conn,
                    ServerMsg::Session {
                        session: view.clone(),
                    },
                );
            }
        }
        let customer_view = self.view(row, true);
        for conn in self.customers.get(&row.id).cloned().unwrap_or_default() {
            self.send(
                conn,
                ServerMsg::Session {
                    session: customer_view.clone(),
                },
            );
        }
    }

    fn push_log(&mut self, row: &SessionRow, entry: LogEntry) {
        for user in self.viewers(row) {
            for conn in self.consoles_of(&user) {
                self.send(
                    conn,
                    ServerMsg::Log {
                        session: row.id.clone(),
                        entry: entry.clone(),
                    },
                );
            }
        }
    }

    fn active_count(&self, user: &UserId, except: Option<&SessionId>) -> u32 {
        self.open
            .values()
            .filter(|r| r.owner.as_ref() == Some(user) && r.state.counts_as_active())
            .filter(|r| Some(&r.id) != except)
            .count() as u32
    }

    /// Recomputes the organisation's presence list and pushes it to its consoles.
    async fn push_team(&mut self, org: &OrgId) {
        let colleagues = match users::colleagues(&self.ctx.db, org).await {
            Ok(c) => c,
            Err(e) => {
                db_error(e);
                return;
            }
        };
        let members: Vec<TeamMember> = colleagues
            .into_iter()
            .map(|c| {
                let tech = self.techs.get(&c.user);
                TeamMember {
                    presence: presence(
                        self.by_user.contains_key(&c.user),
                        tech.map_or(c.chosen, |t| t.chosen),
                        tech.is_some_and(|t| t.idle),
                        self.active_count(&c.user, None),
                        self.busy_at(&c.user),
                    ),
                    user: c.user,
                    name: c.name,
                }
            })
            .collect();
        let conns: Vec<ConnId> = self
            .techs
            .iter()
            .filter(|(_, t)| t.org == *org)
            .flat_map(|(u, _)| self.consoles_of(u))
            .collect();
        for conn in conns {
            self.send(
                conn,
                ServerMsg::Team {
                    members: members.clone(),
                },
            );
        }
    }

    fn presence_of(&self, user: &UserId) -> app::presence::Presence {
        let tech = self.techs.get(user);
        presence(
            self.by_user.contains_key(user),
            tech.map_or(Chosen::Online, |t| t.chosen),
            tech.is_some_and(|t| t.idle),
            self.active_count(user, None),
            self.busy_at(user),
        )
    }

    /// The active sessions from which a technician is Busy (their group's threshold).
    fn busy_at(&self, user: &UserId) -> u32 {
        self.settings
            .get(user)
            .map_or(GroupSettings::default().busy_at, |s| s.busy_at)
    }

    /// The active-session limit of a technician's group.
    fn max_active(&self, user: &UserId) -> u32 {
        self.settings
            .get(user)
            .map_or(GroupSettings::default().max_active, |s| s.max_active)
    }

    /// A technician's group settings, read from the database once and then kept (a console
    /// start reads them again).
    async fn settings_of(&mut self, user: &UserId) -> GroupSettings {
        if let Some(s) = self.settings.get(user) {
            return s.clone();
        }
        let loaded = groups::for_user(&self.ctx.db, user)
            .await
            .unwrap_or_default();
        self.settings.insert(user.clone(), loaded.clone());
        loaded
    }

    /// The settings that time a session: its owner's group's, or for a channel session
    /// nobody has picked up, the serving group's (the defaults for a whole-organisation
    /// channel).
    async fn settings_for(&mut self, row: &SessionRow) -> GroupSettings {
        if let Some(owner) = &row.owner {
            return self.settings_of(owner).await;
        }
        let Some(group) = row.channel.as_ref().and_then(|c| c.group.clone()) else {
            return GroupSettings::default();
        };
        if let Some(s) = self.group_settings.get(&group) {
            return s.clone();
        }
        let loaded = groups::for_group(&self.ctx.db, &group)
            .await
            .unwrap_or_default();
        self.group_settings.insert(group, loaded.clone());
        loaded
    }

    // ----- messages ----------------------------------------------------------------------

    /// One more stored message (chat, report) for `session`, within its budget: a flood
    /// from one session writes a bounded number of rows whatever its number of sockets.
    fn spend_write(&mut self, session: &SessionId) -> Result<(), AppError> {
        match self.writes.attempt(session.as_str(), self.ctx.now()) {
            Decision::Refuse(wait) => {
                tracing::warn!(session = %session, "session over its write budget; refused");
                Err(AppError::RateLimited {
                    retry_after_secs: wait.as_secs().max(1),
                })
            }
            Decision::Allow | Decision::Delay(_) => Ok(()),
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
            // Answered once the session's writer stored it (`written`).
            ClientMsg::Report { id, session, event } => {
                let queued = match self.spend_write(&session) {
                    Ok(()) => self.report(conn, &who, &session, id, event).await,
                    Err(e) => Err(e),
                };
                if let Err(error) = queued {
                    self.send(conn, ServerMsg::Refused { id, error });
                }
            }
            ClientMsg::Chat {
                id,
                session,
                chat,
                body,
            } => {
                let queued = match self.spend_write(&session) {
                    Ok(()) => self.chat(conn, &who, &session, id, chat, body).await,
                    Err(e) => Err(e),
                };
                if let Err(error) = queued {
                    self.send(conn, ServerMsg::Refused { id, error });
                }
            }
            ClientMsg::ChatSync { session } => self.chat_sync(conn, &who, &session).await,
            ClientMsg::Camera { session, status } => self.camera(&who, &session, status).await,
            ClientMsg::Recording { session, on } => self.recording(conn, &who, &session, on).await,
            ClientMsg::Peer {
                session,
                msg,
                relay,
            } => self.peer(conn, &who, session, msg, relay),
            ClientMsg::BoardSync { session } => self.board_sync(conn, &who, &session).await,
            ClientMsg::Freeze { session, on } => self.freeze(conn, &who, &session, on).await,
            ClientMsg::Presence { away, idle } => {
                if let Principal::Technician(me) = &who {
                    self.set_presence(me, away, idle).await;
                }
            }
            // Answered by the connection loop.
            ClientMsg::Hello { .. } | ClientMsg::Pong => {}
        }
    }

    async fn set_presence(&mut self, me: &Me, away: bool, idle: bool) {
        let chosen = if away { Chosen::Away } else { Chosen::Online };
        let Some(tech) = self.techs.get_mut(&me.user) else {
            return;
        };
        let changed_choice = tech.chosen != chosen;
        let changed = changed_choice || tech.idle != idle;
        tech.chosen = chosen;
        tech.idle = idle;
        if changed_choice
            && let Err(e) = users::set_chosen_presence(&self.ctx.db, &me.user, chosen).await
        {
            db_error(e);
        }
        if changed {
            self.push_team(&me.org).await;
        }
    }

    /// A session, from the working set or the database.
    async fn load(&self, id: &SessionId) -> Result<SessionRow, AppError> {
        if let Some(r) = self.open.get(id) {
            return Ok(r.clone());
        }
        sessions::get(&self.ctx.db, id)
            .await
            .map_err(db_error)?
            .ok_or(AppError::NotFound)
    }

    /// Who `who` is to the session (checking the organisation).
    fn actor(who: &Principal, row: &SessionRow) -> Result<Actor, AppError> {
        Ok(match who {
            // Another organisation's session does not exist, as far as this person knows.
            Principal::Technician(me) if me.org != row.org => return Err(AppError::NotFound),
            Principal::Technician(me) if row.owner.as_ref() == Some(&me.user) => Actor::Owner,
            Principal::Technician(me) if row.transfer.as_ref().is_some_and(|t| t.to == me.user) => {
                Actor::TransferTarget
            }
            Principal::Technician(_) => Actor::OtherTechnician,
            Principal::Customer { session, org } if *session == row.id && *org == row.org => {
                Actor::Customer
            }
            Principal::Customer { .. } => return Err(AppError::NotFound),
        })
    }

    fn actor_name(who: &Principal) -> String {
        match who {
            Principal::Technician(me) => format!("technician:{}", me.user),
            Principal::Customer { .. } => "customer".to_owned(),
        }
    }

    fn log_actor(who: Option<&Principal>) -> LogActor {
        match who {
            Some(Principal::Technician(me)) => LogActor::Technician {
                name: me.name.clone(),
            },
            Some(Principal::Customer { .. }) => LogActor::Customer,
            None => LogActor::System,
        }
    }

    /// Checks identity, organisation and limits, then runs the transition.
    async fn act(
        &mut self,
        conn: ConnId,
        who: &Principal,
        id: &SessionId,
        intent: Intent,
    ) -> Result<(), AppError> {
        let row = self.load(id).await?;
        let mut actor = Self::actor(who, &row)?;
        let mut args = ActArgs::default();
        if let (Principal::Technician(me), None, Intent::Start) = (who, &row.owner, &intent) {
            // Picking up a channel session: whoever serves the channel, first come.
            let group = row
                .channel
                .as_ref()
                .ok_or(AppError::Forbidden)?
                .group
                .as_deref();
            if group.is_some_and(|g| me.group.as_deref() != Some(g)) {
                return Err(AppError::Forbidden);
            }
            permission::require(me.perms, Permission::StartSessions)?;
            if row.state != SessionState::Waiting {
                return Err(AppError::NotAllowedNow);
            }
            args.claim = Some(me.user.clone());
            actor = Actor::Owner;
        }
        if actor == Actor::OtherTechnician {
            // A colleague who serves the channel was quicker.
            let lost_race = matches!(
                (who, &row.channel, &intent),
                (Principal::Technician(me), Some(c), Intent::Start)
                    if channel::may_serve(me, c.group.as_deref())
            );
            return Err(if lost_race {
                AppError::PickedUp
            } else {
                AppError::Forbidden
            });
        }
        if let (Principal::Technician(me), Some(needed)) = (who, intent_permission(&intent)) {
            permission::require(me.perms, needed)?;
        }
        let event = match intent {
            Intent::AcceptTerms => Event::TermsAccepted,
            Intent::Start if actor == Actor::TransferTarget => {
                self.check_limit(&conn_user(who), None)?;
                Event::AcceptTransfer
            }
            Intent::Start => {
                if matches!(row.state, SessionState::Waiting | SessionState::OnHold) {
                    self.check_limit(&conn_user(who), Some(&row.id))?;
                }
                Event::Start
            }
            Intent::Hold => Event::Hold,
            Intent::Transfer { to, note } => {
                self.check_transfer_target(who, &row, &to, &note)?;
                args.transfer = Some((to, note.trim().to_owned()));
                Event::Transfer
            }
            Intent::TakeBack => match &row.transfer {
                Some(t) => Event::TakeBack { back_to: t.back_to },
                None => return Err(AppError::NotAllowedNow),
            },
            Intent::End => Event::End,
            Intent::Dismiss => return self.dismiss(actor, &row).await,
            Intent::Edit {
                customer_name,
                fields,
            } => return self.edit(who, actor, &row, customer_name, fields).await,
        };
        let seat = self.conns.get(&conn).map(|c| c.seat.clone());
        self.transition(row, event, actor, Some(who), seat, args)
            .await
    }

    fn check_limit(&self, user: &UserId, except: Option<&SessionId>) -> Result<(), AppError> {
        let max = self.max_active(user);
        if self.active_count(user, except) >= max {
            return Err(AppError::ActiveLimit { max });
        }
        Ok(())
    }

    fn check_transfer_target(
        &self,
        who: &Principal,
        row: &SessionRow,
        to: &UserId,
        note: &str,
    ) -> Result<(), AppError> {
        if note.chars().count() > MAX_TRANSFER_NOTE {
            return Err(AppError::InvalidInput {
                field: "note".into(),
            });
        }
        let Principal::Technician(me) = who else {
            return Err(AppError::Forbidden);
        };
        if *to == me.user {
            return Err(AppError::InvalidInput { field: "to".into() });
        }
        // Only an Online colleague of the same organisation (with a console open) may receive.
        match self.techs.get(to) {
            Some(t) if t.org == row.org => {}
            _ => return Err(AppError::NotAvailable),
        }
        if self.presence_of(to) != app::presence::Presence::Online {
            return Err(AppError::NotAvailable);
        }
        Ok(())
    }

    /// Runs the machine, persists state, log line and effects in one transaction, updates
    /// the working set, then tells everyone concerned.
    async fn transition(
        &mut self,
        row: SessionRow,
        event: Event,
        actor: Actor,
        who: Option<&Principal>,
        seat: Option<SeatId>,
        args: ActArgs,
    ) -> Result<(), AppError> {
        let step = machine::step(row.state, event, actor).map_err(|refused| {
            tracing::info!(session = %row.id, %refused, "transition refused");
            AppError::NotAllowedNow
        })?;
        let now = self.ctx.now_ms();
        let actor_name = who.map_or_else(|| "system".to_owned(), Self::actor_name);
        let mut next = row.clone();
        next.state = step.to;
        next.state_since = now;
        next.last_activity_at = now;
        // Media moves to the window that starts, resumes or takes over the session.
        if matches!(event, Event::Start | Event::AcceptTransfer) {
            next.media_seat = seat.clone();
        }
        let mut detail = args.detail.clone();

        let mut tx = self.ctx.db.begin().await.map_err(db_error)?;
        if let Some(user) = &args.claim {
            if !sessions::claim(&mut *tx, &row.id, user)
                .await
                .map_err(db_error)?
            {
                // Another server instance's technician was first.
                return Err(AppError::PickedUp);
            }
            next.owner = Some(user.clone());
            if let Some(c) = &row.channel {
                detail = Some(c.name.clone());
            }
        }
        if !sessions::set_state(&mut *tx, &row.id, row.state, step.to, now)
            .await
            .map_err(db_error)?
        {
            // Changed under our feet (another server instance); the client retries.
            return Err(AppError::NotAllowedNow);
        }
        if step.to.is_closed() && next.owner.is_none() {
            // Nobody picked it up, so nobody dismisses it: it leaves the channel queue now.
            sessions::dismiss(&mut *tx, &row.id, now)
                .await
                .map_err(db_error)?;
        }
        for effect in &step.effects {
            match effect {
                Effect::RevokeInvites => invites::revoke_for_session(&mut *tx, &row.id)
                    .await
                    .map_err(db_error)?,
                Effect::EndMedia => next.media_seat = None,
                Effect::BeginTransfer => {
                    let (to, note) = args.transfer.clone().ok_or(AppError::Internal)?;
                    let back_to = row.state.live().ok_or(AppError::NotAllowedNow)?;
                    let from = row.owner.clone().ok_or(AppError::NotAllowedNow)?;
                    sessions::begin_transfer(&mut *tx, &row.id, &from, &to, &note, back_to)
                        .await
                        .map_err(db_error)?;
                    next.transfer = Some(TransferRow {
                        from: from.clone(),
                        from_name: self
                            .techs
                            .get(&from)
                            .map(|t| t.name.clone())
                            .unwrap_or_default(),
                        to_name: self
                            .techs
                            .get(&to)
                            .map(|t| t.name.clone())
                            .unwrap_or_default(),
                        to,
                        note: note.clone(),
                        back_to,
                    });
                    detail = Some(note);
                }
                Effect::ClearTransfer => {
                    sessions::clear_transfer(&mut *tx, &row.id)
                        .await
                        .map_err(db_error)?;
                    next.transfer = None;
                }
                Effect::ChangeOwner => {
                    let to = row
                        .transfer
                        .as_ref()
                        .map(|t| t.to.clone())
                        .ok_or(AppError::Internal)?;
                    sessions::set_owner(&mut *tx, &row.id, &to)
                        .await
                        .map_err(db_error)?;
                    next.owner = Some(to);
                }
            }
        }
        if next.media_seat != row.media_seat {
            sessions::set_media_seat(&mut *tx, &row.id, next.media_seat.as_ref())
                .await
                .map_err(db_error)?;
        }
        let entry = NewEvent {
            session: &row.id,
            at: now,
            actor: &actor_name,
            kind: "transition",
            from: Some(row.state),
            to: Some(step.to),
            detail: detail.as_deref(),
            client_id: None,
        };
        let log = entry.entry(Self::log_actor(who));
        sessions::insert_event(&mut *tx, &entry)
            .await
            .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        tracing::info!(session = %row.id, from = row.state.as_str(), to = step.to.as_str(), "transition");

        if step.to != SessionState::Active {
            // The picture is live again after a hold or a transfer.
            self.frozen.remove(&row.id);
        }
        if step.to.is_closed() {
            self.open.remove(&row.id);
            self.camera.remove(&row.id);
            self.recording.remove(&row.id);
            self.boards.remove(&row.id);
        } else {
            self.open.insert(row.id.clone(), next.clone());
        }
        // Technicians who no longer see the session (transfer taken back or accepted).
        let before: HashSet<UserId> = self.viewers(&row).into_iter().collect();
        let after: HashSet<UserId> = self.viewers(&next).into_iter().collect();
        for gone in before.difference(&after) {
            for conn in self.consoles_of(gone) {
                self.send(
                    conn,
                    ServerMsg::Removed {
                        session: row.id.clone(),
                    },
                );
            }
        }
        self.push_log(&next, log);
        self.broadcast(&next);
        // Busy follows the active-session count.
        let count_changed = row.state.counts_as_active() != step.to.counts_as_active()
            || event == Event::AcceptTransfer;
        let owner_org = next
            .owner
            .as_ref()
            .and_then(|o| self.techs.get(o))
            .map(|t| t.org.clone());
        if count_changed && let Some(org) = owner_org {
            self.push_team(&org).await;
        }
        // The new state may already need reconnection handling (e.g. a resumed session
        // whose customer is gone).
        Box::pin(self.reconcile(&row.id)).await;
        Ok(())
    }

    async fn dismiss(&mut self, actor: Actor, row: &SessionRow) -> Result<(), AppError> {
        if actor != Actor::Owner {
            return Err(AppError::Forbidden);
        }
        if !row.state.is_closed() {
            return Err(AppError::NotAllowedNow);
        }
        sessions::dismiss(&self.ctx.db, &row.id, self.ctx.now_ms())
            .await
            .map_err(db_error)?;
        let consoles: Vec<ConnId> = row.owner.iter().flat_map(|o| self.consoles_of(o)).collect();
        for c in consoles {
            self.send(
                c,
                ServerMsg::Removed {
                    session: row.id.clone(),
                },
            );
        }
        Ok(())
    }

    async fn edit(
        &mut self,
        who: &Principal,
        actor: Actor,
        row: &SessionRow,
        customer_name: String,
        fields: [String; 2],
    ) -> Result<(), AppError> {
        if actor != Actor::Owner {
            return Err(AppError::Forbidden);
        }
        if row.state.is_closed() {
            return Err(AppError::NotAllowedNow);
        }
        let name = customer_name.trim().to_owned();
        if name.chars().count() > MAX_CUSTOMER_NAME {
            return Err(AppError::InvalidInput {
                field: "customer_name".into(),
            });
        }
        let fields = fields.map(|f| f.trim().to_owned());
        if fields.iter().any(|f| f.chars().count() > MAX_FIELD) {
            return Err(AppError::InvalidInput {
                field: "fields".into(),
            });
        }
        let now = self.ctx.now_ms();
        let actor_name = Self::actor_name(who);
        let mut tx = self.ctx.db.begin().await.map_err(db_error)?;
        sessions::edit_details(&mut *tx, &row.id, &name, &fields)
            .await
            .map_err(db_error)?;
        let entry = NewEvent {
            session: &row.id,
            at: now,
            actor: &actor_name,
            kind: "details-edited",
            from: None,
            to: None,
            detail: None,
            client_id: None,
        };
        let log = entry.entry(Self::log_actor(Some(who)));
        sessions::insert_event(&mut *tx, &entry)
            .await
            .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        let mut next = row.clone();
        next.customer_name = name;
        next.fields = fields;
        next.last_activity_at = now;
        self.open.insert(row.id.clone(), next.clone());
        self.push_log(&next, log);
        self.broadcast(&next);
        Ok(())
    }

    /// Checks a page's report and queues it for the session's writer, which stores it once
    /// however often it is resent (`written` pushes it to the log).
    async fn report(
        &mut self,
        conn: ConnId,
        who: &Principal,
        id: &SessionId,
        cmd: CmdId,
        event: ClientReport,
    ) -> Result<(), AppError> {
        let row = self.load(id).await?;
        match Self::actor(who, &row)? {
            Actor::Customer | Actor::Owner => {}
            _ => return Err(AppError::Forbidden),
        }
        let seat = self
            .conns
            .get(&conn)
            .map(|c| c.seat.0.clone())
            .unwrap_or_default();
        let at = self.ctx.now_ms();
        let line = Line {
            at,
            actor: Self::actor_name(who),
            kind: event.as_str(),
            detail: None,
            client_id: format!("{seat}:{}", cmd.0),
            log_actor: Self::log_actor(Some(who)),
        };
        self.queue_write(Job {
            conn,
            cmd,
            session: id.clone(),
            line,
            write: Write::Report,
        })
    }

    /// Checks a chat message and queues it for the session's writer, which stores it once
    /// however often it is resent (`written` pushes it to every party; a resent message is
    /// answered with the stored copy).
    async fn chat(
        &mut self,
        conn: ConnId,
        who: &Principal,
        id: &SessionId,
        cmd: CmdId,
        chat: ChatId,
        body: ChatBody,
    ) -> Result<(), AppError> {
        let invalid = |e: ChatError| AppError::InvalidInput {
            field: e.field().to_owned(),
        };
        let row = self.load(id).await?;
        match (Self::actor(who, &row)?, &body) {
            (Actor::Owner, _) | (Actor::Customer, ChatBody::Text { .. }) => {}
            _ => return Err(AppError::Forbidden),
        }
        if let Principal::Technician(me) = who {
            permission::require(
                me.perms,
                match body {
                    ChatBody::Text { .. } => Permission::Chat,
                    ChatBody::Url { .. } => Permission::PushUrl,
                },
            )?;
        }
        if !chat.is_valid() {
            return Err(AppError::InvalidInput {
                field: "chat-id".to_owned(),
            });
        }
        let body = body.validated().map_err(invalid)?;
        let at = self.ctx.now_ms();
        let from = match who {
            Principal::Technician(me) => app::chat::ChatAuthor::Technician {
                name: me.name.clone(),
            },
            Principal::Customer { .. } => app::chat::ChatAuthor::Customer,
        };
        let line = Line {
            at,
            actor: Self::actor_name(who),
            kind: body.kind(),
            detail: Some(body.content().to_owned()),
            client_id: chats::client_id(&chat),
            log_actor: Self::log_actor(Some(who)),
        };
        let message = ChatMessage {
            id: chat.clone(),
            from,
            body,
            at,
        };
        self.queue_write(Job {
            conn,
            cmd,
            session: id.clone(),
            line,
            write: Write::Chat {
                chat,
                message,
                closed: row.state.is_closed(),
            },
        })
    }

    /// Hands a job to its session's writer (started on first use).
    fn queue_write(&mut self, job: Job) -> Result<(), AppError> {
        let session = job.session.clone();
        let db = &self.ctx.db;
        let written = &self.written;
        let tx = self
            .writers
            .entry(session)
            .or_insert_with(|| writer::spawn(db.clone(), written.clone()));
        tx.try_send(job).map_err(|e| match e {
            mpsc::error::TrySendError::Full(_) => AppError::RateLimited {
                retry_after_secs: 1,
            },
            mpsc::error::TrySendError::Closed(_) => AppError::Internal,
        })
    }

    /// A writer's outcome: the stored line goes to the log and the message to the parties,
    /// then the sender hears `done` (a resend hears about the stored copy).
    async fn written(&mut self, w: Written) {
        let Written {
            conn,
            cmd,
            session,
            outcome,
        } = w;
        match outcome {
            Outcome::Refused(error) => {
                self.send(conn, ServerMsg::Refused { id: cmd, error });
                return;
            }
            Outcome::Known(message) => {
                if let Some(message) = message {
                    self.send(conn, ServerMsg::Chat { session, message });
                }
            }
            Outcome::Stored(entry, message) => {
                if let Some(r) = self.open.get_mut(&session) {
                    r.last_activity_at = entry.at;
                }
                if let Ok(row) = self.load(&session).await {
                    self.push_log(&row, entry);
                    if let Some(message) = message {
                        self.send_to_parties(&row, &ServerMsg::Chat { session, message });
                    }
                }
            }
        }
        self.send(conn, ServerMsg::Done { id: cmd });
    }

    /// The customer's page says whether its camera sends; a change is shown to the
    /// technician, and pausing or resuming by hand is logged (the page's background and
    /// foreground are logged by its reports).
    async fn camera(&mut self, who: &Principal, id: &SessionId, status: CameraStatus) {
        let Ok(row) = self.load(id).await else { return };
        if !matches!(Self::actor(who, &row), Ok(Actor::Customer)) || row.state.is_closed() {
            return;
        }
        let before = self.camera.insert(id.clone(), status).unwrap_or_default();
        if before == status {
            return;
        }
        let kind = match (before, status) {
            (_, CameraStatus::Paused) => Some("camera-paused"),
            (CameraStatus::Paused, _) => Some("camera-resumed"),
            _ => None,
        };
        if let Some(kind) = kind {
            self.note(&row, Some(who), kind).await;
        }
        self.broadcast(&row);
    }

    /// The console running a session's media starts or stops recording it: logged, and
    /// the customer's page says so.
    async fn recording(&mut self, conn: ConnId, who: &Principal, id: &SessionId, on: bool) {
        let Ok(row) = self.load(id).await else { return };
        if !self.leads(conn, who, &row) || (on && !permits(who, Permission::Record)) {
            return;
        }
        let changed = if on {
            row.state == SessionState::Active && self.recording.insert(id.clone())
        } else {
            self.recording.remove(id)
        };
        if !changed {
            return;
        }
        let kind = if on {
            "recording-started"
        } else {
            "recording-stopped"
        };
        self.note(&row, Some(who), kind).await;
        self.broadcast(&row);
    }

    /// Whether `conn` is the console that runs the media of `row`, and its owner's.
    fn leads(&self, conn: ConnId, who: &Principal, row: &SessionRow) -> bool {
        let seat = self.conns.get(&conn).map(|c| &c.seat);
        matches!(Self::actor(who, row), Ok(Actor::Owner))
            && row.media_seat.is_some()
            && row.media_seat.as_ref() == seat
    }

    /// The console running the media freezes the picture (the customer's page sends a
    /// still of its camera) or returns to live; logged.
    async fn freeze(&mut self, conn: ConnId, who: &Principal, id: &SessionId, on: bool) {
        let Some(row) = self.open.get(id).cloned() else {
            return;
        };
        if !self.leads(conn, who, &row)
            || row.state != SessionState::Active
            || (on && !permits(who, Permission::Freeze))
        {
            return;
        }
        if on {
            if self.frozen.contains_key(id) {
                return;
            }
            self.freezes = self.freezes.wrapping_add(1).max(1);
            self.frozen.insert(id.clone(), self.freezes);
            self.note(&row, Some(who), "frozen").await;
        } else {
            if self.frozen.remove(id).is_none() {
                return;
            }
            self.note(&row, Some(who), "unfrozen").await;
        }
        self.broadcast(&row);
    }

    /// A message for the other party: board ops from the console running the media (kept
    /// here, passed on when `relay`), stills from the customer (passed on).
    fn peer(&mut self, conn: ConnId, who: &Principal, id: SessionId, msg: PeerMsg, relay: bool) {
        let Some(row) = self.open.get(&id) else {
            return;
        };
        let from = match who {
            Principal::Customer { .. } if matches!(Self::actor(who, row), Ok(Actor::Customer)) => {
                Role::Customer
            }
            Principal::Technician(_) if self.leads(conn, who, row) => Role::Technician,
            _ => {
                tracing::debug!(session = %id, "peer message from a non-party dropped");
                return;
            }
        };
        if !msg.allowed_from(from) || !msg.validate() || !row.state.has_media() {
            return;
        }
        // Drawings (and the anchors of followed drawings) need the whiteboard permission; a
        // still is asked for by a freeze.
        let needed = match &msg {
            PeerMsg::Ops { .. } | PeerMsg::Anchor { .. } => Some(Permission::Whiteboard),
            PeerMsg::WantStill { .. } => Some(Permission::Freeze),
            PeerMsg::Still { .. } | PeerMsg::WantAnchors => None,
        };
        if needed.is_some_and(|p| !permits(who, p)) {
            tracing::debug!(session = %id, "peer message without the permission dropped");
            return;
        }
        if let PeerMsg::Ops { ops } = &msg {
            let board = self.boards.entry(id.clone()).or_default();
            for op in ops {
                if let Err(e) = board.apply(op) {
                    // The drawing page re-synchronises; nothing to undo here.
                    tracing::debug!(session = %id, error = %e, "board op refused");
                }
            }
        }
        if !relay {
            return;
        }
        let target = match from {
            Role::Customer => row
                .media_seat
                .as_ref()
                .and_then(|s| self.seats.get(s).copied()),
            Role::Technician => self.customers.get(&id).and_then(|v| v.last().copied()),
        };
        if let Some(target) = target {
            self.send(target, ServerMsg::Peer { session: id, msg });
        }
    }

    /// Sends the whole board of a session to a party that asks.
    async fn board_sync(&mut self, conn: ConnId, who: &Principal, id: &SessionId) {
        let Ok(row) = self.load(id).await else { return };
        match Self::actor(who, &row) {
            Ok(Actor::Owner | Actor::TransferTarget | Actor::Customer) => {}
            _ => return,
        }
        let board = self.boards.get(id).cloned().unwrap_or_default();
        self.send(
            conn,
            ServerMsg::Board {
                session: id.clone(),
                board,
            },
        );
    }

    /// Writes a plain session-log line (no states, no detail) by `who` (None: the server)
    /// and pushes it to the session's technicians.
    async fn note(&mut self, row: &SessionRow, who: Option<&Principal>, kind: &str) {
        let actor = who.map_or_else(|| "system".to_owned(), Self::actor_name);
        let event = NewEvent::plain(&row.id, self.ctx.now_ms(), &actor, kind);
        match sessions::insert_event(&self.ctx.db, &event).await {
            Ok(_) => self.push_log(row, event.entry(Self::log_actor(who))),
            Err(e) => {
                db_error(e);
            }
        }
    }

    /// Sends the whole chat of a session to a party that asks.
    async fn chat_sync(&mut self, conn: ConnId, who: &Principal, id: &SessionId) {
        let Ok(row) = self.load(id).await else { return };
        match Self::actor(who, &row) {
            Ok(Actor::Owner | Actor::TransferTarget | Actor::Customer) => {}
            _ => return,
        }
        match chats::list(&self.ctx.db, id).await {
            Ok(messages) => self.send(
                conn,
                ServerMsg::ChatLog {
                    session: id.clone(),
                    messages,
                },
            ),
            Err(e) => {
                db_error(e);
            }
        }
    }

    /// Sends a message to every console of the session's technicians and every page of its
    /// customer.
    fn send_to_parties(&mut self, row: &SessionRow, msg: &ServerMsg) {
        let mut targets: Vec<ConnId> = self
            .viewers(row)
            .iter()
            .flat_map(|u| self.consoles_of(u))
            .collect();
        targets.extend(self.customers.get(&row.id).cloned().unwrap_or_default());
        for conn in targets {
            self.send(conn, msg.clone());
        }
    }

    /// Relays signalling between the session's customer and the console window that runs
    /// its media — or, while the session waits for Start, the owner's window that prepares
    /// its call; anything else is dropped. The server never reads SDP or ICE.
    fn relay(&mut self, conn: ConnId, who: &Principal, session: SessionId, sig: RtcSignal) {
        let Some(row) = self.open.get(&session) else {
            return;
        };
        let my_seat = self.conns.get(&conn).map(|c| c.seat.clone());
        if let RtcSignal::Prepare { seat } = &sig {
            let may_prepare = matches!(who, Principal::Technician(me)
                if me.org == row.org
                    && row.owner.as_ref() == Some(&me.user)
                    && me.perms.has(Permission::StartSessions));
            if row.state != SessionState::Waiting || !may_prepare || my_seat.as_ref() != Some(seat)
            {
                tracing::debug!(session = %session, "prepare refused");
                return;
            }
            self.preparing.insert(session.clone(), seat.clone());
        }
        // Waiting, or Reconnecting from Waiting: the call being prepared.
        let waiting = row.state.live() == Some(Live::Waiting);
        let seat = match &row.media_seat {
            Some(seat) if row.state.has_media() => seat.clone(),
            _ if waiting => match self.preparing.get(&session) {
                Some(seat) => seat.clone(),
                None => {
                    tracing::debug!(session = %session, "signalling before a prepare dropped");
                    return;
                }
            },
            _ => {
                tracing::debug!(session = %session, "signalling outside a call dropped");
                return;
            }
        };
        let (target, from) = match who {
            Principal::Customer { session: s, .. } if *s == session => {
                (self.seats.get(&seat).copied(), Role::Customer)
            }
            Principal::Technician(_) if my_seat.as_ref() == Some(&seat) => (
                self.customers.get(&session).and_then(|v| v.last().copied()),
                Role::Technician,
            ),
            _ => {
                tracing::debug!(session = %session, "signalling from a non-party dropped");
                return;
            }
        };
        if let Some(target) = target {
            self.send(target, ServerMsg::Rtc { session, from, sig });
        }
    }

    // ----- reconnection and timers -------------------------------------------------------

    /// Whether every party a live session needs is connected: the customer, and the console
    /// window that runs its media (when it has media).
    fn parties_present(&self, row: &SessionRow) -> bool {
        let customer = self.customer_online(&row.id);
        let lead = match (&row.media_seat, row.state.has_media()) {
            (Some(seat), true) => self.seats.contains_key(seat),
            _ => true,
        };
        customer && lead
    }

    /// Moves a session to Reconnecting when a party is missing, and back when all are there.
    async fn reconcile(&mut self, id: &SessionId) {
        let Some(row) = self.open.get(id).cloned() else {
            return;
        };
        let present = self.parties_present(&row);
        if present {
            self.restored.remove(id);
        }
        let in_grace =
            self.restored.contains(id) && self.ctx.now_ms() - self.started < START_GRACE_MS;
        let event = match row.state {
            SessionState::Reconnecting { .. } | SessionState::Offline { .. } if present => {
                Event::Back
            }
            SessionState::Waiting
            | SessionState::Active
            | SessionState::OnHold
            | SessionState::Transferring
                if !present && !in_grace =>
            {
                Event::Dropped
            }
            _ => return,
        };
        if let Err(e) = self
            .transition(row, event, Actor::System, None, None, ActArgs::default())
            .await
        {
            tracing::warn!(session = %id, error = ?e, "reconnection transition failed");
        }
    }

    async fn tick(&mut self) {
        // Writers of ended sessions finish what they hold and stop.
        let open = &self.open;
        self.writers.retain(|id, _| open.contains_key(id));
        // A call is prepared only while its session waits for Start.
        self.preparing.retain(|id, _| {
            open.get(id)
                .is_some_and(|r| r.state.live() == Some(Live::Waiting))
        });
        let now = self.ctx.now_ms();
        let ids: Vec<SessionId> = self.open.keys().cloned().collect();
        for id in ids {
            self.reconcile(&id).await;
            let Some(row) = self.open.get(&id).cloned() else {
                continue;
            };
            let settings = self.settings_for(&row).await;
            let times = timers::Times {
                created_at: row.created_at,
                state_since: row.state_since,
                last_activity_at: row.last_activity_at,
            };
            if let Some(event) = timers::due(row.state, times, &settings, now) {
                let detail = match event {
                    Event::TimeOut(kind) => Some(kind.as_str().to_owned()),
                    _ => None,
                };
                let args = ActArgs {
                    detail,
                    ..ActArgs::default()
                };
                if let Err(e) = self
                    .transition(row, event, Actor::System, None, None, args)
                    .await
                {
                    tracing::warn!(session = %id, error = ?e, "timer transition failed");
                }
            }
        }
    }

    // ----- notices from request handlers -------------------------------------------------

    async fn notice(&mut self, notice: HubNotice) {
        match notice {
            HubNotice::SessionChanged(id) => {
                if let Ok(Some(row)) = sessions::get(&self.ctx.db, &id).await {
                    if !row.state.is_closed() {
                        self.open.insert(row.id.clone(), row.clone());
                    }
                    self.broadcast(&row);
                }
            }
            HubNotice::LogChanged(id) => {
                if let (Ok(row), Ok(log)) =
                    (self.load(&id).await, sessions::log(&self.ctx.db, &id).await)
                    && let Some(last) = log.last().cloned()
                {
                    self.push_log(&row, last);
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
                    self.leave(conn).await;
                }
            }
            HubNotice::AccountsChanged { org } => self.accounts_changed(&org).await,
        }
    }

    /// Reads the organisation's connected technicians again (role, permissions, group
    /// settings); a deactivated one's connections are closed. The group settings kept for
    /// its other technicians (the timers of their sessions use them) are read again when
    /// next needed.
    async fn accounts_changed(&mut self, org: &OrgId) {
        self.group_settings.clear();
        // A channel's group or name may have changed: read its waiting sessions again.
        let queued: Vec<SessionId> = self
            .open
            .values()
            .filter(|r| r.org == *org && r.owner.is_none())
            .map(|r| r.id.clone())
            .collect();
        for id in queued {
            match sessions::get(&self.ctx.db, &id).await {
                Ok(Some(row)) => {
                    self.open.insert(id, row);
                }
                Ok(None) => {}
                Err(e) => {
                    db_error(e);
                }
            }
        }
        match users::colleagues(&self.ctx.db, org).await {
            Ok(all) => {
                for c in all {
                    self.settings.remove(&c.user);
                }
            }
            Err(e) => {
                db_error(e);
            }
        }
        let users: HashSet<UserId> = self
            .conns
            .values()
            .filter_map(|c| match &c.who {
                Principal::Technician(me) if me.org == *org => Some(me.user.clone()),
                _ => None,
            })
            .collect();
        for user in users {
            self.settings.remove(&user);
            let fresh = match users::me_by_id(&self.ctx.db, &user).await {
                Ok(fresh) => fresh,
                Err(e) => {
                    db_error(e);
                    continue;
                }
            };
            let consoles = self.consoles_of(&user);
            for &conn in &consoles {
                match &fresh {
                    Some(me) => {
                        if let Some(c) = self.conns.get_mut(&conn) {
                            c.who = Principal::Technician(me.clone());
                        }
                    }
                    None => {
                        self.send(
                            conn,
                            ServerMsg::Goodbye {
                                error: AppError::Unauthenticated,
                            },
                        );
                        self.leave(conn).await;
                    }
                }
            }
            if let Some(me) = &fresh {
                // The channels they serve may have changed.
                self.send_list(&consoles, me).await;
                // Group settings (the active-session limit) are read again.
                self.settings_of(&user).await;
            }
        }
        self.push_team(org).await;
    }
}

/// The permission a technician needs for an intent, if any.
fn intent_permission(intent: &Intent) -> Option<Permission> {
    match intent {
        Intent::Hold => Some(Permission::Hold),
        Intent::Transfer { .. } => Some(Permission::Transfer),
        Intent::Edit { .. } => Some(Permission::InlineEdit),
        Intent::AcceptTerms | Intent::Start | Intent::TakeBack | Intent::End | Intent::Dismiss => {
            None
        }
    }
}

/// Whether `who` may do what `p` covers: customers are not subject to group permissions.
fn permits(who: &Principal, p: Permission) -> bool {
    match who {
        Principal::Technician(me) => me.perms.has(p),
        Principal::Customer { .. } => true,
    }
}

fn conn_user(who: &Principal) -> UserId {
    match who {
        Principal::Technician(me) => me.user.clone(),
        Principal::Customer { .. } => UserId(String::new()),
    }
}
