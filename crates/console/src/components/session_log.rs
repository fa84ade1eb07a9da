//! The session log panel: every event with its time, loaded once and then pushed live.

use leptos::prelude::*;

use app::i18n::{Arg, I18n, use_i18n};
use app::ids::SessionId;
use app::live::{clock_time, use_feed};
use app::session::{LogActor, LogEntry, state_key_by_name};
use app::t;

/// One log line, translated: "who: what".
pub fn describe(i18n: I18n, e: &LogEntry) -> String {
    let state = |name: &Option<String>| {
        name.as_deref()
            .map(|n| i18n.t(state_key_by_name(n)))
            .unwrap_or_default()
    };
    let what = i18n.t_with(
        &format!("log-{}", e.kind),
        &[
            ("from", Arg::Str(state(&e.from))),
            ("to", Arg::Str(state(&e.to))),
            ("detail", Arg::Str(e.detail.clone().unwrap_or_default())),
        ],
    );
    let who = match &e.actor {
        LogActor::Technician { name } => name.clone(),
        LogActor::Customer => i18n.t("log-actor-customer"),
        LogActor::System => i18n.t("log-actor-system"),
    };
    match (&e.kind[..], &e.detail) {
        // A transition's detail is a timeout kind or a transfer note.
        ("transition", Some(d)) if !d.is_empty() => format!("{who}: {what} ({d})"),
        _ => format!("{who}: {what}"),
    }
}

/// The log of one session.
#[component]
pub fn LogPanel(session: SessionId) -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_feed();
    #[cfg(feature = "hydrate")]
    {
        let session = session.clone();
        leptos::task::spawn_local(async move {
            if let Ok(entries) = app::session::api::get_session_log(session.clone()).await {
                feed.set_log(&session, entries);
            }
        });
    }
    let lines = Memo::new(move |_| {
        feed.logs
            .with(|m| m.get(&session).cloned().unwrap_or_default())
    });
    view! {
        <section class="session-log" aria-label=t!(i18n, "session-log-title")>
            <ol class="session-log__lines">
                // Keyed by position *and* content: loading the whole log replaces the lines
                // pushed so far, and a row must not keep showing the line it had before.
                <For each=move || lines.get().into_iter().enumerate() key=|(i, e)| (*i, e.at, e.kind.clone()) let:line>
                    <li>
                        <time class="session-log__time">{clock_time(line.1.at)}</time>
                        " "
                        <span>{move || describe(i18n, &line.1)}</span>
                    </li>
                </For>
            </ol>
        </section>
    }
    .into_any()
}
