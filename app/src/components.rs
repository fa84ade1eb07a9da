//! Reusable view pieces: props in, callbacks out.

pub mod new_session;
pub mod session_list;
pub mod session_panel;
pub mod ui;
