//! The live feed of a page: what the server pushed over `/ws`, as signals.
//!
//! Pages read the feed; they send intents through it. The websocket itself lives in
//! `rtc::ws_client` (browser only); on the server the feed simply stays empty.

use std::collections::{HashMap, HashSet};

use futures::channel::mpsc::UnboundedSender;
use leptos::prelude::*;

use crate::chat::{ChatBody, ChatError, ChatId, ChatMessage};
use crate::error::AppError;
use crate::ids::{CmdId, SessionId, UserId};
use crate::presence::{ConsoleLimits, TeamMember};
use crate::protocol::{ClientMsg, ClientReport, IceServer, Intent, Participant, ServerMsg};
use crate::session::{LogEntry, SeatId, SessionView};

/// State of the connection to the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    /// Not connected yet (or rendering on the server).
    Idle,
    /// Connecting or reconnecting.
    Connecting,
    /// Connected and welcomed.
    Open,
    /// Lost; retrying.
    Lost,
    /// The server ended the connection for good (signed out, session over…).
    Closed(AppError),
}

/// A page's live feed.
#[derive(Clone, Copy)]
pub struct Feed {
    /// Connection state.
    pub link: RwSignal<Link>,
    /// Who the server says we are.
    pub me: RwSignal<Option<Participant>>,
    /// The sessions this page sees (a technician's list, or the customer's one session).
    pub sessions: RwSignal<Vec<SessionView>>,
    /// Server clock minus local clock (ms), for "time in state".
    pub clock_offset: RwSignal<i64>,
    /// ICE servers to use.
    pub ice_servers: RwSignal<Vec<IceServer>>,
    /// The last refusal of a command of ours.
    pub refused: RwSignal<Option<AppError>>,
    /// Bumped whenever media (local or remote streams, calls) change, for views to re-attach.
    pub media_tick: RwSignal<u64>,
    /// This tab's seat (compared with a session's `media_seat`).
    pub seat: RwSignal<Option<SeatId>>,
    /// The group's limits (technicians).
    pub limits: RwSignal<Option<ConsoleLimits>>,
    /// Colleagues and their presence (technicians).
    pub team: RwSignal<Vec<TeamMember>>,
    /// Session-log lines per session: loaded by the log panel, then appended as pushed.
    pub logs: RwSignal<HashMap<SessionId, Vec<LogEntry>>>,
    /// Chat messages per session, as the server stored them (oldest first).
    pub chats: RwSignal<HashMap<SessionId, Vec<ChatMessage>>>,
    /// Chat messages of ours the server has not stored yet, per session.
    pub sending: RwSignal<HashMap<SessionId, Vec<(ChatId, ChatBody)>>>,
    /// How many of a session's messages the person has seen (for the unread badge).
    pub chat_seen: RwSignal<HashMap<SessionId, usize>>,
    /// The sessions whose chat was fetched since the last welcome.
    chat_synced: StoredValue<HashSet<SessionId>>,
    /// The whiteboard of each session (see `whiteboard`); `board_tick` tells it changed.
    pub boards: StoredValue<HashMap<SessionId, crate::whiteboard::Board>>,
    /// Bumped whenever a board changes.
    pub board_tick: RwSignal<u64>,
    /// Sessions whose whole board was asked for and has not arrived yet.
    pub(crate) board_asked: StoredValue<HashSet<SessionId>>,
    /// The frozen picture of each session: its freeze number and an object URL of the
    /// still (browser only).
    pub stills: RwSignal<HashMap<SessionId, (u32, String)>>,
    /// Board ops waiting to go to the server, per session, and whether any of them missed
    /// the data channel (then the server passes them on).
    pub(crate) board_outbox: StoredValue<HashMap<SessionId, (Vec<crate::whiteboard::Op>, bool)>>,
    /// Stills arriving in parts.
    pub(crate) still_parts: StoredValue<HashMap<SessionId, crate::whiteboard::Assembly>>,
    next_cmd: StoredValue<u64>,
    /// How many times the server welcomed this page (a new link each time).
    pub(crate) welcomes: StoredValue<u32>,
    outbox: StoredValue<Option<UnboundedSender<ClientMsg>>, LocalStorage>,
    /// Reports not yet acknowledged: resent after a reconnect (the server stores them once).
    unacked: StoredValue<Vec<ClientMsg>, LocalStorage>,
    /// Who takes the other party's messages about followed shapes (`PeerMsg::Anchor`,
    /// `PeerMsg::WantAnchors`): the page's drawing layer, set by its bundle (see
    /// [`Feed::on_follow`]); without one they are dropped.
    follow: StoredValue<Option<FollowHandler>, LocalStorage>,
}

