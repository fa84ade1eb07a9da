//! What both browser bundles and the server share: the types on the wire (protocol, session
//! states, errors), the concepts' server functions and, on the server, their SQL; the
//! translations; a page's live feed and the browser's edge (websocket, camera, WebRTC); and
//! the widgets both audiences show (language selector, chat, the board over the picture).
//!
//! The pages are elsewhere, by audience: `crates/customer` (the customer's bundle) and
//! `crates/console` (the technicians' and administrators' bundle). A bundle holds only what
//! its pages reach of this crate.
//!
//! Features: `ssr` for the server's build (server functions run here, with the database);
//! `hydrate` for the browser bundles (WebRTC, camera, websocket through `web-sys`).

#![recursion_limit = "256"]

pub mod admin;
pub mod auth;
pub mod channel;
pub mod chat;
pub mod components;
pub mod error;
pub mod follow;
pub mod group;
pub mod i18n;
pub mod ids;
pub mod invite;
pub mod live;
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
pub mod wire;

#[cfg(feature = "hydrate")]
pub mod browser;
#[cfg(feature = "hydrate")]
pub mod rtc;

#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod client_addr;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod secret;
#[cfg(feature = "ssr")]
pub mod secret_box;
#[cfg(feature = "ssr")]
pub mod site;
#[cfg(feature = "ssr")]
pub mod ssr_ctx;
