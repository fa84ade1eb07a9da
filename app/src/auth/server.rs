//! Server-side sign-in logic shared by server functions, the websocket and the CLI.

use std::sync::OnceLock;

use actix_web::HttpRequest;
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::auth::repo::{self, NewUser};
use crate::auth::{
    AUTH_COOKIE, MIN_PASSWORD_LEN, Me, UserRole, is_plausible_email, normalise_email,
};
use crate::db::{Db, is_unique_violation};
use crate::error::AppError;
use crate::ids::{OrgId, UserId};
use crate::secret;
use crate::ssr_ctx::Ctx;

/// Logs a database error and turns it into the opaque wire error.
pub fn db_error(e: sqlx::Error) -> AppError {
    tracing::error!(error = %e, "database error");
    AppError::Internal
}

/// Hashes a password with Argon2id (default parameters: 19 MiB, 2 passes), off the reactor.
pub async fn hash_password(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "hashing task failed");
        AppError::Internal
    })?
    .map_err(|e| {
        tracing::error!(error = %e, "password hashing failed");
        AppError::Internal
    })
}

/// Checks a password against a PHC string, off the reactor. `None` checks against a dummy
/// hash so that unknown accounts take as long as known ones.
pub async fn verify_password(password: String, phc: Option<String>) -> bool {
    let phc = match phc {
        Some(p) => p,
        None => match dummy_hash() {
            Some(p) => p.to_owned(),
            None => return false,
        },
    };
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&phc)
            .map(|h| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &h)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

fn dummy_hash() -> Option<&'static str> {
    static DUMMY: OnceLock<Option<String>> = OnceLock::new();
    DUMMY
        .get_or_init(|| {
            Argon2::default()
                .hash_password(secret::token().as_bytes())
                .ok()
                .map(|h| h.to_string())
        })
        .as_deref()
}

/// The signed-in person of a request, from the sign-in cookie.
pub async fn me_from_request(ctx: &Ctx, req: &HttpRequest) -> Result<Option<Me>, AppError> {
    let Some(cookie) = ctx.request_cookie(req, AUTH_COOKIE) else {
        return Ok(None);
    };
    let token = cookie.value();
    if !secret::is_token(token) {
        return Ok(None);
    }
    repo::me_for_token(&ctx.db, &secret::hash_token(token), ctx.now_ms())
        .await
        .map_err(db_error)
}

/// The context and the signed-in person of the current server function, or `Unauthenticated`;
/// `TwoFactorRequired` while the organisation requires a second factor they have not set up.
pub async fn require_me() -> Result<(actix_web::web::Data<Ctx>, Me), AppError> {
    let (ctx, me) = require_signed_in().await?;
    Ok((ctx, usable(me)?))
}

/// Like `require_me`, but also for a person who still has to set up two-factor sign-in (the
/// set-up itself, sign-out).
pub async fn require_signed_in() -> Result<(actix_web::web::Data<Ctx>, Me), AppError> {
    let ctx = crate::ssr_ctx::use_ctx().await?;
    let req = crate::ssr_ctx::use_request().await?;
    let me = me_from_request(&ctx, &req)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    Ok((ctx, me))
}

/// The person, if they may work: not while the organisation requires a second factor they
/// have not set up.
pub fn usable(me: Me) -> Result<Me, AppError> {
    if me.must_set_up_two_factor {
        Err(AppError::TwoFactorRequired)
    } else {
        Ok(me)
    }
}

/// The signed-in person of the current server function if they are an administrator of
/// their organisation, else `Forbidden`.
pub async fn require_admin() -> Result<(actix_web::web::Data<Ctx>, Me), AppError> {
    let (ctx, me) = require_me().await?;
    if !me.role.is_admin() {
        return Err(AppError::Forbidden);
    }
    Ok((ctx, me))
}

/// The sign-in token hash of a request, if it carries a well-formed one.
pub fn auth_token_hash(ctx: &Ctx, req: &HttpRequest) -> Option<String> {
    let cookie = ctx.request_cookie(req, AUTH_COOKIE)?;
    secret::is_token(cookie.value()).then(|| secret::hash_token(cookie.value()))
}

/// What is needed to create an account.
#[derive(Clone, Debug)]
pub struct AccountInput {
    /// Display name.
    pub name: String,
    /// Email (normalised here).
    pub email: String,
    /// Password in clear (hashed here, never stored or logged).
    pub password: String,
    /// Role.
    pub role: UserRole,
}

/// Checks the fields of a new account.
pub fn validate_account(input: &AccountInput) -> Result<(), AppError> {
    if input.name.trim().is_empty() || input.name.chars().count() > 80 {
        return Err(AppError::InvalidInput {
            field: "name".into(),
        });
    }
    if !is_plausible_email(&normalise_email(&input.email)) {
        return Err(AppError::InvalidInput {
            field: "email".into(),
        });
    }
    if input.password.chars().count() < MIN_PASSWORD_LEN {
        return Err(AppError::PasswordTooShort);
    }
    Ok(())
}

/// Where a new account goes.
#[derive(Clone, Debug)]
pub enum OrgChoice {
    /// Into an existing organisation.
    Existing(OrgId),
    /// Into a new organisation with this name.
    New(String),
}

/// Creates an account (and its organisation, when asked); returns the new IDs.
pub async fn create_account(
    db: &Db,
    org: OrgChoice,
    input: AccountInput,
    now: i64,
) -> Result<(OrgId, UserId), AppError> {
    validate_account(&input)?;
    let email = normalise_email(&input.email);
    let hash = hash_password(input.password).await?;
    let mut tx = db.begin().await.map_err(db_error)?;
    let (org_id, group) = match org {
        OrgChoice::Existing(id) => {
            let group = crate::group::repo::default_id(&id);
            (id, group)
        }
        OrgChoice::New(name) => {
            let name = name.trim();
            if name.is_empty() || name.chars().count() > 120 {
                return Err(AppError::InvalidInput {
                    field: "org_name".into(),
                });
            }
            let id = OrgId(secret::internal_id());
            repo::insert_org(&mut tx, &id, name, now)
                .await
                .map_err(db_error)?;
            let group = crate::group::repo::insert_default(&mut *tx, &id, now)
                .await
                .map_err(db_error)?;
            (id, group)
        }
    };
    let user = UserId(secret::internal_id());
    let new = NewUser {
        id: &user,
        org: &org_id,
        email: &email,
        name: input.name.trim(),
        password_hash: &hash,
        role: input.role,
        group: &group,
    };
    match repo::insert_user(&mut tx, &new, now).await {
        Err(e) if is_unique_violation(&e) => return Err(AppError::EmailTaken),
        other => other.map_err(db_error)?,
    }
    tx.commit().await.map_err(db_error)?;
    Ok((org_id, user))
}
