//! `/s`: the customer's session — tutorial, camera, preview and terms, waiting, live, end.

use leptos::html;
use leptos::prelude::*;

#[cfg(feature = "hydrate")]
use crate::journey::{MediaProblem, camera_paused, should_stream, step_after_media};
use crate::journey::{Screen, Step, camera_status, first_step, screen, shows_reconnecting};
use app::admin::CustomerSurvey;
use app::components::chat::{ChatPanel, ChatSide, unread};
use app::components::ui::{ErrorLine, PublicHeader};
use app::error::AppError;
use app::i18n::{Arg, use_i18n};
#[cfg(feature = "hydrate")]
use app::ids::SessionId;
use app::invite::CustomerInfo;
use app::invite::api::SubmitSurvey;
#[cfg(feature = "hydrate")]
use app::live::Feed;
use app::live::{Link, provide_feed};
use app::protocol::Intent;
#[cfg(feature = "hydrate")]
use app::session::SeatId;
use app::session::SessionState;
use app::t;
use app::uri::form_action;

/// The customer's session page, or why there is none.
#[component]
pub fn SessionPage(
    info: Result<CustomerInfo, AppError>,
    /// Why the survey answer was refused.
    error: Option<AppError>,
) -> impl IntoView {
    let i18n = use_i18n();
    match info {
        Ok(info) => view! { <CustomerSession info survey_error=error /> }.into_any(),
        Err(e) => view! {
            <PublicHeader />
            <main class="card-page">
                <section class="card">
                    <h1>{t!(i18n, "customer-not-joined-title")}</h1>
                    <ErrorLine error=Signal::derive(move || Some(e.clone())) />
                    <p><a class="button button--primary" href="/pin">{t!(i18n, "customer-enter-pin")}</a></p>
                </section>
            </main>
        }
        .into_any(),
    }
}

/// Asks for camera and microphone and moves the journey on.
#[cfg(feature = "hydrate")]
fn request_media(feed: Feed, session: SessionId, step: RwSignal<Step>, state: Memo<SessionState>) {
    leptos::task::spawn_local(async move {
        use app::protocol::ClientReport;
        use app::rtc::media::{MediaError, camera_and_microphone};
        match camera_and_microphone().await {
            Ok(stream) => {
                app::rtc::set_local_stream(feed, Some(stream));
                feed.report(&session, ClientReport::MediaGranted);
                step.set(step_after_media(state.get_untracked()));
            }
            Err(e) => {
                let problem = match e {
                    MediaError::Denied => MediaProblem::Denied,
                    MediaError::NoDevice => MediaProblem::NoCamera,
                    MediaError::Busy => MediaProblem::Busy,
                    MediaError::Unsupported => MediaProblem::Unsupported,
                };
                let report = match problem {
                    MediaProblem::NoCamera => ClientReport::NoCamera,
                    _ => ClientReport::MediaDenied,
                };
                feed.report(&session, report);
                step.set(Step::Failed(problem));
            }
        }
    });
}

/// Reports when the page goes to the background and comes back (for the technician's log).
#[cfg(feature = "hydrate")]
fn report_visibility(feed: Feed, session: SessionId, hidden: RwSignal<bool>) {
    use app::protocol::ClientReport;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    hidden.set(doc.hidden());
    let watched = doc.clone();
    let on_change = Closure::<dyn FnMut()>::new(move || {
        hidden.set(watched.hidden());
        let event = if watched.hidden() {
            ClientReport::PageHidden
        } else {
            ClientReport::PageVisible
        };
        feed.report(&session, event);
    });
    let _ = doc
        .add_event_listener_with_callback("visibilitychange", on_change.as_ref().unchecked_ref());
    // Listens for the page's whole life.
    on_change.forget();
}

/// Gives the server this browser's random device identifier (History & Notes).
#[cfg(feature = "hydrate")]
fn register_device() {
    const KEY: &str = "sl_device";
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return;
    };
    let device = match storage.get_item(KEY).ok().flatten() {
        Some(d) => d,
        None => {
            let d: String = (0..4)
                .map(|_| {
                    format!(
                        "{:08x}",
                        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
                    )
                })
                .collect();
            let _ = storage.set_item(KEY, &d);
            d
        }
    };
    // A plain form post to the server function (the page carries no server-function client).
    leptos::task::spawn_local(async move {
        use leptos::server_fn::ServerFn;
        let body = wasm_bindgen::JsValue::from_str(&format!("device={device}"));
        let form = Some("application/x-www-form-urlencoded");
        let path = app::session::api::RegisterDevice::PATH;
        let _ = app::browser::send("POST", path, form, Some(&body)).await; // i18n-exempt: a method
    });
}

