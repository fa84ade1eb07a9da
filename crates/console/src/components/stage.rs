//! The technician's view of the customer's camera: the video with view settings (fit,
//! stretch, actual size, zoom, full screen) and the network-quality indicator.

use leptos::html;
use leptos::prelude::*;

use crate::components::board_bar::BoardBar;
use crate::components::whiteboard::{BoardLayer, Tools};
use app::i18n::{Arg, use_i18n};
use app::ids::SessionId;
use app::permission::Permission;
use app::quality::Quality;
use app::t;

/// How the picture fills the stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewChoice {
    /// Whole picture, letterboxed.
    Fit,
    /// Fills the stage, aspect ratio ignored.
    Stretch,
    /// One video pixel per CSS pixel (scroll to see the rest).
    Actual,
    /// The picture at this percentage of its size.
    Zoom(u16),
}

/// The zoom buttons' symbols (their names are translated labels).
const ZOOM_OUT: &str = "−"; // i18n-exempt
const ZOOM_IN: &str = "+"; // i18n-exempt

/// Zoom steps offered by − and +.
pub const ZOOM_STEPS: [u16; 8] = [25, 50, 75, 100, 150, 200, 300, 400];

impl ViewChoice {
    /// The next zoom step up (`up`) or down from the current scale.
    pub fn zoomed(self, up: bool) -> ViewChoice {
        let now = match self {
            ViewChoice::Zoom(p) => p,
            _ => 100,
        };
        let next = if up {
            ZOOM_STEPS.iter().copied().find(|&s| s > now)
        } else {
            ZOOM_STEPS.iter().rev().copied().find(|&s| s < now)
        };
        ViewChoice::Zoom(next.unwrap_or(now))
    }

    /// `data-view` value for the style sheet.
    /// How the video fills its element (actual size and zoom size the element instead).
    pub fn fit(self) -> app::whiteboard::Fit {
        match self {
            ViewChoice::Fit => app::whiteboard::Fit::Contain,
            _ => app::whiteboard::Fit::Fill,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ViewChoice::Fit => "fit",
            ViewChoice::Stretch => "stretch",
            ViewChoice::Actual => "actual",
            ViewChoice::Zoom(_) => "zoom",
        }
    }

    /// CSS size of the video element for a picture of `w`×`h`, when the choice fixes it.
    pub fn video_size(self, (w, h): (u32, u32)) -> Option<(f64, f64)> {
        let scale = match self {
            ViewChoice::Actual => 1.0,
            ViewChoice::Zoom(p) => f64::from(p) / 100.0,
            ViewChoice::Fit | ViewChoice::Stretch => return None,
        };
        (w > 0 && h > 0).then(|| (f64::from(w) * scale, f64::from(h) * scale))
    }
}

/// `sightline-<session>-<start ms>.mkv`.
fn recording_file_name(session: &SessionId, since: i64) -> String {
    format!("sightline-{session}-{since}.mkv")
}

