//! Server functions answer a refusal with the status it deserves. Leptos sends every
//! server-function error as 500; this middleware, on `/fn/…` only, puts the `AppError`'s
//! own status on it (`AppError::http_status`: 4xx for refusals, with `Retry-After` on a
//! rate limit) and keeps the body, the error's JSON (`"pin-invalid"`). Redirects of form
//! posts without JavaScript, successes and the server's own failures pass unchanged.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderValue, RETRY_AFTER};
use actix_web::middleware::Next;

use app::error::AppError;

/// The middleware (`actix_web::middleware::from_fn`).
pub async fn status(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?;
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
        if let Ok(code) = StatusCode::from_u16(error.http_status()) {
            *res.status_mut() = code;
        }
        if let AppError::RateLimited { retry_after_secs } = error
            && let Ok(value) = HeaderValue::from_str(&retry_after_secs.to_string())
        {
            res.headers_mut().insert(RETRY_AFTER, value);
        }
    }
    Ok(ServiceResponse::new(req, res))
}
