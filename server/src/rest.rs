//! Plain HTTP endpoints outside Leptos: health, the no-JavaScript language form, the
//! replies file download, snapshots (upload and file), the text-message gateway's delivery
//! reports, the administrators' CSV exports, the organisation's logo, and the static browser bundle (served
//! precompressed, with cache headers).

pub mod assets;
pub mod health;
pub mod lang;
pub mod logo;
pub mod replies;
pub mod reports;
pub mod sms;
pub mod snapshots;
