//! Server functions answer a refusal with the status it deserves. Leptos sends every
//! server-function error as 500; this middleware, on `/fn/…` only, puts the `AppError`'s
//! own status on it (`AppError::http_status`: 4xx for refusals, with `Retry-After` on a
//! rate limit) and keeps the body, the error's JSON (`"pin-invalid"`). Redirects of form
//! posts without JavaScript, successes and the server's own failures pass unchanged. A
//! path that names no server function is 404 `"not-found"`, without Leptos's help text.
//!
//! Those redirects go back to the `Referer`, which browsers never send here
//! (`Referrer-Policy: no-referrer`): a plain form names its page in its action instead,
//! `/fn/…?back=/pin` (`app::uri::form_action`), and the middleware hands Leptos that page,
//! on this site only, as the referrer.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue, REFERER, RETRY_AFTER};
use actix_web::middleware::Next;
use actix_web::web;

use app::error::AppError;
use app::ssr_ctx::Ctx;

/// The answer to a refusal outside the server functions (REST routes, cross-site
/// requests): its status (`AppError::http_status`, `Retry-After` on a rate limit) and its
/// JSON, the same body the server functions send.
pub fn response(error: &AppError) -> actix_web::HttpResponse {
    let mut res = actix_web::HttpResponse::Ok().json(error);
    mark(&mut res, error);
    res
}

/// Gives `res` the status of `error` (and `Retry-After` on a rate limit).
fn mark<B>(res: &mut actix_web::HttpResponse<B>, error: &AppError) {
    *res.status_mut() =
        StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::BAD_REQUEST);
    if let AppError::RateLimited { retry_after_secs } = error
        && let Ok(value) = HeaderValue::from_str(&retry_after_secs.to_string())
    {
        res.headers_mut().insert(RETRY_AFTER, value);
    }
}

/// The answer to a request an extractor could not read (a form, a query, a path, JSON):
/// `invalid-input`; the parser's message goes to the log, not to the client.
pub fn unreadable(error: impl std::fmt::Display + std::fmt::Debug + 'static) -> actix_web::Error {
    tracing::debug!(%error, "unreadable request");
    let res = response(&AppError::InvalidInput {
        field: String::new(),
    });
    actix_web::error::InternalError::from_response(error, res).into()
}

/// The page a plain form came from (`?back=`), as an address on this site.
fn back_address(req: &ServiceRequest) -> Option<HeaderValue> {
    #[derive(serde::Deserialize)]
    struct Back {
        back: String,
    }
    let back = web::Query::<Back>::from_query(req.query_string())
        .ok()?
        .into_inner()
        .back;
    let base = &req.app_data::<web::Data<Ctx>>()?.settings.public_url;
    let address = format!(
        "{}{}",
        base.trim_end_matches('/'),
        app::site::local_path(&back)?
    );
    HeaderValue::from_str(&address).ok()
}

/// The middleware (`actix_web::middleware::from_fn`).
pub async fn status(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if let Some(back) = back_address(&req) {
        req.headers_mut().insert(REFERER, back);
    }
    let res = next.call(req).await?;
    let json = res
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/json"));
    if res.status() == StatusCode::BAD_REQUEST && !json {
        // Leptos's help text for a path that names no server function: none of it reaches
        // the client.
        let (req, _) = res.into_parts();
        return Ok(ServiceResponse::new(req, response(&AppError::NotFound)));
    }
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return Ok(res.map_into_boxed_body());
    }
    let (req, res) = res.into_parts();
    let (head, body) = res.into_parts();
    let Ok(bytes) = actix_web::body::to_bytes(body).await else {
        return Ok(ServiceResponse::new(req, head.set_body(BoxBody::new(()))));
    };
    let mut res = head.set_body(BoxBody::new(bytes.clone()));
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        mark(&mut res, &error);
    }
    Ok(ServiceResponse::new(req, res))
}
