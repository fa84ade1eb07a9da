//! The technicians' and administrators' bundle: sign-in, first-run setup, the console, the
//! admin centre, setting a password from an invitation. Served at `/signin`, `/signin/code`,
//! `/setup`, `/console`, `/admin` and `/password/<token>`; the customer's pages are
//! `crates/customer`'s.
//!
//! Features: `ssr` for the server's build (the server renders these pages), `hydrate` for the
//! browser bundle (`pkg/console.*`).

#![recursion_limit = "256"]

pub mod components;
pub mod pages;
#[cfg(feature = "hydrate")]
pub mod rtc;

use leptos::prelude::*;
use leptos_meta::{Html, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use app::i18n::{Audience, provide_i18n};
use pages::admin::AdminPage;
use pages::console::ConsolePage;
use pages::set_password::SetPasswordPage;
use pages::setup::SetupPage;
use pages::sign_in::SignInPage;
use pages::sign_in_code::SignInCodePage;

/// The HTML document around the console's pages (server only). `base_css` is the customer
/// bundle's stylesheet (tokens, base, shared widgets), loaded before the console's own.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions, base_css: String) -> impl IntoView {
    use app::i18n::MESSAGES_ID;
    use leptos_meta::{HashedStylesheet, MetaTags};
    app::site::set_page_headers();
    let lang = provide_i18n(Audience::Console).lang();
    let messages = app::i18n::page_messages(lang, Audience::Console);
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="stylesheet" href=base_css />
                <HashedStylesheet options=options.clone() id="leptos" />
                <script id=MESSAGES_ID type="text/plain" inner_html=messages></script>
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The address of a bundle's stylesheet, with its content hash in a release build (server
/// only).
#[cfg(feature = "ssr")]
pub fn stylesheet_href(options: &LeptosOptions) -> String {
    app::site::bundle_file(options, "css")
}

/// The console's routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = provide_i18n(Audience::Console);
    view! {
        <Html attr:lang=move || i18n.code() />
        <Router>
            <Routes fallback=|| view! { <ElsewherePage /> }>
                <Route path=path!("/signin") view=SignInPage />
                <Route path=path!("/signin/code") view=SignInCodePage />
                <Route path=path!("/setup") view=SetupPage />
                <Route path=path!("/console") view=ConsolePage />
                <Route path=path!("/admin") view=AdminPage />
                <Route path=path!("/password/:token") view=SetPasswordPage />
            </Routes>
        </Router>
    }
}

/// A path this bundle does not serve, reached by navigating inside it (the server never
/// renders it here): load it from the server, which serves the right bundle.
#[component]
fn ElsewherePage() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    Effect::new(|_| {
        if let Some(location) = web_sys::window().map(|w| w.location()) {
            let _ = location.reload();
        }
    });
}

/// Browser entry point: hydrates the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    app::browser::mark_scripted();
    app::i18n::load_page_messages();
    leptos::mount::hydrate_body(App);
    app::browser::mark_hydrated();
}
