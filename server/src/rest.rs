//! Plain HTTP endpoints outside Leptos: health, the no-JavaScript language form, and the
//! static browser bundle (served precompressed, with cache headers).

pub mod assets;
pub mod health;
pub mod lang;