/// Takes a message about followed shapes for a session (see [`Feed::on_follow`]).
pub type FollowHandler = std::rc::Rc<dyn Fn(Feed, &SessionId, &crate::whiteboard::PeerMsg)>;

impl Feed {
    fn new() -> Self {
        Self {
            link: RwSignal::new(Link::Idle),
            me: RwSignal::new(None),
            sessions: RwSignal::new(vec![]),
            clock_offset: RwSignal::new(0),
            ice_servers: RwSignal::new(vec![]),
            refused: RwSignal::new(None),
            media_tick: RwSignal::new(0),
            seat: RwSignal::new(None),
            limits: RwSignal::new(None),
            team: RwSignal::new(vec![]),
            logs: RwSignal::new(HashMap::new()),
            chats: RwSignal::new(HashMap::new()),
            sending: RwSignal::new(HashMap::new()),
            chat_seen: RwSignal::new(HashMap::new()),
            chat_synced: StoredValue::new(HashSet::new()),
            welcomes: StoredValue::new(0),
            boards: StoredValue::new(HashMap::new()),
            board_tick: RwSignal::new(0),
            board_asked: StoredValue::new(HashSet::new()),
            stills: RwSignal::new(HashMap::new()),
            still_parts: StoredValue::new(HashMap::new()),
            board_outbox: StoredValue::new(HashMap::new()),
            next_cmd: StoredValue::new(1),
            outbox: StoredValue::new_local(None),
            unacked: StoredValue::new_local(vec![]),
            follow: StoredValue::new_local(None),
        }
    }

    /// Sets who takes the other party's messages about followed shapes: the console tracks
    /// in its own bundle (`rtc::follow`), the customer's page hands them to the code it
    /// loads on demand (`crates/customer-board`), so its bundle carries no tracker.
    pub fn on_follow(&self, handler: FollowHandler) {
        self.follow.set_value(Some(handler));
    }

    /// Hands a message about followed shapes to the page's drawing layer.
    pub(crate) fn follow_msg(&self, session: &SessionId, msg: &crate::whiteboard::PeerMsg) {
        if let Some(handler) = self.follow.get_value() {
            handler(*self, session, msg);
        }
    }

    /// Whether a websocket has been attached to this feed.
    pub fn is_attached(&self) -> bool {
        self.outbox.with_value(Option::is_some)
    }

    /// Attaches the queue the websocket task sends from.
    pub fn attach(&self, outbox: UnboundedSender<ClientMsg>) {
        self.outbox.set_value(Some(outbox));
    }

    /// Queues a message for the server (kept while reconnecting).
    pub fn send(&self, msg: ClientMsg) {
        self.outbox.with_value(|o| {
            if let Some(tx) = o {
                let _ = tx.unbounded_send(msg);
            }
        });
    }

    fn next_id(&self) -> CmdId {
        let id = CmdId(self.next_cmd.get_value());
        self.next_cmd.update_value(|n| *n += 1);
        id
    }

    /// Asks the server for a transition of `session`.
    pub fn act(&self, session: &SessionId, act: Intent) -> CmdId {
        let id = self.next_id();
        self.refused.set(None);
        self.send(ClientMsg::Act {
            id,
            session: session.clone(),
            act,
        });
        id
    }

    /// Reports an observation for the session log; kept until the server acknowledges it.
    pub fn report(&self, session: &SessionId, event: ClientReport) {
        let msg = ClientMsg::Report {
            id: self.next_id(),
            session: session.clone(),
            event,
        };
        self.unacked.update_value(|v| v.push(msg.clone()));
        self.send(msg);
    }

