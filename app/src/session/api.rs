//! Server functions for creating sessions and issuing invites.

use leptos::prelude::*;

use crate::error::AppError;
use crate::ids::SessionId;
use crate::session::{HistoryItem, InviteMethod, IssuedInvite, LogEntry};

/// Creates a session (state Connecting) and issues its first invite.
#[server(prefix = "/fn", endpoint = "create_session")]
pub async fn create_session(
    customer_name: String,
    field1: String,
    field2: String,
    method: InviteMethod,
) -> Result<IssuedInvite, AppError> {
    use crate::auth::server::{db_error, require_me};
    use crate::invite::server::issue;
    use crate::session::repo::{self, NewEvent, SessionRow};
    use crate::session::{MAX_CUSTOMER_NAME, MAX_FIELD, SessionState};
    use crate::ssr_ctx::HubNotice;

    let (ctx, me) = require_me().await?;
    if !me.perms.may_invite(method) {
        return Err(AppError::NotPermitted);
    }
    let name = customer_name.trim();
    if name.chars().count() > MAX_CUSTOMER_NAME {
        return Err(AppError::InvalidInput {
            field: "customer_name".into(),
        });
    }
    for (i, f) in [&field1, &field2].into_iter().enumerate() {
        if f.chars().count() > MAX_FIELD {
            return Err(AppError::InvalidInput {
                field: format!("field{}", i + 1),
            });
        }
    }
    let now = ctx.now_ms();
    // An empty name is stored empty and shown as the translated "Customer".
    let row = SessionRow {
        fields: [field1.trim().to_owned(), field2.trim().to_owned()],
        ..SessionRow::connecting(
            SessionId(crate::secret::session_id()),
            me.org.clone(),
            Some(me.user.clone()),
            name.to_owned(),
            now,
        )
    };
    let actor = format!("technician:{}", me.user);
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    repo::insert(&mut *tx, &row).await.map_err(db_error)?;
    repo::insert_event(
        &mut *tx,
        &NewEvent {
            session: &row.id,
            at: now,
            actor: &actor,
            kind: "created",
            from: None,
            to: Some(SessionState::Connecting),
            detail: None,
            client_id: None,
        },
    )
    .await
    .map_err(db_error)?;
    let invite = issue(&ctx, &mut tx, &row, method, &actor).await?;
    tx.commit().await.map_err(db_error)?;
    tracing::info!(session = %row.id, ?method, "session created");
    ctx.hub.notify(HubNotice::SessionChanged(row.id));
    Ok(invite)
}

/// Issues another invite (PIN or link) for a session that is still Connecting.
#[server(prefix = "/fn", endpoint = "issue_invite")]
pub async fn issue_invite(
    session: SessionId,
    method: InviteMethod,
) -> Result<IssuedInvite, AppError> {
    let (ctx, me) = crate::auth::server::require_me().await?;
    if !me.perms.may_invite(method) {
        return Err(AppError::NotPermitted);
    }
    issue_as_owner(&ctx, &me, &session, method).await
}

