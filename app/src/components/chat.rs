//! The chat of one session, for both sides: the messages, what is still being sent, a box
//! to write in, and (technicians) a link to push.

use leptos::prelude::*;

use crate::chat::{ChatAuthor, ChatBody, ChatError, ChatMessage, MAX_TEXT, MAX_URL};
use crate::components::replies::ReplyPicker;
use crate::i18n::{I18n, use_i18n};
use crate::ids::SessionId;
use crate::live::{clock_time, use_feed};
use crate::reply::{ReplyDraft, ReplyKind};
use crate::t;

/// Which side is looking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChatSide {
    /// The technician's console.
    Technician,
    /// The customer's page.
    Customer,
}

impl ChatSide {
    /// Whether this side wrote `m`.
    pub fn wrote(self, m: &ChatMessage) -> bool {
        matches!(
            (self, &m.from),
            (ChatSide::Technician, ChatAuthor::Technician { .. })
                | (ChatSide::Customer, ChatAuthor::Customer)
        )
    }
}

fn author(i18n: I18n, side: ChatSide, m: &ChatMessage) -> String {
    match &m.from {
        _ if side.wrote(m) => i18n.t("chat-you"),
        ChatAuthor::Technician { name } if !name.is_empty() => name.clone(),
        ChatAuthor::Technician { .. } => i18n.t("chat-technician"),
        ChatAuthor::Customer => i18n.t("log-actor-customer"),
    }
}

/// A message's body: text, or a link to tap (only `http`/`https` reach here: the server
/// validated it, and it is checked again before it becomes an `href`).
fn body_view(body: ChatBody) -> AnyView {
    match body {
        ChatBody::Text { text } => view! { <span class="chat__text">{text}</span> }.into_any(),
        ChatBody::Url { url } => match crate::chat::validate_url(&url) {
            Ok(href) => view! {
                <a class="chat__link" href=href target="_blank" rel="noopener noreferrer">{url}</a>
            }
            .into_any(),
            Err(_) => view! { <span class="chat__text">{url}</span> }.into_any(),
        },
    }
}

/// Unread messages of `session` for `side` (tracked).
pub fn unread(session: &SessionId, side: ChatSide) -> usize {
    use_feed().chat_unread(session, |m| side.wrote(m))
}

/// The chat panel. `visible` tells whether the person can see it (marks messages read).
#[component]
pub fn ChatPanel(
    session: SessionId,
    side: ChatSide,
    #[prop(into)] visible: Signal<bool>,
    /// Writing allowed (the session is open).
    #[prop(into)]
    can_write: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_feed();
    let sid = StoredValue::new(session);
    let messages = Memo::new(move |_| {
        feed.chats
            .with(|m| m.get(&sid.get_value()).cloned().unwrap_or_default())
    });
    let pending = Memo::new(move |_| {
        feed.sending
            .with(|m| m.get(&sid.get_value()).cloned().unwrap_or_default())
    });
    let text = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    let may_push_url = crate::permission::use_perms().has(crate::permission::Permission::PushUrl);
    let problem = RwSignal::new(None::<ChatError>);
    let list = NodeRef::<leptos::html::Ol>::new();

    // Seen while visible; keep the newest message in view.
    Effect::new(move |_| {
        let n = messages.with(Vec::len) + pending.with(Vec::len);
        if visible.get() {
            feed.chat_read(&sid.get_value());
        }
        if let Some(el) = list.get() {
            el.set_scroll_top(el.scroll_height());
        }
        n
    });

    let send =
        move |body: ChatBody, clear: RwSignal<String>| match feed.chat(&sid.get_value(), body) {
            Ok(()) => {
                problem.set(None);
                clear.set(String::new());
            }
            Err(e) => problem.set(Some(e)),
        };
    let send_text = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        send(
            ChatBody::Text {
                text: text.get_untracked(),
            },
            text,
        );
    };
    let send_url = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        send(
            ChatBody::Url {
                url: url.get_untracked(),
            },
            url,
        );
    };
    let problem_text = move || {
        problem.get().map(|e| match e {
            ChatError::Empty => i18n.t("chat-error-empty"),
            ChatError::TooLong => i18n.t("chat-error-too-long"),
            ChatError::BadUrl => i18n.t("chat-error-bad-url"),
        })
    };

    view! {
        <section class="chat" aria-label=t!(i18n, "chat-title")>
            <ol class="chat__messages" node_ref=list aria-live="polite">
                <For each=move || messages.get() key=|m| m.id.clone() let:m>
                    <li class="chat__message" data-mine=side.wrote(&m).to_string() data-id=m.id.0.clone()>
                        <span class="chat__meta">
                            <span class="chat__author">{author(i18n, side, &m)}</span>
                            " "
                            <time class="chat__time">{clock_time(m.at)}</time>
                        </span>
                        {body_view(m.body.clone())}
                    </li>
                </For>
                <For each=move || pending.get() key=|p| p.0.clone() let:p>
                    <li class="chat__message chat__message--pending" data-mine="true" data-id=p.0.0.clone()>
                        <span class="chat__meta">{t!(i18n, "chat-sending")}</span>
                        {body_view(p.1.clone())}
                    </li>
                </For>
            </ol>
            <Show when=move || can_write.get()>
                <form class="chat__form" on:submit=send_text>
                    <label class="visually-hidden" for="chat-input">{t!(i18n, "chat-input-label")}</label>
                    <input id="chat-input" type="text" autocomplete="off" maxlength=MAX_TEXT
                        placeholder=t!(i18n, "chat-input-label") bind:value=text />
                    <button class="button button--primary" type="submit">{t!(i18n, "chat-send")}</button>
                </form>
                <Show when=move || side == ChatSide::Technician>
                    <ReplyPicker on_pick=move |d: ReplyDraft| match d.kind {
                        ReplyKind::Text => text.set(d.body),
                        ReplyKind::Url => url.set(d.body),
                    } />
                </Show>
                <Show when=move || side == ChatSide::Technician && may_push_url>
                    <form class="chat__form" on:submit=send_url>
                        <label class="visually-hidden" for="chat-url">{t!(i18n, "chat-url-label")}</label>
                        <input id="chat-url" type="url" autocomplete="off" maxlength=MAX_URL
                            placeholder=t!(i18n, "chat-url-label") bind:value=url />
                        <button class="button" type="submit">{t!(i18n, "chat-send-url")}</button>
                    </form>
                </Show>
            </Show>
            <Show when=move || problem.get().is_some()>
                <p class="chat__problem" role="alert">{problem_text}</p>
            </Show>
        </section>
    }
    .into_any()
}
