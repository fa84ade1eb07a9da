//! Server functions for a technician's predefined replies. The file export is a plain
//! download (`GET /replies.xml`, server `rest/replies.rs`).

use leptos::prelude::*;

use crate::error::AppError;
use crate::reply::{Reply, ReplyDraft};

/// The signed-in technician's replies, then the organisation's shared ones.
#[server(prefix = "/fn", endpoint = "list_replies")]
pub async fn list_replies() -> Result<Vec<Reply>, AppError> {
    use crate::auth::server::{db_error, require_me};
    use crate::reply::repo::{self, Owner};
    let (ctx, me) = require_me().await?;
    let mut all = repo::list(&ctx.db, Owner::User(&me.user))
        .await
        .map_err(db_error)?;
    all.extend(
        repo::list(&ctx.db, Owner::Org(&me.org))
            .await
            .map_err(db_error)?,
    );
    Ok(all)
}

/// Adds a reply (`id` None) or changes one of the technician's own.
#[server(prefix = "/fn", endpoint = "save_reply", input = leptos::server_fn::codec::Json)]
pub async fn save_reply(id: Option<String>, draft: ReplyDraft) -> Result<Reply, AppError> {
    let (ctx, me) = crate::auth::server::require_me().await?;
    save(
        &ctx,
        &me,
        crate::reply::repo::Owner::User(&me.user),
        id,
        draft,
    )
    .await
}

/// Adds or changes a reply of `owner`'s (checked by the caller).
#[cfg(feature = "ssr")]
pub async fn save(
    ctx: &crate::ssr_ctx::Ctx,
    me: &crate::auth::Me,
    owner: crate::reply::repo::Owner<'_>,
    id: Option<String>,
    draft: ReplyDraft,
) -> Result<Reply, AppError> {
    use crate::auth::server::db_error;
    use crate::reply::{MAX_REPLIES, repo};
    let draft = draft.validated().map_err(|e| AppError::InvalidInput {
        field: e.field().to_owned(),
    })?;
    let shared = matches!(owner, repo::Owner::Org(_));
    match id {
        Some(id) => {
            if repo::update(&ctx.db, owner, &id, &draft)
                .await
                .map_err(db_error)?
            {
                Ok(Reply { id, draft, shared })
            } else {
                Err(AppError::NotFound)
            }
        }
        None => {
            let count = repo::list(&ctx.db, owner).await.map_err(db_error)?.len();
            if count >= MAX_REPLIES {
                return Err(AppError::InvalidInput {
                    field: "replies".to_owned(),
                });
            }
            let added = repo::append(&ctx.db, &me.org, owner, &[draft], ctx.now_ms())
                .await
                .map_err(db_error)?;
            added.into_iter().next().ok_or(AppError::Internal)
        }
    }
}

/// Deletes one of the technician's replies.
#[server(prefix = "/fn", endpoint = "delete_reply")]
pub async fn delete_reply(id: String) -> Result<(), AppError> {
    use crate::auth::server::{db_error, require_me};
    let (ctx, me) = require_me().await?;
    if crate::reply::repo::delete(&ctx.db, crate::reply::repo::Owner::User(&me.user), &id)
        .await
        .map_err(db_error)?
    {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Adds the replies of an exported file to the technician's own; nothing is added when
/// the file or any reply in it is not valid. Returns how many were added.
#[server(prefix = "/fn", endpoint = "import_replies", input = leptos::server_fn::codec::Json)]
pub async fn import_replies(xml: String) -> Result<usize, AppError> {
    use crate::auth::server::{db_error, require_me};
    use crate::reply::{MAX_REPLIES, repo, xml};
    let (ctx, me) = require_me().await?;
    let drafts = xml::import(&xml).map_err(|e| {
        tracing::info!(user = %me.user, error = ?e, "replies file refused");
        AppError::InvalidInput {
            field: "replies-file".to_owned(),
        }
    })?;
    let own = repo::Owner::User(&me.user);
    let count = repo::list(&ctx.db, own).await.map_err(db_error)?.len();
    if count + drafts.len() > MAX_REPLIES {
        return Err(AppError::InvalidInput {
            field: "replies".to_owned(),
        });
    }
    repo::append(&ctx.db, &me.org, own, &drafts, ctx.now_ms())
        .await
        .map_err(db_error)
        .map(|added| added.len())
}
