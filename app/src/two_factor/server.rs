//! Two-factor sign-in on the server: secrets, code checks (each time step accepted once,
//! recovery codes used up), and the SQL behind them.

use rand::Rng;
use sqlx::Row;
use totp_rs::{Builder, Secret};

use super::{Code, RECOVERY_CODES, RECOVERY_LEN, Status, recovery_code};
use crate::db::{Db, Tx};
use crate::ids::UserId;
use crate::secret::hash_token;
use crate::secret_box::Keyring;

/// A new secret: 160 random bits (RFC 4226's recommendation), base32.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    Secret::new_stack(bytes).to_base32()
}

/// New recovery codes (upper case, no dash) and their hashes for storage.
pub fn new_recovery_codes() -> Vec<(String, String)> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; RECOVERY_LEN];
            rand::rng().fill_bytes(&mut bytes);
            let code = recovery_code(&bytes);
            let hash = hash_token(&code);
            (code, hash)
        })
        .collect()
}

/// The time step (Unix seconds ÷ 30) of `secret` that `code` matches at `now_secs`, one step
/// of clock difference allowed either way.
pub fn matching_step(secret_base32: &str, code: &str, now_secs: u64) -> Option<i64> {
    let secret = Secret::try_from_base32(secret_base32).ok()?;
    let totp = Builder::new().with_secret(secret).build().ok()?;
    totp.check(code, now_secs)
        .and_then(|step| i64::try_from(step).ok())
}

/// The code of `secret` at `now_secs` (tests, and the set-up check in tests).
pub fn code_at(secret_base32: &str, now_secs: u64) -> Option<String> {
    let secret = Secret::try_from_base32(secret_base32).ok()?;
    let totp = Builder::new().with_secret(secret).build().ok()?;
    Some(totp.generate(now_secs).to_string())
}

/// The organisation of `user`.
pub async fn org_of(db: &Db, user: &UserId) -> Result<crate::ids::OrgId, sqlx::Error> {
    sqlx::query("SELECT org_id FROM users WHERE id = $1")
        .bind(user.as_str())
        .fetch_one(db)
        .await?
        .try_get("org_id")
        .map(crate::ids::OrgId)
}

/// Whether two-factor sign-in is on for `user`, and how many recovery codes are left.
pub async fn status(db: &Db, user: &UserId) -> Result<Status, sqlx::Error> {
    let row = sqlx::query(
        "SELECT (totp_secret IS NOT NULL) AS enabled, \
         (SELECT COUNT(*) FROM recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) AS left_codes \
         FROM users u WHERE id = $1",
    )
    .bind(user.as_str())
    .fetch_one(db)
    .await?;
    Ok(Status {
        enabled: row.try_get::<i64, _>("enabled")? != 0,
        recovery_left: u32::try_from(row.try_get::<i64, _>("left_codes")?).unwrap_or(0),
    })
}

/// The columns that hold secrets, sealed (`crate::secret_box`; the column name is the
/// sealed value's associated data).
const SECRET_COLUMNS: [&str; 2] = ["totp_secret", "totp_pending"];

