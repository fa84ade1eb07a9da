//! Plain HTTP endpoints outside Leptos: health, the no-JavaScript language form, the
//! replies file download, snapshots (upload and file), the text-message gateway's delivery
//! reports, the administrators' CSV exports, the organisation's logo, and the static browser
//! bundle (served precompressed, with cache headers).

use actix_web::{HttpRequest, HttpResponse};

use app::auth::Me;
use app::auth::server::{me_from_request, usable};
use app::error::AppError;
use app::ssr_ctx::Ctx;

pub mod assets;
pub mod health;
pub mod lang;
pub mod logo;
pub mod replies;
pub mod reports;
pub mod sms;
pub mod snapshots;

/// The HTTP answer to a refused request: the refusal's own status and its JSON, as the
/// server functions answer (`crate::refusals::response`).
fn refuse(e: &AppError) -> HttpResponse {
    crate::refusals::response(e)
}

/// The signed-in administrator of a request (the same checks as the admin centre's server
/// functions: signed in, allowed to work, administrator).
async fn admin(ctx: &Ctx, req: &HttpRequest) -> Result<Me, AppError> {
    let me = usable(
        me_from_request(ctx, req)
            .await?
            .ok_or(AppError::Unauthenticated)?,
    )?;
    if me.role.is_admin() {
        Ok(me)
    } else {
        Err(AppError::Forbidden)
    }
}