/// Emails a new link for a session that is still Connecting to `address`, from the server
/// (SMTP). The link is issued first: when sending fails, it still works (the dialog shows
/// it), and the failure is in the session log.
#[server(prefix = "/fn", endpoint = "email_invite")]
pub async fn email_invite(session: SessionId, address: String) -> Result<IssuedInvite, AppError> {
    use crate::auth::server::require_me;
    use crate::permission::{Permission, require};
    let (ctx, me) = require_me().await?;
    require(me.perms, Permission::StartSessions)?;
    require(me.perms, Permission::PrivateSessions)?;
    require(me.perms, Permission::InviteEmail)?;
    let address = address.trim().to_owned();
    if !crate::mail::is_address(&address) {
        return Err(AppError::InvalidInput {
            field: "email".into(),
        });
    }
    let Some(smtp) = ctx.settings.smtp.clone() else {
        return Err(AppError::EmailUnavailable);
    };
    ctx.throttle_send(&me.user).await?;
    let invite = issue_as_owner(&ctx, &me, &session, InviteMethod::Link).await?;
    let lang = crate::ssr_ctx::request_lang().await?;
    let minutes = (invite.expires_at - invite.issued_at) / 60_000;
    let tr = |k: &str, a: &[(&str, crate::i18n::Arg)]| crate::i18n::translate(lang, k, a);
    let template = org_template(&ctx, &me, |s| s.email_template).await?;
    let subject = org_template(&ctx, &me, |s| s.email_subject).await?;
    let mut mail = match template {
        Some(t) => crate::invite::templated_email(
            tr(
                "invite-email-subject",
                &[
                    ("org", crate::i18n::Arg::Str(me.org_name.clone())),
                    ("technician", crate::i18n::Arg::Str(me.name.clone())),
                ],
            ),
            crate::invite::fill_template(&t, &me.org_name, &me.name, &invite.secret, minutes),
            &invite.secret,
        ),
        None => crate::invite::invite_email(tr, &me.org_name, &me.name, &invite.secret, minutes),
    };
    if let Some(s) = subject {
        mail.subject = crate::invite::fill_template(&s, &me.org_name, &me.name, "", minutes);
    }
    let sent = crate::mail::send(
        &smtp,
        crate::mail::Outgoing {
            to: &address,
            subject: &mail.subject,
            text: mail.text,
            html: mail.html,
        },
    )
    .await;
    let kind = if let Err(e) = &sent {
        tracing::warn!(session = %session, error = %e, "invite email not sent");
        "email-failed"
    } else {
        tracing::info!(session = %session, "invite emailed");
        "email-sent"
    };
    log_delivery(&ctx, &me, &session, ctx.now_ms(), kind, &address).await?;
    sent.map(|()| invite).map_err(|_| AppError::EmailFailed)
}

/// Texts a new link for a session that is still Connecting to `phone` (E.164) through the
/// configured gateway. The link is issued first: when sending fails, it still works (the
/// dialog shows it), and the failure is in the session log; delivery reports update the
/// status (`sms_status`) and the log.
#[server(prefix = "/fn", endpoint = "sms_invite")]
pub async fn sms_invite(
    session: SessionId,
    phone: String,
) -> Result<crate::sms::TextedInvite, AppError> {
    use crate::auth::server::{db_error, require_me};
    use crate::permission::{Permission, require};
    use crate::sms::gateway::SmsGateway;
    let (ctx, me) = require_me().await?;
    require(me.perms, Permission::StartSessions)?;
    require(me.perms, Permission::PrivateSessions)?;
    require(me.perms, Permission::InviteSms)?;
    let Some(number) = crate::sms::e164(&phone) else {
        return Err(AppError::InvalidInput {
            field: "phone".into(),
        });
    };
    let Some(gateway) = ctx.settings.sms.clone() else {
        return Err(AppError::SmsUnavailable);
    };
    ctx.throttle_send(&me.user).await?;
    let invite = issue_as_owner(&ctx, &me, &session, InviteMethod::Link).await?;
    let lang = crate::ssr_ctx::request_lang().await?;
    use crate::i18n::Arg;
    let minutes = (invite.expires_at - invite.issued_at) / 60_000;
    let tr = |k: &str, a: &[(&str, Arg)]| crate::i18n::translate(lang, k, a);
    let body = match org_template(&ctx, &me, |s| s.sms_template).await? {
        Some(t) => {
            crate::invite::fill_template(&t, &me.org_name, &me.name, &invite.secret, minutes)
        }
        None => tr(
            "invite-sms",
            &[
                ("org", Arg::Str(me.org_name.clone())),
                ("technician", Arg::Str(me.name.clone())),
                ("link", Arg::Str(invite.secret.clone())),
                ("count", Arg::Num(minutes as f64)),
            ],
        ),
    };
    let status_url = format!("{}{}", ctx.settings.public_url, crate::sms::STATUS_HOOK);
    let sent = gateway.send(&number, &body, &status_url).await;
    let to = crate::sms::masked(&number);
    let now = ctx.now_ms();
    let kind = match &sent {
        Ok(s) => {
            tracing::info!(session = %session, "invite texted");
            crate::sms::repo::insert(
                &ctx.db,
                &crate::sms::repo::NewSms {
                    sid: &s.sid,
                    session: &session,
                    org: &me.org,
                    to_masked: &to,
                    status: s.status,
                    at: now,
                },
            )
            .await
            .map_err(db_error)?;
            "sms-sent"
        }
        Err(e) => {
            tracing::warn!(session = %session, error = %e, "invite text message not sent");
            "sms-failed"
        }
    };
    log_delivery(&ctx, &me, &session, now, kind, &to).await?;
    let sent = sent.map_err(|_| AppError::SmsFailed)?;
    Ok(crate::sms::TextedInvite {
        invite,
        to,
        status: sent.status,
    })
}

