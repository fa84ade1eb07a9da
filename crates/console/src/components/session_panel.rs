//! The technician's view of one session: state, the actions the state allows, inline edit
//! of name and custom fields, live video and audio controls, the session log and History &
//! Notes.

use leptos::html;
use leptos::prelude::*;

use crate::components::chat::ConsoleChat;
use crate::components::history::HistoryPanel;
use crate::components::session_list::{StateBadge, display_name, time_in_state};
use crate::components::session_log::LogPanel;
use crate::components::stage::Stage;
use crate::components::transfer::TransferDialog;
use app::components::chat::{ChatSide, unread};
use app::i18n::{Arg, use_i18n};
use app::ids::{SessionId, UserId};
use app::live::{Feed, use_feed, use_ticker};
use app::permission::Permission;
use app::prefs::ConsolePrefs;
use app::protocol::Intent;
use app::session::{CameraStatus, MAX_CUSTOMER_NAME, MAX_FIELD, SessionState, SessionView};
use app::t;

/// Media state of the console, shared by the panel and the dialog.
#[derive(Clone, Copy)]
pub struct ConsoleMedia {
    /// The microphone could not be opened at the last Start.
    pub mic_unavailable: RwSignal<bool>,
    /// The technician muted their microphone.
    pub mic_muted: RwSignal<bool>,
    /// The technician muted the customer's audio.
    pub speaker_muted: RwSignal<bool>,
    /// When this console last pressed Start (ms since the epoch): the microphone opened
    /// for it is kept until the server's answer has arrived.
    pub start_pressed_at: StoredValue<f64>,
}

impl ConsoleMedia {
    /// Fresh state.
    pub fn new() -> Self {
        Self {
            mic_unavailable: RwSignal::new(false),
            mic_muted: RwSignal::new(false),
            speaker_muted: RwSignal::new(false),
            start_pressed_at: StoredValue::new(0.0),
        }
    }
}

impl Default for ConsoleMedia {
    fn default() -> Self {
        Self::new()
    }
}

/// Start, resume or accept a transfer: asks the server, and opens the microphone (once).
/// The session's media then runs in this window.
pub fn start_session(feed: Feed, media: ConsoleMedia, id: SessionId) {
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(async move {
        // Ask first: a call prepared while waiting goes live at once; the microphone joins
        // it (or the answer of a new call) once open.
        media.start_pressed_at.set_value(js_sys::Date::now());
        feed.act(&id, Intent::Start);
        if app::rtc::local_stream().is_none() {
            match app::rtc::media::microphone().await {
                Ok(stream) => {
                    app::rtc::set_local_stream(feed, Some(stream));
                    media.mic_unavailable.set(false);
                    app::rtc::set_microphone_enabled(!media.mic_muted.get_untracked());
                }
                // The session still works without the technician's voice; say so.
                Err(_) => media.mic_unavailable.set(true),
            }
        }
        // The console's media duties put it on the call (`app::rtc::go_live`).
        media.start_pressed_at.set_value(js_sys::Date::now());
    });
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = media;
        feed.act(&id, Intent::Start);
    }
}

/// How many sessions count against `me`'s limit, leaving out `except`.
pub fn active_count(sessions: &[SessionView], me: &UserId, except: &SessionId) -> u32 {
    sessions
        .iter()
        .filter(|s| s.owned_by(me) && s.id != *except && s.state.counts_as_active())
        .count() as u32
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Chat,
    Log,
    History,
}

