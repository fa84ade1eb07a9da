//! Sightline's application: pages and components (Leptos, SSR + hydration), and the types
//! shared by the server and the browser (protocol, session states, errors, translations).
//!
//! Features: `ssr` for the server's build (server functions run here, with the database);
//! `hydrate` for the browser bundle (WebRTC, camera, websocket through `web-sys`).

#![recursion_limit = "256"]

pub mod admin;
pub mod auth;
pub mod channel;
pub mod chat;
pub mod components;
pub mod customer;
pub mod error;
pub mod follow;
pub mod group;
pub mod i18n;
pub mod ids;
pub mod invite;
pub mod live;
pub mod pages;
pub mod permission;
pub mod prefs;
pub mod presence;
pub mod protocol;
pub mod quality;
pub mod reply;
pub mod report;
pub mod session;
pub mod sms;
pub mod snapshot;
pub mod throttle;
pub mod two_factor;
pub mod uri;
pub mod whiteboard;

#[cfg(feature = "hydrate")]
pub mod browser;
#[cfg(feature = "hydrate")]
pub mod rtc;

#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod secret;
#[cfg(feature = "ssr")]
pub mod ssr_ctx;

use leptos::prelude::*;
use leptos_meta::{Html, MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::i18n::provide_i18n;
use crate::pages::customer::channel::ChannelPage;
use crate::pages::customer::join::JoinPage;
use crate::pages::customer::link::LinkPage;
use crate::pages::customer::pin::PinPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::root::RootPage;
use crate::pages::tech::admin::AdminPage;
use crate::pages::tech::console::ConsolePage;
use crate::pages::tech::set_password::SetPasswordPage;
use crate::pages::tech::setup::SetupPage;
use crate::pages::tech::sign_in::SignInPage;
use crate::pages::tech::sign_in_code::SignInCodePage;

/// The HTML document around the app (server only).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::HashedStylesheet;
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The application: routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = provide_i18n();
    view! {
        <Html attr:lang=move || i18n.lang().code() />
        <Router>
            <Routes fallback=|| view! { <NotFoundPage /> }>
                <Route path=path!("/") view=RootPage />
                <Route path=path!("/pin") view=PinPage />
                <Route path=path!("/j/:token") view=LinkPage />
                <Route path=path!("/c/:slug") view=ChannelPage />
                <Route path=path!("/s") view=JoinPage />
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

/// Browser entry point: hydrates the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Lets the stylesheet hide no-JavaScript fallbacks (the language form's button).
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-js", "");
    }
    leptos::mount::hydrate_body(App);
}
