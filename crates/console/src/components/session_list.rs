//! The technician's live session list: queue tabs (All, Private, Channel, Active) and the
//! table.

use leptos::prelude::*;

use app::i18n::{Arg, I18n, use_i18n};
use app::ids::{SessionId, UserId};
use app::live::{format_elapsed, use_feed, use_ticker};
use app::session::{SessionState, SessionView};
use app::t;

/// A customer waiting longer than this is highlighted.
const WAITING_ATTENTION_MS: i64 = 60_000;
/// A new session blinks for this long.
const FRESH_MS: i64 = 3_000;

/// The name to show for a session ("Customer" when none was given).
pub fn display_name(s: &SessionView, fallback: &str) -> String {
    if s.customer_name.is_empty() {
        fallback.to_owned()
    } else {
        s.customer_name.clone()
    }
}

/// The console's queue tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Queue {
    /// Everything this technician sees.
    All,
    /// Their own sessions and transfers addressed to them.
    Private,
    /// Customers waiting in a self-service channel this technician serves, not yet picked up.
    Channel,
    /// Sessions with media: active, on hold, being transferred, reconnecting.
    Active,
}

impl Queue {
    /// Every tab, in order.
    pub const ALL: [Queue; 4] = [Queue::All, Queue::Private, Queue::Channel, Queue::Active];

    /// Whether `s` belongs in this queue for technician `me`.
    pub fn contains(self, s: &SessionView, me: &UserId) -> bool {
        let mine = s.owned_by(me) || s.transfer.as_ref().is_some_and(|t| t.to == *me);
        match self {
            Queue::All => true,
            Queue::Private => mine,
            Queue::Channel => s.unclaimed(),
            Queue::Active => s.owned_by(me) && s.state.has_media(),
        }
    }

    /// Fluent key of the tab label.
    pub fn key(self) -> &'static str {
        match self {
            Queue::All => "queue-all",
            Queue::Private => "queue-private",
            Queue::Channel => "queue-channel",
            Queue::Active => "queue-active",
        }
    }
}

/// Whether a session needs the technician's attention now.
pub fn needs_attention(s: &SessionView, now: i64) -> bool {
    match s.state {
        SessionState::Waiting => now - s.state_since > WAITING_ATTENTION_MS,
        SessionState::Reconnecting { .. } | SessionState::Offline { .. } => true,
        _ => false,
    }
}

/// "m:ss", or for a held session "hold m:ss · total m:ss".
pub fn time_in_state(i18n: I18n, s: &SessionView, now: i64) -> String {
    let in_state = format_elapsed(now - s.state_since);
    if s.state == SessionState::OnHold {
        i18n.t_with(
            "session-hold-time",
            &[
                ("hold", Arg::Str(in_state)),
                ("total", Arg::Str(format_elapsed(now - s.created_at))),
            ],
        )
    } else {
        in_state
    }
}

/// A row as tab-separated text, for the clipboard.
pub fn row_text(i18n: I18n, s: &SessionView, me: &UserId, now: i64) -> String {
    [
        display_name(s, &i18n.t("session-default-customer-name")),
        s.id.to_string(),
        i18n.t(s.state.key_for(s, me)),
        time_in_state(i18n, s, now),
        s.fields[0].clone(),
        s.fields[1].clone(),
    ]
    .join("\t")
}

