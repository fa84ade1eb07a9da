//! Attempt throttling for PIN guesses and sign-ins: pure, with the time passed in.
//!
//! Every attempt is counted *before* it is checked, so parallel guesses cannot slip through
//! between "check" and "record". After `free` attempts in the window each further attempt is
//! delayed (doubling up to `max_delay`); from `block_after` attempts on, attempts are refused
//! until the window since the last attempt has passed.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

#[cfg(feature = "ssr")]
pub mod store;

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
    /// Keys changed since the last `take_changed` (to keep across a restart).
    changed: HashSet<String>,
}

impl Throttle {
    /// A throttle that remembers at most `capacity` keys (oldest forgotten first when full).
    pub fn new(policy: Policy, capacity: usize) -> Self {
        Self {
            policy,
            entries: HashMap::new(),
            capacity: capacity.max(1),
            changed: HashSet::new(),
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
        self.changed.insert(key.to_owned());
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
            self.changed.insert(key.to_owned());
        }
    }

    /// Forgets `key` (an account that signed in successfully).
    pub fn clear(&mut self, key: &str) {
        if self.entries.remove(key).is_some() {
            self.changed.insert(key.to_owned());
        }
    }

    /// The keys changed since the last call, each with its attempts and last attempt (or
    /// `None`: forgotten).
    pub fn take_changed(&mut self) -> Vec<(String, Option<(u32, Duration)>)> {
        let changed = std::mem::take(&mut self.changed);
        changed
            .into_iter()
            .map(|key| {
                let entry = self.entries.get(&key).map(|e| (e.count, e.last));
                (key, entry)
            })
            .collect()
    }

    /// Takes up a kept key (at start-up).
    pub fn restore(&mut self, key: &str, count: u32, last: Duration) {
        if self.entries.len() < self.capacity {
            self.entries.insert(key.to_owned(), Entry { count, last });
        }
    }

