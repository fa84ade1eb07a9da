//! SQL for the admin centre. Every function takes the organisation and touches only its rows.

use sqlx::{Any, Executor, Row};

use super::{GroupForm, GroupSummary, OrgSettings, UserSummary};
use crate::auth::UserRole;
use crate::db::{Db, Tx};
use crate::ids::{OrgId, UserId};
use crate::permission::Permissions;

const USER_SELECT: &str = "SELECT id, name, email, role, master, group_id, deactivated_at, \
     totp_secret, password_hash FROM users WHERE org_id = $1";

fn user_row(r: &sqlx::any::AnyRow) -> Result<UserSummary, sqlx::Error> {
    let role: String = r.try_get("role")?;
    Ok(UserSummary {
        id: UserId(r.try_get("id")?),
        name: r.try_get("name")?,
        email: r.try_get("email")?,
        role: UserRole::from_stored(&role, r.try_get::<i64, _>("master")? != 0),
        group: r.try_get("group_id")?,
        active: r.try_get::<Option<i64>, _>("deactivated_at")?.is_none(),
        two_factor: r.try_get::<Option<String>, _>("totp_secret")?.is_some(),
        invited: r.try_get::<String, _>("password_hash")?.is_empty(),
    })
}

/// The organisation's users, by name.
pub async fn users(db: &Db, org: &OrgId) -> Result<Vec<UserSummary>, sqlx::Error> {
    sqlx::query(&format!("{USER_SELECT} ORDER BY name, email"))
        .bind(org.as_str())
        .fetch_all(db)
        .await?
        .iter()
        .map(user_row)
        .collect()
}

/// One user of the organisation.
pub async fn user(db: &Db, org: &OrgId, id: &UserId) -> Result<Option<UserSummary>, sqlx::Error> {
    sqlx::query(&format!("{USER_SELECT} AND id = $2"))
        .bind(org.as_str())
        .bind(id.as_str())
        .fetch_optional(db)
        .await?
        .as_ref()
        .map(user_row)
        .transpose()
}

/// Changes a user's role, group and state; ends their sign-ins when deactivated.
pub async fn update_user(
    tx: &mut Tx<'_>,
    org: &OrgId,
    id: &UserId,
    role: UserRole,
    group: &str,
    deactivated_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    let (role, master) = role.stored();
    sqlx::query(
        "UPDATE users SET role = $1, master = $2, group_id = $3, deactivated_at = $4 \
         WHERE id = $5 AND org_id = $6",
    )
    .bind(role)
    .bind(i64::from(master))
    .bind(group)
    .bind(deactivated_at)
    .bind(id.as_str())
    .bind(org.as_str())
    .execute(&mut **tx)
    .await?;
    if deactivated_at.is_some() {
        sqlx::query("DELETE FROM auth_sessions WHERE user_id = $1")
            .bind(id.as_str())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The organisation's groups with their member counts, oldest first.
pub async fn groups(db: &Db, org: &OrgId) -> Result<Vec<GroupSummary>, sqlx::Error> {
    sqlx::query(
        "SELECT g.id, g.name, g.permissions, g.connecting_timeout_secs, \
         g.inactivity_timeout_secs, g.max_active_sessions, g.auto_away_secs, \
         g.busy_threshold, g.auto_start, \
         (SELECT COUNT(*) FROM users u WHERE u.group_id = g.id) AS members \
         FROM tech_groups g WHERE g.org_id = $1 ORDER BY g.created_at, g.id",
    )
    .bind(org.as_str())
    .fetch_all(db)
    .await?
    .iter()
    .map(|r| {
        let minutes = |col: &str| -> Result<u32, sqlx::Error> {
            Ok((r.try_get::<i64, _>(col)?.max(0) / 60).min(i64::from(u32::MAX)) as u32)
        };
        Ok(GroupSummary {
            id: r.try_get("id")?,
            name: r.try_get("name")?,
            perms: Permissions::from_stored(
                r.try_get::<Option<String>, _>("permissions")?.as_deref(),
            ),
            form: GroupForm {
                connecting_minutes: minutes("connecting_timeout_secs")?,
                inactivity_minutes: minutes("inactivity_timeout_secs")?,
                max_active: r.try_get::<i64, _>("max_active_sessions")?.clamp(0, 1000) as u32,
                auto_away_minutes: minutes("auto_away_secs")?,
                busy_threshold: r
                    .try_get::<Option<i64>, _>("busy_threshold")?
                    .unwrap_or_else(|| r.try_get("max_active_sessions").unwrap_or(1))
                    .clamp(0, 1000) as u32,
                auto_start: r.try_get::<i64, _>("auto_start")? != 0,
            },
            members: r.try_get::<i64, _>("members")?.max(0) as u32,
        })
    })
    .collect()
}

/// Whether `group` is one of the organisation's.
pub async fn group_in_org<'e>(
    ex: impl Executor<'e, Database = Any>,
    org: &OrgId,
    group: &str,
) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("SELECT 1 AS one FROM tech_groups WHERE id = $1 AND org_id = $2")
            .bind(group)
            .bind(org.as_str())
            .fetch_optional(ex)
            .await?
            .is_some(),
    )
}

