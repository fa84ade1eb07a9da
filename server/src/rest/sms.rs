//! `POST /hooks/sms/status`: delivery reports from the text-message gateway. Only reports
//! signed with the gateway's token for this URL are taken; they update the message's status
//! and add a line to the session log.

use actix_web::{HttpRequest, HttpResponse, web};

use app::session::repo::{NewEvent, insert_event};
use app::sms::gateway::SmsGateway;
use app::sms::{STATUS_HOOK, SmsStatus, repo};
use app::ssr_ctx::{Ctx, HubNotice};

/// Header carrying the report's signature.
const SIGNATURE: &str = "x-twilio-signature";

/// A delivery report (form fields `MessageSid`, `MessageStatus`, and others, all signed).
pub async fn status(
    req: HttpRequest,
    ctx: web::Data<Ctx>,
    form: web::Form<Vec<(String, String)>>,
) -> HttpResponse {
    let Some(gateway) = &ctx.settings.sms else {
        return HttpResponse::NotFound().finish();
    };
    let params = form.into_inner();
    let signature = req
        .headers()
        .get(SIGNATURE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let url = format!("{}{STATUS_HOOK}", ctx.settings.public_url);
    if !gateway.verify(&url, &params, signature) {
        tracing::warn!("text-message report with a bad signature refused");
        return HttpResponse::Forbidden().finish();
    }
    let field = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let (Some(sid), Some(word)) = (field("MessageSid"), field("MessageStatus")) else {
        return HttpResponse::BadRequest().finish();
    };
    let (status, kind) = match SmsStatus::from_gateway(word) {
        Some(s @ SmsStatus::Delivered) => (s, "sms-delivered"),
        Some(s @ SmsStatus::Failed) => (s, "sms-failed"),
        // On its way, or a word we do not know: nothing to record.
        Some(SmsStatus::Sent) | None => return HttpResponse::NoContent().finish(),
    };
    let now = ctx.now_ms();
    match repo::report(&ctx.db, sid, status, now).await {
        Ok(Some((session, to))) => {
            let mut event = NewEvent::plain(&session, now, "system", kind);
            event.detail = Some(&to);
            if let Err(e) = insert_event(&ctx.db, &event).await {
                tracing::error!(error = %e, "text-message report not logged");
                return HttpResponse::InternalServerError().finish();
            }
            ctx.hub.notify(HubNotice::LogChanged(session));
        }
        Ok(None) => {}
        Err(e) => {
            tracing::error!(error = %e, "text-message report not stored");
            return HttpResponse::InternalServerError().finish();
        }
    }
    HttpResponse::NoContent().finish()
}
