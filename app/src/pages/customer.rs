//! The customer's pages: PIN entry, link landing, the session itself.

pub mod join;
pub mod link;
pub mod pin;
