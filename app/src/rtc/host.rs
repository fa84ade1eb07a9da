//! What the drawing layer (`overlay`, `follow`) reads from its page: the console's
//! [`FeedHost`] over its `Feed`, or the customer's on-demand bundle
//! (`crates/customer-board`), which keeps its own copy of the board. The layer itself uses no
//! Leptos, so that bundle carries no view layer.

use leptos::prelude::*;

use crate::ids::SessionId;
use crate::live::Feed;
use crate::whiteboard::{Board, PeerMsg};

/// What the drawing layer reads from its page, and how it reaches the other party.
pub trait Host: Clone + 'static {
    /// Reads the session's board.
    fn with_board<R>(&self, f: impl FnOnce(&Board) -> R) -> R;
    /// Bumped whenever the board changed.
    fn board_version(&self) -> u64;
    /// Whether the picture is frozen now.
    fn frozen(&self) -> bool;
    /// Sends `msg` to the other party.
    fn tell(&self, msg: PeerMsg);
    /// How many followed shapes have lost their object now (told on every repaint).
    fn follow_lost(&self, shapes: usize);
}

/// A session of the page's `Feed` (the console).
#[derive(Clone)]
pub struct FeedHost {
    /// The page's feed.
    pub feed: Feed,
    /// The session.
    pub session: SessionId,
    /// Set to the number of followed shapes that lost their object (the drawing layer's).
    pub lost: Option<RwSignal<usize>>,
}

impl Host for FeedHost {
    fn with_board<R>(&self, f: impl FnOnce(&Board) -> R) -> R {
        self.feed.with_board(&self.session, f)
    }

    fn board_version(&self) -> u64 {
        self.feed.board_tick.try_get_untracked().unwrap_or(0)
    }

    fn frozen(&self) -> bool {
        untrack(|| self.feed.session(&self.session)).is_some_and(|s| s.frozen.is_some())
    }

    fn tell(&self, msg: PeerMsg) {
        self.feed.tell_other_party(&self.session, msg, false);
    }

    fn follow_lost(&self, shapes: usize) {
        if let Some(lost) = self.lost
            && lost.try_get_untracked() != Some(shapes)
        {
            lost.try_set(shapes);
        }
    }
}
