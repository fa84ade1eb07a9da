//! The customer's bundle: the PIN page (also `/` for visitors), an invite link's landing, a
//! self-service channel's page, and the session itself with its end page and survey. Nothing
//! of the technicians' console or the admin centre is here (`crates/console`), so a phone
//! downloads only what the customer uses.
//!
//! Every customer page is a full page load: the server looks up what the page needs, renders
//! it with [`shell`] and writes that [`Page`] into the document, where [`hydrate`] reads it
//! back. There is no client-side router and nothing is fetched before the page is
//! interactive.
//!
//! Features: `ssr` for the server's build, `hydrate` for the browser bundle
//! (`pkg/customer.*`).

#![recursion_limit = "256"]

pub mod board;
#[cfg(feature = "hydrate")]
pub mod camera;
pub mod journey;
pub mod pages;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use app::channel::PublicChannel;
use app::error::AppError;
use app::i18n::{Audience, provide_i18n};
use app::invite::CustomerInfo;
use pages::channel::ChannelPage;
use pages::link::LinkPage;
use pages::not_found::NotFoundPage;
use pages::pin::PinPage;
use pages::session::SessionPage;

/// A customer's page and what the server looked up for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Page {
    /// `/pin`, and `/` for visitors: type the PIN (`error`: why the last one was refused).
    Pin { error: Option<AppError> },
    /// `/j/<token>`: an invite link, redeemed by the page (`error`: why it was refused).
    Link {
        token: String,
        error: Option<AppError>,
    },
    /// `/c/<slug>`: a self-service channel, or why it cannot be joined (`error`: why the last
    /// join was refused).
    Channel {
        slug: String,
        channel: Result<PublicChannel, AppError>,
        error: Option<AppError>,
    },
    /// `/s`: the customer's session, or why there is none (`error`: why the survey answer
    /// was refused).
    Session {
        info: Result<CustomerInfo, AppError>,
        error: Option<AppError>,
    },
    /// Anything else (404).
    NotFound,
}

impl Page {
    /// The Fluent key of the page's title.
    pub fn title_key(&self) -> &'static str {
        match self {
            Page::Pin { .. } => "pin-page-title",
            Page::Link { .. } => "link-page-title",
            Page::Channel { .. } => "channel-page-title",
            Page::Session { .. } => "customer-page-title",
            Page::NotFound => "not-found-title",
        }
    }
}

impl Page {
    /// The path of the server function its form posts to, if it has one: a refusal comes
    /// back in the page's address for this form.
    pub fn form_path(&self) -> Option<&'static str> {
        use leptos::server_fn::ServerFn;
        match self {
            Page::Pin { .. } => Some(app::invite::api::RedeemPin::PATH),
            Page::Link { .. } => Some(app::invite::api::RedeemLink::PATH),
            Page::Channel { .. } => Some(app::channel::api::JoinChannel::PATH),
            Page::Session { .. } => Some(app::invite::api::SubmitSurvey::PATH),
            Page::NotFound => None,
        }
    }

    /// The page with the refusal of its form.
    pub fn with_error(mut self, refusal: AppError) -> Page {
        match &mut self {
            Page::Pin { error }
            | Page::Link { error, .. }
            | Page::Channel { error, .. }
            | Page::Session { error, .. } => *error = Some(refusal),
            Page::NotFound => {}
        }
        self
    }
}

/// Which customer page a path names, before the server looked anything up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/pin` or `/`.
    Pin,
    /// `/j/<token>`.
    Link(String),
    /// `/c/<slug>`.
    Channel(String),
    /// `/s`.
    Session,
    /// Not a customer page.
    NotFound,
}

impl Route {
    /// Parses a request path.
    pub fn of(path: &str) -> Route {
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        match segments.as_slice() {
            [""] | ["pin"] => Route::Pin,
            ["s"] => Route::Session,
            ["j", token] if !token.is_empty() => Route::Link((*token).to_owned()),
            ["c", slug] if !slug.is_empty() => Route::Channel((*slug).to_owned()),
            _ => Route::NotFound,
        }
    }
}

/// The id of the element that carries the page's data to the browser.
pub const PAGE_DATA_ID: &str = "sl-page";

/// The HTML document of a customer's page (server only): the page's data for the browser
/// beside the rendered page.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions, board_loader: String, page: Page) -> impl IntoView {
    use app::i18n::MESSAGES_ID;
    use leptos::nonce::use_nonce;
    use leptos_meta::HashedStylesheet;
    let i18n = provide_i18n(Audience::Customer);
    let title = i18n.t(page.title_key());
    let messages = app::i18n::page_messages(i18n.lang(), Audience::Customer);
    // The binary form as base64url: nothing in it can end the element early.
    let data = app::wire::to_text(&page);
    view! {
        <!DOCTYPE html>
        <html lang=i18n.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
                <meta name="color-scheme" content="light dark" />
                <title>{title}</title>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <script id=MESSAGES_ID type="text/plain" inner_html=messages></script>
                <script id=PAGE_DATA_ID type="text/plain" inner_html=data></script>
                // The session page loads its drawing layer on demand (`board`).
                {matches!(page, Page::Session { .. }).then(|| view! { <script nonce=use_nonce() inner_html=board_loader></script> })}
                <HydrationScripts options />
            </head>
            <body>
                <App page />
            </body>
        </html>
    }
}

/// The customer's page.
#[component]
pub fn App(page: Page) -> impl IntoView {
    let i18n = provide_i18n(Audience::Customer);
    let title_key = page.title_key();
    // The document's title and language follow a change of language.
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let title = i18n.t(title_key);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&title);
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", i18n.lang().code());
            }
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (i18n, title_key);
    match page {
        Page::Pin { error } => view! { <PinPage error /> }.into_any(),
        Page::Link { token, error } => view! { <LinkPage token error /> }.into_any(),
        Page::Channel {
            slug,
            channel,
            error,
        } => view! { <ChannelPage slug channel error /> }.into_any(),
        Page::Session { info, error } => view! { <SessionPage info error /> }.into_any(),
        Page::NotFound => view! { <NotFoundPage /> }.into_any(),
    }
}

/// Browser entry point: reads the page's data and hydrates the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    app::browser::mark_scripted();
    app::i18n::load_page_messages();
    let page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(PAGE_DATA_ID))
        .and_then(|el| el.text_content())
        .and_then(|text| app::wire::from_text::<Page>(&text).ok())
        .unwrap_or(Page::NotFound);
    leptos::mount::hydrate_body(move || view! { <App page /> });
    app::browser::mark_hydrated();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_pages() {
        assert_eq!(Route::of("/"), Route::Pin);
        assert_eq!(Route::of("/pin"), Route::Pin);
        assert_eq!(Route::of("/pin/"), Route::Pin);
        assert_eq!(Route::of("/s"), Route::Session);
        assert_eq!(Route::of("/j/abc"), Route::Link("abc".into()));
        assert_eq!(
            Route::of("/c/help-desk"),
            Route::Channel("help-desk".into())
        );
        assert_eq!(Route::of("/j/"), Route::NotFound);
        assert_eq!(Route::of("/j/a/b"), Route::NotFound);
        assert_eq!(Route::of("/console"), Route::NotFound);
        assert_eq!(Route::of("/nothing"), Route::NotFound);
    }
}