/// Panel of the selected session.
#[component]
pub fn SessionPanel(
    id: SessionId,
    media: ConsoleMedia,
    prefs: RwSignal<ConsolePrefs>,
) -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_feed();
    let ticker = use_ticker();
    let view_id = id.clone();
    let session = Memo::new(move |_| feed.session(&view_id));
    let state = Memo::new(move |_| session.get().map(|s| s.state));
    let me = Memo::new(move |_| feed.me_user().unwrap_or(UserId(String::new())));
    let is_owner = Memo::new(move |_| session.get().is_some_and(|s| s.owned_by(&me.get())));
    let is_incoming = Memo::new(move |_| {
        session.get().is_some_and(|s| {
            s.state == SessionState::Transferring
                && s.transfer.as_ref().is_some_and(|t| t.to == me.get())
        })
    });
    let media_here = Memo::new(move |_| session.get().is_some_and(|s| feed.runs_media(&s)));
    let shows_video =
        Memo::new(move |_| media_here.get() && state.get().is_some_and(SessionState::has_media));
    let limit_id = id.clone();
    let at_limit = Memo::new(move |_| {
        let max = feed.limits.get().map_or(1, |l| l.max_active);
        feed.sessions
            .with(|l| active_count(l, &me.get(), &limit_id))
            >= max
    });
    let video = NodeRef::<html::Video>::new();
    let confirming_end = RwSignal::new(false);
    let transferring = RwSignal::new(false);
    let editing = RwSignal::new(false);
    let tab = RwSignal::new(Tab::Chat);
    let perms = app::permission::use_perms();
    let may = move |p: Permission| perms.has(p);

    #[cfg(feature = "hydrate")]
    {
        let id = id.clone();
        Effect::new(move |_| {
            feed.media_tick.track();
            if let Some(v) = video.get() {
                app::rtc::attach_remote(&id, &v);
            }
        });
    }

    let is = move |st: SessionState| state.get() == Some(st);
    let is_open = move || state.get().is_some_and(|s| !s.is_closed());
    let is_closed = move || state.get().is_some_and(SessionState::is_closed);
    let can_start =
        move || is_owner.get() && (is(SessionState::Waiting) || is(SessionState::OnHold));
    // A channel session anyone serving the channel may pick up once its customer is ready.
    let queued = Memo::new(move |_| session.get().is_some_and(|s| s.unclaimed()));
    let can_pick_up =
        move || queued.get() && is(SessionState::Waiting) && may(Permission::StartSessions);
    let can_transfer = move || {
        may(Permission::Transfer)
            && is_owner.get()
            && matches!(
                state.get(),
                Some(SessionState::Waiting | SessionState::Active | SessionState::OnHold)
            )
    };

    // Copy closures (the ID lives in a StoredValue) can be used in any number of views.
    let sid = StoredValue::new(id.clone());
    let act = move |intent: Intent| {
        feed.act(&sid.get_value(), intent);
    };
    let start = move |_| start_session(feed, media, sid.get_value());
    let end = {
        move |_| {
            if prefs.get_untracked().confirm_end && !confirming_end.get_untracked() {
                confirming_end.set(true);
            } else {
                confirming_end.set(false);
                act(Intent::End);
            }
        }
    };
    let toggle_mic = move |_| {
        let muted = !media.mic_muted.get_untracked();
        media.mic_muted.set(muted);
        #[cfg(feature = "hydrate")]
        app::rtc::set_microphone_enabled(!muted);
    };
    let toggle_speaker = move |_| media.speaker_muted.update(|m| *m = !*m);

    let heading = move || {
        session
            .get()
            .map(|s| display_name(&s, &i18n.t("session-default-customer-name")))
    };
    let limit_reason = move || {
        let max = feed.limits.get().map_or(1, |l| l.max_active);
        i18n.t_with(
            "session-limit-reached",
            &[("count", Arg::Num(f64::from(max)))],
        )
    };
    let transfer_line = move || {
        let s = session.get()?;
        let t = s.transfer.clone()?;
        Some(if is_incoming.get() {
            i18n.t_with("transfer-incoming", &[("name", Arg::Str(t.from_name))])
        } else {
            i18n.t_with("transfer-outgoing", &[("name", Arg::Str(t.to_name))])
        })
    };
    let transfer_note = move || {
        session
            .get()
            .and_then(|s| s.transfer)
            .map(|t| t.note)
            .filter(|n| !n.is_empty())
    };

    view! {
        <section class="session-panel" aria-labelledby="session-panel-title" data-state=move || state.get().map(SessionState::family)>
            <header class="session-panel__header">
                <h2 id="session-panel-title">{heading}</h2>
                <span class="session-panel__id">{id.to_string()}</span>
                {move || session.get().map(|v| view! { <StateBadge view=Signal::derive(move || v.clone()) /> })}
                <span class="session-panel__elapsed">
                    {move || session.get().map(|s| time_in_state(i18n, &s, ticker.0.get()))}
                </span>
                <Show when=move || may(Permission::InlineEdit) && is_owner.get() && is_open() && !editing.get()>
                    <button class="button button--quiet" on:click=move |_| editing.set(true)>
                        {t!(i18n, "session-action-edit")}
                    </button>
                </Show>
            </header>

            <Show when=move || editing.get()>
                {move || session.get_untracked().map(|s| view! {
                    <EditDetails view=s on_done=move |_| editing.set(false) />
                })}
            </Show>

            <Show when=move || is(SessionState::Connecting)>
                <p class="session-panel__hint">{t!(i18n, "session-waiting-for-customer")}</p>
            </Show>
            <Show when=move || is(SessionState::Waiting)>
                <p class="session-panel__connected" role="status">{t!(i18n, "session-customer-connected")}</p>
            </Show>
            <Show when=move || is(SessionState::OnHold)>
                <p class="session-panel__hint" role="status">{t!(i18n, "session-on-hold")}</p>
            </Show>
            <Show when=move || matches!(state.get(), Some(SessionState::Reconnecting { .. } | SessionState::Offline { .. }))>
                <p class="session-panel__warning" role="status">
                    {move || match session.get() {
                        Some(s) if !s.customer_online => i18n.t("session-customer-reconnecting"),
                        _ => i18n.t("session-reconnecting"),
                    }}
                </p>
            </Show>
            <Show when=move || transfer_line().is_some()>
                <div class="session-panel__transfer" role="status">
                    <p>{transfer_line}</p>
                    {move || transfer_note().map(|n| view! { <blockquote class="session-panel__note">{n}</blockquote> })}
                </div>
            </Show>
            <Show when=move || is(SessionState::Active) && session.get().is_some_and(|s| !s.camera.is_on())>
                <p class="session-panel__hint" role="status">{move || match session.get().map(|s| s.camera) {
                    Some(CameraStatus::Background) => i18n.t("session-camera-background"),
                    _ => i18n.t("session-camera-paused"),
                }}</p>
            </Show>
            <Show when=move || is_owner.get() && state.get().is_some_and(SessionState::has_media) && !media_here.get()>
                <p class="session-panel__hint">{t!(i18n, "session-active-elsewhere")}</p>
            </Show>
            <Show when=move || media.mic_unavailable.get() && shows_video.get()>
                <p class="session-panel__warning" role="alert">{t!(i18n, "session-mic-unavailable")}</p>
            </Show>
            <Show when=move || session.get().is_some_and(|s| s.channel.is_some())>
                <div class="session-panel__channel">
                    <p>{move || session.get().and_then(|s| s.channel).map(|c| i18n.t_with("session-channel", &[("name", Arg::Str(c))]))}</p>
                    {move || session.get().map(|s| s.problem).filter(|p| !p.is_empty()).map(|p| view! {
                        <blockquote class="session-panel__problem" aria-label=t!(i18n, "session-problem")>{p}</blockquote>
                    })}
                </div>
            </Show>
            <Show when=move || (can_start() || can_pick_up() || is_incoming.get()) && at_limit.get()>
                <p class="session-panel__warning">{limit_reason}</p>
            </Show>

            <Show when=move || shows_video.get()>
                <Stage session=sid.get_value() video=video muted=Signal::derive(move || media.speaker_muted.get()) />
            </Show>

            <div class="session-panel__actions">
                <Show when=move || can_start() || can_pick_up() || is_incoming.get()>
                    <button class="button button--primary" prop:disabled=move || at_limit.get() on:click=start>
                        {move || if is(SessionState::OnHold) {
                            i18n.t("session-action-resume")
                        } else if queued.get() {
                            i18n.t("session-action-pick-up")
                        } else if is_incoming.get() {
                            i18n.t("session-action-accept")
                        } else {
                            i18n.t("session-action-start")
                        }}
                    </button>
                </Show>
                <Show when=move || may(Permission::Hold) && is_owner.get() && is(SessionState::Active)>
                    <button class="button" on:click=move |_| act(Intent::Hold)>
                        {t!(i18n, "session-action-hold")}
                    </button>
                </Show>
                <Show when=can_transfer>
                    <button class="button" on:click=move |_| transferring.set(true)>
                        {t!(i18n, "session-action-transfer")}
                    </button>
                </Show>
                <Show when=move || is_owner.get() && is(SessionState::Transferring)>
                    <button class="button" on:click=move |_| act(Intent::TakeBack)>
                        {t!(i18n, "session-action-take-back")}
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
                <Show when=move || is_owner.get() && is_open()>
                    <Show
                        when=move || confirming_end.get()
                        fallback=move || view! {
                            <button class="button button--danger" on:click=end>{t!(i18n, "session-action-end")}</button>
                        }
                    >
                        <span class="confirm" role="group" aria-label=t!(i18n, "session-end-confirm")>
                            <span>{t!(i18n, "session-end-confirm")}</span>
                            <button class="button button--danger" on:click=end>{t!(i18n, "confirm-yes")}</button>
                            <button class="button" on:click=move |_| confirming_end.set(false)>{t!(i18n, "confirm-no")}</button>
                        </span>
                    </Show>
                </Show>
                <Show when=move || is_owner.get() && is_closed()>
                    <button class="button" on:click=move |_| act(Intent::Dismiss)>
                        {t!(i18n, "session-action-dismiss")}
                    </button>
                </Show>
            </div>

            <Show when=move || transferring.get()>
                <TransferDialog session=sid.get_value() on_close=move |_| transferring.set(false) />
            </Show>

            <div class="panel-tabs" role="tablist" aria-label=t!(i18n, "session-panel-tabs")>
                <button role="tab" aria-selected=move || (tab.get() == Tab::Chat).to_string() on:click=move |_| tab.set(Tab::Chat)>
                    {t!(i18n, "chat-title")}
                    {move || {
                        let n = unread(&sid.get_value(), ChatSide::Technician);
                        (n > 0 && tab.get() != Tab::Chat).then(|| view! {
                            <span class="badge badge--count" aria-label=i18n.t_with("chat-unread", &[("count", Arg::Num(n as f64))])>{n}</span>
                        })
                    }}
                </button>
                <button role="tab" aria-selected=move || (tab.get() == Tab::Log).to_string() on:click=move |_| tab.set(Tab::Log)>
                    {t!(i18n, "session-log-title")}
                </button>
                <button role="tab" aria-selected=move || (tab.get() == Tab::History).to_string() on:click=move |_| tab.set(Tab::History)>
                    {t!(i18n, "history-title")}
                </button>
            </div>
            {
                let id = id.clone();
                move || match tab.get() {
                    Tab::Chat => view! {
                        <ConsoleChat session=id.clone() visible=Signal::derive(move || tab.get() == Tab::Chat)
                            can_write=Signal::derive(move || may(Permission::Chat) && is_owner.get() && is_open()) />
                    }.into_any(),
                    Tab::Log => view! { <LogPanel session=id.clone() /> }.into_any(),
                    Tab::History => view! { <HistoryPanel session=id.clone() /> }.into_any(),
                }
            }
        </section>
    }
    .into_any()
}

