//! The console's widgets: props in, callbacks out.

pub mod board_bar;
pub mod chat;
pub mod history;
pub mod new_session;
pub mod prefs;
pub mod replies;
pub mod session_list;
pub mod session_log;
pub mod session_panel;
pub mod stage;
pub mod transfer;
pub mod two_factor;
pub mod ui;
pub mod whiteboard;
