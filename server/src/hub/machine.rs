//! The session state machine: pure — no I/O, no clock, no async.
//!
//! One arm per allowed row of the PRODUCT.md table (the states built so far); everything
//! else is refused with a typed error. The hub is the only caller: it persists the result,
//! writes the log entry and tells the clients.

use app::session::SessionState;

/// Something that happens to a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    /// The customer accepted the terms with the camera ready.
    TermsAccepted,
    /// The technician picks the session up.
    Start,
    /// Someone ends the session.
    End,
}

impl Event {
    /// Every event, for sweeps.
    pub const ALL: [Event; 3] = [Event::TermsAccepted, Event::Start, Event::End];
}

/// Who causes the event, relative to the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Actor {
    /// The technician who owns the session.
    Owner,
    /// Another technician of the same organisation.
    OtherTechnician,
    /// The session's customer.
    Customer,
    /// The server itself (timeouts, later).
    System,
}

impl Actor {
    /// Every actor, for sweeps.
    pub const ALL: [Actor; 4] = [
        Actor::Owner,
        Actor::OtherTechnician,
        Actor::Customer,
        Actor::System,
    ];
}

/// Work the hub does because of a transition, besides persisting and notifying.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Withdraw the session's open PINs and links.
    RevokeInvites,
    /// Stop relaying signalling for the session; its media ends.
    EndMedia,
}

/// An allowed transition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The new state.
    pub to: SessionState,
    /// Work to do.
    pub effects: Vec<Effect>,
}

/// A refused transition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{event:?} by {actor:?} is not allowed in {from:?}")]
pub struct Refused {
    /// The state the session was in.
    pub from: SessionState,
    /// The event.
    pub event: Event,
    /// The actor.
    pub actor: Actor,
}

/// Applies `event` by `actor` to a session in state `from`.
pub fn step(from: SessionState, event: Event, actor: Actor) -> Result<Step, Refused> {
    use SessionState as S;
    let to = match (from, event, actor) {
        (S::Connecting, Event::TermsAccepted, Actor::Customer) => S::Waiting,
        (S::Waiting, Event::Start, Actor::Owner) => S::Active,
        (S::Connecting | S::Waiting | S::Active, Event::End, Actor::Owner) => S::ClosedByTechnician,
        (S::Waiting, Event::End, Actor::Customer) => S::ClosedByWaitingCustomer,
        (S::Active, Event::End, Actor::Customer) => S::ClosedByCustomer,
        _ => return Err(Refused { from, event, actor }),
    };
    let mut effects = vec![];
    if to.is_closed() {
        effects.push(Effect::RevokeInvites);
        effects.push(Effect::EndMedia);
    }
    Ok(Step { to, effects })
}

#[cfg(test)]
mod tests {
    use super::*;
    use SessionState as S;
    use rstest::rstest;

    /// The allowed rows, each exactly once.
    const ALLOWED: &[(S, Event, Actor, S)] = &[
        (
            S::Connecting,
            Event::TermsAccepted,
            Actor::Customer,
            S::Waiting,
        ),
        (S::Waiting, Event::Start, Actor::Owner, S::Active),
        (
            S::Connecting,
            Event::End,
            Actor::Owner,
            S::ClosedByTechnician,
        ),
        (S::Waiting, Event::End, Actor::Owner, S::ClosedByTechnician),
        (S::Active, Event::End, Actor::Owner, S::ClosedByTechnician),
        (
            S::Waiting,
            Event::End,
            Actor::Customer,
            S::ClosedByWaitingCustomer,
        ),
        (S::Active, Event::End, Actor::Customer, S::ClosedByCustomer),
    ];

    #[rstest]
    #[case::customer_accepts_terms(
        S::Connecting,
        Event::TermsAccepted,
        Actor::Customer,
        S::Waiting
    )]
    #[case::technician_starts(S::Waiting, Event::Start, Actor::Owner, S::Active)]
    #[case::technician_cancels_before_join(
        S::Connecting,
        Event::End,
        Actor::Owner,
        S::ClosedByTechnician
    )]
    #[case::technician_ends_waiting(S::Waiting, Event::End, Actor::Owner, S::ClosedByTechnician)]
    #[case::technician_ends_active(S::Active, Event::End, Actor::Owner, S::ClosedByTechnician)]
    #[case::waiting_customer_leaves(
        S::Waiting,
        Event::End,
        Actor::Customer,
        S::ClosedByWaitingCustomer
    )]
    #[case::customer_ends_active(S::Active, Event::End, Actor::Customer, S::ClosedByCustomer)]
    fn allowed_transition(
        #[case] from: S,
        #[case] event: Event,
        #[case] actor: Actor,
        #[case] to: S,
    ) {
        let step = step(from, event, actor).unwrap();
        assert_eq!(step.to, to);
        assert_eq!(
            step.effects.contains(&Effect::RevokeInvites),
            to.is_closed(),
            "closing revokes invites, nothing else does"
        );
    }

    /// Every (state, event, actor) not in the table is refused, with the inputs in the error.
    #[test]
    fn everything_else_is_refused() {
        let mut allowed = 0;
        for from in S::ALL {
            for event in Event::ALL {
                for actor in Actor::ALL {
                    let row = ALLOWED
                        .iter()
                        .find(|r| (r.0, r.1, r.2) == (from, event, actor));
                    match (step(from, event, actor), row) {
                        (Ok(s), Some(r)) => {
                            assert_eq!(s.to, r.3);
                            allowed += 1;
                        }
                        (Err(e), None) => assert_eq!(e, Refused { from, event, actor }),
                        (got, want) => {
                            panic!("{from:?} {event:?} {actor:?}: got {got:?}, want {want:?}")
                        }
                    }
                }
            }
        }
        assert_eq!(allowed, ALLOWED.len());
    }

    #[test]
    fn closed_states_are_terminal() {
        for from in S::ALL.into_iter().filter(|s| s.is_closed()) {
            for event in Event::ALL {
                for actor in Actor::ALL {
                    assert!(step(from, event, actor).is_err());
                }
            }
        }
    }
}
