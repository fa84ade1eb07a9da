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
    use crate::auth::server::db_error;
    use crate::invite::repo;
    use crate::invite::server::customer_from_request;
    use crate::session::repo as sessions;
    use crate::ssr_ctx::{use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    let (session, org) = customer_from_request(&ctx, &req)
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
    Ok(CustomerInfo {
        session,
        org_name,
        terms,
        state: row.state,
    })
}