/// Inline edit of the customer's name and the custom fields.
#[component]
fn EditDetails(view: SessionView, #[prop(into)] on_done: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_feed();
    let name = RwSignal::new(view.customer_name.clone());
    let field1 = RwSignal::new(view.fields[0].clone());
    let field2 = RwSignal::new(view.fields[1].clone());
    let id = view.id.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feed.act(
            &id,
            Intent::Edit {
                customer_name: name.get_untracked(),
                fields: [field1.get_untracked(), field2.get_untracked()],
            },
        );
        on_done.run(());
    };
    view! {
        <form class="edit-details" on:submit=save>
            <label class="field">
                <span>{t!(i18n, "new-session-customer-name")}</span>
                <input type="text" maxlength=MAX_CUSTOMER_NAME bind:value=name />
            </label>
            <label class="field">
                <span>{crate::components::ui::field_label(i18n, 0)}</span>
                <input type="text" maxlength=MAX_FIELD bind:value=field1 />
            </label>
            <label class="field">
                <span>{crate::components::ui::field_label(i18n, 1)}</span>
                <input type="text" maxlength=MAX_FIELD bind:value=field2 />
            </label>
            <div class="session-panel__actions">
                <button class="button button--primary" type="submit">{t!(i18n, "action-save")}</button>
                <button class="button" type="button" on:click=move |_| on_done.run(())>{t!(i18n, "action-cancel")}</button>
            </div>
        </form>
    }
}