#[component]
fn CustomerSession(info: CustomerInfo, survey_error: Option<AppError>) -> impl IntoView {
    let i18n = use_i18n();
    let feed = provide_feed();
    let sid = info.session.clone();
    let initial_state = info.state;
    let survey = info.survey.clone();
    let brand = app::admin::accent_style(info.accent.as_deref());
    let survey_answered = info.survey_answered;
    let state = Memo::new({
        let sid = sid.clone();
        move |_| feed.session(&sid).map_or(initial_state, |s| s.state)
    });
    let step = RwSignal::new(first_step(initial_state));
    let current = Memo::new(move |_| screen(step.get(), state.get()));
    let confirming = RwSignal::new(false);
    let video = NodeRef::<html::Video>::new();
    let chat_open = RwSignal::new(false);
    // Customer controls: pause the camera, mute, switch camera, flashlight.
    let paused_by_me = RwSignal::new(false);
    let page_hidden = RwSignal::new(false);
    let mic_muted = RwSignal::new(false);
    let torch_on = RwSignal::new(false);
    let can_switch = RwSignal::new(false);
    let has_torch = RwSignal::new(false);
    let status = Memo::new(move |_| camera_status(paused_by_me.get(), page_hidden.get()));
    let chat_sid = StoredValue::new(sid.clone());
    let chat_unread = Memo::new(move |_| unread(&chat_sid.get_value(), ChatSide::Customer));
    let shows_chat = move || {
        matches!(
            current.get(),
            Screen::Waiting | Screen::Live | Screen::Held | Screen::Transferring
        )
    };

    #[cfg(feature = "hydrate")]
    {
        app::rtc::ws_client::connect(feed, app::protocol::Role::Customer);
        let sid = sid.clone();
        // Ask for the camera whenever the journey reaches that step.
        Effect::new({
            let sid = sid.clone();
            move |_| {
                if step.get() == Step::Asking {
                    request_media(feed, sid.clone(), step, state);
                }
            }
        });
        // Show the local camera in the preview.
        Effect::new(move |_| {
            feed.media_tick.track();
            current.track();
            if let Some(v) = video.get() {
                app::rtc::attach_local(&v);
            }
        });
        // Send media only once the technician started; stop everything at the end.
        Effect::new({
            let sid = sid.clone();
            move |_| {
                let (st, sc) = (state.get(), current.get());
                if should_stream(step.get(), st) && feed.link.get() == Link::Open {
                    app::rtc::start_customer_call(feed, sid.clone());
                }
                if sc == Screen::Ended {
                    app::rtc::end_call(feed, &sid);
                    app::rtc::set_local_stream(feed, None);
                }
            }
        });
        // Hold, Pause and the page in the background stop the camera without renegotiating.
        Effect::new({
            let sid = sid.clone();
            move |_| {
                feed.media_tick.track();
                app::rtc::set_camera_paused(&sid, camera_paused(state.get(), status.get()));
            }
        });
        // Tell the technician whether the camera sends: on change and after every welcome.
        Effect::new({
            let sid = sid.clone();
            move |_| {
                let status = status.get();
                if feed.link.get() == Link::Open {
                    feed.send(app::protocol::ClientMsg::Camera {
                        session: sid.clone(),
                        status,
                    });
                }
            }
        });
        // Once the camera runs: offer Switch camera with two or more, Flashlight with torch.
        Effect::new(move |_| {
            feed.media_tick.track();
            if app::rtc::local_stream().is_some() {
                has_torch.set(crate::camera::torch_supported());
                leptos::task::spawn_local(async move {
                    can_switch.set(crate::camera::cameras().await.len() >= 2);
                });
            }
        });
        // The media moved to another console (transfer accepted): call it instead.
        Effect::new({
            let sid = sid.clone();
            move |previous: Option<Option<SeatId>>| {
                let seat = feed.session(&sid).and_then(|s| s.media_seat);
                if let (Some(Some(before)), Some(now)) = (&previous, &seat)
                    && before != now
                    && app::rtc::has_call(&sid)
                {
                    app::rtc::restart_customer_call(feed, sid.clone());
                }
                seat
            }
        });
        // Freeze: take a still of the camera at full resolution, show it, and send it.
        let capturing = StoredValue::new(None::<u32>);
        Effect::new({
            let sid = sid.clone();
            move |_| {
                let frozen = feed.session(&sid).and_then(|s| s.frozen);
                if let (Some(n), Some(v)) = (frozen, video.get())
                    && !app::rtc::still::has(&sid, n)
                    && capturing.get_value() != Some(n)
                {
                    capturing.set_value(Some(n));
                    let sid = sid.clone();
                    leptos::task::spawn_local(async move {
                        match app::rtc::still::capture(&v).await {
                            Ok(jpeg) => app::rtc::still::send(feed, &sid, n, jpeg),
                            Err(e) => leptos::logging::warn!("no still: {e:?}"),
                        }
                    });
                }
            }
        });
        report_visibility(feed, sid.clone(), page_hidden);
        register_device();
    }

    let accept = {
        let sid = sid.clone();
        move |_| {
            feed.act(&sid, Intent::AcceptTerms);
            step.set(Step::Accepted);
        }
    };
    let leave = {
        let sid = sid.clone();
        move |_| {
            confirming.set(false);
            feed.act(&sid, Intent::End);
        }
    };
    let toggle_mic = move |_| {
        let muted = !mic_muted.get_untracked();
        mic_muted.set(muted);
        #[cfg(feature = "hydrate")]
        app::rtc::set_microphone_enabled(!muted);
    };
    let switch_camera = {
        let sid = sid.clone();
        move |_| {
            #[cfg(feature = "hydrate")]
            {
                let sid = sid.clone();
                leptos::task::spawn_local(async move {
                    if crate::camera::switch_camera(feed, &sid).await.is_ok() {
                        torch_on.set(false);
                        has_torch.set(crate::camera::torch_supported());
                    }
                });
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = &sid;
        }
    };
    let toggle_torch = move |_| {
        let on = !torch_on.get_untracked();
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            if crate::camera::set_torch(on).await {
                torch_on.set(on);
            }
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = on;
    };
    let controls = move || {
        let switch_camera = switch_camera.clone();
        view! {
            <div class="customer__controls" role="group" aria-label=t!(i18n, "customer-controls")>
                <button class="button" aria-pressed=move || paused_by_me.get().to_string()
                    on:click=move |_| paused_by_me.update(|p| *p = !*p)>
                    {move || if paused_by_me.get() { i18n.t("customer-resume-camera") } else { i18n.t("customer-pause-camera") }}
                </button>
                <button class="button" aria-pressed=move || mic_muted.get().to_string() on:click=toggle_mic>
                    {move || if mic_muted.get() { i18n.t("session-action-unmute-mic") } else { i18n.t("session-action-mute-mic") }}
                </button>
                <Show when=move || can_switch.get()>
                    <button class="button" on:click=switch_camera.clone()>{t!(i18n, "customer-switch-camera")}</button>
                </Show>
                <Show when=move || has_torch.get()>
                    <button class="button" aria-pressed=move || torch_on.get().to_string() on:click=toggle_torch>
                        {t!(i18n, "customer-flashlight")}
                    </button>
                </Show>
            </div>
        }
    };
    let terms = info.terms.clone();
    let terms_text = move || terms.clone().unwrap_or_else(|| i18n.t("terms-default"));
    let problem = move || match current.get() {
        Screen::Failed(p) => Some(p),
        _ => None,
    };
    let disconnect = move || {
        let leave = leave.clone();
        view! {
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button class="button button--danger" on:click=move |_| confirming.set(true)>
                        {t!(i18n, "customer-disconnect")}
                    </button>
                }
            >
                <div class="confirm" role="group" aria-label=t!(i18n, "customer-disconnect-confirm")>
                    <span>{t!(i18n, "customer-disconnect-confirm")}</span>
                    <button class="button button--danger" on:click=leave.clone()>{t!(i18n, "confirm-yes")}</button>
                    <button class="button" on:click=move |_| confirming.set(false)>{t!(i18n, "confirm-no")}</button>
                </div>
            </Show>
        }
    };

    view! {
        <PublicHeader org_name=info.org_name.clone() logo=info.logo.clone() />
        <main class="customer" data-screen=move || current.get().name() style=brand>
            <Show when=move || current.get().shows_camera()>
                <div class="customer__stage">
                    <video class="customer__video" node_ref=video autoplay=true playsinline=true muted=true aria-label=t!(i18n, "a11y-own-camera")></video>
                    <crate::board::Board session=chat_sid.get_value() video=video />
                    <Show when=move || current.get() == Screen::Live>
                        <p class="customer__live" role="status">{move || if status.get().is_on() {
                            i18n.t("customer-live")
                        } else {
                            i18n.t("customer-camera-paused")
                        }}</p>
                    </Show>
                </div>
            </Show>

            <section class="customer__panel">
                {move || match current.get() {
                    Screen::Tutorial => view! {
                        <h1>{t!(i18n, "tutorial-title")}</h1>
                        <ol class="tutorial">
                            <li>{t!(i18n, "tutorial-step-camera")}</li>
                            <li>{t!(i18n, "tutorial-step-terms")}</li>
                            <li>{t!(i18n, "tutorial-step-live")}</li>
                        </ol>
                        <div class="customer__actions">
                            <button class="button" on:click=move |_| step.set(Step::Asking)>{t!(i18n, "tutorial-skip")}</button>
                            <button class="button button--primary" on:click=move |_| step.set(Step::Asking)>{t!(i18n, "tutorial-ok")}</button>
                        </div>
                    }.into_any(),
                    Screen::Asking => view! {
                        <h1>{t!(i18n, "customer-asking-title")}</h1>
                        <p role="status">{t!(i18n, "customer-asking-help")}</p>
                    }.into_any(),
                    Screen::Failed(_) => view! {
                        <h1>{move || problem().map(|p| i18n.t(p.title_key()))}</h1>
                        <p>{move || problem().map(|p| i18n.t(p.help_key()))}</p>
                        <button class="button button--primary" on:click=move |_| step.set(Step::Asking)>{t!(i18n, "customer-retry")}</button>
                    }.into_any(),
                    Screen::Preview => view! {
                        <p class="customer__note">{t!(i18n, "customer-preview-note")}</p>
                        <h1>{t!(i18n, "terms-title")}</h1>
                        <div class="terms" tabindex="0">{terms_text.clone()}</div>
                        <button class="button button--primary" on:click=accept.clone()>{t!(i18n, "terms-accept")}</button>
                    }.into_any(),
                    Screen::Waiting => view! {
                        <div role="status">
                            <h1>{t!(i18n, "customer-waiting")}</h1>
                            <p>{t!(i18n, "customer-waiting-help")}</p>
                        </div>
                        {disconnect()}
                    }.into_any(),
                    Screen::Live => view! { {controls()} {disconnect()} }.into_any(),
                    Screen::Held => view! {
                        <div role="status">
                            <h1>{t!(i18n, "customer-held-title")}</h1>
                            <p>{t!(i18n, "customer-held-help")}</p>
                        </div>
                        {disconnect()}
                    }.into_any(),
                    Screen::Transferring => view! {
                        <div role="status">
                            <h1>{t!(i18n, "customer-transferring-title")}</h1>
                            <p>{t!(i18n, "customer-transferring-help")}</p>
                        </div>
                        {disconnect()}
                    }.into_any(),
                    Screen::Ended => view! {
                        <h1>{t!(i18n, "customer-ended-title")}</h1>
                        <p>{move || if state.get() == SessionState::TimedOut {
                            i18n.t("customer-timed-out-help")
                        } else {
                            i18n.t("customer-ended-help")
                        }}</p>
                        {survey.clone().map(|survey| view! { <Survey survey answered=survey_answered error=survey_error.clone() /> })}
                    }.into_any(),
                }}
                <Show when=move || current.get() == Screen::Live && feed.session(&chat_sid.get_value()).is_some_and(|s| s.frozen.is_some())>
                    <p class="customer__banner" role="status">{t!(i18n, "customer-frozen")}</p>
                </Show>
                <Show when=move || current.get() == Screen::Live && feed.session(&chat_sid.get_value()).is_some_and(|s| s.recording)>
                    <p class="customer__banner" role="status">{t!(i18n, "customer-recorded")}</p>
                </Show>
                <Show when=move || current.get() != Screen::Ended && shows_reconnecting(matches!(feed.link.get(), Link::Lost), state.get())>
                    <p class="customer__banner" role="alert">{t!(i18n, "link-lost")}</p>
                </Show>
                <ErrorLine error=feed.refused />
            </section>

            <Show when=shows_chat>
                <aside class="customer__chat" data-open=move || chat_open.get().to_string()>
                    <button class="button customer__chat-toggle" aria-expanded=move || chat_open.get().to_string()
                        on:click=move |_| chat_open.update(|o| *o = !*o)>
                        {move || if chat_open.get() { i18n.t("chat-minimise") } else { i18n.t("chat-title") }}
                        {move || {
                            let n = chat_unread.get();
                            (n > 0 && !chat_open.get()).then(|| view! {
                                <span class="badge badge--count" aria-label=i18n.t_with("chat-unread", &[("count", Arg::Num(n as f64))])>{n}</span>
                            })
                        }}
                    </button>
                    <Show when=move || chat_open.get()>
                        <ChatPanel session=chat_sid.get_value() side=ChatSide::Customer visible=Signal::derive(move || chat_open.get())
                            can_write=Signal::derive(|| true) />
                    </Show>
                </aside>
            </Show>
        </main>
    }
    .into_any()
}

