//! Predefined replies in the console: the picker in the chat (pick one, edit it, send) and
//! the dialog to manage them, with the XML file export and import.

use leptos::prelude::*;

use crate::components::ui::close_on_escape;
use app::chat::MAX_TEXT;
use app::components::ui::ErrorLine;
use app::error::AppError;
use app::i18n::use_i18n;
use app::reply::api::{delete_reply, list_replies, save_reply};
use app::reply::{MAX_TITLE, Reply, ReplyDraft, ReplyKind};
use app::t;

/// Bumped whenever the technician's replies change, so every list reloads.
#[derive(Clone, Copy)]
struct RepliesVersion(RwSignal<u32>);

fn replies_version() -> RwSignal<u32> {
    match use_context::<RepliesVersion>() {
        Some(v) => v.0,
        None => {
            let v = RwSignal::new(0);
            provide_context(RepliesVersion(v));
            v
        }
    }
}

/// The picker: choosing a reply hands it to `on_pick` (which puts it in the box to edit).
#[component]
pub fn ReplyPicker(#[prop(into)] on_pick: Callback<ReplyDraft>) -> impl IntoView {
    let i18n = use_i18n();
    let version = replies_version();
    let replies = Resource::new(move || version.get(), |_| list_replies());
    let managing = RwSignal::new(false);
    let chosen = RwSignal::new(String::new());
    let list = move || replies.get().and_then(Result::ok).unwrap_or_default();
    let pick = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        if let Some(r) = list().into_iter().find(|r| r.id == id) {
            on_pick.run(r.draft);
        }
        chosen.set(String::new());
    };
    view! {
        <div class="reply-picker">
            <label class="visually-hidden" for="reply-pick">{t!(i18n, "replies-pick")}</label>
            <select id="reply-pick" on:change=pick prop:value=move || chosen.get()>
                <option value="">{t!(i18n, "replies-pick")}</option>
                <For each=list key=|r| (r.id.clone(), r.draft.title.clone()) let:r>
                    <option value=r.id.clone()>{r.draft.title.clone()}</option>
                </For>
            </select>
            <button class="button button--quiet" type="button" on:click=move |_| managing.set(true)>
                {t!(i18n, "replies-manage")}
            </button>
            <Show when=move || managing.get()>
                <RepliesDialog on_close=move |_| managing.set(false) />
            </Show>
        </div>
    }
}

/// Reads the chosen file's text (browser only).
#[cfg(feature = "hydrate")]
async fn file_text(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}

