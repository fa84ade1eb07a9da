//! The technician's view of one session: state, Start / End, live video and audio controls.

use leptos::html;
use leptos::prelude::*;

use crate::components::session_list::{StateBadge, display_name};
use crate::i18n::use_i18n;
use crate::ids::SessionId;
use crate::live::{Feed, format_elapsed, use_feed, use_ticker};
use crate::protocol::Intent;
use crate::session::SessionState;
use crate::t;

/// Media state of the console, shared by the panel and the dialog.
#[derive(Clone, Copy)]
pub struct ConsoleMedia {
    /// Sessions started from this window (their media runs here).
    pub started_here: RwSignal<Vec<SessionId>>,
    /// The microphone could not be opened at the last Start.
    pub mic_unavailable: RwSignal<bool>,
    /// The technician muted their microphone.
    pub mic_muted: RwSignal<bool>,
    /// The technician muted the customer's audio.
    pub speaker_muted: RwSignal<bool>,
}

impl ConsoleMedia {
    /// Fresh state.
    pub fn new() -> Self {
        Self {
            started_here: RwSignal::new(vec![]),
            mic_unavailable: RwSignal::new(false),
            mic_muted: RwSignal::new(false),
            speaker_muted: RwSignal::new(false),
        }
    }
}

impl Default for ConsoleMedia {
    fn default() -> Self {
        Self::new()
    }
}

/// Start: opens the microphone (once), then asks the server to pick the session up.
/// The media of the session then runs in this window.
pub fn start_session(feed: Feed, media: ConsoleMedia, id: SessionId) {
    media.started_here.update(|v| {
        if !v.contains(&id) {
            v.push(id.clone());
        }
    });
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(async move {
        if crate::rtc::local_stream().is_none() {
            match crate::rtc::media::microphone().await {
                Ok(stream) => {
                    crate::rtc::set_local_stream(feed, Some(stream));
                    media.mic_unavailable.set(false);
                    crate::rtc::set_microphone_enabled(!media.mic_muted.get_untracked());
                }
                // The session still works without the technician's voice; say so.
                Err(_) => media.mic_unavailable.set(true),
            }
        }
        feed.act(&id, Intent::Start);
    });
    #[cfg(not(feature = "hydrate"))]
    feed.act(&id, Intent::Start);
}

/// Panel of the selected session.
#[component]
pub fn SessionPanel(id: SessionId, media: ConsoleMedia) -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_feed();
    let ticker = use_ticker();
    let view_id = id.clone();
    let session = Memo::new(move |_| feed.session(&view_id));
    let state = Memo::new(move |_| session.get().map(|s| s.state));
    let here_id = id.clone();
    let media_here = Memo::new(move |_| media.started_here.with(|v| v.contains(&here_id)));
    let video = NodeRef::<html::Video>::new();

    #[cfg(feature = "hydrate")]
    {
        let id = id.clone();
        Effect::new(move |_| {
            feed.media_tick.track();
            if let Some(v) = video.get() {
                crate::rtc::attach_remote(&id, &v);
            }
        });
    }

    let start = {
        let id = id.clone();
        move |_| start_session(feed, media, id.clone())
    };
    let end = {
        let id = id.clone();
        move |_| {
            feed.act(&id, Intent::End);
        }
    };
    let dismiss = {
        let id = id.clone();
        move |_| {
            feed.act(&id, Intent::Dismiss);
        }
    };
    let toggle_mic = move |_| {
        let muted = !media.mic_muted.get_untracked();
        media.mic_muted.set(muted);
        #[cfg(feature = "hydrate")]
        crate::rtc::set_microphone_enabled(!muted);
    };
    let toggle_speaker = move |_| media.speaker_muted.update(|m| *m = !*m);

    let heading = move || {
        session
            .get()
            .map(|s| display_name(&s, &i18n.t("session-default-customer-name")))
    };
    let elapsed = move || {
        session
            .get()
            .map(|s| format_elapsed(ticker.0.get() - s.state_since))
    };
    let is = move |st: SessionState| state.get() == Some(st);
    let is_open = move || state.get().is_some_and(|s| !s.is_closed());
    let is_closed = move || state.get().is_some_and(SessionState::is_closed);
    let shows_video =
        Memo::new(move |_| state.get() == Some(SessionState::Active) && media_here.get());

    view! {
        <section class="session-panel" aria-labelledby="session-panel-title" data-state=move || state.get().map(SessionState::family)>
            <header class="session-panel__header">
                <h2 id="session-panel-title">{heading}</h2>
                <span class="session-panel__id">{id.to_string()}</span>
                {move || state.get().map(|state| view! { <StateBadge state /> })}
                <span class="session-panel__elapsed">{elapsed}</span>
            </header>

            <Show when=move || is(SessionState::Connecting)>
                <p class="session-panel__hint">{t!(i18n, "session-waiting-for-customer")}</p>
            </Show>
            <Show when=move || is(SessionState::Waiting)>
                <p class="session-panel__connected" role="status">{t!(i18n, "session-customer-connected")}</p>
            </Show>
            <Show when=move || is(SessionState::Active) && !media_here.get()>
                <p class="session-panel__hint">{t!(i18n, "session-active-elsewhere")}</p>
            </Show>
            <Show when=move || media.mic_unavailable.get() && shows_video.get()>
                <p class="session-panel__warning" role="alert">{t!(i18n, "session-mic-unavailable")}</p>
            </Show>

            <Show when=move || shows_video.get()>
                <div class="session-panel__stage">
                    <video
                        class="session-panel__video"
                        node_ref=video
                        autoplay=true
                        playsinline=true
                        prop:muted=move || media.speaker_muted.get()
                        aria-label=t!(i18n, "a11y-customer-video")
                    ></video>
                </div>
            </Show>

            <div class="session-panel__actions">
                <Show when=move || is(SessionState::Waiting)>
                    <button class="button button--primary" on:click=start.clone()>
                        {t!(i18n, "session-action-start")}
                    </button>
                </Show>
                <Show when=move || shows_video.get()>
                    <button class="button" aria-pressed=move || media.mic_muted.get().to_string() on:click=toggle_mic>
                        {move || if media.mic_muted.get() { i18n.t("session-action-unmute-mic") } else { i18n.t("session-action-mute-mic") }}
                    </button>
                    <button class="button" aria-pressed=move || media.speaker_muted.get().to_string() on:click=toggle_speaker>
                        {move || if media.speaker_muted.get() { i18n.t("session-action-unmute-speaker") } else { i18n.t("session-action-mute-speaker") }}
                    </button>
                </Show>
                <Show when=is_open>
                    <button class="button button--danger" on:click=end.clone()>
                        {t!(i18n, "session-action-end")}
                    </button>
                </Show>
                <Show when=is_closed>
                    <button class="button" on:click=dismiss.clone()>
                        {t!(i18n, "session-action-dismiss")}
                    </button>
                </Show>
            </div>
        </section>
    }
    .into_any()
}
