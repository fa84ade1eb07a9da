//! Requests from other sites are refused: a page elsewhere must not act with the cookies of
//! someone signed in here (cross-site request forgery, cross-site websocket hijacking).
//! Browsers say where a request comes from (`Sec-Fetch-Site`; `Origin` in older ones);
//! requests without either come from programs, which carry no one's cookies by accident
//! and are judged by their credentials alone (the text-message gateway's status hook).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{HttpRequest, web};

use app::error::AppError;
use app::ssr_ctx::Ctx;

/// Whether `req`'s `Origin` is this site (the public URL, or the host it was sent to), or
/// it has none.
pub fn origin_allowed(req: &HttpRequest, public_url: &str) -> bool {
    let Some(origin) = req.headers().get("origin").and_then(|v| v.to_str().ok()) else {
        return true;
    };
    if origin.trim_end_matches('/') == public_url.trim_end_matches('/') {
        return true;
    }
    let host = req.connection_info().host().to_owned();
    origin
        .split_once("://")
        .is_some_and(|(_, rest)| rest.trim_end_matches('/') == host)
}

/// Whether a browser sent `req` from another site (another origin, a sibling subdomain
/// included).
pub fn from_another_site(req: &HttpRequest, public_url: &str) -> bool {
    match req
        .headers()
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
    {
        Some("same-origin" | "none") => false,
        Some(_) => true,
        None => !origin_allowed(req, public_url),
    }
}

/// The middleware (`actix_web::middleware::from_fn`): every request that may change
/// something (any method but `GET`, `HEAD` and `OPTIONS`) from another site is refused
/// with 403 and the refusal's JSON (`"forbidden"`). The websocket upgrade, a `GET`,
/// checks for itself (`crate::ws`).
pub async fn refuse(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let foreign = !safe
        && from_another_site(
            req.request(),
            req.app_data::<web::Data<Ctx>>()
                .map_or("", |ctx| ctx.settings.public_url.as_str()),
        );
    if foreign {
        tracing::warn!(method = %req.method(), path = req.path(), "cross-site request refused");
        let res = crate::refusals::response(&AppError::Forbidden);
        return Ok(req.into_response(res));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}
