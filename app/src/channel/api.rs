//! Server functions of self-service channels: the public page and joining (no sign-in; a
//! join is throttled per address and a channel holds at most `MAX_WAITING` customers), and
//! the administrators' list, save and delete.

use leptos::prelude::*;

use super::{Channel, ChannelSummary, PublicChannel};
use crate::error::AppError;

/// What the public page of `/c/<slug>` shows; an unknown or switched-off channel is
/// `ChannelClosed`.
#[server(prefix = "/fn", endpoint = "channel_info")]
pub async fn channel_info(slug: String) -> Result<PublicChannel, AppError> {
    let ctx = crate::ssr_ctx::use_ctx().await?;
    public_channel(&ctx, &slug).await
}

/// What the channel page shows of an enabled channel (the server renders the page with it).
#[cfg(feature = "ssr")]
pub async fn public_channel(
    ctx: &crate::ssr_ctx::Ctx,
    slug: &str,
) -> Result<PublicChannel, AppError> {
    use crate::auth::server::db_error;
    let found = open_channel(ctx, slug).await?;
    let settings = crate::admin::repo::org_settings(&ctx.db, &found.org)
        .await
        .map_err(db_error)?
        .ok_or(AppError::ChannelClosed)?;
    Ok(PublicChannel {
        org_name: settings.name,
        name: found.channel.name,
        accent: Some(settings.accent).filter(|a| !a.is_empty()),
        logo: settings.logo,
    })
}

/// An enabled channel by its slug.
#[cfg(feature = "ssr")]
async fn open_channel(
    ctx: &crate::ssr_ctx::Ctx,
    slug: &str,
) -> Result<super::repo::Found, AppError> {
    let slug = super::valid_slug(slug).map_err(|_| AppError::ChannelClosed)?;
    super::repo::by_slug(&ctx.db, &slug)
        .await
        .map_err(crate::auth::server::db_error)?
        .filter(|f| f.channel.enabled)
        .ok_or(AppError::ChannelClosed)
}

/// A customer joins a channel with their name and problem: a session without an owner, in
/// the channel's queue, and the customer cookie for it; the browser goes on to the customer
/// page. Joining again from a browser whose session in this channel is still open goes back
/// to that session.
#[server(prefix = "/fn", endpoint = "join_channel")]
pub async fn join_channel(slug: String, name: String, problem: String) -> Result<(), AppError> {
    use crate::auth::server::db_error;
    use crate::ids::SessionId;
    use crate::invite::server::{customer_from_request, grant_access, set_access_cookie};
    use crate::session::SessionState;
    use crate::session::repo::{self as sessions, ChannelRef, NewEvent, SessionRow};
    use crate::ssr_ctx::{HubNotice, use_ctx, use_request};
    let ctx = use_ctx().await?;
    let req = use_request().await?;
    let (name, problem) = super::cleaned_request(&name, &problem)?;
    let found = open_channel(&ctx, &slug).await?;
    if let Some((session, org)) = customer_from_request(&ctx, &req).await?
        && org == found.org
        && sessions::get(&ctx.db, &session)
            .await
            .map_err(db_error)?
            .is_some_and(|r| {
                !r.state.is_closed() && r.channel.is_some_and(|c| c.id == found.channel.id)
            })
    {
        leptos_actix::redirect("/s");
        return Ok(());
    }
    let ip = ctx.client_ip(&req);
    let decision = ctx
        .throttles
        .channel_ip
        .lock()
        .map_err(|_| AppError::Internal)?
        .attempt(&ip, ctx.now());
    ctx.throttle(&[decision]).await?;
    if sessions::waiting_in_channel(&ctx.db, &found.channel.id)
        .await
        .map_err(db_error)?
        >= super::MAX_WAITING
    {
        return Err(AppError::ChannelBusy);
    }
    let now = ctx.now_ms();
    let row = SessionRow {
        channel: Some(ChannelRef {
            id: found.channel.id.clone(),
            name: found.channel.name.clone(),
            group: found.channel.group.clone(),
        }),
        problem,
        ..SessionRow::connecting(
            SessionId(crate::secret::session_id()),
            found.org.clone(),
            None,
            name,
            now,
        )
    };
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    sessions::insert(&mut *tx, &row).await.map_err(db_error)?;
    sessions::insert_event(
        &mut *tx,
        &NewEvent {
            session: &row.id,
            at: now,
            actor: "customer",
            kind: "channel-joined",
            from: None,
            to: Some(SessionState::Connecting),
            detail: Some(&found.channel.name),
            client_id: None,
        },
    )
    .await
    .map_err(db_error)?;
    let token = grant_access(&mut tx, &row, now).await?;
    tx.commit().await.map_err(db_error)?;
    set_access_cookie(&ctx, token);
    tracing::info!(session = %row.id, channel = %found.channel.id, "customer joined a channel");
    ctx.hub.notify(HubNotice::SessionChanged(row.id));
    leptos_actix::redirect("/s");
    Ok(())
}

