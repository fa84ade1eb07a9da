//! The customer's pages, one per route; each takes what the server looked up for it.

pub mod channel;
pub mod link;
pub mod not_found;
pub mod pin;
pub mod session;
