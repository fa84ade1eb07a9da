//! The technician's chat of one session: the shared chat panel, with the predefined replies
//! and (where the group allows it) a link to push under its text box.

use leptos::prelude::*;

use app::chat::{ChatBody, ChatError, MAX_URL};
use app::components::chat::{ChatPanel, ChatSide, problem_text};
use app::i18n::use_i18n;
use app::ids::SessionId;
use app::live::use_feed;
use app::permission::{Permission, use_perms};
use app::reply::{ReplyDraft, ReplyKind};
use app::t;

use crate::components::replies::ReplyPicker;

/// The console's chat panel.
#[component]
pub fn ConsoleChat(
    session: SessionId,
    #[prop(into)] visible: Signal<bool>,
    /// Writing allowed (the session is open and the group may chat).
    #[prop(into)]
    can_write: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_feed();
    let sid = StoredValue::new(session.clone());
    let text = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<ChatError>);
    let may_push_url = use_perms().has(Permission::PushUrl);
    let send_url = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = ChatBody::Url {
            url: url.get_untracked(),
        };
        match feed.chat(&sid.get_value(), body) {
            Ok(()) => {
                problem.set(None);
                url.set(String::new());
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    view! {
        <ChatPanel session side=ChatSide::Technician visible can_write draft=text>
            <ReplyPicker on_pick=move |d: ReplyDraft| match d.kind {
                ReplyKind::Text => text.set(d.body),
                ReplyKind::Url => url.set(d.body),
            } />
            <Show when=move || may_push_url>
                <form class="chat__form" on:submit=send_url>
                    <label class="visually-hidden" for="chat-url">{t!(i18n, "chat-url-label")}</label>
                    <input id="chat-url" type="url" autocomplete="off" maxlength=MAX_URL
                        placeholder=t!(i18n, "chat-url-label") bind:value=url />
                    <button class="button" type="submit">{t!(i18n, "chat-send-url")}</button>
                </form>
            </Show>
            <Show when=move || problem.get().is_some()>
                <p class="chat__problem" role="alert">{move || problem.get().map(|e| problem_text(i18n, e))}</p>
            </Show>
        </ChatPanel>
    }
}
