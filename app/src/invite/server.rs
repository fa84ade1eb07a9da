//! Issuing and redeeming invites (server side).

use actix_web::HttpRequest;

use crate::auth::server::db_error;
use sqlx::Acquire;

use crate::db::{Tx, is_unique_violation};
use crate::error::AppError;
use crate::ids::{OrgId, SessionId};
use crate::invite::CUSTOMER_COOKIE;
use crate::invite::repo::{self, Kind, NewInvite, Status};
use crate::secret;
use crate::session::repo::{self as sessions, NewEvent, SessionRow};
use crate::session::{InviteMethod, IssuedInvite};
use crate::ssr_ctx::{Ctx, HubNotice, set_cookie};
use crate::throttle::Decision;

/// Attempts at drawing a free PIN before giving up (each collides with probability
/// open PINs / 10^6, so this only fails with about a million open sessions).
const PIN_ATTEMPTS: usize = 32;

/// How long a customer's access cookie lives.
const ACCESS_TTL_SECS: u64 = 24 * 3600;

/// A PIN redeemed within this window is reported as "used" or "expired"; older ones as
/// unknown, since their digits may since belong to another session.
const PIN_MEMORY_MS: i64 = 24 * 3600 * 1000;

/// Issues a PIN or link for `session` inside `tx`, and logs it.
pub async fn issue(
    ctx: &Ctx,
    tx: &mut Tx<'_>,
    session: &SessionRow,
    method: InviteMethod,
    actor: &str,
) -> Result<IssuedInvite, AppError> {
    let now = ctx.now_ms();
    let expires_at = now + ctx.settings.invite_ttl.as_millis() as i64;
    let id = secret::internal_id();
    let (secret, kind_log) = match method {
        InviteMethod::Pin => {
            repo::expire_stale_pins(&mut **tx, now)
                .await
                .map_err(db_error)?;
            (
                insert_unique_pin(tx, &id, session, now, expires_at).await?,
                "pin-issued",
            )
        }
        InviteMethod::Link => {
            let token = secret::token();
            let invite = NewInvite {
                id: &id,
                org: &session.org,
                session: &session.id,
                kind: Kind::Link,
                secret: &secret::hash_token(&token),
                now,
                expires_at,
            };
            repo::insert(&mut **tx, &invite).await.map_err(db_error)?;
            (
                format!("{}/j/{token}", ctx.settings.public_url),
                "link-issued",
            )
        }
    };
    // The PIN goes into the session log (the technician sees it there); a link token never.
    let detail = (method == InviteMethod::Pin).then_some(secret.as_str());
    sessions::insert_event(
        &mut **tx,
        &NewEvent {
            session: &session.id,
            at: now,
            actor,
            kind: kind_log,
            from: None,
            to: None,
            detail,
            client_id: None,
        },
    )
    .await
    .map_err(db_error)?;
    let qr_svg = match method {
        InviteMethod::Link => qr_svg(&secret),
        InviteMethod::Pin => None,
    };
    Ok(IssuedInvite {
        session: session.id.clone(),
        method,
        secret,
        issued_at: now,
        expires_at,
        qr_svg,
    })
}

/// A QR code of `text` as an inline SVG element (black on white, with its quiet zone,
/// medium error correction: still readable from a screen at an angle). `None` if `text` is
/// too long for a QR code.
pub fn qr_svg(text: &str) -> Option<String> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).ok()?;
    let xml = code
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    // Inline in HTML: the element without the XML declaration.
    let start = xml.find("<svg")?;
    Some(xml[start..].to_owned())
}