/// The delivery status of the latest text message of a session the technician may see.
#[server(prefix = "/fn", endpoint = "sms_status")]
pub async fn sms_status(session: SessionId) -> Result<Option<crate::sms::SmsStatus>, AppError> {
    use crate::auth::server::{db_error, require_me};
    let (ctx, me) = require_me().await?;
    visible_session(&ctx, &me, &session).await?;
    crate::sms::repo::latest(&ctx.db, &session)
        .await
        .map_err(db_error)
}

/// A line in the session log about an invite delivered (or not) to `to`, pushed to the
/// consoles.
#[cfg(feature = "ssr")]
async fn log_delivery(
    ctx: &crate::ssr_ctx::Ctx,
    me: &crate::auth::Me,
    session: &SessionId,
    at: i64,
    kind: &str,
    to: &str,
) -> Result<(), AppError> {
    use crate::session::repo::{NewEvent, insert_event};
    let actor = format!("technician:{}", me.user);
    let mut event = NewEvent::plain(session, at, &actor, kind);
    event.detail = Some(to);
    insert_event(&ctx.db, &event)
        .await
        .map_err(crate::auth::server::db_error)?;
    ctx.hub
        .notify(crate::ssr_ctx::HubNotice::LogChanged(session.clone()));
    Ok(())
}

/// One of the organisation's invite templates, if it set one.
#[cfg(feature = "ssr")]
async fn org_template(
    ctx: &crate::ssr_ctx::Ctx,
    me: &crate::auth::Me,
    pick: impl FnOnce(crate::admin::OrgSettings) -> String,
) -> Result<Option<String>, AppError> {
    let settings = crate::admin::repo::org_settings(&ctx.db, &me.org)
        .await
        .map_err(crate::auth::server::db_error)?;
    Ok(settings.map(pick).filter(|t| !t.is_empty()))
}

/// Issues an invite for `session` if `me` owns it and it is still Connecting.
#[cfg(feature = "ssr")]
async fn issue_as_owner(
    ctx: &crate::ssr_ctx::Ctx,
    me: &crate::auth::Me,
    session: &SessionId,
    method: InviteMethod,
) -> Result<IssuedInvite, AppError> {
    use crate::auth::server::db_error;
    use crate::invite::server::issue;
    use crate::session::SessionState;
    use crate::session::repo;

    if !crate::ids::is_session_id(session.as_str()) {
        return Err(AppError::NotFound);
    }
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    let row = repo::get(&mut *tx, session).await.map_err(db_error)?;
    // Another organisation's session is reported as missing, not as forbidden.
    let row = row.filter(|r| r.org == me.org).ok_or(AppError::NotFound)?;
    if row.owner.as_ref() != Some(&me.user) {
        return Err(AppError::Forbidden);
    }
    if row.state != SessionState::Connecting {
        return Err(AppError::NotAllowedNow);
    }
    let invite = issue(
        ctx,
        &mut tx,
        &row,
        method,
        &format!("technician:{}", me.user),
    )
    .await?;
    tx.commit().await.map_err(db_error)?;
    Ok(invite)
}

