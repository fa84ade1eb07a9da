//! Small shared widgets: language selector, error line, page header.

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::{Lang, translate, use_i18n};
use crate::t;

/// The language selector shown on every page. Works as a plain form without JavaScript
/// (posts to `/lang`); with JavaScript it switches in place.
#[component]
pub fn LangSelect() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            i18n.set_lang(lang);
        }
    };
    view! {
        <form class="lang-select" method="post" action="/lang">
            <label class="visually-hidden" for="lang-select">
                {t!(i18n, "lang-label")}
            </label>
            <select id="lang-select" name="lang" on:change=on_change>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() selected=move || i18n.lang() == l>
                                {translate(l, "lang-name", &[])}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="lang-select__apply">
                {t!(i18n, "lang-apply")}
            </button>
        </form>
    }
}

/// An error line (announced to screen readers), empty when there is no error.
#[component]
pub fn ErrorLine(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="error-line" role="alert">
            {move || error.get().map(|e| i18n.error(&e))}
        </p>
    }
}

/// The top bar of public pages: brand and language.
#[component]
pub fn PublicHeader(
    #[prop(optional, into)] org_name: Option<String>,
    /// The organisation's logo (decorative: its name is written next to it).
    #[prop(optional_no_strip)]
    logo: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="public-header">
            <span class="brand">{t!(i18n, "brand-name")}</span>
            {logo.map(|src| view! { <img class="public-header__logo" src=src alt="" /> })}
            {org_name.map(|n| view! { <span class="public-header__org">{n}</span> })}
            <LangSelect />
        </header>
    }
}

/// A new password and its repetition (form fields `password` and `password_confirm`), with
/// the length hint: the first-run setup and the set-password page.
#[component]
pub fn NewPasswordFields() -> impl IntoView {
    let i18n = use_i18n();
    let min = crate::auth::MIN_PASSWORD_LEN;
    view! {
        <label class="field">
            <span>{t!(i18n, "field-password")}</span>
            <input name="password" type="password" autocomplete="new-password" minlength=min required=true aria-describedby="password-hint" />
        </label>
        <small id="password-hint" class="field__hint">{move || i18n.t_with("field-password-hint", &[("count", crate::i18n::Arg::Num(min as f64))])}</small>
        <label class="field">
            <span>{t!(i18n, "field-password-confirm")}</span>
            <input name="password_confirm" type="password" autocomplete="new-password" required=true />
        </label>
    }
}

/// The error of a server action's last result.
pub fn action_error<T, S>(value: S) -> Signal<Option<AppError>>
where
    T: 'static,
    S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || value.get().and_then(Result::err))
}

/// `KeyboardEvent.key` of the Escape key.
const ESCAPE_KEY: &str = "Escape"; // i18n-exempt: a key name, not text

/// Closes a modal dialog on Escape, wherever the focus is (a button that disappears after a
/// click leaves the focus on the page, not in the dialog). Call it in the dialog's body: the
/// listener goes away with the dialog.
pub fn close_on_escape(on_close: Callback<()>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == ESCAPE_KEY {
            on_close.run(());
        }
    });
    on_cleanup(move || handle.remove());
}

/// The label of custom field `index` (0 or 1): the organisation's name for it, from the
/// console's context, or the translated default.
pub fn field_label(i18n: crate::i18n::I18n, index: usize) -> String {
    let custom = use_context::<crate::auth::Me>()
        .and_then(|me| me.field_names.get(index).cloned().flatten())
        .filter(|n| !n.is_empty());
    custom.unwrap_or_else(|| {
        if index == 0 {
            i18n.t("new-session-field-1")
        } else {
            i18n.t("new-session-field-2")
        }
    })
}
