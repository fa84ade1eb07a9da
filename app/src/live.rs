//! The live feed of a page: what the server pushed over `/ws`, as signals.
//!
//! Pages read the feed; they send intents through it. The websocket itself lives in
//! `rtc::ws_client` (browser only); on the server the feed simply stays empty.

use futures::channel::mpsc::UnboundedSender;
use leptos::prelude::*;

use crate::error::AppError;
use crate::ids::{CmdId, SessionId};
use crate::protocol::{ClientMsg, ClientReport, IceServer, Intent, Participant, ServerMsg};
use crate::session::SessionView;

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
    next_cmd: StoredValue<u64>,
    outbox: StoredValue<Option<UnboundedSender<ClientMsg>>, LocalStorage>,
}

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
            next_cmd: StoredValue::new(1),
            outbox: StoredValue::new_local(None),
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

    /// Asks the server for a transition of `session`.
    pub fn act(&self, session: &SessionId, act: Intent) -> CmdId {
        let id = CmdId(self.next_cmd.get_value());
        self.next_cmd.update_value(|n| *n += 1);
        self.refused.set(None);
        self.send(ClientMsg::Act {
            id,
            session: session.clone(),
            act,
        });
        id
    }

    /// Reports an observation for the session log.
    pub fn report(&self, session: &SessionId, event: ClientReport) {
        self.send(ClientMsg::Report {
            session: session.clone(),
            event,
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
                ..
            } => {
                self.me.set(Some(me));
                self.clock_offset.set(server_time - local_now);
                self.ice_servers.set(ice_servers);
                self.link.set(Link::Open);
            }
            ServerMsg::Sessions { sessions } => self.sessions.set(sorted(sessions)),
            ServerMsg::Session { session } => self.sessions.update(|l| upsert(l, session)),
            ServerMsg::Removed { session } => {
                self.sessions.update(|l| l.retain(|s| s.id != session))
            }
            ServerMsg::Rtc { session, from, sig } => {
                #[cfg(feature = "hydrate")]
                crate::rtc::on_signal(*self, session, from, sig);
                #[cfg(not(feature = "hydrate"))]
                let _ = (session, from, sig);
            }
            ServerMsg::Refused { error, .. } => self.refused.set(Some(error)),
            ServerMsg::Done { .. } | ServerMsg::Ping => {}
            ServerMsg::Goodbye { error } => {
                self.link.set(Link::Closed(error));
                return false;
            }
        }
        true
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
            owner: UserId("u".into()),
            customer_name: String::new(),
            fields: [String::new(), String::new()],
            state,
            state_since: created_at,
            created_at,
            customer_online: false,
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
    fn elapsed_is_formatted() {
        assert_eq!(format_elapsed(-5), "0:00");
        assert_eq!(format_elapsed(59_999), "0:59");
        assert_eq!(format_elapsed(61_000), "1:01");
        assert_eq!(format_elapsed(3_725_000), "1:02:05");
    }
}
