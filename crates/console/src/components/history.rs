//! History & Notes: the technician's note on this session, and earlier sessions with the
//! same customer device, each with its note and log.

use leptos::prelude::*;

use crate::components::session_log::describe;
use app::components::ui::ErrorLine;
use app::error::AppError;
use app::i18n::{Arg, use_i18n};
use app::ids::SessionId;
use app::live::{clock_time, date_time};
use app::session::api::{SaveNote, get_history};
use app::session::{HistoryItem, MAX_NOTE};
use app::snapshot::SnapshotInfo;
use app::snapshot::api::list_snapshots;
use app::t;

/// The panel.
#[component]
pub fn HistoryPanel(session: SessionId) -> impl IntoView {
    let i18n = use_i18n();
    let note = RwSignal::new(String::new());
    let items = RwSignal::new(Vec::<HistoryItem>::new());
    let loaded = RwSignal::new(false);
    let load_error = RwSignal::new(None::<AppError>);
    let save = ServerAction::<SaveNote>::new();
    let saved = Memo::new(move |_| matches!(save.value().get(), Some(Ok(()))));
    let save_error = Signal::derive(move || save.value().get().and_then(Result::err));
    let snapshots = RwSignal::new(Vec::<SnapshotInfo>::new());
    {
        // This session's snapshots, again whenever a new one is logged.
        let feed = app::live::use_feed();
        let session = session.clone();
        Effect::new(move |_| {
            let taken = feed.logs.with(|m| {
                m.get(&session)
                    .map_or(0, |l| l.iter().filter(|e| e.kind == "snapshot").count())
            });
            let session = session.clone();
            leptos::task::spawn_local(async move {
                if let Ok(list) = list_snapshots(session).await {
                    snapshots.set(list);
                }
            });
            taken
        });
    }
    {
        let session = session.clone();
        let load = move || {
            let session = session.clone();
            leptos::task::spawn_local(async move {
                match get_history(session).await {
                    Ok((n, list)) => {
                        note.set(n);
                        items.set(list);
                        loaded.set(true);
                    }
                    Err(e) => load_error.set(Some(e)),
                }
            });
        };
        #[cfg(feature = "hydrate")]
        load();
        #[cfg(not(feature = "hydrate"))]
        let _ = load;
    }
    let submit = {
        let session = session.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            save.dispatch(SaveNote {
                session: session.clone(),
                note: note.get_untracked(),
            });
        }
    };
    view! {
        <section class="history" aria-label=t!(i18n, "history-title")>
            <ErrorLine error=load_error />
            <form class="history__note" on:submit=submit>
                <label class="field">
                    <span>{t!(i18n, "history-note")}</span>
                    <textarea maxlength=MAX_NOTE rows="4" bind:value=note></textarea>
                </label>
                <div class="session-panel__actions">
                    <button class="button" type="submit" prop:disabled=move || save.pending().get()>{t!(i18n, "history-save-note")}</button>
                    <span role="status">{move || saved.get().then(|| i18n.t("history-note-saved"))}</span>
                </div>
                <ErrorLine error=save_error />
            </form>
            <h3>{t!(i18n, "history-snapshots")}</h3>
            <Show when=move || snapshots.with(Vec::is_empty)>
                <p class="session-list__empty">{t!(i18n, "history-no-snapshots")}</p>
            </Show>
            <SnapshotList list=snapshots />
            <h3>{t!(i18n, "history-earlier")}</h3>
            <Show when=move || loaded.get() && items.with(Vec::is_empty)>
                <p class="session-list__empty">{t!(i18n, "history-none")}</p>
            </Show>
            <ul class="history__items">
                <For each=move || items.get() key=|h| h.id.clone() let:h>
                    <li>
                        <details>
                            <summary>
                                {
                                    let (when, name, state) = (date_time(h.created_at), h.customer_name.clone(), h.state);
                                    move || i18n.t_with(
                                        "history-summary",
                                        &[
                                            ("date", Arg::Str(when.clone())),
                                            ("name", Arg::Str(name.clone())),
                                            ("state", Arg::Str(i18n.t(state.key()))),
                                        ],
                                    )
                                }
                            </summary>
                            {(!h.note.is_empty()).then(|| view! { <blockquote class="session-panel__note">{h.note.clone()}</blockquote> })}
                            <SnapshotList list=h.snapshots.clone() />
                            <ol class="session-log__lines">
                                {h.log.iter().map(|e| {
                                    let e = e.clone();
                                    view! {
                                        <li>
                                            <time class="session-log__time">{clock_time(e.at)}</time>
                                            " "
                                            <span>{move || describe(i18n, &e)}</span>
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                        </details>
                    </li>
                </For>
            </ul>
        </section>
    }
    .into_any()
}

/// Snapshots as thumbnails that open the full picture.
#[component]
fn SnapshotList(#[prop(into)] list: Signal<Vec<SnapshotInfo>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="snapshots">
            <For each=move || list.get() key=|s| s.id.clone() let:s>
                <li>
                    <a href=s.url() target="_blank" rel="noopener">
                        <img src=s.url() loading="lazy" width="160"
                            alt=move || i18n.t_with("history-snapshot", &[("time", Arg::Str(date_time(s.at)))]) />
                    </a>
                </li>
            </For>
        </ul>
    }
}