/// A stored secret of `column`, opened: sealed by a key of `keys`, or stored as it is by a
/// version before sealing (`seal_stored` seals those at start-up).
fn open_stored(
    keys: &Keyring,
    column: &str,
    value: Option<String>,
) -> Result<Option<String>, sqlx::Error> {
    let Some(value) = value else { return Ok(None) };
    if !Keyring::is_sealed(&value) {
        return Ok(Some(value));
    }
    keys.open(column, &value)
        .map(Some)
        .map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// The secret being set up (replacing one set up before and not confirmed).
pub async fn set_pending_secret(
    db: &Db,
    keys: &Keyring,
    user: &UserId,
    secret: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET totp_pending = $1 WHERE id = $2")
        .bind(keys.seal("totp_pending", secret))
        .bind(user.as_str())
        .execute(db)
        .await?;
    Ok(())
}

/// The secret being set up, if any.
pub async fn pending_secret(
    db: &Db,
    keys: &Keyring,
    user: &UserId,
) -> Result<Option<String>, sqlx::Error> {
    let value = sqlx::query("SELECT totp_pending FROM users WHERE id = $1")
        .bind(user.as_str())
        .fetch_one(db)
        .await?
        .try_get("totp_pending")?;
    open_stored(keys, "totp_pending", value)
}

/// The secret in use, if two-factor sign-in is on.
pub async fn secret(db: &Db, keys: &Keyring, user: &UserId) -> Result<Option<String>, sqlx::Error> {
    let value = sqlx::query("SELECT totp_secret FROM users WHERE id = $1")
        .bind(user.as_str())
        .fetch_one(db)
        .await?
        .try_get("totp_secret")?;
    open_stored(keys, "totp_secret", value)
}

/// Seals the stored secrets again: every one with `to`'s current key, opening them with
/// `from` (a rotation), or (`only_unsealed`) those stored as they are by a version before
/// sealing (at start-up). All in one transaction; returns how many values were sealed.
pub async fn seal_stored(
    db: &Db,
    from: &Keyring,
    to: &Keyring,
    only_unsealed: bool,
) -> Result<usize, sqlx::Error> {
    let mut tx = db.begin().await?;
    let mut sealed = 0;
    for column in SECRET_COLUMNS {
        let rows = sqlx::query(&format!(
            "SELECT id, {column} AS value FROM users WHERE {column} IS NOT NULL"
        ))
        .fetch_all(&mut *tx)
        .await?;
        for row in rows {
            let id: String = row.try_get("id")?;
            let value: String = row.try_get("value")?;
            if only_unsealed && Keyring::is_sealed(&value) {
                continue;
            }
            let Some(plain) = open_stored(from, column, Some(value))? else {
                continue;
            };
            sqlx::query(&format!("UPDATE users SET {column} = $1 WHERE id = $2"))
                .bind(to.seal(column, &plain))
                .bind(&id)
                .execute(&mut *tx)
                .await?;
            sealed += 1;
        }
    }
    tx.commit().await?;
    Ok(sealed)
}

/// Turns two-factor sign-in on with `secret`, whose code for `step` proved it, and replaces
/// the recovery codes.
pub async fn enable(
    tx: &mut Tx<'_>,
    keys: &Keyring,
    user: &UserId,
    secret: &str,
    step: i64,
    recovery_hashes: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET totp_secret = $1, totp_pending = NULL, totp_last_step = $2 WHERE id = $3",
    )
    .bind(keys.seal("totp_secret", secret))
    .bind(step)
    .bind(user.as_str())
    .execute(&mut **tx)
    .await?;
    delete_recovery_codes(tx, user).await?;
    for hash in recovery_hashes {
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
            .bind(user.as_str())
            .bind(hash)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Turns two-factor sign-in off (the secret and recovery codes are forgotten).
pub async fn disable(tx: &mut Tx<'_>, user: &UserId) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET totp_secret = NULL, totp_pending = NULL, totp_last_step = NULL WHERE id = $1",
    )
    .bind(user.as_str())
    .execute(&mut **tx)
    .await?;
    delete_recovery_codes(tx, user).await
}

async fn delete_recovery_codes(tx: &mut Tx<'_>, user: &UserId) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user.as_str())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Which kind of code was accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accepted {
    /// A code from the app.
    App,
    /// A recovery code (now used up).
    Recovery,
}

/// Checks `code` for `user`: a code from the app for a time step not accepted before (the
/// step is recorded atomically, so a code cannot be replayed), or an unused recovery code
/// (marked used). `None` when it is not right.
pub async fn accept(
    db: &Db,
    keys: &Keyring,
    user: &UserId,
    code: &Code,
    now_ms: i64,
) -> Result<Option<Accepted>, sqlx::Error> {
    match code {
        Code::Totp(digits) => {
            let Some(secret) = secret(db, keys, user).await? else {
                return Ok(None);
            };
            let now_secs = u64::try_from(now_ms / 1000).unwrap_or(0);
            let Some(step) = matching_step(&secret, digits, now_secs) else {
                return Ok(None);
            };
            let done = sqlx::query(
                "UPDATE users SET totp_last_step = $1 \
                 WHERE id = $2 AND totp_secret IS NOT NULL \
                 AND (totp_last_step IS NULL OR totp_last_step < $1)",
            )
            .bind(step)
            .bind(user.as_str())
            .execute(db)
            .await?;
            Ok((done.rows_affected() == 1).then_some(Accepted::App))
        }
        Code::Recovery(code) => {
            let done = sqlx::query(
                "UPDATE recovery_codes SET used_at = $1 \
                 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
            )
            .bind(now_ms)
            .bind(user.as_str())
            .bind(hash_token(code))
            .execute(db)
            .await?;
            Ok((done.rows_affected() == 1).then_some(Accepted::Recovery))
        }
    }
}

/// Records a sign-in waiting for its code.
pub async fn insert_pending_sign_in(
    db: &Db,
    token_hash: &str,
    user: &UserId,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO second_factor_pending (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
    )
    .bind(token_hash)
    .bind(user.as_str())
    .bind(expires_at)
    .execute(db)
    .await?;
    Ok(())
}

/// The person of a pending sign-in still valid at `now`, with its wrong codes so far.
pub async fn pending_sign_in(
    db: &Db,
    token_hash: &str,
    now: i64,
) -> Result<Option<(UserId, i64)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT user_id, failures FROM second_factor_pending WHERE token_hash = $1 AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(db)
    .await?;
    row.map(|r| Ok((UserId(r.try_get("user_id")?), r.try_get("failures")?)))
        .transpose()
}

/// Counts a wrong code on a pending sign-in.
pub async fn fail_pending_sign_in(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE second_factor_pending SET failures = failures + 1 WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db)
        .await?;
    Ok(())
}

/// Ends a pending sign-in (completed, given up, or expired ones).
pub async fn delete_pending_sign_in(
    db: &Db,
    token_hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM second_factor_pending WHERE token_hash = $1 OR expires_at <= $2")
        .bind(token_hash)
        .bind(now)
        .execute(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_vectors_and_one_step_of_skew() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890" (last 6 of 8 digits).
        let secret = Secret::from(*b"12345678901234567890").to_base32();
        for (t, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (2_000_000_000, "279037"),
        ] {
            assert_eq!(code_at(&secret, t).as_deref(), Some(code));
            assert_eq!(matching_step(&secret, code, t), Some((t / 30) as i64));
        }
        // The previous and the next step are accepted, not two steps away.
        let t = 1_111_111_109;
        assert_eq!(
            matching_step(&secret, "081804", t + 30),
            Some((t / 30) as i64)
        );
        assert_eq!(
            matching_step(&secret, "081804", t - 30),
            Some((t / 30) as i64)
        );
        assert_eq!(matching_step(&secret, "081804", t + 60), None);
        assert_eq!(matching_step(&secret, "000000", t), None);
        assert_eq!(matching_step("not base32!", "081804", t), None);
    }

    #[test]
    fn new_secrets_and_recovery_codes() {
        let s = new_secret();
        assert_eq!(s.len(), 32);
        assert_ne!(s, new_secret());
        assert!(code_at(&s, 0).is_some_and(|c| c.len() == 6));
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        for (code, hash) in &codes {
            assert_eq!(
                super::super::parse_code(code),
                Some(Code::Recovery(code.clone()))
            );
            assert_eq!(*hash, hash_token(code));
        }
    }
}
