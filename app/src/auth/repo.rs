//! SQL for organisations, users and sign-in sessions.

use sqlx::Row;

use crate::auth::{Me, UserRole};
use crate::db::{Db, Tx};
use crate::ids::{OrgId, UserId};
use crate::permission::Permissions;
use crate::presence::Chosen;

/// A user row needed to check a password.
#[derive(Clone, Debug)]
pub struct Credentials {
    /// The user.
    pub user: UserId,
    /// Their organisation.
    pub org: OrgId,
    /// The PHC string of the password hash.
    pub password_hash: String,
    /// Whether the account is deactivated.
    pub deactivated: bool,
}

/// Number of organisations.
pub async fn count_orgs(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM organisations")
        .fetch_one(db)
        .await?
        .try_get("n")
}

/// Creates an organisation.
pub async fn insert_org(
    tx: &mut Tx<'_>,
    id: &OrgId,
    name: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO organisations (id, name, created_at) VALUES ($1, $2, $3)")
        .bind(id.as_str())
        .bind(name)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The only organisation's ID, when exactly one exists.
pub async fn single_org(db: &Db) -> Result<Option<OrgId>, sqlx::Error> {
    let rows = sqlx::query("SELECT id FROM organisations LIMIT 2")
        .fetch_all(db)
        .await?;
    if rows.len() != 1 {
        return Ok(None);
    }
    rows[0].try_get::<String, _>("id").map(|id| Some(OrgId(id)))
}

/// A new user.
pub struct NewUser<'a> {
    /// ID.
    pub id: &'a UserId,
    /// Organisation.
    pub org: &'a OrgId,
    /// Normalised email.
    pub email: &'a str,
    /// Display name.
    pub name: &'a str,
    /// PHC string.
    pub password_hash: &'a str,
    /// Role.
    pub role: UserRole,
    /// Technician group.
    pub group: &'a str,
}

/// Creates a user.
pub async fn insert_user(tx: &mut Tx<'_>, u: &NewUser<'_>, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO users (id, org_id, email, name, password_hash, role, master, created_at, \
         group_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(u.id.as_str())
    .bind(u.org.as_str())
    .bind(u.email)
    .bind(u.name)
    .bind(u.password_hash)
    .bind(u.role.stored().0)
    .bind(i64::from(u.role.stored().1))
    .bind(now)
    .bind(u.group)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The credentials of the account with this (normalised) email.
pub async fn credentials(db: &Db, email: &str) -> Result<Option<Credentials>, sqlx::Error> {
    let Some(row) =
        sqlx::query("SELECT id, org_id, password_hash, deactivated_at FROM users WHERE email = $1")
            .bind(email)
            .fetch_optional(db)
            .await?
    else {
        return Ok(None);
    };
    Ok(Some(Credentials {
        user: UserId(row.try_get("id")?),
        org: OrgId(row.try_get("org_id")?),
        password_hash: row.try_get("password_hash")?,
        deactivated: row.try_get::<Option<i64>, _>("deactivated_at")?.is_some(),
    }))
}

/// Records a sign-in session.
pub async fn insert_auth_session(
    db: &Db,
    token_hash: &str,
    user: &UserId,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO auth_sessions (token_hash, user_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user.as_str())
    .bind(now)
    .bind(expires_at)
    .execute(db)
    .await?;
    Ok(())
}

/// The columns of `Me`: users `u`, organisations `o`, groups `g` (LEFT JOIN).
const ME_COLUMNS: &str = "u.id, u.org_id, o.name AS org_name, u.name, u.email, u.role, \
     u.master, g.permissions, g.id AS group_id, o.field1_name, o.field2_name, \
     o.require_two_factor, u.totp_secret";

fn me_from_row(row: &sqlx::any::AnyRow) -> Result<Me, sqlx::Error> {
    let role: String = row.try_get("role")?;
    let master = row.try_get::<i64, _>("master")? != 0;
    // A user without a group (none is made so, but the column allows it) may do nothing.
    let group = row.try_get::<Option<String>, _>("group_id")?;
    let perms = match group {
        Some(_) => {
            Permissions::from_stored(row.try_get::<Option<String>, _>("permissions")?.as_deref())
        }
        None => Permissions::none(),
    };
    Ok(Me {
        user: UserId(row.try_get("id")?),
        org: OrgId(row.try_get("org_id")?),
        org_name: row.try_get("org_name")?,
        name: row.try_get("name")?,
        email: row.try_get("email")?,
        role: UserRole::from_stored(&role, master),
        perms,
        group,
        field_names: [row.try_get("field1_name")?, row.try_get("field2_name")?],
        must_set_up_two_factor: row.try_get::<i64, _>("require_two_factor")? != 0
            && row.try_get::<Option<String>, _>("totp_secret")?.is_none(),
    })
}

/// The person signed in with this token hash, if the sign-in is valid now.
pub async fn me_for_token(db: &Db, token_hash: &str, now: i64) -> Result<Option<Me>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {ME_COLUMNS} FROM auth_sessions a \
         JOIN users u ON u.id = a.user_id \
         JOIN organisations o ON o.id = u.org_id \
         LEFT JOIN tech_groups g ON g.id = u.group_id \
         WHERE a.token_hash = $1 AND a.expires_at > $2 AND u.deactivated_at IS NULL"
    ))
    .bind(token_hash)
    .bind(now)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(me_from_row).transpose()
}

