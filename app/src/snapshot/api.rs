//! Server functions for snapshots (the upload and the file are plain HTTP routes).

use leptos::prelude::*;

use crate::error::AppError;
use crate::ids::SessionId;
use crate::snapshot::SnapshotInfo;

/// The snapshots of a session the technician sees.
#[server(prefix = "/fn", endpoint = "list_snapshots")]
pub async fn list_snapshots(session: SessionId) -> Result<Vec<SnapshotInfo>, AppError> {
    use crate::auth::server::{db_error, require_me};
    let (ctx, me) = require_me().await?;
    crate::session::api::visible_session(&ctx, &me, &session).await?;
    crate::snapshot::repo::list(&ctx.db, &session)
        .await
        .map_err(db_error)
}
