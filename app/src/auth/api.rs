//! Server functions for signing in and out and for the first-run setup.

use leptos::prelude::*;

use crate::auth::{Landing, Me};
use crate::error::AppError;

/// Where the site root should send this visitor.
#[server(prefix = "/fn", endpoint = "get_landing")]
pub async fn get_landing() -> Result<Landing, AppError> {
    use crate::ssr_ctx::{use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    landing(&ctx, &req).await
}

/// Where the site root sends a visitor: the first-run setup, a signed-in technician's
/// console, or everybody else to the PIN page.
#[cfg(feature = "ssr")]
pub async fn landing(
    ctx: &crate::ssr_ctx::Ctx,
    req: &actix_web::HttpRequest,
) -> Result<Landing, AppError> {
    use crate::auth::{repo, server};
    if repo::count_orgs(&ctx.db).await.map_err(server::db_error)? == 0 {
        return Ok(Landing::Setup);
    }
    Ok(match server::me_from_request(ctx, req).await? {
        Some(_) => Landing::Console,
        None => Landing::Pin,
    })
}

/// The signed-in person, if any.
#[server(prefix = "/fn", endpoint = "current_user")]
pub async fn current_user() -> Result<Option<Me>, AppError> {
    use crate::ssr_ctx::{use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    crate::auth::server::me_from_request(&ctx, &req).await
}

/// First run: creates the organisation and its first administrator, and signs them in.
#[server(prefix = "/fn", endpoint = "setup")]
pub async fn setup(
    org_name: String,
    name: String,
    email: String,
    password: String,
    password_confirm: String,
) -> Result<(), AppError> {
    use crate::auth::server::{AccountInput, OrgChoice, create_account, db_error};
    use crate::auth::{UserRole, repo};
    use crate::ssr_ctx::use_ctx;
    let ctx = use_ctx().await?;
    if repo::count_orgs(&ctx.db).await.map_err(db_error)? > 0 {
        return Err(AppError::SetupDone);
    }
    if password != password_confirm {
        return Err(AppError::PasswordMismatch);
    }
    let input = AccountInput {
        name,
        email,
        password,
        role: UserRole::MasterAdmin,
    };
    let (_, user) = create_account(&ctx.db, OrgChoice::New(org_name), input, ctx.now_ms()).await?;
    tracing::info!(user = %user, "organisation created by first-run setup");
    start_sign_in(&ctx, &user).await?;
    leptos_actix::redirect("/console");
    Ok(())
}

/// Signs in with email and password.
#[server(prefix = "/fn", endpoint = "sign_in")]
pub async fn sign_in(email: String, password: String) -> Result<(), AppError> {
    use crate::auth::server::{db_error, verify_password};
    use crate::auth::{normalise_email, repo};
    use crate::ssr_ctx::{use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    let email = normalise_email(&email);
    let ip_key = ctx.client_ip(&req);
    ctx.throttle_sign_in(&ip_key, &email).await?;

    let creds = repo::credentials(&ctx.db, &email).await.map_err(db_error)?;
    let ok = verify_password(password, creds.as_ref().map(|c| c.password_hash.clone())).await;
    let (user, org) = match creds {
        Some(c) if ok && !c.deactivated => (c.user, c.org),
        other => {
            tracing::info!("sign-in refused");
            if let Some(c) = other {
                crate::audit::note(&ctx, &c.org, &c.user, "sign-in-failed", None).await?;
            }
            return Err(AppError::BadCredentials);
        }
    };
    if let Ok(mut t) = ctx.throttles.sign_in_account.lock() {
        t.clear(&email);
    }
    if let Ok(mut t) = ctx.throttles.sign_in_ip.lock() {
        t.refund(&ip_key);
    }
    tracing::info!(user = %user, "signed in");
    // Housekeeping: sign-ins past their expiry are useless; drop them now and then.
    repo::purge_expired(&ctx.db, ctx.now_ms())
        .await
        .map_err(db_error)?;
    // With two-factor sign-in, the password opens a short wait for the code, not a sign-in.
    let second_factor = crate::two_factor::server::status(&ctx.db, &user)
        .await
        .map_err(db_error)?
        .enabled;
    if second_factor {
        use crate::two_factor::{PENDING_COOKIE, PENDING_TTL_SECS};
        let token = crate::secret::token();
        let ttl = std::time::Duration::from_secs(PENDING_TTL_SECS);
        crate::two_factor::server::insert_pending_sign_in(
            &ctx.db,
            &crate::secret::hash_token(&token),
            &user,
            ctx.now_ms() + ttl.as_millis() as i64,
        )
        .await
        .map_err(db_error)?;
        crate::ssr_ctx::set_cookie(ctx.cookie(PENDING_COOKIE, token, ttl));
        crate::audit::note(&ctx, &org, &user, "sign-in-password", None).await?;
        leptos_actix::redirect("/signin/code");
        return Ok(());
    }
    crate::audit::note(&ctx, &org, &user, "sign-in", Some("password")).await?;
    start_sign_in(&ctx, &user).await?;
    leptos_actix::redirect("/console");
    Ok(())
}

/// Signs out this browser.
#[server(prefix = "/fn", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::auth::server::{auth_token_hash, db_error};
    use crate::auth::{AUTH_COOKIE, repo};
    use crate::ssr_ctx::{HubNotice, set_cookie, use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    if let Some(hash) = auth_token_hash(&ctx, &req) {
        repo::delete_auth_session(&ctx.db, &hash)
            .await
            .map_err(db_error)?;
        ctx.hub.notify(HubNotice::SignedOut { token_hash: hash });
    }
    set_cookie(ctx.expired_cookie(AUTH_COOKIE));
    leptos_actix::redirect("/signin");
    Ok(())
}

/// Opens a sign-in session for `user` and sets its cookie.
#[cfg(feature = "ssr")]
pub(crate) async fn start_sign_in(
    ctx: &crate::ssr_ctx::Ctx,
    user: &crate::ids::UserId,
) -> Result<(), AppError> {
    use crate::auth::{AUTH_COOKIE, repo};
    use crate::secret;
    let token = secret::token();
    let now = ctx.now_ms();
    let ttl = ctx.settings.sign_in_ttl;
    repo::insert_auth_session(
        &ctx.db,
        &secret::hash_token(&token),
        user,
        now,
        now + ttl.as_millis() as i64,
    )
    .await
    .map_err(crate::auth::server::db_error)?;
    crate::ssr_ctx::set_cookie(ctx.cookie(AUTH_COOKIE, token, ttl));
    Ok(())
}
