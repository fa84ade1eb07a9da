//! The chat of one session, for both sides: the messages, what is still being sent, and a
//! box to write in. The console adds its replies and link pushing under the box.

use leptos::prelude::*;

use crate::chat::{ChatAuthor, ChatBody, ChatError, ChatMessage, MAX_TEXT};
use crate::i18n::{I18n, use_i18n};
use crate::ids::SessionId;
use crate::live::{clock_time, use_feed};
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

/// The words for a chat problem.
pub fn problem_text(i18n: I18n, problem: ChatError) -> String {
    match problem {
        ChatError::Empty => i18n.t("chat-error-empty"),
        ChatError::TooLong => i18n.t("chat-error-too-long"),
        ChatError::BadUrl => i18n.t("chat-error-bad-url"),
    }
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
    /// The text being written (the console's reply picker fills it).
    #[prop(optional)]
    draft: Option<RwSignal<String>>,
    /// More ways to write, under the text box (the console's replies and link pushing).
    #[prop(optional)]
    children: Option<ChildrenFn>,
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
    let text = draft.unwrap_or_else(|| RwSignal::new(String::new()));
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

    let send_text = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = ChatBody::Text {
            text: text.get_untracked(),
        };
        match feed.chat(&sid.get_value(), body) {
            Ok(()) => {
                problem.set(None);
                text.set(String::new());
            }
            Err(e) => problem.set(Some(e)),
        }
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
                {children.clone().map(|c| c())}
            </Show>
            <Show when=move || problem.get().is_some()>
                <p class="chat__problem" role="alert">{move || problem.get().map(|e| problem_text(i18n, e))}</p>
            </Show>
        </section>
    }
    .into_any()
}
