//! `/console`: the technician's console — live session list, New session, the session panel.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

use crate::auth::Me;
use crate::auth::api::{SignOut, current_user};
use crate::components::new_session::NewSessionDialog;
use crate::components::session_list::SessionList;
use crate::components::session_panel::{ConsoleMedia, SessionPanel};
use crate::components::ui::{ErrorLine, LangSelect};
use crate::i18n::use_i18n;
use crate::ids::SessionId;
use crate::live::{Link, provide_feed, provide_ticker};
use crate::t;

/// The console page (redirects to sign-in when nobody is signed in).
#[component]
pub fn ConsolePage() -> impl IntoView {
    let me = Resource::new_blocking(|| (), |_| current_user());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match me.await {
                    Ok(Some(me)) => view! { <Console me /> }.into_any(),
                    _ => view! { <Redirect path="/signin" /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Console(me: Me) -> impl IntoView {
    let i18n = use_i18n();
    let feed = provide_feed();
    let _ticker = provide_ticker(feed);
    let media = ConsoleMedia::new();
    let selected = RwSignal::new(None::<SessionId>);
    let dialog_open = RwSignal::new(false);
    let sign_out = ServerAction::<SignOut>::new();

    #[cfg(feature = "hydrate")]
    {
        crate::rtc::ws_client::connect(feed, crate::protocol::Role::Technician);
        // Media of sessions that ended is released here, whichever side ended them.
        Effect::new(move |_| {
            let sessions = feed.sessions.get();
            let mut still_live = false;
            for id in media.started_here.get_untracked() {
                match sessions.iter().find(|s| s.id == id) {
                    Some(s) if !s.state.is_closed() => still_live = true,
                    _ => {
                        crate::rtc::end_call(feed, &id);
                        media.started_here.update(|v| v.retain(|x| *x != id));
                    }
                }
            }
            if !still_live && crate::rtc::local_stream().is_some() {
                crate::rtc::set_local_stream(feed, None);
            }
        });
        // If the server says goodbye (signed out elsewhere), go to the sign-in page.
        Effect::new(move |_| {
            if let Link::Closed(crate::error::AppError::Unauthenticated) = feed.link.get() {
                crate::browser::go_to("/signin");
            }
        });
    }

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
            view! { <SessionPanel id media /> }
        })
    };

    view! {
        <Title text=t!(i18n, "console-title") />
        <div class="console">
            <header class="console__bar">
                <span class="brand">{t!(i18n, "brand-name")}</span>
                <span class="console__org">{me.org_name.clone()}</span>
                <span class="console__link" data-link=link_state role="status">{link_text}</span>
                <span class="console__me">{me.name.clone()}</span>
                <LangSelect />
                <ActionForm action=sign_out attr:class="console__sign-out">
                    <button class="button button--quiet" type="submit">{t!(i18n, "sign-out")}</button>
                </ActionForm>
            </header>
            <aside class="console__list" aria-label=t!(i18n, "session-list-caption")>
                <button class="button button--primary console__new" on:click=move |_| dialog_open.set(true)>
                    {t!(i18n, "new-session-open")}
                </button>
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
                    on_close=move |_| dialog_open.set(false)
                    on_started=move |id| {
                        selected.set(Some(id));
                        dialog_open.set(false);
                    }
                />
            </Show>
        </div>
    }
    .into_any()
}
