//! The session state machine: pure — no I/O, no clock, no async.
//!
//! One arm per allowed row of the PRODUCT.md table; everything else is refused with a typed
//! error. The hub is the only caller: it checks who may act (owner, transfer target,
//! customer) and the limits, persists the result with its log entry, then tells the clients.

use app::session::{Live, SessionState};

/// Why a session timed out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Timeout {
    /// Nobody joined in time.
    Connecting,
    /// Nothing happened for too long.
    Inactivity,
    /// On hold longer than the hold limit.
    HoldLimit,
    /// Older than the 14-day system limit.
    SystemLimit,
}

impl Timeout {
    /// Every kind, for sweeps.
    pub const ALL: [Timeout; 4] = [
        Timeout::Connecting,
        Timeout::Inactivity,
        Timeout::HoldLimit,
        Timeout::SystemLimit,
    ];

    /// The session-log detail.
    pub fn as_str(self) -> &'static str {
        match self {
            Timeout::Connecting => "connecting",
            Timeout::Inactivity => "inactivity",
            Timeout::HoldLimit => "hold-limit",
            Timeout::SystemLimit => "system-limit",
        }
    }
}

/// Something that happens to a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    /// The customer accepted the terms with the camera ready.
    TermsAccepted,
    /// The technician picks the session up, or resumes it from hold.
    Start,
    /// The technician pauses the session.
    Hold,
    /// The technician hands the session to another technician.
    Transfer,
    /// The transfer's receiver takes the session over.
    AcceptTransfer,
    /// The sender takes a transfer back; the session returns to where it was.
    TakeBack {
        /// The state the transfer started from.
        back_to: Live,
    },
    /// Someone ends the session.
    End,
    /// A party's connection dropped.
    Dropped,
    /// Every party is connected again.
    Back,
    /// Reconnecting has lasted 5 minutes.
    GoOffline,
    /// A timeout expired.
    TimeOut(Timeout),
}

impl Event {
    /// Every event, for sweeps.
    pub fn all() -> Vec<Event> {
        let mut v = vec![
            Event::TermsAccepted,
            Event::Start,
            Event::Hold,
            Event::Transfer,
            Event::AcceptTransfer,
            Event::End,
            Event::Dropped,
            Event::Back,
            Event::GoOffline,
        ];
        v.extend(Live::ALL.map(|back_to| Event::TakeBack { back_to }));
        v.extend(Timeout::ALL.map(Event::TimeOut));
        v
    }
}

/// Who causes the event, relative to the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Actor {
    /// The technician who owns the session.
    Owner,
    /// The technician a pending transfer is addressed to.
    TransferTarget,
    /// Another technician of the same organisation.
    OtherTechnician,
    /// The session's customer.
    Customer,
    /// The server itself (connections, timers).
    System,
}

