//! The organisation's logo: `PUT /admin/logo` (the PNG as the body) and `DELETE /admin/logo`
//! for its administrators, audited; `GET /logo/{org}.png` for everyone (customers' pages
//! show it before anyone signs in; a logo is public branding).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use app::admin::api::audit;
use app::auth::server::db_error;
use app::error::AppError;
use app::ids::OrgId;
use app::ssr_ctx::Ctx;

use super::{admin, refuse};

/// A new logo; answers with its address.
pub async fn put(req: HttpRequest, ctx: web::Data<Ctx>, body: web::Bytes) -> HttpResponse {
    let result = async {
        let me = admin(&ctx, &req).await?;
        let is_png = req
            .headers()
            .get(header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes() == b"image/png");
        if !is_png {
            return Err(AppError::InvalidInput {
                field: "logo".into(),
            });
        }
        let size = app::admin::check_logo(&body)?;
        let now = ctx.now_ms();
        app::admin::repo::set_logo(&ctx.db, &me.org, &body, size, now)
            .await
            .map_err(db_error)?;
        let detail = format!("{} × {}", size.0, size.1);
        audit(&ctx, &me, "logo-changed", None, Some(&detail)).await?;
        tracing::info!(org = %me.org, width = size.0, height = size.1, "logo changed");
        Ok(app::admin::logo_url(&me.org, now))
    }
    .await;
    match result {
        Ok(url) => HttpResponse::Ok().json(url),
        Err(e) => refuse(&e),
    }
}

/// No logo any more.
pub async fn delete(req: HttpRequest, ctx: web::Data<Ctx>) -> HttpResponse {
    let result = async {
        let me = admin(&ctx, &req).await?;
        if !app::admin::repo::delete_logo(&ctx.db, &me.org)
            .await
            .map_err(db_error)?
        {
            return Err(AppError::NotFound);
        }
        audit(&ctx, &me, "logo-changed", None, Some("-")).await
    }
    .await;
    match result {
        Ok(()) => HttpResponse::NoContent().finish(),
        Err(e) => refuse(&e),
    }
}

/// The file (its address changes with every new logo, so it may be kept for a day).
pub async fn file(ctx: web::Data<Ctx>, path: web::Path<String>) -> HttpResponse {
    let Some(org) = path.strip_suffix(".png") else {
        return HttpResponse::NotFound().finish();
    };
    match app::admin::repo::logo(&ctx.db, &OrgId(org.to_owned())).await {
        Ok(Some(png)) => HttpResponse::Ok()
            .content_type("image/png")
            .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
            .body(png),
        Ok(None) => HttpResponse::NotFound().finish(),
        Err(e) => {
            db_error(e);
            HttpResponse::InternalServerError().finish()
        }
    }
}