/// The organisation's channels, with their links.
#[server(prefix = "/fn", endpoint = "admin_channels")]
pub async fn admin_channels() -> Result<Vec<ChannelSummary>, AppError> {
    use crate::auth::server::{db_error, require_admin};
    let (ctx, me) = require_admin().await?;
    let mut list = super::repo::list(&ctx.db, &me.org)
        .await
        .map_err(db_error)?;
    for c in &mut list {
        c.link = format!("{}/c/{}", ctx.settings.public_url, c.channel.slug);
    }
    Ok(list)
}

/// Creates (empty ID) or changes a channel; returns its ID.
#[server(prefix = "/fn", endpoint = "admin_save_channel", input = leptos::server_fn::codec::Json)]
pub async fn admin_save_channel(channel: Channel) -> Result<String, AppError> {
    use crate::admin::api::audit;
    use crate::auth::server::{db_error, require_admin};
    use crate::db::is_unique_violation;
    use crate::ssr_ctx::HubNotice;
    let (ctx, me) = require_admin().await?;
    let mut channel = channel.cleaned()?;
    if let Some(group) = &channel.group
        && !crate::admin::repo::group_in_org(&ctx.db, &me.org, group)
            .await
            .map_err(db_error)?
    {
        return Err(AppError::InvalidInput {
            field: "group".into(),
        });
    }
    let taken = |e: sqlx::Error| {
        if is_unique_violation(&e) {
            AppError::SlugTaken
        } else {
            db_error(e)
        }
    };
    if channel.id.is_empty() {
        channel.id = format!("c-{}", crate::secret::internal_id());
        super::repo::insert(&ctx.db, &me.org, &channel, ctx.now_ms())
            .await
            .map_err(taken)?;
    } else if !super::repo::update(&ctx.db, &me.org, &channel)
        .await
        .map_err(taken)?
    {
        return Err(AppError::NotFound);
    }
    let detail = format!(
        "{} (/c/{}){}",
        channel.name,
        channel.slug,
        if channel.enabled { "" } else { " off" }
    );
    audit(&ctx, &me, "channel-saved", None, Some(&detail)).await?;
    ctx.hub.notify(HubNotice::AccountsChanged { org: me.org });
    Ok(channel.id)
}

/// Deletes a channel (its link stops working; customers already waiting stay in the queue).
#[server(prefix = "/fn", endpoint = "admin_delete_channel")]
pub async fn admin_delete_channel(id: String) -> Result<(), AppError> {
    use crate::admin::api::audit;
    use crate::auth::server::{db_error, require_admin};
    use crate::ssr_ctx::HubNotice;
    let (ctx, me) = require_admin().await?;
    let name = super::repo::delete(&ctx.db, &me.org, &id, ctx.now_ms())
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    audit(&ctx, &me, "channel-deleted", None, Some(&name)).await?;
    ctx.hub.notify(HubNotice::AccountsChanged { org: me.org });
    Ok(())
}