/// Queue tabs and the table of sessions; a row click selects one.
#[component]
pub fn SessionList(
    #[prop(into)] selected: Signal<Option<SessionId>>,
    #[prop(into)] on_select: Callback<SessionId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_feed();
    let ticker = use_ticker();
    let queue = RwSignal::new(Queue::All);
    let me = Memo::new(move |_| feed.me_user().unwrap_or(UserId(String::new())));
    let shown = Memo::new(move |_| {
        let me = me.get();
        let q = queue.get();
        feed.sessions
            .get()
            .into_iter()
            .filter(|s| q.contains(s, &me))
            .collect::<Vec<_>>()
    });
    let count = move |q: Queue| {
        let me = me.get();
        feed.sessions
            .with(|l| l.iter().filter(|s| q.contains(s, &me)).count())
    };
    let copied = RwSignal::new(None::<SessionId>);
    view! {
        <div class="queue-tabs" role="tablist" aria-label=t!(i18n, "queue-label")>
            {Queue::ALL
                .into_iter()
                .map(|q| {
                    view! {
                        <button
                            role="tab"
                            aria-selected=move || (queue.get() == q).to_string()
                            on:click=move |_| queue.set(q)
                        >
                            {move || i18n.t_with(q.key(), &[("count", Arg::Num(count(q) as f64))])}
                        </button>
                    }
                })
                .collect_view()}
        </div>
        <table class="session-list">
            <caption class="visually-hidden">{t!(i18n, "session-list-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, "session-list-name")}</th>
                    <th scope="col">{t!(i18n, "session-list-id")}</th>
                    <th scope="col">{t!(i18n, "session-list-state")}</th>
                    <th scope="col">{t!(i18n, "session-list-time")}</th>
                    <th scope="col">{crate::components::ui::field_label(i18n, 0)}</th>
                    <th scope="col">{crate::components::ui::field_label(i18n, 1)}</th>
                    <th scope="col"><span class="visually-hidden">{t!(i18n, "session-list-copy")}</span></th>
                </tr>
            </thead>
            <tbody>
                <For each=move || shown.get() key=|s| format!("{s:?}") let:s>
                    {
                        let id = s.id.clone();
                        let row_id = id.clone();
                        let is_selected = move || selected.get().as_ref() == Some(&row_id);
                        let state = s.state;
                        let view_for_state = s.clone();
                        let view_for_time = s.clone();
                        let view_for_attention = s.clone();
                        let view_for_copy = s.clone();
                        let view_for_name = s.clone();
                        let created = s.created_at;
                        let copy_id = id.clone();
                        let copy_check = id.clone();
                        let copy = move |_| {
                            let text = row_text(i18n, &view_for_copy, &me.get_untracked(), ticker.0.get_untracked());
                            copied.set(Some(copy_id.clone()));
                            #[cfg(feature = "hydrate")]
                            leptos::task::spawn_local(async move {
                                app::browser::copy_text(&text).await;
                            });
                            #[cfg(not(feature = "hydrate"))]
                            let _ = text;
                        };
                        view! {
                            <tr
                                class="session-list__row"
                                data-state=state.family()
                                data-attention=move || needs_attention(&view_for_attention, ticker.0.get()).then_some("true")
                                data-fresh=move || (ticker.0.get() - created < FRESH_MS).then_some("true")
                                aria-selected=move || is_selected().to_string()
                            >
                                <td>
                                    <button
                                        class="session-list__select"
                                        on:click={
                                            let id = id.clone();
                                            move |_| on_select.run(id.clone())
                                        }
                                    >
                                        {move || display_name(&view_for_name, &i18n.t("session-default-customer-name"))}
                                    </button>
                                </td>
                                <td class="session-list__id">{id.to_string()}</td>
                                <td>
                                    <span class="state-badge" data-state=state.family()>
                                        {move || i18n.t(view_for_state.state.key_for(&view_for_state, &me.get()))}
                                    </span>
                                    {(state == SessionState::Waiting).then(|| view! {
                                        <span class="session-list__connected">{t!(i18n, "session-customer-connected")}</span>
                                    })}
                                </td>
                                <td class="session-list__elapsed">
                                    {move || time_in_state(i18n, &view_for_time, ticker.0.get())}
                                </td>
                                <td class="session-list__field">{s.fields[0].clone()}</td>
                                <td class="session-list__field">{s.fields[1].clone()}</td>
                                <td>
                                    <button class="button button--quiet session-list__copy" on:click=copy aria-label=t!(i18n, "session-list-copy")>
                                        {move || if copied.get().as_ref() == Some(&copy_check) { i18n.t("session-list-copied") } else { i18n.t("session-list-copy-short") }}
                                    </button>
                                </td>
                            </tr>
                        }
                    }
                </For>
            </tbody>
        </table>
        <Show when=move || shown.with(Vec::is_empty)>
            <p class="session-list__empty">{t!(i18n, "session-list-empty")}</p>
        </Show>
    }
    .into_any()
}

/// The translated state of a session, coloured by family.
#[component]
pub fn StateBadge(#[prop(into)] view: Signal<SessionView>) -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_feed();
    view! {
        <span class="state-badge" data-state=move || view.get().state.family()>
            {move || {
                let v = view.get();
                let me = feed.me_user().unwrap_or(UserId(String::new()));
                i18n.t(v.state.key_for(&v, &me))
            }}
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::session::{Live, TransferView};

    fn view(owner: &str, state: SessionState) -> SessionView {
        SessionView {
            id: SessionId("A".into()),
            owner: Some(UserId(owner.into())),
            customer_name: String::new(),
            fields: [String::new(), String::new()],
            state,
            state_since: 1_000,
            created_at: 0,
            customer_online: true,
            transfer: None,
            media_seat: None,
            camera: Default::default(),
            recording: false,
            frozen: None,
            channel: None,
            problem: String::new(),
        }
    }

    #[test]
    fn queues() {
        let me = UserId("me".into());
        let mine_active = view("me", SessionState::OnHold);
        let mine_waiting = view("me", SessionState::Waiting);
        let mut incoming = view("other", SessionState::Transferring);
        incoming.transfer = Some(TransferView {
            from: UserId("other".into()),
            from_name: String::new(),
            to: me.clone(),
            to_name: String::new(),
            note: String::new(),
        });
        assert!(Queue::Active.contains(&mine_active, &me));
        assert!(!Queue::Active.contains(&mine_waiting, &me));
        assert!(Queue::Private.contains(&incoming, &me));
        assert!(
            !Queue::Active.contains(&incoming, &me),
            "not mine until accepted"
        );
        assert!(Queue::All.contains(&incoming, &me));
        assert!(!Queue::Channel.contains(&mine_waiting, &me));
        let queued = SessionView {
            owner: None,
            channel: Some("Printers".into()),
            ..view("x", SessionState::Waiting)
        };
        assert!(Queue::Channel.contains(&queued, &me));
        assert!(Queue::All.contains(&queued, &me));
        assert!(!Queue::Private.contains(&queued, &me));
        assert!(!Queue::Active.contains(&queued, &me));
    }

    #[test]
    fn attention() {
        assert!(!needs_attention(
            &view("me", SessionState::Waiting),
            1_000 + WAITING_ATTENTION_MS
        ));
        assert!(needs_attention(
            &view("me", SessionState::Waiting),
            1_001 + WAITING_ATTENTION_MS
        ));
        assert!(needs_attention(
            &view(
                "me",
                SessionState::Reconnecting {
                    back_to: Live::Active
                }
            ),
            1_000
        ));
        assert!(!needs_attention(
            &view("me", SessionState::Active),
            10_000_000
        ));
    }
}
