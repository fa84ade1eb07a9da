//! Attempt throttling for PIN guesses and sign-ins: pure, with the time passed in.
//!
//! Every attempt is counted *before* it is checked, so parallel guesses cannot slip through
//! between "check" and "record". After `free` attempts in the window each further attempt is
//! delayed (doubling up to `max_delay`); from `block_after` attempts on, attempts are refused
//! until the window since the last attempt has passed.

use std::collections::HashMap;
use std::time::Duration;

/// What to do with an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Go ahead.
    Allow,
    /// Go ahead after waiting this long.
    Delay(Duration),
    /// Refuse; the caller may retry after this long.
    Refuse(Duration),
}

/// Limits of one throttle.
#[derive(Clone, Copy, Debug)]
pub struct Policy {
    /// Attempts allowed without delay within the window.
    pub free: u32,
    /// Delay of the first slowed attempt; doubles with each one after.
    pub base_delay: Duration,
    /// Longest delay.
    pub max_delay: Duration,
    /// Attempts from which on everything is refused (`None`: never refuse, only slow).
    pub block_after: Option<u32>,
    /// Attempts are forgotten this long after the last one.
    pub window: Duration,
}

impl Policy {
    /// Wrong PINs from one address: 5 free, then slowed, refused from the 10th for 15 minutes.
    pub const PIN_PER_IP: Policy = Policy {
        free: 5,
        base_delay: Duration::from_millis(500),
        max_delay: Duration::from_secs(4),
        block_after: Some(10),
        window: Duration::from_secs(15 * 60),
    };
    /// Customers joining self-service channels from one address (each join makes a session):
    /// 5 free, then slowed, refused from the 10th for 15 minutes.
    pub const CHANNEL_PER_IP: Policy = Policy {
        free: 5,
        base_delay: Duration::from_millis(500),
        max_delay: Duration::from_secs(4),
        block_after: Some(10),
        window: Duration::from_secs(15 * 60),
    };
    /// Invites a technician sends from the server (emails and text messages cost money and
    /// reputation): 20 an hour free, then slowed, refused from the 40th until an hour after
    /// the last one let through.
    pub const SENDS_PER_USER: Policy = Policy {
        free: 20,
        base_delay: Duration::from_millis(500),
        max_delay: Duration::from_secs(4),
        block_after: Some(40),
        window: Duration::from_secs(3600),
    };
    /// Sign-ins from one address: 10 free, then slowed, refused from the 30th.
    pub const SIGN_IN_PER_IP: Policy = Policy {
        free: 10,
        base_delay: Duration::from_millis(500),
        max_delay: Duration::from_secs(8),
        block_after: Some(30),
        window: Duration::from_secs(15 * 60),
    };
    /// Failed sign-ins to one account: 3 free, then slowed. Never refused outright, so an
    /// attacker cannot lock a technician out by guessing wrong on purpose.
    pub const SIGN_IN_PER_ACCOUNT: Policy = Policy {
        free: 3,
        base_delay: Duration::from_secs(1),
        max_delay: Duration::from_secs(16),
        block_after: None,
        window: Duration::from_secs(15 * 60),
    };
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    count: u32,
    last: Duration,
}

/// Attempt counters per key (an address, an account). Times are offsets from any fixed epoch.
#[derive(Debug)]
pub struct Throttle {
    policy: Policy,
    entries: HashMap<String, Entry>,
    capacity: usize,
}

impl Throttle {
    /// A throttle that remembers at most `capacity` keys (oldest forgotten first when full).
    pub fn new(policy: Policy, capacity: usize) -> Self {
        Self {
            policy,
            entries: HashMap::new(),
            capacity: capacity.max(1),
        }
    }

    /// Counts an attempt for `key` at time `now` and says whether it may proceed.
    pub fn attempt(&mut self, key: &str, now: Duration) -> Decision {
        let window = self.policy.window;
        let entry = self
            .entries
            .get(key)
            .copied()
            .filter(|e| now.saturating_sub(e.last) < window);
        let count = entry.map_or(0, |e| e.count);
        if let Some(limit) = self.policy.block_after
            && count >= limit
        {
            // Refused attempts do not extend the block: it ends `window` after the last
            // attempt that was let through.
            let last = entry.map_or(now, |e| e.last);
            return Decision::Refuse(window.saturating_sub(now.saturating_sub(last)));
        }
        if entry.is_none() && self.entries.len() >= self.capacity {
            self.evict(now);
        }
        self.entries.insert(
            key.to_owned(),
            Entry {
                count: count + 1,
                last: now,
            },
        );
        if count < self.policy.free {
            Decision::Allow
        } else {
            let doublings = (count - self.policy.free).min(16);
            let delay = self.policy.base_delay.saturating_mul(1 << doublings);
            Decision::Delay(delay.min(self.policy.max_delay))
        }
    }

    /// Takes back one attempt of `key` (an address that got a right answer).
    pub fn refund(&mut self, key: &str) {
        if let Some(e) = self.entries.get_mut(key) {
            e.count = e.count.saturating_sub(1);
        }
    }