/// Manage replies: add, edit, delete, export, import — the technician's own, or (`shared`,
/// in the admin centre) the organisation's shared ones, which every technician can pick.
#[component]
pub fn RepliesDialog(
    #[prop(into)] on_close: Callback<()>,
    #[prop(optional)] shared: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    close_on_escape(on_close);
    let version = replies_version();
    let replies = Resource::new(move || version.get(), |_| list_replies());
    let editing = RwSignal::new(None::<String>);
    let kind = RwSignal::new(ReplyKind::Text);
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let status = RwSignal::new(None::<String>);
    let file = NodeRef::<leptos::html::Input>::new();

    let clear = move || {
        editing.set(None);
        kind.set(ReplyKind::Text);
        title.set(String::new());
        body.set(String::new());
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = ReplyDraft {
            kind: kind.get_untracked(),
            title: title.get_untracked(),
            body: body.get_untracked(),
        };
        let id = editing.get_untracked();
        leptos::task::spawn_local(async move {
            let saved = if shared {
                app::admin::api::admin_save_shared_reply(id, draft).await
            } else {
                save_reply(id, draft).await
            };
            match saved {
                Ok(_) => {
                    error.set(None);
                    clear();
                    version.update(|v| *v += 1);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let edit = move |r: Reply| {
        editing.set(Some(r.id));
        kind.set(r.draft.kind);
        title.set(r.draft.title);
        body.set(r.draft.body);
    };
    let remove = move |id: String| {
        leptos::task::spawn_local(async move {
            let deleted = if shared {
                app::admin::api::admin_delete_shared_reply(id).await
            } else {
                delete_reply(id).await
            };
            match deleted {
                Ok(()) => version.update(|v| *v += 1),
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let import = move |_| {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            let Some(input) = file.get_untracked() else {
                return;
            };
            let Some(xml) = file_text(&input).await else {
                return;
            };
            match app::reply::api::import_replies(xml).await {
                Ok(n) => {
                    error.set(None);
                    status.set(Some(i18n.t_with(
                        "replies-imported",
                        &[("count", app::i18n::Arg::Num(n as f64))],
                    )));
                    input.set_value("");
                    version.update(|v| *v += 1);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let list = move || {
        let mut all = replies.get().and_then(Result::ok).unwrap_or_default();
        all.retain(|r| r.shared == shared);
        all
    };
    let heading = move || {
        if shared {
            i18n.t("admin-org-shared-replies")
        } else {
            i18n.t("replies-title")
        }
    };

    view! {
        <div class="dialog-backdrop">
            <section class="dialog" role="dialog" aria-modal="true" aria-labelledby="replies-title">
                <header class="dialog__header">
                    <h2 id="replies-title">{heading}</h2>
                    <button class="button" type="button" on:click=move |_| on_close.run(())>{t!(i18n, "action-close")}</button>
                </header>
                <div class="dialog__body">
                    <ul class="reply-list" aria-label=heading>
                        <For each=list key=|r| (r.id.clone(), r.draft.clone()) let:r>
                            <li class="reply-list__item">
                                <span class="reply-list__title">{r.draft.title.clone()}</span>
                                <span class="reply-list__body">{r.draft.body.clone()}</span>
                                {
                                    let (for_edit, id) = (r.clone(), r.id.clone());
                                    view! {
                                        <button class="button button--quiet" type="button" on:click=move |_| edit(for_edit.clone())>{t!(i18n, "replies-edit")}</button>
                                        <button class="button button--quiet" type="button" on:click=move |_| remove(id.clone())>{t!(i18n, "replies-delete")}</button>
                                    }
                                }
                            </li>
                        </For>
                    </ul>
                    <form class="reply-form" on:submit=save>
                        <fieldset>
                            <legend>{move || if editing.get().is_some() { i18n.t("replies-edit") } else { i18n.t("replies-add") }}</legend>
                            <label class="field">
                                <span>{t!(i18n, "replies-kind")}</span>
                                <select on:change=move |ev| kind.set(if event_target_value(&ev) == "url" { ReplyKind::Url } else { ReplyKind::Text })
                                    prop:value=move || kind.get().as_str()>
                                    <option value="text">{t!(i18n, "replies-kind-text")}</option>
                                    <option value="url">{t!(i18n, "replies-kind-url")}</option>
                                </select>
                            </label>
                            <label class="field">
                                <span>{t!(i18n, "replies-field-title")}</span>
                                <input type="text" maxlength=MAX_TITLE bind:value=title />
                            </label>
                            <label class="field">
                                <span>{t!(i18n, "replies-field-body")}</span>
                                <textarea rows="3" maxlength=MAX_TEXT bind:value=body></textarea>
                            </label>
                            <div class="session-panel__actions">
                                <button class="button button--primary" type="submit">{t!(i18n, "action-save")}</button>
                                <Show when=move || editing.get().is_some()>
                                    <button class="button" type="button" on:click=move |_| clear()>{t!(i18n, "action-cancel")}</button>
                                </Show>
                            </div>
                        </fieldset>
                    </form>
                    <ErrorLine error=error />
                    <Show when=move || !shared>
                    <div class="reply-files">
                        <a class="button" href="/replies.xml" download="sightline-replies.xml">{t!(i18n, "replies-export")}</a>
                        <label class="field">
                            <span>{t!(i18n, "replies-import-file")}</span>
                            <input type="file" accept=".xml,application/xml,text/xml" node_ref=file />
                        </label>
                        <button class="button" type="button" on:click=import>{t!(i18n, "replies-import")}</button>
                        <p role="status">{move || status.get()}</p>
                    </div>
                    </Show>
                </div>
            </section>
        </div>
    }
}