/// The organisation's survey on the end page: its questions (sent once), or a link to its
/// own survey page.
#[component]
fn Survey(survey: CustomerSurvey, answered: bool, error: Option<AppError>) -> impl IntoView {
    let i18n = use_i18n();
    match survey {
        CustomerSurvey::Link(url) => view! {
            <p class="survey">
                <a class="button button--primary" href=url target="_blank" rel="noopener noreferrer">
                    {t!(i18n, "survey-open-link")}
                </a>
            </p>
        }
        .into_any(),
        CustomerSurvey::Questions(questions) => {
            view! { <SurveyForm questions answered error /> }.into_any()
        }
    }
}

/// The survey's questions (none: the standard one), each scored 1 to 5, and a comment. A
/// plain form: the server stores the answer and sends the browser back here, where the
/// session says it was answered.
#[component]
fn SurveyForm(questions: Vec<String>, answered: bool, error: Option<AppError>) -> impl IntoView {
    use leptos::server_fn::ServerFn;
    let i18n = use_i18n();
    let count = questions.len().max(1);
    let scores = RwSignal::new(vec![0u8; count]);
    let complete = move || scores.with(|s| s.iter().all(|n| *n > 0));
    // The scores as the server function takes them ("4 5 3").
    let scores_text =
        move || scores.with(|s| s.iter().map(u8::to_string).collect::<Vec<_>>().join(" "));
    let error = Signal::derive(move || error.clone());
    let questions = StoredValue::new(questions);
    let question = move |i: usize| {
        questions
            .with_value(|q| q.get(i).cloned())
            .unwrap_or_else(|| i18n.t("survey-default-question"))
    };
    view! {
        <Show
            when=move || !answered
            fallback=move || view! { <p class="survey__thanks" role="status">{t!(i18n, "survey-thanks")}</p> }
        >
            <form class="survey" aria-labelledby="survey-title" method="post" action=form_action(SubmitSurvey::PATH, "/s")>
                <input type="hidden" name="scores" prop:value=scores_text />
                <h2 id="survey-title" class="survey__title">{t!(i18n, "survey-title")}</h2>
                {(0..count).map(|i| {
                    let id = format!("survey-question-{i}");
                    view! {
                        <p id=id.clone() class="survey__question">{move || question(i)}</p>
                        <div class="survey__scores" role="radiogroup" aria-labelledby=id>
                            {(1..=5u8).map(|n| view! {
                                <label class="survey__score">
                                    <input type="radio" name=format!("score{i}") value=n.to_string()
                                        on:change=move |_| scores.update(|s| s[i] = n) />
                                    {move || i18n.t_with("survey-score", &[("count", Arg::Num(f64::from(n)))])}
                                </label>
                            }).collect_view()}
                        </div>
                    }
                }).collect_view()}
                <label class="field">
                    <span>{t!(i18n, "survey-comment")}</span>
                    <textarea name="comment" rows="3" maxlength=app::admin::MAX_COMMENT></textarea>
                </label>
                <ErrorLine error />
                <button class="button button--primary" type="submit" prop:disabled=move || !complete()>
                    {t!(i18n, "survey-send")}
                </button>
            </form>
        </Show>
    }
}
