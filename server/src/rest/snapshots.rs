//! Snapshots: `POST /sessions/{id}/snapshots` (the technician's PNG, kept with the session
//! and logged) and `GET /snapshots/{id}.png` (for technicians of the organisation, as
//! History & Notes shows earlier sessions of a customer to them).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use app::auth::server::{db_error, me_from_request};
use app::error::AppError;
use app::ids::SessionId;
use app::session::SessionState;
use app::session::repo::{self as sessions, NewEvent};
use app::snapshot::repo::{self, NewSnapshot};
use app::snapshot::{MAX_PER_SESSION, SnapshotInfo, png_size};
use app::ssr_ctx::{Ctx, HubNotice};

use super::refuse;

/// The upload: the body is the PNG (`Content-Type: image/png`).
pub async fn upload(
    req: HttpRequest,
    ctx: web::Data<Ctx>,
    path: web::Path<String>,
    body: web::Bytes,
) -> HttpResponse {
    match store(&req, &ctx, SessionId(path.into_inner()), &body).await {
        Ok(info) => HttpResponse::Created().json(info),
        Err(e) => refuse(&e),
    }
}

async fn store(
    req: &HttpRequest,
    ctx: &Ctx,
    session: SessionId,
    png: &[u8],
) -> Result<SnapshotInfo, AppError> {
    let me = me_from_request(ctx, req)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let me = app::auth::server::usable(me)?;
    app::permission::require(me.perms, app::permission::Permission::Snapshot)?;
    let row = app::session::api::visible_session(ctx, &me, &session).await?;
    // Only the session's technician, while the picture is there.
    if row.owner.as_ref() != Some(&me.user) || !matches!(row.state, SessionState::Active) {
        return Err(AppError::Forbidden);
    }
    let is_png = req
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == b"image/png");
    let size = png_size(png)
        .filter(|_| is_png)
        .ok_or_else(|| AppError::InvalidInput {
            field: "snapshot".into(),
        })?;
    if repo::count(&ctx.db, &session).await.map_err(db_error)? >= MAX_PER_SESSION {
        return Err(AppError::InvalidInput {
            field: "snapshot".into(),
        });
    }
    let id = app::secret::internal_id();
    let at = ctx.now_ms();
    let actor = format!("technician:{}", me.user);
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    repo::insert(
        &mut *tx,
        &NewSnapshot {
            id: &id,
            session: &session,
            org: &me.org,
            by: &me.user,
            at,
            size,
            png,
        },
    )
    .await
    .map_err(db_error)?;
    sessions::insert_event(&mut *tx, &NewEvent::plain(&session, at, &actor, "snapshot"))
        .await
        .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    tracing::info!(session = %session, width = size.0, height = size.1, "snapshot kept");
    ctx.hub.notify(HubNotice::LogChanged(session));
    Ok(SnapshotInfo {
        id,
        at,
        width: size.0,
        height: size.1,
    })
}

/// The file.
pub async fn file(req: HttpRequest, ctx: web::Data<Ctx>, path: web::Path<String>) -> HttpResponse {
    let me = match me_from_request(&ctx, &req)
        .await
        .map(|m| m.map(app::auth::server::usable))
    {
        Ok(Some(Ok(me))) => me,
        Ok(None) => return HttpResponse::Unauthorized().finish(),
        Ok(Some(Err(e))) | Err(e) => return refuse(&e),
    };
    let Some(id) = path.strip_suffix(".png") else {
        return HttpResponse::NotFound().finish();
    };
    match repo::file(&ctx.db, &me.org, id).await {
        Ok(Some((_, png))) => HttpResponse::Ok()
            .content_type("image/png")
            .insert_header((header::CACHE_CONTROL, "private, max-age=86400"))
            .body(png),
        Ok(None) => HttpResponse::NotFound().finish(),
        Err(e) => {
            db_error(e);
            HttpResponse::InternalServerError().finish()
        }
    }
}