    /// Reports and chat messages to send again after a reconnect.
    pub fn unacked(&self) -> Vec<ClientMsg> {
        self.unacked.get_value()
    }

    /// Sends a chat message (or a link) in `session`; it shows as pending until the server
    /// stored it, and is resent after a reconnect until then.
    pub fn chat(&self, session: &SessionId, body: ChatBody) -> Result<(), ChatError> {
        let body = body.validated()?;
        let chat = ChatId::random(random_f64);
        let msg = ClientMsg::Chat {
            id: self.next_id(),
            session: session.clone(),
            chat: chat.clone(),
            body: body.clone(),
        };
        self.sending.update(|m| {
            m.entry(session.clone()).or_default().push((chat, body));
        });
        self.unacked.update_value(|v| v.push(msg.clone()));
        self.send(msg);
        Ok(())
    }

    /// Marks every message of `session` as seen.
    pub fn chat_read(&self, session: &SessionId) {
        let n = self
            .chats
            .with_untracked(|m| m.get(session).map_or(0, Vec::len));
        if self
            .chat_seen
            .with_untracked(|m| m.get(session).copied() != Some(n))
        {
            self.chat_seen.update(|m| {
                m.insert(session.clone(), n);
            });
        }
    }

    /// Messages of `session` written by the other party and not seen yet (tracked).
    pub fn chat_unread(&self, session: &SessionId, mine: impl Fn(&ChatMessage) -> bool) -> usize {
        let seen = self
            .chat_seen
            .with(|m| m.get(session).copied().unwrap_or(0));
        self.chats.with(|m| {
            m.get(session).map_or(0, |list| {
                list.iter().skip(seen).filter(|msg| !mine(msg)).count()
            })
        })
    }

    /// Asks for the chat and the board of `session` once per connection.
    fn sync_chat(&self, session: &SessionId) {
        let first = self
            .chat_synced
            .try_update_value(|s| s.insert(session.clone()))
            .unwrap_or(false);
        if first {
            self.send(ClientMsg::ChatSync {
                session: session.clone(),
            });
            self.ask_board(session);
        }
    }

    fn chat_stored(&self, session: SessionId, message: ChatMessage) {
        // The stored copy is the acknowledgement: no need to resend it.
        self.unacked.update_value(|v| {
            v.retain(|m| !matches!(m, ClientMsg::Chat { chat, .. } if *chat == message.id))
        });
        self.sending.update(|m| {
            if let Some(list) = m.get_mut(&session) {
                list.retain(|(id, _)| *id != message.id);
            }
        });
        self.chats.update(|m| {
            let list = m.entry(session).or_default();
            if !list.iter().any(|x| x.id == message.id) {
                list.push(message);
            }
        });
    }

    /// Whether this tab runs the media of `session`.
    pub fn runs_media(&self, view: &SessionView) -> bool {
        view.media_seat.is_some() && view.media_seat == self.seat.get()
    }

    /// The signed-in technician (tracked).
    pub fn me_user(&self) -> Option<UserId> {
        self.me.with(|m| match m {
            Some(Participant::Technician { user, .. }) => Some(user.clone()),
            _ => None,
        })
    }

    /// Replaces the log of a session with what the server returned.
    pub fn set_log(&self, session: &SessionId, entries: Vec<LogEntry>) {
        self.logs.update(|m| {
            m.insert(session.clone(), entries);
        });
    }

    /// The current view of one session (tracked).
    pub fn session(&self, id: &SessionId) -> Option<SessionView> {
        self.sessions
            .with(|l| l.iter().find(|s| s.id == *id).cloned())
    }

    /// Marks a media change.
    pub fn media_changed(&self) {
        self.media_tick.update(|n| *n += 1);
    }

