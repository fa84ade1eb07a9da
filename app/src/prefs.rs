//! Console preferences of a technician: sound alerts, confirmations, auto-start, colour
//! scheme, language. Stored per user as JSON; the alert decisions are pure functions.

pub mod api;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::ids::UserId;
use crate::session::{SessionState, SessionView};

/// Colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// Every value.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// Value of `data-theme` on `<html>` (none for System).
    pub fn attr(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    /// Fluent key.
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "prefs-theme-system",
            Theme::Light => "prefs-theme-light",
            Theme::Dark => "prefs-theme-dark",
        }
    }
}

/// A technician's console preferences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConsolePrefs {
    /// Sound when a new session arrives.
    pub sound_new_session: bool,
    /// Sound when a customer disconnects.
    pub sound_customer_left: bool,
    /// Sound when the console loses the network.
    pub sound_network_lost: bool,
    /// Sound for a new chat message while the console is not focused.
    pub sound_chat: bool,
    /// Ask before ending a session.
    pub confirm_end: bool,
    /// Ask before signing out.
    pub confirm_sign_out: bool,
    /// Start own sessions (and accept transfers) as soon as the customer is ready.
    pub auto_start_incoming: bool,
    /// Colour scheme.
    pub theme: Theme,
    /// Language of the console (`None`: the browser's).
    pub lang: Option<Lang>,
}

impl Default for ConsolePrefs {
    fn default() -> Self {
        Self {
            sound_new_session: true,
            sound_customer_left: true,
            sound_network_lost: true,
            sound_chat: true,
            confirm_end: true,
            confirm_sign_out: false,
            auto_start_incoming: false,
            theme: Theme::System,
            lang: None,
        }
    }
}

/// Something the console may sound an alert for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alert {
    /// A session appeared in my list.
    NewSession,
    /// A customer's page disconnected.
    CustomerLeft,
    /// This console lost the server.
    NetworkLost,
    /// A chat message arrived (chat comes with the in-session tools).
    Chat,
}

impl ConsolePrefs {
    /// Whether `alert` should sound, given whether the console window has the focus.
    pub fn sounds(&self, alert: Alert, focused: bool) -> bool {
        match alert {
            Alert::NewSession => self.sound_new_session,
            Alert::CustomerLeft => self.sound_customer_left,
            Alert::NetworkLost => self.sound_network_lost,
            Alert::Chat => self.sound_chat && !focused,
        }
    }
}

/// The alerts between two versions of the technician's list.
pub fn alerts_between(before: &[SessionView], after: &[SessionView], me: &UserId) -> Vec<Alert> {
    let mut alerts = vec![];
    for s in after {
        match before.iter().find(|b| b.id == s.id) {
            None if s.owner.as_ref().is_none_or(|o| o == me)
                || s.transfer.as_ref().is_some_and(|t| t.to == *me) =>
            {
                alerts.push(Alert::NewSession)
            }
            Some(b) if b.customer_online && !s.customer_online && !s.state.is_closed() => {
                alerts.push(Alert::CustomerLeft)
            }
            Some(b)
                if b.state != SessionState::Transferring
                    && s.state == SessionState::Transferring
                    && s.transfer.as_ref().is_some_and(|t| t.to == *me) =>
            {
                alerts.push(Alert::NewSession)
            }
            _ => {}
        }
    }
    alerts.dedup();
    alerts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::SessionId;
    use crate::session::TransferView;

    fn view(id: &str, owner: &str, state: SessionState, online: bool) -> SessionView {
        SessionView {
            id: SessionId(id.into()),
            owner: Some(UserId(owner.into())),
            customer_name: String::new(),
            fields: [String::new(), String::new()],
            state,
            state_since: 0,
            created_at: 0,
            customer_online: online,
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
    fn prefs_default_and_tolerate_missing_fields() {
        let p: ConsolePrefs = serde_json::from_str(r#"{"confirm_end":false}"#).unwrap();
        assert!(!p.confirm_end);
        assert!(p.sound_new_session, "missing fields take the default");
        assert_eq!(
            serde_json::from_str::<ConsolePrefs>("{}").unwrap(),
            ConsolePrefs::default()
        );
    }

    #[test]
    fn chat_sounds_only_when_not_focused() {
        let p = ConsolePrefs::default();
        assert!(p.sounds(Alert::Chat, false));
        assert!(!p.sounds(Alert::Chat, true));
        assert!(p.sounds(Alert::NewSession, true));
        let quiet = ConsolePrefs {
            sound_new_session: false,
            ..p
        };
        assert!(!quiet.sounds(Alert::NewSession, false));
    }

    #[test]
    fn alerts_from_list_changes() {
        let me = UserId("me".into());
        let before = vec![view("A", "me", SessionState::Active, true)];
        let after = vec![
            view(
                "A",
                "me",
                SessionState::Reconnecting {
                    back_to: crate::session::Live::Active,
                },
                false,
            ),
            view("B", "me", SessionState::Connecting, false),
        ];
        assert_eq!(
            alerts_between(&before, &after, &me),
            [Alert::CustomerLeft, Alert::NewSession]
        );
        // Someone else's session is no news; an incoming transfer is.
        let mut incoming = view("C", "other", SessionState::Transferring, true);
        assert!(alerts_between(&[], &[incoming.clone()], &me).is_empty());
        incoming.transfer = Some(TransferView {
            from: UserId("other".into()),
            from_name: "O".into(),
            to: me.clone(),
            to_name: "Me".into(),
            note: String::new(),
        });
        assert_eq!(alerts_between(&[], &[incoming], &me), [Alert::NewSession]);
    }
}