    fn evict(&mut self, now: Duration) {
        let window = self.policy.window;
        let changed = &mut self.changed;
        self.entries.retain(|key, e| {
            let keep = now.saturating_sub(e.last) < window;
            if !keep {
                changed.insert(key.clone());
            }
            keep
        });
        if self.entries.len() >= self.capacity
            && let Some(oldest) = self
                .entries
                .iter()
                .min_by_key(|(_, e)| e.last)
                .map(|(k, _)| k.clone())
        {
            self.entries.remove(&oldest);
            self.changed.insert(oldest);
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

/// The limits of a budget shared by every address (wrong PINs across the installation).
#[derive(Clone, Copy, Debug)]
pub struct BudgetPolicy {
    /// Attempts allowed in each window.
    pub free: u32,
    /// The window, counted from its first attempt.
    pub window: Duration,
    /// Beyond `free`, one attempt per `interval` (for everyone together); others are
    /// refused until then.
    pub interval: Duration,
}

impl BudgetPolicy {
    /// PIN attempts from all addresses: 300 in 15 minutes (a busy installation's typos),
    /// then one a second. 1,000 addresses, each allowed 10 in 15 minutes, then make at most
    /// 300 + 900 = 1,200 guesses per 15 minutes instead of 10,000: to hit one of 100 open
    /// PINs (1 in 10,000 per guess) they need about 2 hours, not 15 minutes.
    pub const PIN_ALL: BudgetPolicy = BudgetPolicy {
        free: 300,
        window: Duration::from_secs(15 * 60),
        interval: Duration::from_secs(1),
    };
}

/// A budget of attempts shared by every key. Like [`Throttle`], it counts an attempt
/// before it is checked; a right answer is refunded.
#[derive(Clone, Debug)]
pub struct Budget {
    policy: BudgetPolicy,
    /// Attempts in the current window, and when it began.
    count: u32,
    since: Duration,
    /// When the last attempt beyond `free` was let through.
    paced: Option<Duration>,
    /// The window in which it was last exceeded (told once per window).
    alerted: Option<Duration>,
    /// Changed since the last `take_changed`.
    changed: bool,
}

/// What a budget says about an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BudgetDecision {
    /// Go ahead, or not yet.
    pub decision: Decision,
    /// This attempt is the first beyond the budget in its window (time to tell someone).
    pub exceeded: bool,
}

impl Budget {
    /// A fresh budget.
    pub fn new(policy: BudgetPolicy) -> Budget {
        Budget {
            policy,
            count: 0,
            since: Duration::ZERO,
            paced: None,
            alerted: None,
            changed: false,
        }
    }

    /// Counts an attempt at `now`.
    pub fn attempt(&mut self, now: Duration) -> BudgetDecision {
        if now.saturating_sub(self.since) >= self.policy.window || now < self.since {
            self.since = now;
            self.count = 0;
        }
        let over = self.count >= self.policy.free;
        let exceeded = over && self.alerted != Some(self.since);
        if exceeded {
            self.alerted = Some(self.since);
        }
        let decision = match self.paced {
            Some(at) if over && now.saturating_sub(at) < self.policy.interval => {
                Decision::Refuse(self.policy.interval - now.saturating_sub(at))
            }
            _ => {
                if over {
                    self.paced = Some(now);
                }
                self.count += 1;
                self.changed = true;
                Decision::Allow
            }
        };
        BudgetDecision { decision, exceeded }
    }

    /// Takes back one attempt (a right answer).
    pub fn refund(&mut self) {
        self.count = self.count.saturating_sub(1);
        self.changed = true;
    }

    /// The attempts of the current window and its start (to keep across a restart).
    pub fn state(&self) -> (u32, Duration) {
        (self.count, self.since)
    }

    /// The state, if it changed since the last call.
    pub fn take_changed(&mut self) -> Option<(u32, Duration)> {
        std::mem::take(&mut self.changed).then(|| self.state())
    }

    /// Takes up a kept state.
    pub fn restore(&mut self, count: u32, since: Duration) {
        self.count = count;
        self.since = since;
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

    #[test]
    fn changed_keys_are_handed_over_once_and_restored() {
        let mut t = Throttle::new(Policy::PIN_PER_IP, 2);
        let at = Duration::from_secs;
        t.attempt("a", at(1));
        t.attempt("a", at(2));
        t.attempt("b", at(3));
        let mut changed = t.take_changed();
        changed.sort_by(|x, y| x.0.cmp(&y.0));
        assert_eq!(
            changed,
            vec![
                ("a".into(), Some((2, at(2)))),
                ("b".into(), Some((1, at(3))))
            ]
        );
        assert!(t.take_changed().is_empty());
        // Forgotten keys are handed over as forgotten (cleared, or evicted when full).
        t.clear("b");
        t.attempt("c", at(4));
        let mut changed = t.take_changed();
        changed.sort_by(|x, y| x.0.cmp(&y.0));
        assert_eq!(changed[0], ("b".into(), None));
        assert_eq!(changed[1], ("c".into(), Some((1, at(4)))));
        // A restored key counts on.
        let mut again = Throttle::new(Policy::PIN_PER_IP, 10);
        again.restore("a", 9, at(100));
        assert_eq!(
            again.attempt("a", at(101)),
            Decision::Delay(Duration::from_secs(4))
        );
        assert!(matches!(again.attempt("a", at(102)), Decision::Refuse(_)));
    }

    #[test]
    fn a_shared_budget_paces_everyone_beyond_it_and_says_so_once() {
        let policy = BudgetPolicy {
            free: 3,
            window: Duration::from_secs(60),
            interval: Duration::from_secs(1),
        };
        let mut budget = Budget::new(policy);
        let at = |ms: u64| Duration::from_millis(ms);
        for ms in [0, 10, 20] {
            assert_eq!(budget.attempt(at(ms)).decision, Decision::Allow);
        }
        // The first beyond: let through, and told.
        let first = budget.attempt(at(30));
        assert_eq!(
            first,
            BudgetDecision {
                decision: Decision::Allow,
                exceeded: true
            }
        );
        // Then one a second, the others refused until then; told no more in this window.
        let second = budget.attempt(at(530));
        assert_eq!(
            second,
            BudgetDecision {
                decision: Decision::Refuse(at(500)),
                exceeded: false
            }
        );
        assert_eq!(budget.attempt(at(1030)).decision, Decision::Allow);
        // A right answer is refunded.
        budget.refund();
        assert_eq!(budget.state(), (4, at(0)));
        // A new window starts afresh, and is told again when exceeded.
        for n in 0..3 {
            assert_eq!(budget.attempt(at(60_000 + n)).decision, Decision::Allow);
        }
        assert!(budget.attempt(at(60_010)).exceeded);
        // Kept across a restart.
        let mut again = Budget::new(policy);
        again.restore(4, at(60_000));
        assert!(matches!(
            again.attempt(at(60_020)).decision,
            Decision::Allow
        ));
        assert!(matches!(
            again.attempt(at(60_030)).decision,
            Decision::Refuse(_)
        ));
    }

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