    /// Applies a message from the server. Returns false when the server said goodbye.
    pub fn apply(&self, msg: ServerMsg, local_now: i64) -> bool {
        match msg {
            ServerMsg::Welcome {
                me,
                server_time,
                ice_servers,
                seat,
                limits,
                ..
            } => {
                self.me.set(Some(me));
                self.seat.set(Some(seat));
                self.limits.set(limits);
                self.clock_offset.set(server_time - local_now);
                self.ice_servers.set(ice_servers);
                self.chat_synced.set_value(HashSet::new());
                self.board_asked.set_value(HashSet::new());
                self.welcomes.update_value(|n| *n = n.wrapping_add(1));
                self.link.set(Link::Open);
            }
            ServerMsg::Sessions { sessions } => {
                for s in &sessions {
                    self.sync_chat(&s.id);
                }
                self.sessions.set(sorted(sessions));
            }
            ServerMsg::Session { session } => {
                self.sync_chat(&session.id);
                self.sessions.update(|l| upsert(l, session));
            }
            ServerMsg::Chat { session, message } => self.chat_stored(session, message),
            ServerMsg::ChatLog { session, messages } => {
                self.sending.update(|m| {
                    if let Some(list) = m.get_mut(&session) {
                        list.retain(|(id, _)| !messages.iter().any(|x| x.id == *id));
                    }
                });
                self.chats.update(|m| {
                    m.insert(session, messages);
                });
            }
            ServerMsg::Removed { session } => {
                self.sessions.update(|l| l.retain(|s| s.id != session))
            }
            ServerMsg::Rtc { session, from, sig } => {
                #[cfg(feature = "hydrate")]
                crate::rtc::on_signal(*self, session, from, sig);
                #[cfg(not(feature = "hydrate"))]
                let _ = (session, from, sig);
            }
            ServerMsg::Log { session, entry } => self.logs.update(|m| {
                let lines = m.entry(session).or_default();
                if !lines.contains(&entry) {
                    lines.push(entry);
                }
            }),
            ServerMsg::Peer { session, msg } => self.peer(session, msg),
            ServerMsg::Board { session, board } => self.board_arrived(session, board),
            ServerMsg::Team { members } => self.team.set(members),
            ServerMsg::Refused { id, error } => {
                self.acknowledge(id);
                self.refused.set(Some(error));
            }
            ServerMsg::Done { id } => self.acknowledge(id),
            ServerMsg::Ping => {}
            ServerMsg::Goodbye { error } => {
                self.link.set(Link::Closed(error));
                return false;
            }
        }
        true
    }
}

impl Feed {
    fn acknowledge(&self, id: CmdId) {
        let mut gone = None;
        self.unacked.update_value(|v| {
            v.retain(|m| match m {
                ClientMsg::Report { id: r, .. } => *r != id,
                ClientMsg::Chat {
                    id: r,
                    session,
                    chat,
                    ..
                } if *r == id => {
                    gone = Some((session.clone(), chat.clone()));
                    false
                }
                _ => true,
            })
        });
        // Refused (or stored, and then already removed by the `chat` fact).
        if let Some((session, chat)) = gone {
            self.sending.update(|m| {
                if let Some(list) = m.get_mut(&session) {
                    list.retain(|(id, _)| *id != chat);
                }
            });
        }
    }
}

