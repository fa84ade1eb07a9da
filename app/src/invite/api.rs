//! Server functions of the customer's side: redeeming a PIN or link, and the page's data.

use leptos::prelude::*;

use crate::error::AppError;
use crate::invite::CustomerInfo;

/// Redeems a 6-digit PIN and sends the browser to the customer page.
#[server(prefix = "/fn", endpoint = "redeem_pin")]
pub async fn redeem_pin(pin: String) -> Result<(), AppError> {
    use crate::invite::clean_pin;
    use crate::invite::server::{Presented, redeem};
    use crate::ssr_ctx::{use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    let pin = clean_pin(&pin);
    redeem(&ctx, &req, Presented::Pin(&pin)).await?;
    leptos_actix::redirect("/s");
    Ok(())
}

/// Redeems a link token and sends the browser to the customer page.
#[server(prefix = "/fn", endpoint = "redeem_link")]
pub async fn redeem_link(token: String) -> Result<(), AppError> {
    use crate::invite::server::{Presented, redeem};
    use crate::ssr_ctx::{use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    redeem(&ctx, &req, Presented::Link(token.trim())).await?;
    leptos_actix::redirect("/s");
    Ok(())
}

/// The customer page's session, from the customer cookie.
#[server(prefix = "/fn", endpoint = "get_customer_info")]
pub async fn get_customer_info() -> Result<CustomerInfo, AppError> {
    use crate::ssr_ctx::{use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    customer_info(&ctx, &req).await
}

/// The customer page's session, from the customer cookie (the server renders the page with
/// it).
#[cfg(feature = "ssr")]
pub async fn customer_info(
    ctx: &crate::ssr_ctx::Ctx,
    req: &actix_web::HttpRequest,
) -> Result<CustomerInfo, AppError> {
    use crate::auth::server::db_error;
    use crate::invite::repo;
    use crate::invite::server::customer_from_request;
    use crate::session::repo as sessions;
    let (session, org) = customer_from_request(ctx, req)
        .await?
        .ok_or(AppError::NotJoined)?;
    let row = sessions::get(&ctx.db, &session)
        .await
        .map_err(db_error)?
        .filter(|r| r.org == org)
        .ok_or(AppError::NotJoined)?;
    let (org_name, terms) = repo::org_terms(&ctx.db, &org)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotJoined)?;
    let settings = crate::admin::repo::org_settings(&ctx.db, &org)
        .await
        .map_err(db_error)?;
    let accent = settings
        .as_ref()
        .map(|s| s.accent.clone())
        .filter(|a| !a.is_empty());
    let logo = settings.as_ref().and_then(|s| s.logo.clone());
    let survey = settings.as_ref().and_then(crate::admin::CustomerSurvey::of);
    let survey_answered = crate::admin::repo::survey_answered(&ctx.db, &session)
        .await
        .map_err(db_error)?;
    Ok(CustomerInfo {
        session,
        org_name,
        terms,
        state: row.state,
        survey,
        survey_answered,
        accent,
        logo,
    })
}

/// The customer's answer to the survey, once their session has ended: a score of 1 to 5 for
/// each question (`scores`, separated by spaces) and an optional comment. A second answer is
/// ignored.
#[server(prefix = "/fn", endpoint = "submit_survey")]
pub async fn submit_survey(scores: String, comment: String) -> Result<(), AppError> {
    use crate::admin::CustomerSurvey;
    use crate::auth::server::db_error;
    use crate::invite::server::customer_from_request;
    use crate::ssr_ctx::{use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    let (session, org) = customer_from_request(&ctx, &req)
        .await?
        .ok_or(AppError::NotJoined)?;
    let comment = comment.trim();
    if comment.chars().count() > crate::admin::MAX_COMMENT {
        return Err(AppError::InvalidInput {
            field: "comment".into(),
        });
    }
    let row = crate::session::repo::get(&ctx.db, &session)
        .await
        .map_err(db_error)?
        .filter(|r| r.org == org)
        .ok_or(AppError::NotJoined)?;
    let survey = crate::admin::repo::org_settings(&ctx.db, &org)
        .await
        .map_err(db_error)?
        .as_ref()
        .and_then(CustomerSurvey::of);
    let expected = match &survey {
        Some(s @ CustomerSurvey::Questions(_)) if row.state.is_closed() => s.scores(),
        _ => return Err(AppError::NotAllowedNow),
    };
    let scores = crate::admin::parse_scores(&scores, expected)?;
    crate::admin::repo::insert_survey_answer(
        &ctx.db,
        &session,
        &org,
        &scores,
        comment,
        ctx.now_ms(),
    )
    .await
    .map_err(db_error)?;
    Ok(())
}
