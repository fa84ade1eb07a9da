//! CSV exports for administrators: `GET /admin/reports.csv?from=&to=&group=` (the sessions
//! of a report) and `GET /admin/audit.csv?search=` (the audit log). Same checks as the admin
//! centre's server functions: signed in, allowed to work, administrator; own organisation only.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use app::auth::Me;
use app::auth::server::{db_error, me_from_request, usable};
use app::error::AppError;
use app::ssr_ctx::Ctx;

/// The report's filters.
#[derive(Debug, Deserialize)]
pub struct ReportQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    group: String,
}

/// The audit log's search.
#[derive(Debug, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    search: String,
}

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

fn refuse(e: &AppError) -> HttpResponse {
    match e {
        AppError::Unauthenticated => HttpResponse::Unauthorized().finish(),
        AppError::Forbidden | AppError::TwoFactorRequired => HttpResponse::Forbidden().finish(),
        AppError::NotFound => HttpResponse::NotFound().finish(),
        AppError::InvalidInput { .. } => HttpResponse::BadRequest().finish(),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

fn csv_file(name: &str, body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body)
}

/// The sessions of a report.
pub async fn report(
    req: HttpRequest,
    ctx: web::Data<Ctx>,
    query: web::Query<ReportQuery>,
) -> HttpResponse {
    let rows = match admin(&ctx, &req).await {
        Ok(me) => {
            app::admin::api::report_rows(&ctx, &me, &query.from, &query.to, &query.group).await
        }
        Err(e) => Err(e),
    };
    match rows {
        Ok(rows) => csv_file("sightline-sessions.csv", app::report::csv(&rows)),
        Err(e) => refuse(&e),
    }
}

/// The audit log.
pub async fn audit(
    req: HttpRequest,
    ctx: web::Data<Ctx>,
    query: web::Query<AuditQuery>,
) -> HttpResponse {
    let me = match admin(&ctx, &req).await {
        Ok(me) => me,
        Err(e) => return refuse(&e),
    };
    match app::admin::repo::audit(&ctx.db, &me.org, &query.search).await {
        Ok(lines) => csv_file("sightline-audit.csv", app::admin::audit_csv(&lines)),
        Err(e) => refuse(&db_error(e)),
    }
}