/// A random number in [0, 1) (message and shape IDs).
pub fn random_f64() -> f64 {
    #[cfg(feature = "hydrate")]
    {
        js_sys::Math::random()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        use std::sync::atomic::{AtomicU64, Ordering};
        static STATE: AtomicU64 = AtomicU64::new(0x2545_f491_4f6c_dd1d);
        let mut x = STATE.fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed);
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Newest first.
fn sorted(mut list: Vec<SessionView>) -> Vec<SessionView> {
    list.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    list
}

/// Replaces the session with the same ID, or inserts it in order.
fn upsert(list: &mut Vec<SessionView>, s: SessionView) {
    if let Some(slot) = list.iter_mut().find(|x| x.id == s.id) {
        *slot = s;
    } else {
        list.push(s);
        let taken = std::mem::take(list);
        *list = sorted(taken);
    }
}

/// Creates the page's feed and provides it.
pub fn provide_feed() -> Feed {
    let feed = Feed::new();
    provide_context(feed);
    feed
}

/// The page's feed.
pub fn use_feed() -> Feed {
    use_context::<Feed>().unwrap_or_else(provide_feed)
}

/// A clock that ticks every second on the page (server time), for "time in state".
#[derive(Clone, Copy)]
pub struct Ticker(pub RwSignal<i64>);

/// Provides the ticker and starts it in the browser.
pub fn provide_ticker(feed: Feed) -> Ticker {
    let ticker = Ticker(RwSignal::new(0));
    provide_context(ticker);
    #[cfg(feature = "hydrate")]
    {
        let tick = move || {
            ticker
                .0
                .set(crate::browser::now_ms() + feed.clock_offset.get_untracked())
        };
        tick();
        if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_secs(1)) {
            on_cleanup(move || handle.clear());
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = feed;
    ticker
}

/// The page's ticker.
pub fn use_ticker() -> Ticker {
    use_context::<Ticker>().unwrap_or(Ticker(RwSignal::new(0)))
}

/// Minutes east of UTC of the browser's time zone (0 on the server).
fn local_offset_minutes(ms: i64) -> i64 {
    #[cfg(feature = "hydrate")]
    {
        -(js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)).get_timezone_offset()
            as i64)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = ms;
        0
    }
}

/// Days since the epoch → (year, month, day), proleptic Gregorian (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn local_parts(ms: i64) -> (i64, u32, u32, i64) {
    let local = ms + local_offset_minutes(ms) * 60_000;
    let secs = local.div_euclid(1000);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    (y, m, d, secs.rem_euclid(86_400))
}

