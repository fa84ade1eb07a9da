//! The technician's pages: sign-in, first-run setup, the console.

pub mod console;
pub mod setup;
pub mod sign_in;
pub mod sign_in_code;
