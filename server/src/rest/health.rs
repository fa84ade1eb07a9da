//! `GET /api/v1/health`: the server runs and its database answers.

use actix_web::{HttpResponse, web};
use serde::Serialize;

use app::ssr_ctx::Ctx;

#[derive(Serialize)]
struct Health {
    status: &'static str,
    database: &'static str,
}

/// Health check for load balancers and the test harness.
pub async fn get(ctx: web::Data<Ctx>) -> HttpResponse {
    let db_ok = sqlx::query("SELECT 1").execute(&ctx.db).await.is_ok();
    let body = Health {
        status: if db_ok { "ok" } else { "degraded" },
        database: if db_ok { "ok" } else { "unreachable" },
    };
    if db_ok {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}
