//! Server functions of two-factor sign-in: status, set-up, turning it off, and the code step
//! of signing in.

use leptos::prelude::*;

use super::{Enrolment, Status};
use crate::error::AppError;

/// Whether two-factor sign-in is on for the signed-in person.
#[server(prefix = "/fn", endpoint = "two_factor_status")]
pub async fn two_factor_status() -> Result<Status, AppError> {
    use crate::auth::server::{db_error, require_signed_in};
    let (ctx, me) = require_signed_in().await?;
    super::server::status(&ctx.db, &me.user)
        .await
        .map_err(db_error)
}

/// Starts setting up two-factor sign-in: a new secret, as a QR code and as a key.
#[server(prefix = "/fn", endpoint = "two_factor_begin")]
pub async fn two_factor_begin() -> Result<Enrolment, AppError> {
    use super::server as tf;
    use crate::auth::server::{db_error, require_signed_in};
    let (ctx, me) = require_signed_in().await?;
    if tf::status(&ctx.db, &me.user)
        .await
        .map_err(db_error)?
        .enabled
    {
        return Err(AppError::NotAllowedNow);
    }
    let secret = tf::new_secret();
    tf::set_pending_secret(&ctx.db, &ctx.settings.secrets, &me.user, &secret)
        .await
        .map_err(db_error)?;
    let uri = super::otpauth_uri(&me.email, &secret);
    let qr_svg = crate::invite::server::qr_svg(&uri).ok_or(AppError::Internal)?;
    Ok(Enrolment {
        uri,
        secret: super::grouped(&secret),
        qr_svg,
    })
}

/// Turns two-factor sign-in on once `code` proves the app has the new secret. Returns the
/// recovery codes (shown once).
#[server(prefix = "/fn", endpoint = "two_factor_confirm")]
pub async fn two_factor_confirm(code: String) -> Result<Vec<String>, AppError> {
    use super::server as tf;
    use crate::auth::server::{db_error, require_signed_in};
    let (ctx, me) = require_signed_in().await?;
    let req = crate::ssr_ctx::use_request().await?;
    throttle_codes(&ctx, &ctx.client_ip(&req), &me.user).await?;
    let Some(pending) = tf::pending_secret(&ctx.db, &ctx.settings.secrets, &me.user)
        .await
        .map_err(db_error)?
    else {
        return Err(AppError::NotAllowedNow);
    };
    let now_secs = u64::try_from(ctx.now_ms() / 1000).unwrap_or(0);
    let step = match super::parse_code(&code) {
        Some(super::Code::Totp(digits)) => tf::matching_step(&pending, &digits, now_secs),
        _ => None,
    };
    let Some(step) = step else {
        crate::audit::note(
            &ctx,
            &me.org,
            &me.user,
            "two-factor-code-failed",
            Some("set-up"),
        )
        .await?;
        return Err(AppError::CodeInvalid);
    };
    let codes = tf::new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|(_, h)| h.clone()).collect();
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    tf::enable(
        &mut tx,
        &ctx.settings.secrets,
        &me.user,
        &pending,
        step,
        &hashes,
    )
    .await
    .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    clear_code_throttle(&ctx, &me.user);
    crate::audit::note(&ctx, &me.org, &me.user, "two-factor-on", None).await?;
    tracing::info!(user = %me.user, "two-factor sign-in on");
    Ok(codes
        .into_iter()
        .map(|(c, _)| super::format_recovery(&c))
        .collect())
}

