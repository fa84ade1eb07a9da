//! `GET /replies.xml`: the signed-in technician's predefined replies as a file to keep or
//! import elsewhere (the import is the `import_replies` server function).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use app::auth::server::{db_error, me_from_request, usable};
use app::reply::{repo, xml};
use app::ssr_ctx::Ctx;

/// The download.
pub async fn export(req: HttpRequest, ctx: web::Data<Ctx>) -> HttpResponse {
    let me = match me_from_request(&ctx, &req).await.map(|m| m.map(usable)) {
        Ok(Some(Ok(me))) => me,
        Ok(Some(Err(_))) => return HttpResponse::Forbidden().finish(),
        Ok(None) => return HttpResponse::Unauthorized().finish(),
        Err(_) => return HttpResponse::InternalServerError().finish(),
    };
    match repo::list(&ctx.db, repo::Owner::User(&me.user)).await {
        Ok(replies) => {
            let drafts: Vec<_> = replies.into_iter().map(|r| r.draft).collect();
            HttpResponse::Ok()
                .content_type("application/xml; charset=utf-8")
                .insert_header((
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"sightline-replies.xml\"",
                ))
                .insert_header((header::CACHE_CONTROL, "no-store"))
                .body(xml::export(&drafts))
        }
        Err(e) => {
            db_error(e);
            HttpResponse::InternalServerError().finish()
        }
    }
}
