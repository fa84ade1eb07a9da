//! Sightline's server: actix-web wiring, websocket signalling, the live hub.
//!
//! Request/response work lives in the `app` crate's server functions (compiled here with
//! the `ssr` feature); this crate adds what is live (the hub and `/ws`), plain HTTP
//! endpoints, configuration and start-up.

pub mod cli;
pub mod config;
pub mod cross_site;
pub mod error;
pub mod hub;
pub mod keys;
pub mod pages;
pub mod refusals;
pub mod rest;
pub mod serve;
pub mod ws;
