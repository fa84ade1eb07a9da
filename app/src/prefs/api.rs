//! Server functions for console preferences and presence chosen by hand.

use leptos::prelude::*;

use crate::error::AppError;
use crate::prefs::ConsolePrefs;

/// The signed-in technician's preferences.
#[server(prefix = "/fn", endpoint = "get_prefs")]
pub async fn get_prefs() -> Result<ConsolePrefs, AppError> {
    use crate::auth::repo;
    use crate::auth::server::{db_error, require_me};
    let (ctx, me) = require_me().await?;
    let json = repo::prefs(&ctx.db, &me.user).await.map_err(db_error)?;
    Ok(json
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default())
}

/// Saves the signed-in technician's preferences.
#[server(prefix = "/fn", endpoint = "save_prefs", input = leptos::server_fn::codec::Json)]
pub async fn save_prefs(prefs: ConsolePrefs) -> Result<(), AppError> {
    use crate::auth::repo;
    use crate::auth::server::{db_error, require_me};
    let (ctx, me) = require_me().await?;
    let json = serde_json::to_string(&prefs).map_err(|_| AppError::Internal)?;
    repo::set_prefs(&ctx.db, &me.user, &json)
        .await
        .map_err(db_error)
}