/// Turns two-factor sign-in off; needs a current code (or a recovery code).
#[server(prefix = "/fn", endpoint = "two_factor_disable")]
pub async fn two_factor_disable(code: String) -> Result<(), AppError> {
    use super::server as tf;
    use crate::auth::server::{db_error, require_signed_in};
    let (ctx, me) = require_signed_in().await?;
    // The organisation requires it: only an administrator's reset turns it off.
    if crate::admin::repo::requires_two_factor(&ctx.db, &me.org)
        .await
        .map_err(db_error)?
    {
        return Err(AppError::TwoFactorRequired);
    }
    let req = crate::ssr_ctx::use_request().await?;
    throttle_codes(&ctx, &ctx.client_ip(&req), &me.user).await?;
    let accepted = match super::parse_code(&code) {
        Some(c) => tf::accept(&ctx.db, &ctx.settings.secrets, &me.user, &c, ctx.now_ms())
            .await
            .map_err(db_error)?,
        None => None,
    };
    if accepted.is_none() {
        crate::audit::note(
            &ctx,
            &me.org,
            &me.user,
            "two-factor-code-failed",
            Some("turn-off"),
        )
        .await?;
        return Err(AppError::CodeInvalid);
    }
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    tf::disable(&mut tx, &me.user).await.map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    clear_code_throttle(&ctx, &me.user);
    crate::audit::note(&ctx, &me.org, &me.user, "two-factor-off", None).await?;
    tracing::info!(user = %me.user, "two-factor sign-in off");
    Ok(())
}

/// The second step of signing in: the code for the sign-in whose password was right.
#[server(prefix = "/fn", endpoint = "sign_in_code")]
pub async fn sign_in_code(code: String) -> Result<(), AppError> {
    use super::server as tf;
    use super::{MAX_CODE_FAILURES, PENDING_COOKIE};
    use crate::auth::server::db_error;
    use crate::ssr_ctx::{set_cookie, use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    let now = ctx.now_ms();
    let Some(hash) = ctx
        .request_cookie(&req, PENDING_COOKIE)
        .map(|c| crate::secret::hash_token(c.value()))
    else {
        return Err(AppError::SecondFactorExpired);
    };
    let pending = tf::pending_sign_in(&ctx.db, &hash, now)
        .await
        .map_err(db_error)?;
    let Some((user, failures)) = pending else {
        set_cookie(ctx.expired_cookie(PENDING_COOKIE));
        return Err(AppError::SecondFactorExpired);
    };
    let org = tf::org_of(&ctx.db, &user).await.map_err(db_error)?;
    if failures >= MAX_CODE_FAILURES {
        tf::delete_pending_sign_in(&ctx.db, &hash, now)
            .await
            .map_err(db_error)?;
        set_cookie(ctx.expired_cookie(PENDING_COOKIE));
        return Err(AppError::SecondFactorExpired);
    }
    throttle_codes(&ctx, &ctx.client_ip(&req), &user).await?;
    let accepted = match super::parse_code(&code) {
        Some(c) => tf::accept(&ctx.db, &ctx.settings.secrets, &user, &c, now)
            .await
            .map_err(db_error)?,
        None => None,
    };
    let Some(accepted) = accepted else {
        tf::fail_pending_sign_in(&ctx.db, &hash)
            .await
            .map_err(db_error)?;
        crate::audit::note(&ctx, &org, &user, "sign-in-code-failed", None).await?;
        tracing::info!("sign-in code refused");
        return Err(AppError::CodeInvalid);
    };
    tf::delete_pending_sign_in(&ctx.db, &hash, now)
        .await
        .map_err(db_error)?;
    set_cookie(ctx.expired_cookie(PENDING_COOKIE));
    clear_code_throttle(&ctx, &user);
    let how = match accepted {
        tf::Accepted::App => "app",
        tf::Accepted::Recovery => "recovery-code",
    };
    crate::audit::note(&ctx, &org, &user, "sign-in", Some(how)).await?;
    tracing::info!(user = %user, "signed in with a second factor");
    crate::auth::api::start_sign_in(&ctx, &user).await?;
    leptos_actix::redirect("/console");
    Ok(())
}

/// Wrong codes are limited like wrong passwords: per address and per account.
#[cfg(feature = "ssr")]
async fn throttle_codes(
    ctx: &crate::ssr_ctx::Ctx,
    ip_key: &str,
    user: &crate::ids::UserId,
) -> Result<(), AppError> {
    ctx.throttle_sign_in(ip_key, &code_key(user)).await
}

#[cfg(feature = "ssr")]
fn code_key(user: &crate::ids::UserId) -> String {
    format!("code:{user}")
}

#[cfg(feature = "ssr")]
fn clear_code_throttle(ctx: &crate::ssr_ctx::Ctx, user: &crate::ids::UserId) {
    if let Ok(mut t) = ctx.throttles.sign_in_account.lock() {
        t.clear(&code_key(user));
    }
}
