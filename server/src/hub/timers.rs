//! Timeout arithmetic: which timer event, if any, is due for a session now. Pure; the hub
//! evaluates it on every tick with its clock.

use std::time::Duration;

use app::group::{GroupSettings, OFFLINE_AFTER, SYSTEM_LIMIT};
use app::session::SessionState;

use super::machine::{Event, Timeout};

/// The times of a session that timers look at (Unix milliseconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Times {
    /// When it was created.
    pub created_at: i64,
    /// When its current state began.
    pub state_since: i64,
    /// When something last happened in it.
    pub last_activity_at: i64,
}

fn past(since: i64, limit: Duration, now: i64) -> bool {
    now.saturating_sub(since) >= limit.as_millis() as i64
}

/// The timer event due for a session in `state` at `now`, if any.
///
/// - any open session: the 14-day system limit since creation;
/// - Connecting: the group's connecting timeout;
/// - On hold: the group's hold limit (at most 14 days);
/// - Reconnecting: Offline after 5 minutes;
/// - Waiting, Transferring, Reconnecting, Offline: the inactivity timeout since the last
///   activity. A running call (Active) is activity in itself.
pub fn due(state: SessionState, t: Times, g: &GroupSettings, now: i64) -> Option<Event> {
    if state.is_closed() {
        return None;
    }
    if past(t.created_at, SYSTEM_LIMIT, now) {
        return Some(Event::TimeOut(Timeout::SystemLimit));
    }
    match state {
        SessionState::Connecting if past(t.state_since, g.connecting_timeout, now) => {
            Some(Event::TimeOut(Timeout::Connecting))
        }
        SessionState::OnHold if past(t.state_since, g.hold_limit.min(SYSTEM_LIMIT), now) => {
            Some(Event::TimeOut(Timeout::HoldLimit))
        }
        SessionState::Waiting
        | SessionState::Transferring
        | SessionState::Reconnecting { .. }
        | SessionState::Offline { .. }
            if past(t.last_activity_at, g.inactivity_timeout, now) =>
        {
            Some(Event::TimeOut(Timeout::Inactivity))
        }
        SessionState::Reconnecting { .. } if past(t.state_since, OFFLINE_AFTER, now) => {
            Some(Event::GoOffline)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::session::Live;

    const MIN: i64 = 60_000;
    const DAY: i64 = 24 * 60 * MIN;

    fn at(created: i64, since: i64, activity: i64) -> Times {
        Times {
            created_at: created,
            state_since: since,
            last_activity_at: activity,
        }
    }

    /// A clock that starts at an arbitrary instant; only differences matter.
    struct Clock(i64);

    impl Clock {
        fn after(&self, ms: i64) -> i64 {
            self.0 + ms
        }
    }

    #[test]
    fn connecting_times_out_at_the_group_limit() {
        let c = Clock(1_800_000_000_000);
        let g = GroupSettings::default();
        let t = at(c.0, c.0, c.0);
        assert_eq!(
            due(SessionState::Connecting, t, &g, c.after(30 * MIN - 1)),
            None
        );
        assert_eq!(
            due(SessionState::Connecting, t, &g, c.after(30 * MIN)),
            Some(Event::TimeOut(Timeout::Connecting))
        );
        let short = GroupSettings {
            connecting_timeout: Duration::from_secs(60),
            ..g
        };
        assert!(due(SessionState::Connecting, t, &short, c.after(MIN)).is_some());
    }

    #[test]
    fn reconnecting_goes_offline_after_five_minutes_then_times_out() {
        let c = Clock(5_000);
        let g = GroupSettings::default();
        let s = SessionState::Reconnecting {
            back_to: Live::Active,
        };
        let t = at(c.0, c.0, c.0);
        assert_eq!(due(s, t, &g, c.after(5 * MIN - 1)), None);
        assert_eq!(due(s, t, &g, c.after(5 * MIN)), Some(Event::GoOffline));
        let offline = SessionState::Offline {
            back_to: Live::Active,
        };
        let t = at(c.0, c.after(5 * MIN), c.0);
        assert_eq!(due(offline, t, &g, c.after(59 * MIN)), None);
        assert_eq!(
            due(offline, t, &g, c.after(60 * MIN)),
            Some(Event::TimeOut(Timeout::Inactivity))
        );
    }

    #[test]
    fn activity_postpones_inactivity() {
        let c = Clock(0);
        let g = GroupSettings::default();
        let t = at(c.0, c.0, c.after(50 * MIN));
        assert_eq!(due(SessionState::Waiting, t, &g, c.after(100 * MIN)), None);
        assert!(due(SessionState::Waiting, t, &g, c.after(110 * MIN)).is_some());
        assert!(due(SessionState::Transferring, t, &g, c.after(110 * MIN)).is_some());
    }

    #[test]
    fn calls_and_holds_are_not_inactive() {
        let c = Clock(0);
        let g = GroupSettings::default();
        let t = at(c.0, c.0, c.0);
        assert_eq!(due(SessionState::Active, t, &g, c.after(10 * DAY)), None);
        assert_eq!(due(SessionState::OnHold, t, &g, c.after(13 * DAY)), None);
        assert_eq!(
            due(SessionState::OnHold, t, &g, c.after(14 * DAY)),
            Some(Event::TimeOut(Timeout::SystemLimit)),
            "created at the same instant: the system limit comes first"
        );
        let held_later = at(c.0, c.after(DAY), c.0);
        let one_day_hold = GroupSettings {
            hold_limit: Duration::from_secs(24 * 3600),
            ..g.clone()
        };
        assert_eq!(
            due(
                SessionState::OnHold,
                held_later,
                &one_day_hold,
                c.after(2 * DAY)
            ),
            Some(Event::TimeOut(Timeout::HoldLimit))
        );
        // A configured hold limit above 14 days cannot keep a session past the system limit.
        let too_long = GroupSettings {
            hold_limit: Duration::from_secs(30 * 24 * 3600),
            ..g
        };
        let held_at_once = at(c.after(DAY), c.after(DAY), c.0);
        assert_eq!(
            due(
                SessionState::OnHold,
                held_at_once,
                &too_long,
                c.after(15 * DAY) - 1
            ),
            None
        );
        assert_eq!(
            due(
                SessionState::OnHold,
                held_at_once,
                &too_long,
                c.after(15 * DAY)
            ),
            Some(Event::TimeOut(Timeout::SystemLimit))
        );
    }

    #[test]
    fn fourteen_day_limit_applies_to_everything_open() {
        let g = GroupSettings::default();
        let t = at(0, 14 * DAY - 1, 14 * DAY - 1);
        for s in SessionState::all() {
            let want = (!s.is_closed()).then_some(Event::TimeOut(Timeout::SystemLimit));
            assert_eq!(due(s, t, &g, 14 * DAY), want, "{s:?}");
        }
    }
}
