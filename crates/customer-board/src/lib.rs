//! The part of the customer's page that most customers never need, loaded the first time
//! the board has a shape, the picture freezes or an anchor arrives
//! (`crates/customer/src/board.rs` loads it and feeds it). It paints the board over the
//! camera picture, keeps the frozen still over it, and tracks the shapes that follow
//! objects: `app::rtc::overlay` and `app::rtc::follow`, with the tracker, on a copy of the
//! board the page hands over whenever it changes. It is a WebAssembly module of its own,
//! so it shares nothing with the page's bundle but what passes through JavaScript: the
//! elements, the board and messages in the wire's binary form (`app::wire`).
//!
//! The same module runs the follow worker (`app::rtc::follow_worker`), on both pages: the
//! console's and the customer's tracking runs there where the browser can.

#[cfg(feature = "hydrate")]
mod layer;

#[cfg(feature = "hydrate")]
pub use layer::{Layer, follow_worker, start};