/// An active user as `Me` (the hub refreshes its connections with this after an
/// administrator changed them); `None` when deactivated or unknown.
pub async fn me_by_id(db: &Db, user: &UserId) -> Result<Option<Me>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {ME_COLUMNS} FROM users u \
         JOIN organisations o ON o.id = u.org_id \
         LEFT JOIN tech_groups g ON g.id = u.group_id \
         WHERE u.id = $1 AND u.deactivated_at IS NULL"
    ))
    .bind(user.as_str())
    .fetch_optional(db)
    .await?;
    row.as_ref().map(me_from_row).transpose()
}

/// Ends a sign-in session.
pub async fn delete_auth_session(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM auth_sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db)
        .await?;
    Ok(())
}

/// Removes expired sign-in sessions.
pub async fn purge_expired(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM auth_sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(db)
            .await?
            .rows_affected(),
    )
}

/// A user's console preferences (JSON), if saved.
pub async fn prefs(db: &Db, user: &UserId) -> Result<Option<String>, sqlx::Error> {
    Ok(sqlx::query("SELECT prefs FROM users WHERE id = $1")
        .bind(user.as_str())
        .fetch_optional(db)
        .await?
        .map(|r| r.try_get::<Option<String>, _>("prefs"))
        .transpose()?
        .flatten())
}

/// Saves a user's console preferences (JSON).
pub async fn set_prefs(db: &Db, user: &UserId, json: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET prefs = $1 WHERE id = $2")
        .bind(json)
        .bind(user.as_str())
        .execute(db)
        .await?;
    Ok(())
}

/// Saves the presence a technician chose by hand.
pub async fn set_chosen_presence(
    db: &Db,
    user: &UserId,
    chosen: Chosen,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET presence = $1 WHERE id = $2")
        .bind(chosen.as_str())
        .bind(user.as_str())
        .execute(db)
        .await?;
    Ok(())
}

/// A technician of an organisation, as the hub's presence needs them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Colleague {
    /// ID.
    pub user: UserId,
    /// Display name.
    pub name: String,
    /// Presence chosen by hand.
    pub chosen: Chosen,
}

/// The active technicians (and administrators) of an organisation, by name.
pub async fn colleagues(db: &Db, org: &OrgId) -> Result<Vec<Colleague>, sqlx::Error> {
    sqlx::query(
        "SELECT id, name, presence FROM users WHERE org_id = $1 AND deactivated_at IS NULL \
         ORDER BY name",
    )
    .bind(org.as_str())
    .fetch_all(db)
    .await?
    .iter()
    .map(|r| {
        Ok(Colleague {
            user: UserId(r.try_get("id")?),
            name: r.try_get("name")?,
            chosen: Chosen::parse(&r.try_get::<String, _>("presence")?),
        })
    })
    .collect()
}
