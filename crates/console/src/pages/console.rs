//! `/console`: the technician's console — queues, the session panel, New session, presence
//! and preferences. Browser-side duties live here too: releasing media the console no longer
//! runs, asking for a call where it does, auto-start, alert sounds, idle → Away.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

use crate::components::new_session::NewSessionDialog;
use crate::components::prefs::{PrefsDialog, PresenceSelect, PresenceState};
use crate::components::session_list::SessionList;
use crate::components::session_panel::{ConsoleMedia, SessionPanel};
use crate::components::two_factor::TwoFactorSettings;
use app::auth::Me;
use app::auth::api::{SignOut, current_user};
use app::components::ui::{ErrorLine, LangSelect};
use app::i18n::use_i18n;
use app::ids::SessionId;
use app::live::{Link, provide_feed, provide_ticker};
use app::prefs::ConsolePrefs;
use app::t;

/// The console page (redirects to sign-in when nobody is signed in).
#[component]
pub fn ConsolePage() -> impl IntoView {
    let me = Resource::new_blocking(|| (), |_| current_user());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match me.await {
                    Ok(Some(me)) if me.must_set_up_two_factor => {
                        view! { <TwoFactorFirst /> }.into_any()
                    }
                    Ok(Some(me)) => view! { <Console me /> }.into_any(),
                    _ => view! { <Redirect path="/signin" /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The organisation requires two-factor sign-in and this person has not set it up: the
/// set-up comes first (the server refuses everything else until then).
#[component]
fn TwoFactorFirst() -> impl IntoView {
    let i18n = use_i18n();
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <Title text=t!(i18n, "console-title") />
        <main class="page page--narrow two-factor-first">
            <h1>{t!(i18n, "two-factor-first-title")}</h1>
            <p>{t!(i18n, "two-factor-first-intro")}</p>
            <TwoFactorSettings />
            <p>
                <a class="button button--primary" href="/console" rel="external">
                    {t!(i18n, "two-factor-first-continue")}
                </a>
            </p>
            <ActionForm action=sign_out>
                <button class="button button--quiet" type="submit">{t!(i18n, "sign-out")}</button>
            </ActionForm>
        </main>
    }
}

#[component]
fn Console(me: Me) -> impl IntoView {
    let i18n = use_i18n();
    // Components read the permissions (to hide what the group may not do) and the
    // organisation's field names from here.
    provide_context(me.clone());
    let feed = provide_feed();
    let ticker = provide_ticker(feed);
    let media = ConsoleMedia::new();
    let presence = PresenceState::new();
    let prefs = RwSignal::new(ConsolePrefs::default());
    let selected = RwSignal::new(None::<SessionId>);
    let dialog_open = RwSignal::new(false);
    let prefs_open = RwSignal::new(false);
    let confirming_sign_out = RwSignal::new(false);
    let sign_out = ServerAction::<SignOut>::new();
    let is_admin = me.role.is_admin();
    // New session: sessions of their own (channel customers are picked up in the list).
    let may_start = me.perms.has(app::permission::Permission::StartSessions)
        && me.perms.has(app::permission::Permission::PrivateSessions);

    // The console tracks the shapes that follow objects in its own bundle.
    #[cfg(feature = "hydrate")]
    feed.on_follow(std::rc::Rc::new(|feed, session, msg| {
        let host = app::rtc::host::FeedHost {
            feed,
            session: session.clone(),
            lost: None,
        };
        app::rtc::follow::peer(&host, session, msg);
    }));
    #[cfg(feature = "hydrate")]
    console_duties(feed, ticker, media, presence, prefs, i18n);
    #[cfg(not(feature = "hydrate"))]
    let _ = (ticker, presence);

    let link_state = move || match feed.link.get() {
        Link::Open => "online",
        Link::Lost | Link::Closed(_) => "lost",
        Link::Idle | Link::Connecting => "connecting",
    };
    let link_text = move || match feed.link.get() {
        Link::Open => i18n.t("link-online"),
        Link::Lost | Link::Closed(_) => i18n.t("link-lost"),
        Link::Idle | Link::Connecting => i18n.t("link-connecting"),
    };
    let panel = move || {
        selected.get().map(|id| {
            view! { <SessionPanel id media prefs /> }
        })
    };
    let sign_out_click = move |ev: leptos::ev::MouseEvent| {
        if prefs.get_untracked().confirm_sign_out && !confirming_sign_out.get_untracked() {
            ev.prevent_default();
            confirming_sign_out.set(true);
        }
    };

    view! {
        <Title text=t!(i18n, "console-title") />
        <div class="console">
            <header class="console__bar">
                <span class="brand">{t!(i18n, "brand-name")}</span>
                <span class="console__org">{me.org_name.clone()}</span>
                <span class="console__link" data-link=link_state role="status">{link_text}</span>
                <span class="console__me">{me.name.clone()}</span>
                <PresenceSelect state=presence />
                <LangSelect />
                <button class="button button--quiet" on:click=move |_| prefs_open.set(true)>{t!(i18n, "prefs-open")}</button>
                <Show when=move || is_admin>
                    <a class="button button--quiet" href="/admin" rel="external">{t!(i18n, "admin-open")}</a>
                </Show>
                <ActionForm action=sign_out attr:class="console__sign-out">
                    <Show when=move || confirming_sign_out.get()>
                        <span>{t!(i18n, "sign-out-confirm")}</span>
                    </Show>
                    <button class="button button--quiet" type="submit" on:click=sign_out_click>
                        {move || if confirming_sign_out.get() { i18n.t("confirm-yes") } else { i18n.t("sign-out") }}
                    </button>
                </ActionForm>
            </header>
            <aside class="console__list" aria-label=t!(i18n, "session-list-caption")>
                <Show when=move || may_start>
                    <button class="button button--primary console__new" on:click=move |_| dialog_open.set(true)>
                        {t!(i18n, "new-session-open")}
                    </button>
                </Show>
                <SessionList selected on_select=move |id| selected.set(Some(id)) />
            </aside>
            <main class="console__main">
                <ErrorLine error=feed.refused />
                <Show
                    when=move || selected.get().is_some()
                    fallback=move || view! { <p class="console__placeholder">{t!(i18n, "console-placeholder")}</p> }
                >
                    {panel}
                </Show>
            </main>
            <Show when=move || dialog_open.get()>
                <NewSessionDialog
                    media
                    org_name=me.org_name.clone()
                    technician=me.name.clone()
                    on_close=move |_| dialog_open.set(false)
                    on_started=move |id| {
                        selected.set(Some(id));
                        dialog_open.set(false);
                    }
                />
            </Show>
            <Show when=move || prefs_open.get()>
                <PrefsDialog prefs on_close=move |_| prefs_open.set(false) />
            </Show>
        </div>
    }
    .into_any()
}

/// What the console does in the browser besides rendering.
#[cfg(feature = "hydrate")]
fn console_duties(
    feed: app::live::Feed,
    ticker: app::live::Ticker,
    media: ConsoleMedia,
    presence: PresenceState,
    prefs: RwSignal<ConsolePrefs>,
    i18n: app::i18n::I18n,
) {
    use std::collections::HashMap;

    use crate::components::session_panel::{active_count, start_session};
    use app::prefs::{Alert, alerts_between};
    use app::protocol::{ClientMsg, Role};
    use app::session::{SessionState, SessionView};

    app::rtc::ws_client::connect(feed, Role::Technician);

    // Preferences: load, then apply theme and language whenever they change.
    leptos::task::spawn_local(async move {
        if let Ok(p) = app::prefs::api::get_prefs().await {
            prefs.set(p);
        }
    });
    Effect::new(move |_| {
        let p = prefs.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = match p.theme.attr() {
                Some(theme) => root.set_attribute("data-theme", theme),
                None => root.remove_attribute("data-theme"),
            };
        }
        if let Some(lang) = p.lang
            && lang != i18n.lang()
        {
            i18n.set_lang(lang);
        }
    });

    // Media: release calls this console no longer runs; ask for a call where it runs one
    // but has none (after a reload), once the customer had two seconds to offer by itself;
    // prepare one with every own session waiting for Start, so that Start only switches
    // the customer's camera on.
    let lead_since = StoredValue::new(HashMap::<SessionId, i64>::new());
    let asked_at = StoredValue::new(HashMap::<SessionId, i64>::new());
    let prepared_at = StoredValue::new(HashMap::<SessionId, i64>::new());
    let may_start = app::permission::use_perms().has(app::permission::Permission::StartSessions);
    Effect::new(move |_| {
        let now = ticker.0.get();
        feed.media_tick.track();
        let sessions = feed.sessions.get();
        let runs_here = |s: &SessionView| feed.runs_media(s) && s.state.has_media();
        let me = feed.me_user();
        let prepares_here = |s: &SessionView| {
            may_start
                && s.state == SessionState::Waiting
                && s.customer_online
                && me.as_ref().is_some_and(|me| s.owned_by(me))
        };
        for id in app::rtc::calls() {
            if !sessions
                .iter()
                .any(|s| s.id == id && (runs_here(s) || prepares_here(s)))
            {
                app::rtc::end_call(feed, &id);
            }
        }
        for s in sessions.iter().filter(|s| prepares_here(s)) {
            let last = prepared_at
                .with_value(|m| m.get(&s.id).copied())
                .unwrap_or(0);
            if !app::rtc::has_call(&s.id) && now - last >= 5_000 {
                prepared_at.update_value(|m| {
                    m.insert(s.id.clone(), now);
                });
                app::rtc::prepare_call(feed, &s.id);
            }
        }
        let mut any = false;
        for s in sessions.iter().filter(|s| runs_here(s)) {
            any = true;
            if app::rtc::has_call(&s.id) {
                app::rtc::go_live(&s.id);
                lead_since.update_value(|m| {
                    m.remove(&s.id);
                });
                continue;
            }
            let since = lead_since
                .with_value(|m| m.get(&s.id).copied())
                .unwrap_or(now);
            lead_since.update_value(|m| {
                m.insert(s.id.clone(), since);
            });
            let last_ask = asked_at.with_value(|m| m.get(&s.id).copied()).unwrap_or(0);
            if s.customer_online && now - since >= 2_000 && now - last_ask >= 5_000 {
                asked_at.update_value(|m| {
                    m.insert(s.id.clone(), now);
                });
                app::rtc::request_offer(feed, &s.id);
            }
        }
        // Keep the microphone opened by a Start until the server has answered it.
        let starting = js_sys::Date::now() - media.start_pressed_at.get_value() < 10_000.0;
        if !any && !starting && app::rtc::local_stream().is_some() {
            app::rtc::set_local_stream(feed, None);
        }
    });

    // Auto-start: own sessions whose customer is ready, and transfers addressed to me.
    let auto_started = StoredValue::new(Vec::<SessionId>::new());
    Effect::new(move |_| {
        // The technician's preference, or their group's setting.
        let group_auto_start = feed.limits.get().is_some_and(|l| l.auto_start);
        if !prefs.get().auto_start_incoming && !group_auto_start {
            return;
        }
        let Some(me) = feed.me_user() else { return };
        let sessions = feed.sessions.get();
        let max = feed.limits.get().map_or(1, |l| l.max_active);
        for s in &sessions {
            let incoming = s.state == SessionState::Transferring
                && s.transfer.as_ref().is_some_and(|t| t.to == me);
            let ready = s.state == SessionState::Waiting && s.owned_by(&me);
            if (incoming || ready)
                && !auto_started.with_value(|v| v.contains(&s.id))
                && active_count(&sessions, &me, &s.id) < max
            {
                auto_started.update_value(|v| v.push(s.id.clone()));
                start_session(feed, media, s.id.clone());
            }
        }
    });

    // Alert sounds.
    let previous = StoredValue::new(None::<Vec<SessionView>>);
    Effect::new(move |_| {
        let now = feed.sessions.get();
        let Some(me) = feed.me_user() else { return };
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.has_focus().ok())
            .unwrap_or(true);
        if let Some(before) = previous.get_value() {
            for alert in alerts_between(&before, &now, &me) {
                if prefs.get_untracked().sounds(alert, focused) {
                    crate::rtc::sound::play(alert);
                }
            }
        }
        previous.set_value(Some(now));
    });
    // A customer's chat message while the console is not focused.
    Effect::new(move |before: Option<usize>| {
        let now = feed.chats.with(|m| {
            m.values()
                .flatten()
                .filter(|c| c.from == app::chat::ChatAuthor::Customer)
                .count()
        });
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.has_focus().ok())
            .unwrap_or(true);
        if before.is_some_and(|b| now > b) && prefs.get_untracked().sounds(Alert::Chat, focused) {
            crate::rtc::sound::play(Alert::Chat);
        }
        now
    });
    Effect::new(move |was_lost: Option<bool>| {
        let lost = matches!(feed.link.get(), Link::Lost);
        if lost && was_lost == Some(false) && prefs.get_untracked().sounds(Alert::NetworkLost, true)
        {
            crate::rtc::sound::play(Alert::NetworkLost);
        }
        lost
    });

    // Idle → Away after the group's auto-away time without input.
    let last_input = StoredValue::new(app::browser::now_ms());
    for name in ["pointermove", "keydown", "pointerdown", "wheel"] {
        let _ = window_event_listener_untyped(name, move |_| {
            last_input.set_value(app::browser::now_ms())
        });
    }
    Effect::new(move |_| {
        ticker.0.track();
        let Some(limits) = feed.limits.get() else {
            return;
        };
        let idle = app::browser::now_ms() - last_input.get_value()
            > i64::from(limits.auto_away_secs) * 1000;
        if idle != presence.idle.get_untracked() {
            presence.idle.set(idle);
            feed.send(ClientMsg::Presence {
                away: presence.away.get_untracked(),
                idle,
            });
        }
    });

    // If the server says goodbye (signed out elsewhere), go to the sign-in page.
    Effect::new(move |_| {
        if let Link::Closed(app::error::AppError::Unauthenticated) = feed.link.get() {
            app::browser::go_to("/signin");
        }
    });
    let _ = media;
}