impl Actor {
    /// Every actor, for sweeps.
    pub const ALL: [Actor; 5] = [
        Actor::Owner,
        Actor::TransferTarget,
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
    /// The session's media ends: forget its media seat.
    EndMedia,
    /// Record the pending transfer (who, to whom, note, where it started).
    BeginTransfer,
    /// The pending transfer is over (accepted, taken back, or the session ended).
    ClearTransfer,
    /// The transfer's receiver becomes the owner; the media moves to their console.
    ChangeOwner,
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
    use Actor::{Customer, Owner, System, TransferTarget};
    use Event as E;
    use SessionState as S;
    let refused = Refused { from, event, actor };
    let to = match (from, event, actor) {
        (S::Connecting, E::TermsAccepted, Customer) => S::Waiting,
        (S::Waiting | S::OnHold, E::Start, Owner) => S::Active,
        (S::Active, E::Hold, Owner) => S::OnHold,
        (S::Waiting | S::Active | S::OnHold, E::Transfer, Owner) => S::Transferring,
        (S::Transferring, E::AcceptTransfer, TransferTarget) => S::Active,
        (S::Transferring, E::TakeBack { back_to }, Owner) if back_to != Live::Transferring => {
            back_to.state()
        }
        (s, E::End, Owner) if !s.is_closed() => S::ClosedByTechnician,
        (s, E::End, Customer) => match s.live() {
            Some(Live::Waiting) => S::ClosedByWaitingCustomer,
            Some(_) => S::ClosedByCustomer,
            None => return Err(refused),
        },
        (S::Waiting, E::Dropped, System) => S::Reconnecting {
            back_to: Live::Waiting,
        },
        (S::Active, E::Dropped, System) => S::Reconnecting {
            back_to: Live::Active,
        },
        (S::OnHold, E::Dropped, System) => S::Reconnecting {
            back_to: Live::OnHold,
        },
        (S::Transferring, E::Dropped, System) => S::Reconnecting {
            back_to: Live::Transferring,
        },
        (S::Reconnecting { back_to } | S::Offline { back_to }, E::Back, System) => back_to.state(),
        (S::Reconnecting { back_to }, E::GoOffline, System) => S::Offline { back_to },
        (s, E::TimeOut(kind), System) if timeout_applies(s, kind) => S::TimedOut,
        _ => return Err(refused),
    };
    let mut effects = vec![];
    if to.is_closed() {
        effects.extend([Effect::RevokeInvites, Effect::EndMedia]);
        if from.live() == Some(Live::Transferring) {
            effects.push(Effect::ClearTransfer);
        }
    }
    match event {
        E::Transfer => effects.push(Effect::BeginTransfer),
        E::AcceptTransfer => effects.extend([Effect::ChangeOwner, Effect::ClearTransfer]),
        E::TakeBack { .. } => effects.push(Effect::ClearTransfer),
        _ => {}
    }
    Ok(Step { to, effects })
}

/// Which timeouts can end a session in state `s`.
fn timeout_applies(s: SessionState, kind: Timeout) -> bool {
    use SessionState as S;
    match kind {
        Timeout::Connecting => s == S::Connecting,
        Timeout::HoldLimit => s == S::OnHold,
        Timeout::Inactivity => s.live().is_some(),
        Timeout::SystemLimit => !s.is_closed(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Actor as A;
    use Event as E;
    use SessionState as S;
    use rstest::rstest;

    const RA: S = S::Reconnecting {
        back_to: Live::Active,
    };

    /// Every allowed row: (from, event, actor) → to.
    fn allowed() -> Vec<(S, E, A, S)> {
        let mut rows = vec![
            (S::Connecting, E::TermsAccepted, A::Customer, S::Waiting),
            (S::Waiting, E::Start, A::Owner, S::Active),
            (S::OnHold, E::Start, A::Owner, S::Active),
            (S::Active, E::Hold, A::Owner, S::OnHold),
            (S::Waiting, E::Transfer, A::Owner, S::Transferring),
            (S::Active, E::Transfer, A::Owner, S::Transferring),
            (S::OnHold, E::Transfer, A::Owner, S::Transferring),
            (
                S::Transferring,
                E::AcceptTransfer,
                A::TransferTarget,
                S::Active,
            ),
            (
                S::Transferring,
                E::TakeBack {
                    back_to: Live::Waiting,
                },
                A::Owner,
                S::Waiting,
            ),
            (
                S::Transferring,
                E::TakeBack {
                    back_to: Live::Active,
                },
                A::Owner,
                S::Active,
            ),
            (
                S::Transferring,
                E::TakeBack {
                    back_to: Live::OnHold,
                },
                A::Owner,
                S::OnHold,
            ),
            (
                S::Waiting,
                E::Dropped,
                A::System,
                S::Reconnecting {
                    back_to: Live::Waiting,
                },
            ),
            (S::Active, E::Dropped, A::System, RA),
            (
                S::OnHold,
                E::Dropped,
                A::System,
                S::Reconnecting {
                    back_to: Live::OnHold,
                },
            ),
            (
                S::Transferring,
                E::Dropped,
                A::System,
                S::Reconnecting {
                    back_to: Live::Transferring,
                },
            ),
            (
                S::Connecting,
                E::TimeOut(Timeout::Connecting),
                A::System,
                S::TimedOut,
            ),
            (
                S::OnHold,
                E::TimeOut(Timeout::HoldLimit),
                A::System,
                S::TimedOut,
            ),
        ];
        for b in Live::ALL {
            let reconnecting = S::Reconnecting { back_to: b };
            let offline = S::Offline { back_to: b };
            rows.push((reconnecting, E::Back, A::System, b.state()));
            rows.push((offline, E::Back, A::System, b.state()));
            rows.push((reconnecting, E::GoOffline, A::System, offline));
        }
        for s in S::all().into_iter().filter(|s| !s.is_closed()) {
            rows.push((s, E::End, A::Owner, S::ClosedByTechnician));
            rows.push((s, E::TimeOut(Timeout::SystemLimit), A::System, S::TimedOut));
            if let Some(live) = s.live() {
                rows.push((s, E::TimeOut(Timeout::Inactivity), A::System, S::TimedOut));
                let by_customer = if live == Live::Waiting {
                    S::ClosedByWaitingCustomer
                } else {
                    S::ClosedByCustomer
                };
                rows.push((s, E::End, A::Customer, by_customer));
            }
        }
        rows
    }

    #[rstest]
    #[case::customer_accepts_terms(S::Connecting, E::TermsAccepted, A::Customer, S::Waiting)]
    #[case::technician_starts(S::Waiting, E::Start, A::Owner, S::Active)]
    #[case::technician_resumes(S::OnHold, E::Start, A::Owner, S::Active)]
    #[case::technician_holds(S::Active, E::Hold, A::Owner, S::OnHold)]
    #[case::transfer_waiting(S::Waiting, E::Transfer, A::Owner, S::Transferring)]
    #[case::transfer_active(S::Active, E::Transfer, A::Owner, S::Transferring)]
    #[case::transfer_held(S::OnHold, E::Transfer, A::Owner, S::Transferring)]
    #[case::receiver_accepts(S::Transferring, E::AcceptTransfer, A::TransferTarget, S::Active)]
    #[case::take_back_to_active(S::Transferring, E::TakeBack { back_to: Live::Active }, A::Owner, S::Active)]
    #[case::take_back_to_waiting(S::Transferring, E::TakeBack { back_to: Live::Waiting }, A::Owner, S::Waiting)]
    #[case::take_back_to_hold(S::Transferring, E::TakeBack { back_to: Live::OnHold }, A::Owner, S::OnHold)]
    #[case::technician_cancels_before_join(S::Connecting, E::End, A::Owner, S::ClosedByTechnician)]
    #[case::technician_ends_active(S::Active, E::End, A::Owner, S::ClosedByTechnician)]
    #[case::technician_ends_while_customer_gone(RA, E::End, A::Owner, S::ClosedByTechnician)]
    #[case::waiting_customer_leaves(S::Waiting, E::End, A::Customer, S::ClosedByWaitingCustomer)]
    #[case::customer_ends_active(S::Active, E::End, A::Customer, S::ClosedByCustomer)]
    #[case::customer_ends_held(S::OnHold, E::End, A::Customer, S::ClosedByCustomer)]
    #[case::customer_drops_waiting(S::Waiting, E::Dropped, A::System, S::Reconnecting { back_to: Live::Waiting })]
    #[case::drop_during_call(S::Active, E::Dropped, A::System, RA)]
    #[case::drop_while_held(S::OnHold, E::Dropped, A::System, S::Reconnecting { back_to: Live::OnHold })]
    #[case::drop_during_transfer(S::Transferring, E::Dropped, A::System, S::Reconnecting { back_to: Live::Transferring })]
    #[case::back_after_drop(RA, E::Back, A::System, S::Active)]
    #[case::offline_after_five_minutes(RA, E::GoOffline, A::System, S::Offline { back_to: Live::Active })]
    #[case::back_from_offline(S::Offline { back_to: Live::OnHold }, E::Back, A::System, S::OnHold)]
    #[case::nobody_joined(S::Connecting, E::TimeOut(Timeout::Connecting), A::System, S::TimedOut)]
    #[case::waited_too_long(S::Waiting, E::TimeOut(Timeout::Inactivity), A::System, S::TimedOut)]
    #[case::held_too_long(S::OnHold, E::TimeOut(Timeout::HoldLimit), A::System, S::TimedOut)]
    #[case::offline_too_long(S::Offline { back_to: Live::Active }, E::TimeOut(Timeout::Inactivity), A::System, S::TimedOut)]
    #[case::fourteen_days(S::Active, E::TimeOut(Timeout::SystemLimit), A::System, S::TimedOut)]
    fn allowed_transition(#[case] from: S, #[case] event: E, #[case] actor: A, #[case] to: S) {
        let step = step(from, event, actor).unwrap();
        assert_eq!(step.to, to);
        assert_eq!(
            step.effects.contains(&Effect::RevokeInvites),
            to.is_closed()
        );
        assert!(
            allowed().contains(&(from, event, actor, to)),
            "case missing from the table"
        );
    }

    /// Every (state, event, actor) outside the table is refused with the inputs in the error.
    #[test]
    fn everything_else_is_refused() {
        let table = allowed();
        let mut allowed_count = 0;
        for from in S::all() {
            for event in E::all() {
                for actor in A::ALL {
                    let row = table
                        .iter()
                        .find(|r| (r.0, r.1, r.2) == (from, event, actor));
                    match (step(from, event, actor), row) {
                        (Ok(s), Some(r)) => {
                            assert_eq!(s.to, r.3, "{from:?} {event:?} {actor:?}");
                            allowed_count += 1;
                        }
                        (Err(e), None) => assert_eq!(e, Refused { from, event, actor }),
                        (got, want) => {
                            panic!("{from:?} {event:?} {actor:?}: got {got:?}, want {want:?}")
                        }
                    }
                }
            }
        }
        assert_eq!(allowed_count, table.len(), "duplicate rows in the table");
    }

    #[test]
    fn ended_sessions_are_terminal() {
        for from in S::all().into_iter().filter(|s| s.is_closed()) {
            for event in E::all() {
                for actor in A::ALL {
                    assert!(step(from, event, actor).is_err());
                }
            }
        }
    }

    #[test]
    fn transfer_effects() {
        let begin = step(S::Active, E::Transfer, A::Owner).unwrap();
        assert_eq!(begin.effects, [Effect::BeginTransfer]);
        let accept = step(S::Transferring, E::AcceptTransfer, A::TransferTarget).unwrap();
        assert_eq!(accept.effects, [Effect::ChangeOwner, Effect::ClearTransfer]);
        let end = step(S::Transferring, E::End, A::Customer).unwrap();
        assert!(end.effects.contains(&Effect::ClearTransfer));
        // The receiver cannot end someone else's session, nor can another technician act.
        assert!(step(S::Transferring, E::End, A::TransferTarget).is_err());
        assert!(step(S::Active, E::Hold, A::OtherTechnician).is_err());
        // A transfer cannot be "taken back" into another transfer.
        assert!(
            step(
                S::Transferring,
                E::TakeBack {
                    back_to: Live::Transferring
                },
                A::Owner
            )
            .is_err()
        );
    }
}
