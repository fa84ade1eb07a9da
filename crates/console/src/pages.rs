//! Route targets of the console's bundle: read parameters, create resources and actions, lay
//! out components.

pub mod admin;
pub mod console;
pub mod set_password;
pub mod setup;
pub mod sign_in;
pub mod sign_in_code;
