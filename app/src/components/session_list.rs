//! The technician's live session list.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::ids::SessionId;
use crate::live::{format_elapsed, use_feed, use_ticker};
use crate::session::{SessionState, SessionView};
use crate::t;

/// The name to show for a session ("Customer" when none was given).
pub fn display_name(s: &SessionView, fallback: &str) -> String {
    if s.customer_name.is_empty() {
        fallback.to_owned()
    } else {
        s.customer_name.clone()
    }
}

/// Table of the technician's sessions; a row click selects one.
#[component]
pub fn SessionList(
    #[prop(into)] selected: Signal<Option<SessionId>>,
    #[prop(into)] on_select: Callback<SessionId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_feed();
    let ticker = use_ticker();
    let is_empty = move || feed.sessions.with(Vec::is_empty);
    view! {
        <table class="session-list">
            <caption class="visually-hidden">{t!(i18n, "session-list-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, "session-list-name")}</th>
                    <th scope="col">{t!(i18n, "session-list-id")}</th>
                    <th scope="col">{t!(i18n, "session-list-state")}</th>
                    <th scope="col">{t!(i18n, "session-list-time")}</th>
                </tr>
            </thead>
            <tbody>
                <For
                    each=move || feed.sessions.get()
                    key=|s| (s.id.clone(), s.state, s.state_since, s.customer_online, s.customer_name.clone())
                    let:s
                >
                    {
                        let id = s.id.clone();
                        let row_id = id.clone();
                        let is_selected = move || selected.get().as_ref() == Some(&row_id);
                        let since = s.state_since;
                        let state = s.state;
                        let name = move || display_name(&s, &i18n.t("session-default-customer-name"));
                        view! {
                            <tr class="session-list__row" data-state=state.family() aria-selected=move || is_selected().to_string()>
                                <td>
                                    <button
                                        class="session-list__select"
                                        on:click={
                                            let id = id.clone();
                                            move |_| on_select.run(id.clone())
                                        }
                                    >
                                        {name}
                                    </button>
                                </td>
                                <td class="session-list__id">{id.to_string()}</td>
                                <td>
                                    <StateBadge state />
                                    {(state == SessionState::Waiting).then(|| view! {
                                        <span class="session-list__connected">{t!(i18n, "session-customer-connected")}</span>
                                    })}
                                </td>
                                <td class="session-list__elapsed">
                                    {move || format_elapsed(ticker.0.get() - since)}
                                </td>
                            </tr>
                        }
                    }
                </For>
            </tbody>
        </table>
        <Show when=is_empty>
            <p class="session-list__empty">{t!(i18n, "session-list-empty")}</p>
        </Show>
    }
    .into_any()
}

/// The translated state of a session, coloured by family.
#[component]
pub fn StateBadge(state: SessionState) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="state-badge" data-state=state.family()>
            {move || i18n.t(state.key())}
        </span>
    }
}
