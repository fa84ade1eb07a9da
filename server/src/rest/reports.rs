//! CSV exports for administrators: `GET /admin/reports.csv?from=&to=&group=` (the sessions
//! of a report) and `GET /admin/audit.csv?search=` (the audit log). Same checks as the admin
//! centre's server functions: signed in, allowed to work, administrator; own organisation only.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use app::auth::server::db_error;
use app::ssr_ctx::Ctx;

use super::{admin, refuse};

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