    /// Forgets `key` (an account that signed in successfully).
    pub fn clear(&mut self, key: &str) {
        self.entries.remove(key);
    }

    fn evict(&mut self, now: Duration) {
        let window = self.policy.window;
        self.entries
            .retain(|_, e| now.saturating_sub(e.last) < window);
        if self.entries.len() >= self.capacity
            && let Some(oldest) = self
                .entries
                .iter()
                .min_by_key(|(_, e)| e.last)
                .map(|(k, _)| k.clone())
        {
            self.entries.remove(&oldest);
        }
    }

    /// Number of keys remembered.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no key is remembered.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The strictest of several decisions (refuse > longest delay > allow).
pub fn strictest(decisions: &[Decision]) -> Decision {
    decisions
        .iter()
        .copied()
        .fold(Decision::Allow, |acc, d| match (acc, d) {
            (Decision::Refuse(a), Decision::Refuse(b)) => Decision::Refuse(a.max(b)),
            (Decision::Refuse(a), _) | (_, Decision::Refuse(a)) => Decision::Refuse(a),
            (Decision::Delay(a), Decision::Delay(b)) => Decision::Delay(a.max(b)),
            (Decision::Delay(a), _) | (_, Decision::Delay(a)) => Decision::Delay(a),
            _ => Decision::Allow,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: fn(u64) -> Duration = Duration::from_secs;

    #[test]
    fn pin_guesses_are_slowed_then_refused() {
        let mut t = Throttle::new(Policy::PIN_PER_IP, 100);
        let decisions: Vec<_> = (0..12).map(|i| t.attempt("ip", S(i))).collect();
        assert!(decisions[..5].iter().all(|d| *d == Decision::Allow));
        assert_eq!(decisions[5], Decision::Delay(Duration::from_millis(500)));
        assert_eq!(decisions[6], Decision::Delay(Duration::from_secs(1)));
        assert_eq!(decisions[7], Decision::Delay(Duration::from_secs(2)));
        assert_eq!(decisions[8], Decision::Delay(Duration::from_secs(4)));
        assert_eq!(decisions[9], Decision::Delay(Duration::from_secs(4)));
        // The 11th attempt: ten were let through, the last at t=9s.
        assert_eq!(decisions[10], Decision::Refuse(S(15 * 60 - 1)));
        assert_eq!(decisions[11], Decision::Refuse(S(15 * 60 - 2)));
    }

    #[test]
    fn block_ends_after_the_window() {
        let mut t = Throttle::new(Policy::PIN_PER_IP, 100);
        for i in 0..10 {
            t.attempt("ip", S(i));
        }
        assert!(matches!(t.attempt("ip", S(100)), Decision::Refuse(_)));
        assert_eq!(t.attempt("ip", S(9 + 15 * 60)), Decision::Allow);
    }

    #[test]
    fn keys_are_independent() {
        let mut t = Throttle::new(Policy::PIN_PER_IP, 100);
        for i in 0..10 {
            t.attempt("a", S(i));
        }
        assert!(matches!(t.attempt("a", S(10)), Decision::Refuse(_)));
        assert_eq!(t.attempt("b", S(10)), Decision::Allow);
    }

    #[test]
    fn refund_and_clear() {
        let mut t = Throttle::new(Policy::SIGN_IN_PER_ACCOUNT, 100);
        for i in 0..3 {
            assert_eq!(t.attempt("acct", S(i)), Decision::Allow);
        }
        t.refund("acct");
        assert_eq!(t.attempt("acct", S(4)), Decision::Allow);
        assert!(matches!(t.attempt("acct", S(5)), Decision::Delay(_)));
        t.clear("acct");
        assert_eq!(t.attempt("acct", S(6)), Decision::Allow);
    }

    #[test]
    fn account_throttle_never_refuses() {
        let mut t = Throttle::new(Policy::SIGN_IN_PER_ACCOUNT, 100);
        let last = (0..100).map(|i| t.attempt("acct", S(i))).last();
        assert_eq!(last, Some(Decision::Delay(S(16))));
    }

    #[test]
    fn memory_is_bounded() {
        let mut t = Throttle::new(Policy::PIN_PER_IP, 10);
        for i in 0..1000 {
            t.attempt(&format!("ip{i}"), S(i));
        }
        assert!(t.len() <= 10);
        // The newest key is still counted.
        assert!(matches!(t.attempt("ip999", S(1000)), Decision::Allow));
    }

    #[test]
    fn strictest_decision_wins() {
        let d = |ms| Decision::Delay(Duration::from_millis(ms));
        assert_eq!(strictest(&[]), Decision::Allow);
        assert_eq!(strictest(&[Decision::Allow, d(5)]), d(5));
        assert_eq!(strictest(&[d(5), d(9)]), d(9));
        assert_eq!(
            strictest(&[d(5), Decision::Refuse(S(1))]),
            Decision::Refuse(S(1))
        );
    }
}
