//! Server functions for creating sessions and issuing invites.

use leptos::prelude::*;

use crate::error::AppError;
use crate::ids::SessionId;
use crate::session::{InviteMethod, IssuedInvite};

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
    let row = SessionRow {
        id: SessionId(crate::secret::session_id()),
        org: me.org.clone(),
        owner: me.user.clone(),
        // An empty name is stored empty and shown as the translated "Customer".
        customer_name: name.to_owned(),
        fields: [field1.trim().to_owned(), field2.trim().to_owned()],
        state: SessionState::Connecting,
        state_since: now,
        created_at: now,
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
    use crate::auth::server::{db_error, require_me};
    use crate::invite::server::issue;
    use crate::session::SessionState;
    use crate::session::repo;

    let (ctx, me) = require_me().await?;
    if !crate::ids::is_session_id(session.as_str()) {
        return Err(AppError::NotFound);
    }
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    let row = repo::get(&mut *tx, &session).await.map_err(db_error)?;
    // Another organisation's session is reported as missing, not as forbidden.
    let row = row.filter(|r| r.org == me.org).ok_or(AppError::NotFound)?;
    if row.owner != me.user {
        return Err(AppError::Forbidden);
    }
    if row.state != SessionState::Connecting {
        return Err(AppError::NotAllowedNow);
    }
    let invite = issue(
        &ctx,
        &mut tx,
        &row,
        method,
        &format!("technician:{}", me.user),
    )
    .await?;
    tx.commit().await.map_err(db_error)?;
    Ok(invite)
}
