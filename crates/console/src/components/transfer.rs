//! The Transfer dialog: a note for the receiver and a search over the organisation's
//! technicians; only Online colleagues can receive.

use leptos::prelude::*;

use crate::components::ui::close_on_escape;
use app::components::ui::ErrorLine;
use app::i18n::use_i18n;
use app::ids::{SessionId, UserId};
use app::live::use_feed;
use app::presence::{Presence, TeamMember};
use app::protocol::Intent;
use app::session::MAX_TRANSFER_NOTE;
use app::t;

/// The colleagues matching `query` (case-insensitive, by name), without `me`, Online first.
pub fn candidates(team: &[TeamMember], me: &UserId, query: &str) -> Vec<TeamMember> {
    let q = query.trim().to_lowercase();
    let mut list: Vec<TeamMember> = team
        .iter()
        .filter(|m| m.user != *me && m.name.to_lowercase().contains(&q))
        .cloned()
        .collect();
    list.sort_by_key(|m| (m.presence != Presence::Online, m.name.to_lowercase()));
    list
}

/// The dialog.
#[component]
pub fn TransferDialog(session: SessionId, #[prop(into)] on_close: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    close_on_escape(on_close);
    let feed = use_feed();
    let query = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let chosen = RwSignal::new(None::<UserId>);
    let me = Memo::new(move |_| feed.me_user().unwrap_or(UserId(String::new())));
    let list = Memo::new(move |_| feed.team.with(|t| candidates(t, &me.get(), &query.get())));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(to) = chosen.get_untracked() {
            feed.act(
                &session,
                Intent::Transfer {
                    to,
                    note: note.get_untracked(),
                },
            );
            on_close.run(());
        }
    };
    view! {
        <div class="dialog-backdrop">
            <form
                class="dialog"
                role="dialog"
                aria-modal="true"
                aria-labelledby="transfer-title"
                on:submit=submit
            >
                <header class="dialog__header">
                    <h2 id="transfer-title">{t!(i18n, "transfer-title")}</h2>
                </header>
                <div class="dialog__body">
                    <label class="field">
                        <span>{t!(i18n, "transfer-search")}</span>
                        <input type="search" bind:value=query />
                    </label>
                    <fieldset class="transfer-list">
                        <legend>{t!(i18n, "transfer-to")}</legend>
                        <For each=move || list.get() key=|m| (m.user.clone(), m.presence) let:m>
                            {
                                let user = m.user.clone();
                                let value = m.user.to_string();
                                let online = m.presence == Presence::Online;
                                view! {
                                    <label class="transfer-list__item" data-presence=format!("{:?}", m.presence).to_lowercase()>
                                        <input
                                            type="radio"
                                            name="transfer-to"
                                            value=value
                                            prop:disabled=!online
                                            on:change=move |_| chosen.set(Some(user.clone()))
                                        />
                                        <span>{m.name.clone()}</span>
                                        <span class="presence-badge">{move || i18n.t(m.presence.key())}</span>
                                    </label>
                                }
                            }
                        </For>
                        <Show when=move || list.with(Vec::is_empty)>
                            <p class="session-list__empty">{t!(i18n, "transfer-nobody")}</p>
                        </Show>
                    </fieldset>
                    <label class="field">
                        <span>{t!(i18n, "transfer-note")}</span>
                        <textarea maxlength=MAX_TRANSFER_NOTE bind:value=note></textarea>
                    </label>
                    <ErrorLine error=feed.refused />
                </div>
                <footer class="dialog__footer">
                    <button class="button" type="button" on:click=move |_| on_close.run(())>{t!(i18n, "action-cancel")}</button>
                    <button class="button button--primary" type="submit" prop:disabled=move || chosen.get().is_none()>
                        {t!(i18n, "session-action-transfer")}
                    </button>
                </footer>
            </form>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(id: &str, name: &str, presence: Presence) -> TeamMember {
        TeamMember {
            user: UserId(id.into()),
            name: name.into(),
            presence,
        }
    }

    #[test]
    fn candidates_are_searched_and_sorted() {
        let team = vec![
            m("1", "Zoe", Presence::Online),
            m("2", "Adam", Presence::Away),
            m("3", "Me", Presence::Online),
            m("4", "Bea", Presence::Online),
        ];
        let me = UserId("3".into());
        let names: Vec<_> = candidates(&team, &me, "")
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(names, ["Bea", "Zoe", "Adam"]);
        let names: Vec<_> = candidates(&team, &me, " ZO")
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(names, ["Zoe"]);
    }
}