async fn insert_unique_pin(
    tx: &mut Tx<'_>,
    id: &str,
    session: &SessionRow,
    now: i64,
    expires_at: i64,
) -> Result<String, AppError> {
    for _ in 0..PIN_ATTEMPTS {
        let pin = secret::pin();
        let invite = NewInvite {
            id,
            org: &session.org,
            session: &session.id,
            kind: Kind::Pin,
            secret: &pin,
            now,
            expires_at,
        };
        // A savepoint per attempt: a collision must not abort the enclosing transaction
        // (PostgreSQL would).
        let mut attempt = tx.begin().await.map_err(db_error)?;
        match repo::insert(&mut *attempt, &invite).await {
            Ok(()) => {
                attempt.commit().await.map_err(db_error)?;
                return Ok(pin);
            }
            Err(e) if is_unique_violation(&e) => {
                attempt.rollback().await.map_err(db_error)?;
            }
            Err(e) => return Err(db_error(e)),
        }
    }
    tracing::error!("no free PIN found");
    Err(AppError::Internal)
}

/// What a customer typed or opened.
#[derive(Clone, Copy, Debug)]
pub enum Presented<'a> {
    /// Six digits.
    Pin(&'a str),
    /// A link token.
    Link(&'a str),
}

/// Redeems a PIN or link: checks it, marks it used, gives the browser its customer cookie
/// and logs the customer's arrival. Returns the session.
pub async fn redeem(
    ctx: &Ctx,
    req: &HttpRequest,
    presented: Presented<'_>,
) -> Result<SessionId, AppError> {
    let ip = ctx.client_ip(req);
    let decision = ctx
        .throttles
        .invite_ip
        .lock()
        .map_err(|_| AppError::Internal)?
        .attempt(&ip, ctx.now());
    // PINs are six digits: beyond their per-address limit, a budget for every address
    // together keeps many addresses from guessing them (links are 256 bits). An attempt
    // its address may not make does not spend it.
    let is_pin = matches!(presented, Presented::Pin(_));
    if matches!(decision, Decision::Refuse(_)) {
        // Refused: `throttle` says so.
        ctx.throttle(&[decision]).await?;
    }
    let shared = if is_pin {
        let shared = ctx
            .throttles
            .pin_all
            .lock()
            .map_err(|_| AppError::Internal)?
            .attempt(ctx.now());
        if shared.exceeded {
            pin_budget_exceeded(ctx).await;
        }
        shared.decision
    } else {
        Decision::Allow
    };
    ctx.throttle(&[decision, shared]).await?;

    let now = ctx.now_ms();
    let (invalid, expired, used) = match presented {
        Presented::Pin(_) => (
            AppError::PinInvalid,
            AppError::PinExpired,
            AppError::PinUsed,
        ),
        Presented::Link(_) => (
            AppError::LinkInvalid,
            AppError::LinkExpired,
            AppError::LinkUsed,
        ),
    };
    let row = match presented {
        Presented::Pin(pin) if secret::is_pin(pin) => {
            repo::latest_pin(&ctx.db, pin, now - PIN_MEMORY_MS)
                .await
                .map_err(db_error)?
        }
        Presented::Link(token) if secret::is_token(token) => {
            repo::by_link_hash(&ctx.db, &secret::hash_token(token))
                .await
                .map_err(db_error)?
        }
        _ => None,
    };
    let Some(invite) = row else {
        tracing::info!(kind = kind_name(presented), "invite refused: unknown");
        return Err(invalid);
    };
    let customer = customer_from_request(ctx, req).await?;
    let already_in = customer.as_ref().is_some_and(|(s, _)| *s == invite.session);
    match invite.status {
        Status::Open if invite.expires_at > now => {}
        Status::Open => {
            repo::close(&ctx.db, &invite.id, Status::Expired, now)
                .await
                .map_err(db_error)?;
            return Err(expired);
        }
        // Reloading the page, or opening the link again on the same device, is fine.
        Status::Used if already_in => {
            refund(ctx, &ip, is_pin);
            return Ok(invite.session);
        }
        Status::Used => return Err(used),
        Status::Expired => return Err(expired),
        Status::Revoked => return Err(AppError::SessionClosed),
    }
    let session = sessions::get(&ctx.db, &invite.session)
        .await
        .map_err(db_error)?
        .filter(|s| s.org == invite.org)
        .ok_or(invalid)?;
    if session.state.is_closed() {
        repo::revoke_for_session(&ctx.db, &session.id)
            .await
            .map_err(db_error)?;
        return Err(AppError::SessionClosed);
    }

    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    if !repo::close(&mut *tx, &invite.id, Status::Used, now)
        .await
        .map_err(db_error)?
    {
        // Someone redeemed it a moment ago.
        return Err(used);
    }
    let token = grant_access(&mut tx, &session, now).await?;
    sessions::insert_event(
        &mut *tx,
        &NewEvent {
            session: &session.id,
            at: now,
            actor: "customer",
            kind: "customer-opened",
            from: None,
            to: None,
            detail: Some(kind_name(presented)),
            client_id: None,
        },
    )
    .await
    .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;

    refund(ctx, &ip, is_pin);
    set_access_cookie(ctx, token);
    tracing::info!(session = %session.id, kind = kind_name(presented), "customer joined");
    ctx.hub
        .notify(HubNotice::SessionChanged(session.id.clone()));
    Ok(session.id)
}

/// Takes back the attempt of a right answer.
fn refund(ctx: &Ctx, ip: &str, is_pin: bool) {
    if let Ok(mut t) = ctx.throttles.invite_ip.lock() {
        t.refund(ip);
    }
    if is_pin && let Ok(mut b) = ctx.throttles.pin_all.lock() {
        b.refund();
    }
}

/// Tells the administrators of every organisation (their audit log) and the server's log
/// that wrong PINs from all addresses together passed the budget: PIN entry is slowed for
/// everyone until the window ends.
async fn pin_budget_exceeded(ctx: &Ctx) {
    let policy = ctx.settings.pin_budget;
    tracing::warn!(
        attempts = policy.free,
        window_secs = policy.window.as_secs(),
        "PIN attempts from all addresses passed the budget: PIN entry slowed for everyone"
    );
    let detail = format!(
        "{} PIN attempts in {} minutes from all addresses; PIN entry is slowed to one a second",
        policy.free,
        policy.window.as_secs() / 60
    );
    let orgs: Vec<String> = match sqlx::query_scalar("SELECT id FROM organisations")
        .fetch_all(&ctx.db)
        .await
    {
        Ok(orgs) => orgs,
        Err(e) => {
            tracing::error!(error = %e, "cannot list organisations for the PIN alert");
            return;
        }
    };
    for org in orgs {
        let entry = crate::audit::Entry {
            org: &OrgId(org),
            actor: None,
            kind: "pin-guessing",
            subject: None,
            detail: Some(&detail),
            at: ctx.now_ms(),
        };
        if let Err(e) = crate::audit::record(&ctx.db, &entry).await {
            tracing::error!(error = %e, "cannot write the PIN alert");
        }
    }
}

/// Records a new customer access token for `session` inside `tx`; returns the token for
/// the cookie (only its hash is stored).
pub async fn grant_access(
    tx: &mut Tx<'_>,
    session: &SessionRow,
    now: i64,
) -> Result<String, AppError> {
    let token = secret::token();
    repo::insert_access(
        &mut **tx,
        &secret::hash_token(&token),
        &session.id,
        &session.org,
        now,
    )
    .await
    .map_err(db_error)?;
    Ok(token)
}

/// Gives the browser its customer cookie.
pub fn set_access_cookie(ctx: &Ctx, token: String) {
    set_cookie(ctx.cookie(
        CUSTOMER_COOKIE,
        token,
        std::time::Duration::from_secs(ACCESS_TTL_SECS),
    ));
}

fn kind_name(p: Presented<'_>) -> &'static str {
    match p {
        Presented::Pin(_) => "pin",
        Presented::Link(_) => "link",
    }
}

/// The session and organisation of the customer cookie on a request.
pub async fn customer_from_request(
    ctx: &Ctx,
    req: &HttpRequest,
) -> Result<Option<(SessionId, OrgId)>, AppError> {
    let Some(cookie) = ctx.request_cookie(req, CUSTOMER_COOKIE) else {
        return Ok(None);
    };
    if !secret::is_token(cookie.value()) {
        return Ok(None);
    }
    repo::access(&ctx.db, &secret::hash_token(cookie.value()))
        .await
        .map_err(db_error)
}
