//! The page's side of the whiteboard: the boards in the feed, ops and stills going out and
//! coming in.

use leptos::prelude::*;

use super::{Board, Op, PeerMsg};
use crate::ids::SessionId;
use crate::live::Feed;
use crate::protocol::ClientMsg;

impl Feed {
    /// Asks the server for the whole board of `session` (once until it arrives).
    pub(crate) fn ask_board(&self, session: &SessionId) {
        let first = self
            .board_asked
            .try_update_value(|s| s.insert(session.clone()))
            .unwrap_or(false);
        if first {
            self.send(ClientMsg::BoardSync {
                session: session.clone(),
            });
        }
    }

    /// The server sent the whole board.
    pub(crate) fn board_arrived(&self, session: SessionId, board: Board) {
        self.board_asked.update_value(|s| {
            s.remove(&session);
        });
        if board.validate().is_err() {
            return;
        }
        self.boards.update_value(|m| {
            m.insert(session, board);
        });
        self.board_tick.update(|n| *n += 1);
    }

    /// Reads the board of `session` (an empty board if none yet); not tracked (track
    /// `board_tick`).
    pub fn with_board<R>(&self, session: &SessionId, f: impl FnOnce(&Board) -> R) -> R {
        self.boards.with_value(|m| match m.get(session) {
            Some(b) => f(b),
            None => f(&Board::new()),
        })
    }

    /// Applies an op to the local copy; asks for the whole board when ops are missing.
    fn apply_op(&self, session: &SessionId, op: &Op) -> bool {
        let result = self
            .boards
            .try_update_value(|m| m.entry(session.clone()).or_default().apply(op));
        match result {
            Some(Ok(true)) => {
                self.board_tick.update(|n| *n += 1);
                true
            }
            Some(Err(board::OpError::Gap | board::OpError::Unknown)) => {
                self.ask_board(session);
                false
            }
            _ => false,
        }
    }

    /// Technician: draws. The op applies here at once and goes to the customer over the
    /// data channel; the server gets the ops gathered every `BATCH_MS` (it keeps the board,
    /// and passes the batch on to the customer when the data channel was not open for one
    /// of them). Returns false when the board refused the op.
    pub fn draw(&self, session: &SessionId, op: Op) -> bool {
        if !self.apply_op(session, &op) {
            return false;
        }
        #[cfg(feature = "hydrate")]
        let direct = crate::rtc::send_peer(
            session,
            &PeerMsg::Ops {
                ops: vec![op.clone()],
            },
        );
        #[cfg(not(feature = "hydrate"))]
        let direct = false;
        let first = self
            .board_outbox
            .try_update_value(|m| {
                let (batch, relay) = m.entry(session.clone()).or_default();
                let first = batch.is_empty();
                super::gather(batch, op);
                *relay |= !direct;
                first || batch.len() >= super::MAX_BATCH
            })
            .unwrap_or(false);
        if first {
            let feed = *self;
            let session = session.clone();
            #[cfg(feature = "hydrate")]
            gloo_timers::callback::Timeout::new(super::BATCH_MS, move || {
                feed.flush_board(&session)
            })
            .forget();
            #[cfg(not(feature = "hydrate"))]
            feed.flush_board(&session);
        }
        true
    }

    /// Sends the gathered ops of `session` to the server.
    fn flush_board(&self, session: &SessionId) {
        let taken = self
            .board_outbox
            .try_update_value(|m| m.remove(session))
            .flatten();
        if let Some((ops, relay)) = taken.filter(|(ops, _)| !ops.is_empty()) {
            self.send(ClientMsg::Peer {
                session: session.clone(),
                msg: PeerMsg::Ops { ops },
                relay,
            });
        }
    }

    /// Sends `msg` to the other party: over the data channel when it is open, otherwise
    /// relayed by the server; `keep` sends it to the server in any case (board ops).
    pub fn tell_other_party(&self, session: &SessionId, msg: PeerMsg, keep: bool) {
        #[cfg(feature = "hydrate")]
        let direct = crate::rtc::send_peer(session, &msg);
        #[cfg(not(feature = "hydrate"))]
        let direct = false;
        if keep || !direct {
            self.send(ClientMsg::Peer {
                session: session.clone(),
                msg,
                relay: !direct,
            });
        }
    }

    /// A message from the other party (over the data channel, or relayed).
    pub fn peer(&self, session: SessionId, msg: PeerMsg) {
        if !msg.validate() {
            return;
        }
        match msg {
            PeerMsg::Ops { ops } => {
                for op in &ops {
                    self.apply_op(&session, op);
                }
            }
            PeerMsg::Still {
                freeze,
                part,
                parts,
                data,
            } => {
                let whole = self
                    .still_parts
                    .try_update_value(|m| {
                        m.entry(session.clone()).or_default().take(
                            u64::from(freeze),
                            part,
                            parts,
                            &data,
                            super::MAX_STILL_BYTES,
                        )
                    })
                    .flatten();
                if let Some(bytes) = whole {
                    self.show_still(&session, freeze, &bytes);
                }
            }
            PeerMsg::Anchor { .. } | PeerMsg::WantAnchors => self.follow_msg(&session, &msg),
            PeerMsg::WantStill { freeze } => {
                #[cfg(feature = "hydrate")]
                crate::rtc::still::resend(*self, &session, freeze);
                #[cfg(not(feature = "hydrate"))]
                let _ = freeze;
            }
        }
    }

    /// Shows `bytes` (a JPEG) as the frozen picture of freeze `freeze`.
    pub(crate) fn show_still(&self, session: &SessionId, freeze: u32, bytes: &[u8]) {
        #[cfg(feature = "hydrate")]
        if let Some(url) = crate::rtc::still::object_url(bytes) {
            let old = self
                .stills
                .try_update(|m| m.insert(session.clone(), (freeze, url)))
                .flatten();
            if let Some((_, old)) = old {
                crate::rtc::still::revoke(&old);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (session, freeze, bytes);
    }

    /// The frozen picture of `session` (tracked): its object URL while the session is
    /// frozen and the still of the current freeze has arrived.
    pub fn still(&self, session: &SessionId) -> Option<String> {
        let freeze = self.session(session)?.frozen?;
        self.stills.with(|m| {
            m.get(session)
                .filter(|(n, _)| *n == freeze)
                .map(|(_, url)| url.clone())
        })
    }
}
