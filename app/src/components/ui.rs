//! Small widgets of every page: language selector, error line, the public pages' header.

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::{Lang, languages, use_i18n};
use crate::t;

/// The language selector shown on every page. Works as a plain form without JavaScript
/// (posts to `/lang`); with JavaScript it switches in place.
#[component]
pub fn LangSelect() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::parse(&event_target_value(&ev)) {
            i18n.set_lang(lang);
        }
    };
    view! {
        <form class="lang-select" method="post" action="/lang">
            // Where to come back to: browsers send no Referer here.
            <input type="hidden" name="back" value=current_path() />
            <label class="visually-hidden" for="lang-select">
                {t!(i18n, "lang-label")}
            </label>
            <select id="lang-select" name="lang" on:change=on_change>
                {languages()
                    .into_iter()
                    .map(|(l, name)| {
                        view! {
                            <option value=l.code().to_owned() selected=move || i18n.lang() == l>
                                {name}
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

/// The path of the page shown: the request's on the server, the address bar's in the
/// browser.
fn current_path() -> String {
    #[cfg(feature = "ssr")]
    let path = use_context::<leptos_actix::Request>().map(|req| req.path().to_owned());
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    let path = web_sys::window().and_then(|w| w.location().pathname().ok());
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    let path = None;
    path.unwrap_or_else(|| "/".to_owned())
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

/// The error of a server action's last result.
pub fn action_error<T, S>(value: S) -> Signal<Option<AppError>>
where
    T: 'static,
    S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || value.get().and_then(Result::err))
}