/// The stage.
#[component]
pub fn Stage(
    session: SessionId,
    video: NodeRef<html::Video>,
    #[prop(into)] muted: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let choice = RwSignal::new(ViewChoice::Fit);
    let natural = RwSignal::new((0u32, 0u32));
    let quality = RwSignal::new(None::<Quality>);
    let stage = NodeRef::<html::Div>::new();
    let feed = app::live::use_feed();
    let ticker = app::live::use_ticker();
    let sid = StoredValue::new(session.clone());
    // When recording started (server clock), while it runs.
    let recording_since = RwSignal::new(None::<i64>);
    let record_failed = RwSignal::new(false);
    let toggle_recording = move |_| {
        let session = sid.get_value();
        match recording_since.get_untracked() {
            None => {
                #[cfg(feature = "hydrate")]
                {
                    let started = video
                        .get_untracked()
                        .map(|v| crate::rtc::start_recording(feed, &session, &v));
                    if matches!(started, Some(Ok(()))) {
                        record_failed.set(false);
                        recording_since.set(Some(ticker.0.get_untracked()));
                        feed.send(app::protocol::ClientMsg::Recording { session, on: true });
                    } else {
                        record_failed.set(true);
                    }
                }
            }
            Some(since) => {
                recording_since.set(None);
                feed.send(app::protocol::ClientMsg::Recording {
                    session: session.clone(),
                    on: false,
                });
                let name = recording_file_name(&session, since);
                #[cfg(feature = "hydrate")]
                leptos::task::spawn_local(async move {
                    if crate::rtc::stop_recording(&session, &name).await.is_err() {
                        record_failed.set(true);
                    }
                });
                #[cfg(not(feature = "hydrate"))]
                let _ = name;
            }
        }
    };
    // A recording never outlives the stage.
    on_cleanup(move || {
        if recording_since.try_get_untracked().flatten().is_some() {
            let session = sid.get_value();
            feed.send(app::protocol::ClientMsg::Recording {
                session: session.clone(),
                on: false,
            });
            #[cfg(feature = "hydrate")]
            leptos::task::spawn_local(async move {
                let _ =
                    crate::rtc::stop_recording(&session, &recording_file_name(&session, 0)).await;
            });
        }
    });

    #[cfg(feature = "hydrate")]
    {
        let previous = StoredValue::new(None::<app::quality::Sample>);
        let sid = StoredValue::new(session.clone());
        let poll = move || {
            leptos::task::spawn_local(async move {
                let Some(now) = app::rtc::stats_sample(&sid.get_value()).await else {
                    return;
                };
                if let Some(before) = previous.get_value() {
                    quality.set(app::quality::between(&before, &now));
                }
                previous.set_value(Some(now));
                natural.set(now.size);
            });
        };
        if let Ok(handle) = set_interval_with_handle(poll, std::time::Duration::from_secs(1)) {
            on_cleanup(move || handle.clear());
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = &session;

    // Whiteboard, freeze and snapshot.
    let tools = Tools::new();
    let perms = app::permission::use_perms();
    let frozen_at = Memo::new(move |_| feed.session(&sid.get_value()).and_then(|s| s.frozen));
    let snapshot_state = RwSignal::new(None::<bool>);
    // Followed shapes whose object is lost: the technician is told, and may freeze the
    // picture at once (the customer's page shows the same).
    let lost = RwSignal::new(0usize);
    let lost_notice = move || lost.get() > 0 && frozen_at.get().is_none();
    let freeze_now = move |_| {
        feed.send(app::protocol::ClientMsg::Freeze {
            session: sid.get_value(),
            on: true,
        });
    };
    #[cfg(feature = "hydrate")]
    {
        // A console that (re)loads while frozen asks the customer's page for the still.
        Effect::new(move |_| {
            if let Some(n) = frozen_at.get() {
                let session = sid.get_value();
                gloo_timers::callback::Timeout::new(2_000, move || {
                    let missing = feed
                        .stills
                        .with_untracked(|m| m.get(&session).is_none_or(|(k, _)| *k != n));
                    if missing && frozen_at.try_get_untracked().flatten() == Some(n) {
                        feed.tell_other_party(
                            &session,
                            app::whiteboard::PeerMsg::WantStill { freeze: n },
                            false,
                        );
                    }
                })
                .forget();
            }
        });
    }
    let take_snapshot = Callback::new(move |()| {
        snapshot_state.set(None);
        #[cfg(feature = "hydrate")]
        {
            let session = sid.get_value();
            let Some(v) = video.get_untracked() else {
                return;
            };
            let still = stage.get_untracked().and_then(|s| {
                use wasm_bindgen::JsCast;
                s.query_selector(".board-still")
                    .ok()
                    .flatten()?
                    .dyn_into::<web_sys::HtmlImageElement>()
                    .ok()
            });
            let at = app::browser::now_ms();
            leptos::task::spawn_local(async move {
                let kept =
                    match crate::rtc::snapshot::take(feed, &session, &v, still.as_ref()).await {
                        Ok(png) => {
                            let _ = crate::rtc::snapshot::download(
                                &png,
                                &app::snapshot::file_name(&session, at),
                            );
                            crate::rtc::snapshot::upload(&session, &png).await.is_ok()
                        }
                        Err(_) => false,
                    };
                snapshot_state.set(Some(kept));
            });
        }
    });

    let size_style = move || {
        choice
            .get()
            .video_size(natural.get())
            .map(|(w, h)| format!("width:{w}px;height:{h}px;"))
            .unwrap_or_default()
    };
    let full_screen = move |_| {
        if let Some(el) = stage.get_untracked() {
            #[cfg(feature = "hydrate")]
            let _ = el.request_fullscreen();
            #[cfg(not(feature = "hydrate"))]
            let _ = el;
        }
    };
    let pressed = move |c: ViewChoice| move || (choice.get().name() == c.name()).to_string();
    let zoom_label = move || match choice.get() {
        ViewChoice::Zoom(p) => format!("{p} %"), // i18n-exempt: a number
        ViewChoice::Actual => "100 %".to_owned(), // i18n-exempt: a number
        _ => i18n.t("view-zoom-auto"),
    };

    view! {
        <div class="stage" node_ref=stage data-view=move || choice.get().name()>
            <video
                class="stage__video"
                node_ref=video
                autoplay=true
                playsinline=true
                style=size_style
                prop:muted=move || muted.get()
                aria-label=t!(i18n, "a11y-customer-video")
            ></video>
            <BoardLayer session=sid.get_value() video=video fit=Signal::derive(move || choice.get().fit())
                tools=perms.has(Permission::Whiteboard).then_some(tools) lost=Some(lost) />
            <div class="follow-lost" role="status" data-lost=move || lost.get()>
                <Show when=lost_notice>
                    <span>{move || i18n.t_with("follow-lost", &[("count", Arg::Num(lost.get() as f64))])}</span>
                    <Show when=move || perms.has(Permission::Freeze)>
                        <button class="button" on:click=freeze_now>{t!(i18n, "follow-lost-freeze")}</button>
                    </Show>
                </Show>
            </div>
        </div>
        <BoardBar session=sid.get_value() tools=tools frozen=Signal::derive(move || frozen_at.get().is_some())
            on_snapshot=take_snapshot snapshot_state=snapshot_state />
        <div class="stage-bar">
            <div class="stage-bar__view" role="group" aria-label=t!(i18n, "view-settings")>
                <button class="button" aria-pressed=pressed(ViewChoice::Fit) on:click=move |_| choice.set(ViewChoice::Fit)>{t!(i18n, "view-fit")}</button>
                <button class="button" aria-pressed=pressed(ViewChoice::Stretch) on:click=move |_| choice.set(ViewChoice::Stretch)>{t!(i18n, "view-stretch")}</button>
                <button class="button" aria-pressed=pressed(ViewChoice::Actual) on:click=move |_| choice.set(ViewChoice::Actual)>{t!(i18n, "view-actual")}</button>
                <button class="button" aria-label=t!(i18n, "view-zoom-out") on:click=move |_| choice.update(|c| *c = c.zoomed(false))>{ZOOM_OUT}</button>
                <span class="stage-bar__zoom" aria-label=t!(i18n, "view-zoom")>{zoom_label}</span>
                <button class="button" aria-label=t!(i18n, "view-zoom-in") on:click=move |_| choice.update(|c| *c = c.zoomed(true))>{ZOOM_IN}</button>
                <button class="button" on:click=full_screen>{t!(i18n, "view-full-screen")}</button>
            </div>
            <Show when=move || perms.has(Permission::Record)>
            <div class="stage-bar__record">
                <button class="button" aria-pressed=move || recording_since.get().is_some().to_string() on:click=toggle_recording>
                    {move || if recording_since.get().is_some() { i18n.t("record-stop") } else { i18n.t("record-start") }}
                </button>
                <Show when=move || recording_since.get().is_some()>
                    <span class="stage-bar__rec" role="status">
                        {move || i18n.t_with("record-running", &[(
                            "time",
                            Arg::Str(app::live::format_elapsed(ticker.0.get() - recording_since.get().unwrap_or(0))),
                        )])}
                    </span>
                </Show>
                <Show when=move || record_failed.get()>
                    <span class="stage-bar__error" role="alert">{t!(i18n, "record-failed")}</span>
                </Show>
            </div>
            </Show>
            <p class="stage-bar__quality" role="status" aria-label=t!(i18n, "quality-title")
                data-verdict=move || quality.get().map(|q| q.verdict().key())>
                {move || quality.get().map(|q| i18n.t_with("quality-line", &[
                    ("verdict", Arg::Str(i18n.t(q.verdict().key()))),
                    ("figures", Arg::Str(q.summary())),
                ]))}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_steps_up_and_down_and_stop_at_the_ends() {
        assert_eq!(ViewChoice::Fit.zoomed(true), ViewChoice::Zoom(150));
        assert_eq!(ViewChoice::Fit.zoomed(false), ViewChoice::Zoom(75));
        assert_eq!(ViewChoice::Zoom(400).zoomed(true), ViewChoice::Zoom(400));
        assert_eq!(ViewChoice::Zoom(25).zoomed(false), ViewChoice::Zoom(25));
        assert_eq!(ViewChoice::Zoom(110).zoomed(false), ViewChoice::Zoom(100));
    }

    #[test]
    fn fixed_sizes_follow_the_picture() {
        assert_eq!(
            ViewChoice::Actual.video_size((1280, 720)),
            Some((1280.0, 720.0))
        );
        assert_eq!(
            ViewChoice::Zoom(50).video_size((1280, 720)),
            Some((640.0, 360.0))
        );
        assert_eq!(ViewChoice::Fit.video_size((1280, 720)), None);
        assert_eq!(ViewChoice::Zoom(50).video_size((0, 0)), None);
    }
}
