//! The customer's journey on their page: local steps and the screen to show (pure).
//!
//! The page walks through its own steps (tutorial, camera permission, preview and terms);
//! once the terms are accepted the server's session state decides what is shown.

use app::session::{CameraStatus, Live, SessionState};

/// Why the camera cannot be used, as the customer is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaProblem {
    /// Access refused (by the person or a browser setting).
    Denied,
    /// No camera or microphone on this device.
    NoCamera,
    /// Another app holds the camera.
    Busy,
    /// The browser cannot capture here.
    Unsupported,
}

impl MediaProblem {
    /// Every problem, for tests.
    pub const ALL: [MediaProblem; 4] =
        [Self::Denied, Self::NoCamera, Self::Busy, Self::Unsupported];

    /// Fluent key of the headline.
    pub fn title_key(self) -> &'static str {
        match self {
            Self::Denied => "customer-media-denied-title",
            Self::NoCamera => "customer-media-none-title",
            Self::Busy => "customer-media-busy-title",
            Self::Unsupported => "customer-media-unsupported-title",
        }
    }

    /// Fluent key of the help text.
    pub fn help_key(self) -> &'static str {
        match self {
            Self::Denied => "customer-media-denied-help",
            Self::NoCamera => "customer-media-none-help",
            Self::Busy => "customer-media-busy-help",
            Self::Unsupported => "customer-media-unsupported-help",
        }
    }
}

/// Where the page is in its own part of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The short tutorial (Skip / OK).
    Tutorial,
    /// Asking the browser for camera and microphone.
    Asking,
    /// Camera or microphone failed.
    Failed(MediaProblem),
    /// Local preview and terms; nothing is sent.
    Preview,
    /// Terms accepted; the server's state decides from here.
    Accepted,
}

/// What the customer sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Tutorial.
    Tutorial,
    /// Waiting for the browser's permission prompt.
    Asking,
    /// Help for a camera problem.
    Failed(MediaProblem),
    /// Preview and terms.
    Preview,
    /// Waiting for the technician.
    Waiting,
    /// Streaming to the technician.
    Live,
    /// On hold: the camera is paused.
    Held,
    /// Being transferred to another technician.
    Transferring,
    /// The session is over.
    Ended,
}

impl Screen {
    /// Whether the camera preview is on this screen.
    pub fn shows_camera(self) -> bool {
        matches!(
            self,
            Screen::Preview | Screen::Waiting | Screen::Live | Screen::Held | Screen::Transferring
        )
    }

    /// Name for styling (`data-screen`).
    pub fn name(self) -> &'static str {
        match self {
            Screen::Tutorial => "tutorial",
            Screen::Asking => "asking",
            Screen::Failed(_) => "failed",
            Screen::Preview => "preview",
            Screen::Waiting => "waiting",
            Screen::Live => "live",
            Screen::Held => "held",
            Screen::Transferring => "transferring",
            Screen::Ended => "ended",
        }
    }
}

/// The step a page starts at: a customer coming back to a session that is already past the
/// terms (a reload) goes straight to the camera.
pub fn first_step(state: SessionState) -> Step {
    match state {
        SessionState::Connecting => Step::Tutorial,
        _ => Step::Asking,
    }
}

/// The step after the camera was granted.
pub fn step_after_media(state: SessionState) -> Step {
    match state {
        SessionState::Connecting => Step::Preview,
        _ => Step::Accepted,
    }
}

/// The screen for a local step and the server's state.
pub fn screen(step: Step, state: SessionState) -> Screen {
    if state.is_closed() {
        return Screen::Ended;
    }
    match step {
        Step::Tutorial => Screen::Tutorial,
        Step::Asking => Screen::Asking,
        Step::Failed(p) => Screen::Failed(p),
        Step::Preview => Screen::Preview,
        // While a connection is being re-established, the screen stays where it was.
        Step::Accepted => match state.live() {
            Some(Live::Active) => Screen::Live,
            Some(Live::OnHold) => Screen::Held,
            Some(Live::Transferring) => Screen::Transferring,
            Some(Live::Waiting) | None => Screen::Waiting,
        },
    }
}

/// Whether the page should have a call with the technician: only once the technician
/// started (a held call stays up with the camera paused).
pub fn should_stream(step: Step, state: SessionState) -> bool {
    matches!(
        screen(step, state),
        Screen::Live | Screen::Held | Screen::Transferring
    ) && state.has_media()
}

