//! The technician's pages: sign-in, first-run setup, setting a password from an invitation,
//! the console, the admin centre.

pub mod admin;
pub mod console;
pub mod set_password;
pub mod setup;
pub mod sign_in;
pub mod sign_in_code;
