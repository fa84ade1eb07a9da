//! Widgets both audiences show: props in, callbacks out. The console's own widgets are in
//! `crates/console`.

pub mod chat;
pub mod ui;