/// "HH:MM:SS" in the browser's time zone.
pub fn clock_time(ms: i64) -> String {
    let (_, _, _, s) = local_parts(ms);
    format!("{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
}

/// "YYYY-MM-DD HH:MM" in the browser's time zone.
pub fn date_time(ms: i64) -> String {
    let (y, m, d, s) = local_parts(ms);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", s / 3600, (s / 60) % 60)
}

/// "m:ss" or "h:mm:ss" for a duration in milliseconds (negative counts as zero).
pub fn format_elapsed(ms: i64) -> String {
    let secs = ms.max(0) / 1000;
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;
    use crate::session::SessionState;

    fn view(id: &str, created_at: i64, state: SessionState) -> SessionView {
        SessionView {
            id: SessionId(id.into()),
            owner: Some(UserId("u".into())),
            customer_name: String::new(),
            fields: [String::new(), String::new()],
            state,
            state_since: created_at,
            created_at,
            customer_online: false,
            transfer: None,
            media_seat: None,
            camera: Default::default(),
            recording: false,
            frozen: None,
            channel: None,
            problem: String::new(),
        }
    }

    #[test]
    fn upsert_replaces_or_inserts_newest_first() {
        let mut list = sorted(vec![
            view("A", 1, SessionState::Connecting),
            view("B", 3, SessionState::Connecting),
        ]);
        assert_eq!(list[0].id.as_str(), "B");
        upsert(&mut list, view("C", 2, SessionState::Connecting));
        let ids: Vec<_> = list.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["B", "C", "A"]);
        upsert(&mut list, view("A", 1, SessionState::Waiting));
        assert_eq!(list.len(), 3);
        assert_eq!(list[2].state, SessionState::Waiting);
    }

    #[test]
    fn feed_applies_server_messages() {
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            let feed = Feed::new();
            assert!(feed.apply(
                ServerMsg::Sessions {
                    sessions: vec![view("A", 1, SessionState::Connecting)]
                },
                0
            ));
            feed.apply(
                ServerMsg::Session {
                    session: view("A", 1, SessionState::Waiting),
                },
                0,
            );
            assert_eq!(
                feed.session(&SessionId("A".into())).map(|s| s.state),
                Some(SessionState::Waiting)
            );
            feed.apply(
                ServerMsg::Removed {
                    session: SessionId("A".into()),
                },
                0,
            );
            assert!(feed.sessions.get_untracked().is_empty());
            assert!(!feed.apply(
                ServerMsg::Goodbye {
                    error: AppError::SessionClosed
                },
                0
            ));
            assert_eq!(
                feed.link.get_untracked(),
                Link::Closed(AppError::SessionClosed)
            );
        });
    }

    #[test]
    fn chat_is_kept_once_with_pending_messages_and_unread_counts() {
        use crate::chat::{ChatAuthor, ChatBody, ChatId, ChatMessage};
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            let feed = Feed::new();
            let s = SessionId("A".into());
            let msg = |id: &str, from: ChatAuthor| ChatMessage {
                id: ChatId(id.into()),
                from,
                body: ChatBody::Text { text: id.into() },
                at: 1,
            };
            let mine = |m: &ChatMessage| m.from == ChatAuthor::Customer;
            // Ours is pending until the server's echo; a refusal drops it too.
            feed.chat(
                &s,
                ChatBody::Text {
                    text: " hi ".into(),
                },
            )
            .unwrap();
            assert_eq!(
                feed.chat(&s, ChatBody::Text { text: "  ".into() }),
                Err(crate::chat::ChatError::Empty)
            );
            let pending = feed.sending.get_untracked()[&s].clone();
            assert_eq!(pending.len(), 1);
            assert_eq!(pending[0].1, ChatBody::Text { text: "hi".into() });
            let echo = ChatMessage {
                id: pending[0].0.clone(),
                ..msg("x", ChatAuthor::Customer)
            };
            feed.apply(
                ServerMsg::Chat {
                    session: s.clone(),
                    message: echo.clone(),
                },
                0,
            );
            feed.apply(
                ServerMsg::Chat {
                    session: s.clone(),
                    message: echo.clone(),
                },
                0,
            );
            assert!(feed.sending.get_untracked()[&s].is_empty());
            assert_eq!(feed.chats.get_untracked()[&s].len(), 1, "stored once");
            // The other side's messages count as unread until read.
            let t = ChatAuthor::Technician {
                name: "Tess".into(),
            };
            feed.apply(
                ServerMsg::Chat {
                    session: s.clone(),
                    message: msg("t1xxxxxx", t.clone()),
                },
                0,
            );
            feed.apply(
                ServerMsg::Chat {
                    session: s.clone(),
                    message: msg("t2xxxxxx", t.clone()),
                },
                0,
            );
            assert_eq!(feed.chat_unread(&s, mine), 2);
            feed.chat_read(&s);
            assert_eq!(feed.chat_unread(&s, mine), 0);
            // A log after a reconnect replaces the list; a still-pending message stays.
            feed.chat(
                &s,
                ChatBody::Text {
                    text: "later".into(),
                },
            )
            .unwrap();
            feed.apply(
                ServerMsg::ChatLog {
                    session: s.clone(),
                    messages: vec![
                        echo,
                        msg("t1xxxxxx", t.clone()),
                        msg("t2xxxxxx", t.clone()),
                        msg("t3xxxxxx", t),
                    ],
                },
                0,
            );
            assert_eq!(feed.chats.get_untracked()[&s].len(), 4);
            assert_eq!(feed.sending.get_untracked()[&s].len(), 1);
            assert_eq!(feed.chat_unread(&s, mine), 1);
            let refused = feed.unacked().into_iter().find_map(|m| match m {
                ClientMsg::Chat { id, .. } => Some(id),
                _ => None,
            });
            feed.apply(
                ServerMsg::Refused {
                    id: refused.unwrap(),
                    error: AppError::SessionClosed,
                },
                0,
            );
            assert!(feed.sending.get_untracked()[&s].is_empty());
        });
    }

    #[test]
    fn times_are_formatted() {
        // 2026-11-22 06:30:05 UTC
        assert_eq!(date_time(1_795_329_005_000), "2026-11-22 06:30");
        assert_eq!(clock_time(1_795_329_005_000), "06:30:05");
        assert_eq!(date_time(0), "1970-01-01 00:00");
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(59), (1970, 3, 1));
    }

    #[test]
    fn elapsed_is_formatted() {
        assert_eq!(format_elapsed(-5), "0:00");
        assert_eq!(format_elapsed(59_999), "0:59");
        assert_eq!(format_elapsed(61_000), "1:01");
        assert_eq!(format_elapsed(3_725_000), "1:02:05");
    }
}