/// Creates a group.
pub async fn insert_group(
    db: &Db,
    org: &OrgId,
    id: &str,
    name: &str,
    perms: Permissions,
    form: &GroupForm,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO tech_groups (id, org_id, name, permissions, connecting_timeout_secs, \
         inactivity_timeout_secs, max_active_sessions, auto_away_secs, busy_threshold, \
         auto_start, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(id)
    .bind(org.as_str())
    .bind(name)
    .bind(perms.to_stored())
    .bind(i64::from(form.connecting_minutes) * 60)
    .bind(i64::from(form.inactivity_minutes) * 60)
    .bind(i64::from(form.max_active))
    .bind(i64::from(form.auto_away_minutes) * 60)
    .bind(i64::from(form.busy_threshold))
    .bind(i64::from(form.auto_start))
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// Changes a group; `false` when it is not the organisation's.
pub async fn update_group(
    db: &Db,
    org: &OrgId,
    id: &str,
    name: &str,
    perms: Permissions,
    form: &GroupForm,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE tech_groups SET name = $1, permissions = $2, connecting_timeout_secs = $3, \
         inactivity_timeout_secs = $4, max_active_sessions = $5, auto_away_secs = $6, \
         busy_threshold = $7, auto_start = $8 WHERE id = $9 AND org_id = $10",
    )
    .bind(name)
    .bind(perms.to_stored())
    .bind(i64::from(form.connecting_minutes) * 60)
    .bind(i64::from(form.inactivity_minutes) * 60)
    .bind(i64::from(form.max_active))
    .bind(i64::from(form.auto_away_minutes) * 60)
    .bind(i64::from(form.busy_threshold))
    .bind(i64::from(form.auto_start))
    .bind(id)
    .bind(org.as_str())
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes a group without members or channels, unless it is the organisation's last;
/// `false` when nothing was deleted.
pub async fn delete_group(db: &Db, org: &OrgId, id: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM tech_groups WHERE id = $1 AND org_id = $2 \
         AND NOT EXISTS (SELECT 1 FROM users WHERE group_id = $1) \
         AND NOT EXISTS (SELECT 1 FROM channels WHERE group_id = $1) \
         AND (SELECT COUNT(*) FROM tech_groups WHERE org_id = $2) > 1",
    )
    .bind(id)
    .bind(org.as_str())
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The organisation's settings.
pub async fn org_settings(db: &Db, org: &OrgId) -> Result<Option<OrgSettings>, sqlx::Error> {
    let Some(r) = sqlx::query(
        "SELECT o.name, o.terms_text, o.field1_name, o.field2_name, o.require_two_factor, \
         o.survey_enabled, o.survey_question, o.survey_url, o.email_template, o.email_subject, \
         o.sms_template, \
         o.accent, \
         l.updated_at AS logo_version \
         FROM organisations o LEFT JOIN org_logos l ON l.org_id = o.id WHERE o.id = $1",
    )
    .bind(org.as_str())
    .fetch_optional(db)
    .await?
    else {
        return Ok(None);
    };
    let text = |col: &str| -> Result<String, sqlx::Error> {
        Ok(r.try_get::<Option<String>, _>(col)?.unwrap_or_default())
    };
    Ok(Some(OrgSettings {
        name: r.try_get("name")?,
        terms: text("terms_text")?,
        field_names: [text("field1_name")?, text("field2_name")?],
        require_two_factor: r.try_get::<i64, _>("require_two_factor")? != 0,
        survey: r.try_get::<i64, _>("survey_enabled")? != 0,
        survey_questions: text("survey_question")?
            .lines()
            .map(str::to_owned)
            .collect(),
        survey_url: text("survey_url")?,
        email_template: text("email_template")?,
        email_subject: text("email_subject")?,
        sms_template: text("sms_template")?,
        accent: text("accent")?,
        logo: r
            .try_get::<Option<i64>, _>("logo_version")?
            .map(|v| crate::admin::logo_url(org, v)),
    }))
}

/// Sets the organisation's logo (a checked PNG of `size`).
pub async fn set_logo(
    db: &Db,
    org: &OrgId,
    png: &[u8],
    size: (u32, u32),
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM org_logos WHERE org_id = $1")
        .bind(org.as_str())
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO org_logos (org_id, png, width, height, updated_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(org.as_str())
    .bind(png)
    .bind(i64::from(size.0))
    .bind(i64::from(size.1))
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Removes the organisation's logo; `false` when it had none.
pub async fn delete_logo(db: &Db, org: &OrgId) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM org_logos WHERE org_id = $1")
        .bind(org.as_str())
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The organisation's logo file.
pub async fn logo(db: &Db, org: &OrgId) -> Result<Option<Vec<u8>>, sqlx::Error> {
    sqlx::query("SELECT png FROM org_logos WHERE org_id = $1")
        .bind(org.as_str())
        .fetch_optional(db)
        .await?
        .map(|r| r.try_get("png"))
        .transpose()
}

/// Saves the organisation's settings (empty texts are stored as NULL: the default).
pub async fn save_org_settings(db: &Db, org: &OrgId, s: &OrgSettings) -> Result<(), sqlx::Error> {
    let opt = |t: &str| (!t.is_empty()).then(|| t.to_owned());
    sqlx::query(
        "UPDATE organisations SET name = $1, terms_text = $2, field1_name = $3, \
         field2_name = $4, require_two_factor = $5, survey_enabled = $6, survey_question = $7, \
         email_template = $8, sms_template = $9, accent = $10, survey_url = $11, \
         email_subject = $12 WHERE id = $13",
    )
    .bind(&s.name)
    .bind(opt(&s.terms))
    .bind(opt(&s.field_names[0]))
    .bind(opt(&s.field_names[1]))
    .bind(i64::from(s.require_two_factor))
    .bind(i64::from(s.survey))
    .bind(opt(&s.survey_questions.join("\n")))
    .bind(opt(&s.email_template))
    .bind(opt(&s.sms_template))
    .bind(opt(&s.accent))
    .bind(opt(&s.survey_url))
    .bind(opt(&s.email_subject))
    .bind(org.as_str())
    .execute(db)
    .await?;
    Ok(())
}

/// Stores a set-password token (its hash) for a user.
pub async fn insert_password_token(
    tx: &mut Tx<'_>,
    token_hash: &str,
    user: &UserId,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO password_tokens (token_hash, user_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user.as_str())
    .bind(now)
    .bind(expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Uses a set-password token: marks it used (once) and returns its active user and their
/// organisation.
pub async fn use_password_token(
    tx: &mut Tx<'_>,
    token_hash: &str,
    now: i64,
) -> Result<Option<(UserId, OrgId)>, sqlx::Error> {
    let used = sqlx::query(
        "UPDATE password_tokens SET used_at = $1 \
         WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(token_hash)
    .execute(&mut **tx)
    .await?;
    if used.rows_affected() != 1 {
        return Ok(None);
    }
    let Some(r) = sqlx::query(
        "SELECT u.id, u.org_id FROM password_tokens p JOIN users u ON u.id = p.user_id \
         WHERE p.token_hash = $1 AND u.deactivated_at IS NULL",
    )
    .bind(token_hash)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(None);
    };
    Ok(Some((
        UserId(r.try_get("id")?),
        OrgId(r.try_get("org_id")?),
    )))
}

/// Sets a user's password hash; earlier set-password links and sign-ins end.
pub async fn set_password(
    tx: &mut Tx<'_>,
    user: &UserId,
    hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(user.as_str())
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE password_tokens SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(user.as_str())
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM auth_sessions WHERE user_id = $1")
        .bind(user.as_str())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Whether the organisation requires two-factor sign-in.
pub async fn requires_two_factor(db: &Db, org: &OrgId) -> Result<bool, sqlx::Error> {
    Ok(org_settings(db, org)
        .await?
        .is_some_and(|s| s.require_two_factor))
}

/// The organisation's sessions created in `[start, end)`, of technicians now in `group`
/// (all when `None`), with the time each spent waiting, active and on hold (open ones until
/// `now`), oldest first; at most `report::MAX_SESSIONS` (the newest).
pub async fn report_rows(
    db: &Db,
    org: &OrgId,
    (start, end): (i64, i64),
    group: Option<&str>,
    now: i64,
) -> Result<Vec<crate::report::ReportRow>, sqlx::Error> {
    use std::collections::HashMap;
    // A channel session nobody picked up counts under its channel's group.
    let filter = "s.org_id = $1 AND s.created_at >= $2 AND s.created_at < $3 \
                  AND ($4 = '' OR COALESCE(u.group_id, c.group_id) = $4)";
    let sessions = sqlx::query(&format!(
        "SELECT s.id, s.created_at, s.closed_at, s.state, COALESCE(u.name, '') AS name, \
         COALESCE(g.name, '') AS grp, a.score, a.scores, COALESCE(a.comment, '') AS comment \
         FROM sessions s LEFT JOIN users u ON u.id = s.owner_id \
         LEFT JOIN channels c ON c.id = s.channel_id \
         LEFT JOIN tech_groups g ON g.id = COALESCE(u.group_id, c.group_id) \
         LEFT JOIN survey_answers a ON a.session_id = s.id \
         WHERE {filter} ORDER BY s.created_at DESC, s.id LIMIT {}",
        crate::report::MAX_SESSIONS
    ))
    .bind(org.as_str())
    .bind(start)
    .bind(end)
    .bind(group.unwrap_or(""))
    .fetch_all(db)
    .await?;
    let mut transitions: HashMap<String, Vec<(i64, String)>> = HashMap::new();
    let events = sqlx::query(&format!(
        "SELECT e.session_id, e.at, e.to_state FROM session_events e \
         JOIN sessions s ON s.id = e.session_id LEFT JOIN users u ON u.id = s.owner_id \
         LEFT JOIN channels c ON c.id = s.channel_id \
         WHERE {filter} AND e.to_state IS NOT NULL ORDER BY e.id"
    ))
    .bind(org.as_str())
    .bind(start)
    .bind(end)
    .bind(group.unwrap_or(""))
    .fetch_all(db)
    .await?;
    for e in &events {
        transitions
            .entry(e.try_get("session_id")?)
            .or_default()
            .push((e.try_get("at")?, e.try_get("to_state")?));
    }
    let mut rows = sessions
        .iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            let created_at: i64 = r.try_get("created_at")?;
            let end = r.try_get::<Option<i64>, _>("closed_at")?.unwrap_or(now);
            let list = transitions.get(&id).map(Vec::as_slice).unwrap_or_default();
            // The creation's line goes to Connecting, which no column counts.
            let [waiting_secs, active_secs, hold_secs] =
                crate::report::durations(created_at, list, end);
            Ok(crate::report::ReportRow {
                session: id,
                created_at,
                technician: r.try_get("name")?,
                group: r.try_get("grp")?,
                outcome: r.try_get("state")?,
                waiting_secs,
                active_secs,
                hold_secs,
                scores: match r.try_get::<Option<String>, _>("scores")? {
                    Some(all) => all.split(' ').filter_map(|v| v.parse().ok()).collect(),
                    None => r
                        .try_get::<Option<i64>, _>("score")?
                        .and_then(|v| u8::try_from(v).ok())
                        .into_iter()
                        .collect(),
                },
                comment: r.try_get("comment")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    rows.reverse();
    Ok(rows)
}

/// The organisation's audit lines matching `search`, newest first (at most
/// `MAX_AUDIT_LINES`, looked for among the newest 20 000).
pub async fn audit(
    db: &Db,
    org: &OrgId,
    search: &str,
) -> Result<Vec<super::AuditLine>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.at, a.kind, a.detail, COALESCE(x.name, '') AS actor, \
         COALESCE(y.name, '') AS subject FROM audit a \
         LEFT JOIN users x ON x.id = a.actor_id LEFT JOIN users y ON y.id = a.subject \
         WHERE a.org_id = $1 ORDER BY a.at DESC, a.rowid DESC LIMIT 20000",
    )
    .bind(org.as_str())
    .fetch_all(db)
    .await?;
    let mut out = vec![];
    for r in &rows {
        let line = super::AuditLine {
            at: r.try_get("at")?,
            actor: r.try_get("actor")?,
            kind: r.try_get("kind")?,
            subject: r.try_get("subject")?,
            detail: r
                .try_get::<Option<String>, _>("detail")?
                .unwrap_or_default(),
        };
        if line.matches(search) {
            out.push(line);
            if out.len() == super::MAX_AUDIT_LINES {
                break;
            }
        }
    }
    Ok(out)
}

/// Whether the customer of `session` answered the survey.
pub async fn survey_answered(
    db: &Db,
    session: &crate::ids::SessionId,
) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("SELECT 1 AS one FROM survey_answers WHERE session_id = $1")
            .bind(session.as_str())
            .fetch_optional(db)
            .await?
            .is_some(),
    )
}

/// Stores a survey answer (at least one score; the first is the overall one); a second one
/// for the same session is ignored.
pub async fn insert_survey_answer(
    db: &Db,
    session: &crate::ids::SessionId,
    org: &OrgId,
    scores: &[u8],
    comment: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let all: Vec<String> = scores.iter().map(u8::to_string).collect();
    sqlx::query(
        "INSERT INTO survey_answers (session_id, org_id, score, scores, comment, at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (session_id) DO NOTHING",
    )
    .bind(session.as_str())
    .bind(org.as_str())
    .bind(i64::from(scores.first().copied().unwrap_or(0)))
    .bind(all.join(" "))
    .bind(comment)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}