/// A session the signed-in technician may look into: their own, one being transferred to
/// them, or one waiting in a channel they serve. Another organisation's session does not
/// exist for them.
#[cfg(feature = "ssr")]
pub async fn visible_session(
    ctx: &crate::ssr_ctx::Ctx,
    me: &crate::auth::Me,
    id: &SessionId,
) -> Result<crate::session::repo::SessionRow, AppError> {
    use crate::auth::server::db_error;
    if !crate::ids::is_session_id(id.as_str()) {
        return Err(AppError::NotFound);
    }
    let row = crate::session::repo::get(&ctx.db, id)
        .await
        .map_err(db_error)?
        .filter(|r| r.org == me.org)
        .ok_or(AppError::NotFound)?;
    let incoming = row.transfer.as_ref().is_some_and(|t| t.to == me.user);
    if row.owner.as_ref() == Some(&me.user) || incoming || row.waits_for(me) {
        Ok(row)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The session log (new lines arrive over the websocket).
#[server(prefix = "/fn", endpoint = "get_session_log")]
pub async fn get_session_log(session: SessionId) -> Result<Vec<LogEntry>, AppError> {
    use crate::auth::server::{db_error, require_me};
    let (ctx, me) = require_me().await?;
    visible_session(&ctx, &me, &session).await?;
    crate::session::repo::log(&ctx.db, &session)
        .await
        .map_err(db_error)
}

/// History & Notes: the session's note, and earlier sessions with the same customer device.
#[server(prefix = "/fn", endpoint = "get_history")]
pub async fn get_history(session: SessionId) -> Result<(String, Vec<HistoryItem>), AppError> {
    use crate::auth::server::{db_error, require_me};
    use crate::session::repo;
    let (ctx, me) = require_me().await?;
    visible_session(&ctx, &me, &session).await?;
    let (note, device) = repo::note_and_device(&ctx.db, &session)
        .await
        .map_err(db_error)?
        .unwrap_or_default();
    let Some(device) = device else {
        return Ok((note, vec![]));
    };
    let rows = repo::with_device(&ctx.db, &me.org, &device, &session)
        .await
        .map_err(db_error)?;
    let items = repo::history(&ctx.db, rows).await.map_err(db_error)?;
    Ok((note, items))
}

/// Adds or changes the technician's note on a session (during or after it).
#[server(prefix = "/fn", endpoint = "save_note")]
pub async fn save_note(session: SessionId, note: String) -> Result<(), AppError> {
    use crate::auth::server::{db_error, require_me};
    use crate::session::MAX_NOTE;
    use crate::session::repo::{self, NewEvent};
    let (ctx, me) = require_me().await?;
    visible_session(&ctx, &me, &session).await?;
    if note.chars().count() > MAX_NOTE {
        return Err(AppError::InvalidInput {
            field: "note".into(),
        });
    }
    let now = ctx.now_ms();
    let actor = format!("technician:{}", me.user);
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    repo::save_note(&mut *tx, &session, note.trim(), &me.user, now)
        .await
        .map_err(db_error)?;
    repo::insert_event(
        &mut *tx,
        &NewEvent::plain(&session, now, &actor, "note-edited"),
    )
    .await
    .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    ctx.hub
        .notify(crate::ssr_ctx::HubNotice::LogChanged(session));
    Ok(())
}

/// Customer: the random identifier this browser keeps, so History & Notes can find the
/// customer's earlier sessions.
#[server(prefix = "/fn", endpoint = "register_device")]
pub async fn register_device(device: String) -> Result<(), AppError> {
    use crate::auth::server::db_error;
    use crate::invite::server::customer_from_request;
    use crate::ssr_ctx::{use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    let (session, _) = customer_from_request(&ctx, &req)
        .await?
        .ok_or(AppError::NotJoined)?;
    let well_formed = (16..=64).contains(&device.len())
        && device
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !well_formed {
        return Err(AppError::InvalidInput {
            field: "device".into(),
        });
    }
    crate::session::repo::set_device(&ctx.db, &session, &device)
        .await
        .map_err(db_error)
}
