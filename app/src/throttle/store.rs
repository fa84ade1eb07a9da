//! The throttles' counters in the database, so that a restart forgets no attempt (and, with
//! a shared database, so that several nodes could read them). Written in the background
//! from what changed (`Ctx::keep_throttles`), read once at start-up.

use std::time::Duration;

use sqlx::Row;

use crate::db::Db;

/// Counters older than this are not read back (longer than any throttle's window).
pub const KEEP: Duration = Duration::from_secs(24 * 3600);

/// Writes the counter of `key` in `throttle` (`None`: forgotten).
pub async fn save(
    db: &Db,
    throttle: &str,
    key: &str,
    entry: Option<(u32, Duration)>,
) -> Result<(), sqlx::Error> {
    match entry {
        Some((count, last)) => {
            sqlx::query(
                "INSERT INTO throttle_counts (throttle, key, count, last_ms) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (throttle, key) DO UPDATE SET count = excluded.count, \
                 last_ms = excluded.last_ms",
            )
            .bind(throttle)
            .bind(key)
            .bind(i64::from(count))
            .bind(last.as_millis() as i64)
            .execute(db)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM throttle_counts WHERE throttle = $1 AND key = $2")
                .bind(throttle)
                .bind(key)
                .execute(db)
                .await?;
        }
    }
    Ok(())
}

/// The counters of the last [`KEEP`] before `now_ms`: `(throttle, key, count, last)`; older
/// ones are deleted.
pub async fn load(
    db: &Db,
    now_ms: i64,
) -> Result<Vec<(String, String, u32, Duration)>, sqlx::Error> {
    let since = now_ms - KEEP.as_millis() as i64;
    sqlx::query("DELETE FROM throttle_counts WHERE last_ms < $1")
        .bind(since)
        .execute(db)
        .await?;
    let rows = sqlx::query("SELECT throttle, key, count, last_ms FROM throttle_counts")
        .fetch_all(db)
        .await?;
    Ok(rows
        .iter()
        .map(|r| {
            let count: i64 = r.get(2);
            let last: i64 = r.get(3);
            (
                r.get::<String, _>(0),
                r.get::<String, _>(1),
                u32::try_from(count).unwrap_or(u32::MAX),
                Duration::from_millis(last.max(0) as u64),
            )
        })
        .collect())
}
