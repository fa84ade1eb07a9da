//! The customer's pages: PIN entry, link landing, self-service channel, the session itself.

pub mod channel;
pub mod join;
pub mod link;
pub mod pin;