/// What the customer's page says about its camera: paused by hand wins over the page being
/// in the background.
pub fn camera_status(paused_by_customer: bool, page_hidden: bool) -> CameraStatus {
    match (paused_by_customer, page_hidden) {
        (true, _) => CameraStatus::Paused,
        (false, true) => CameraStatus::Background,
        (false, false) => CameraStatus::On,
    }
}

/// The camera after `current` in `cameras` (wrapping; the first when `current` is not
/// listed), or None with fewer than two cameras.
pub fn next_camera(cameras: &[String], current: &str) -> Option<String> {
    if cameras.len() < 2 {
        return None;
    }
    let at = cameras.iter().position(|c| c == current).unwrap_or(0);
    Some(cameras[(at + 1) % cameras.len()].clone())
}

/// Whether the camera stops sending: on hold, paused by the customer, or the page hidden.
pub fn camera_paused(state: SessionState, status: CameraStatus) -> bool {
    state.live() == Some(Live::OnHold) || !status.is_on()
}

/// Whether the customer should see "reconnecting": their own link is down, or the session
/// waits for a party to come back.
pub fn shows_reconnecting(link_lost: bool, state: SessionState) -> bool {
    link_lost
        || matches!(
            state,
            SessionState::Reconnecting { .. } | SessionState::Offline { .. }
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use SessionState as S;

    #[test]
    fn journey_in_order() {
        let mut step = first_step(S::Connecting);
        assert_eq!(screen(step, S::Connecting), Screen::Tutorial);
        step = Step::Asking;
        assert_eq!(screen(step, S::Connecting), Screen::Asking);
        step = step_after_media(S::Connecting);
        assert_eq!(screen(step, S::Connecting), Screen::Preview);
        assert!(!should_stream(step, S::Connecting));
        step = Step::Accepted;
        assert_eq!(screen(step, S::Connecting), Screen::Waiting);
        assert_eq!(screen(step, S::Waiting), Screen::Waiting);
        assert!(!should_stream(step, S::Waiting));
        assert_eq!(screen(step, S::Active), Screen::Live);
        assert!(should_stream(step, S::Active));
        assert_eq!(screen(step, S::OnHold), Screen::Held);
        assert!(should_stream(step, S::OnHold) && camera_paused(S::OnHold, CameraStatus::On));
        assert!(!camera_paused(S::Active, CameraStatus::On));
        assert!(camera_paused(S::Active, CameraStatus::Paused));
        assert!(camera_paused(S::Active, CameraStatus::Background));
        assert_eq!(camera_status(true, true), CameraStatus::Paused);
        assert_eq!(camera_status(false, true), CameraStatus::Background);
        assert_eq!(camera_status(false, false), CameraStatus::On);
        assert_eq!(
            screen(
                step,
                S::Reconnecting {
                    back_to: Live::Active
                }
            ),
            Screen::Live
        );
        assert!(should_stream(
            step,
            S::Reconnecting {
                back_to: Live::Active
            }
        ));
        assert!(shows_reconnecting(
            false,
            S::Offline {
                back_to: Live::Active
            }
        ));
        assert!(!shows_reconnecting(false, S::Active));
        assert!(shows_reconnecting(true, S::Active));
        assert_eq!(screen(step, S::Transferring), Screen::Transferring);
        assert_eq!(screen(step, S::ClosedByTechnician), Screen::Ended);
        assert_eq!(screen(step, S::TimedOut), Screen::Ended);
    }

    #[test]
    fn nothing_streams_before_terms_even_if_active() {
        // A page that has not accepted (cannot happen through the server, but the page must
        // not rely on it) never streams.
        for step in [
            Step::Tutorial,
            Step::Asking,
            Step::Preview,
            Step::Failed(MediaProblem::Denied),
        ] {
            assert!(!should_stream(step, S::Active), "{step:?}");
        }
    }

    #[test]
    fn a_reload_skips_what_was_done() {
        assert_eq!(first_step(S::Waiting), Step::Asking);
        assert_eq!(step_after_media(S::Waiting), Step::Accepted);
        assert_eq!(step_after_media(S::Active), Step::Accepted);
        for st in SessionState::all().into_iter().filter(|s| s.is_closed()) {
            assert_eq!(screen(first_step(st), st), Screen::Ended);
        }
    }

    #[test]
    fn switching_cycles_through_the_cameras() {
        let cams: Vec<String> = vec!["front".into(), "back".into()];
        assert_eq!(next_camera(&cams, "front").as_deref(), Some("back"));
        assert_eq!(next_camera(&cams, "back").as_deref(), Some("front"));
        assert_eq!(next_camera(&cams, "gone").as_deref(), Some("back"));
        assert_eq!(next_camera(&cams[..1], "front"), None);
    }
}
