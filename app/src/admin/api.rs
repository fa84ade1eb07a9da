//! Server functions of the admin centre. Each one checks that the caller is signed in, an
//! administrator, and acts only inside their own organisation (another organisation's user
//! or group answers "not found"); changes are written to the audit log and the hub is told,
//! so connected consoles get the new roles and permissions at once.

use leptos::prelude::*;

use super::{GroupForm, GroupSummary, OrgSettings, UserSummary};
use crate::error::AppError;
use crate::ids::UserId;

/// The organisation's users.
#[server(prefix = "/fn", endpoint = "admin_users")]
pub async fn admin_users() -> Result<Vec<UserSummary>, AppError> {
    use crate::auth::server::{db_error, require_admin};
    let (ctx, me) = require_admin().await?;
    super::repo::users(&ctx.db, &me.org).await.map_err(db_error)
}

/// The organisation's groups.
#[server(prefix = "/fn", endpoint = "admin_groups")]
pub async fn admin_groups() -> Result<Vec<GroupSummary>, AppError> {
    use crate::auth::server::{db_error, require_admin};
    let (ctx, me) = require_admin().await?;
    super::repo::groups(&ctx.db, &me.org)
        .await
        .map_err(db_error)
}

/// What inviting a user gave.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Invited {
    /// The new user.
    pub user: UserId,
    /// The set-password link, when it was not emailed (to hand over another way).
    pub link: Option<String>,
}

/// Creates a user who sets their own password through a link (emailed when the server can
/// send email; otherwise shown to the administrator once).
#[server(prefix = "/fn", endpoint = "admin_invite_user")]
pub async fn admin_invite_user(
    name: String,
    email: String,
    role: String,
    group: String,
) -> Result<Invited, AppError> {
    use super::repo;
    use crate::auth::repo::{NewUser, insert_user};
    use crate::auth::server::{db_error, require_admin};
    use crate::auth::{UserRole, is_plausible_email, normalise_email};
    use crate::db::is_unique_violation;
    let (ctx, me) = require_admin().await?;
    let role = UserRole::parse(&role).ok_or(AppError::InvalidInput {
        field: "role".into(),
    })?;
    if role == UserRole::MasterAdmin {
        return Err(AppError::MasterAdminOnly);
    }
    if role.is_admin() && me.role != UserRole::MasterAdmin {
        return Err(AppError::MasterAdminOnly);
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 80 {
        return Err(AppError::InvalidInput {
            field: "name".into(),
        });
    }
    let email = normalise_email(&email);
    if !is_plausible_email(&email) {
        return Err(AppError::InvalidInput {
            field: "email".into(),
        });
    }
    let now = ctx.now_ms();
    let user = UserId(crate::secret::internal_id());
    let token = crate::secret::token();
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    if !repo::group_in_org(&mut *tx, &me.org, &group)
        .await
        .map_err(db_error)?
    {
        return Err(AppError::InvalidInput {
            field: "group".into(),
        });
    }
    // No password yet: an empty hash never verifies.
    let new = NewUser {
        id: &user,
        org: &me.org,
        email: &email,
        name,
        password_hash: "",
        role,
        group: &group,
    };
    match insert_user(&mut tx, &new, now).await {
        Err(e) if is_unique_violation(&e) => return Err(AppError::EmailTaken),
        other => other.map_err(db_error)?,
    }
    let expires = now + super::PASSWORD_LINK_DAYS * 24 * 3600 * 1000;
    repo::insert_password_token(
        &mut tx,
        &crate::secret::hash_token(&token),
        &user,
        now,
        expires,
    )
    .await
    .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    let link = format!("{}/password/{token}", ctx.settings.public_url);
    let emailed = send_welcome(&ctx, &me, &email, &link).await;
    audit(&ctx, &me, "user-invited", Some(&user), Some(role.as_str())).await?;
    tracing::info!(user = %user, emailed, "user invited");
    Ok(Invited {
        user,
        link: (!emailed).then_some(link),
    })
}

/// Sends the set-password email; `false` when the server has no SMTP or sending failed.
#[cfg(feature = "ssr")]
async fn send_welcome(
    ctx: &crate::ssr_ctx::Ctx,
    me: &crate::auth::Me,
    to: &str,
    link: &str,
) -> bool {
    let Some(smtp) = ctx.settings.smtp.clone() else {
        return false;
    };
    let Ok(lang) = crate::ssr_ctx::request_lang().await else {
        return false;
    };
    let mail = super::welcome_email(
        |k, a| crate::i18n::translate(lang, k, a),
        &me.org_name,
        &me.name,
        link,
    );
    let sent = crate::mail::send(
        &smtp,
        crate::mail::Outgoing {
            to,
            subject: &mail.subject,
            text: mail.text,
            html: mail.html,
        },
    )
    .await;
    if let Err(e) = &sent {
        tracing::warn!(error = %e, "welcome email not sent");
    }
    sent.is_ok()
}

/// Writes an audit line about an administrative change.
#[cfg(feature = "ssr")]
pub async fn audit(
    ctx: &crate::ssr_ctx::Ctx,
    me: &crate::auth::Me,
    kind: &str,
    subject: Option<&UserId>,
    detail: Option<&str>,
) -> Result<(), AppError> {
    let entry = crate::audit::Entry {
        org: &me.org,
        actor: Some(&me.user),
        kind,
        subject,
        detail,
        at: ctx.now_ms(),
    };
    crate::audit::record(&ctx.db, &entry)
        .await
        .map_err(crate::auth::server::db_error)
}

/// Changes a user's role, group, or deactivates / reactivates them (`admin::may_change`).
#[server(prefix = "/fn", endpoint = "admin_update_user", input = leptos::server_fn::codec::Json)]
pub async fn admin_update_user(
    user: UserId,
    role: String,
    group: String,
    active: bool,
) -> Result<(), AppError> {
    use super::{UserChange, may_change, repo};
    use crate::auth::UserRole;
    use crate::auth::server::{db_error, require_admin};
    use crate::ssr_ctx::HubNotice;
    let (ctx, me) = require_admin().await?;
    let role = UserRole::parse(&role).ok_or(AppError::InvalidInput {
        field: "role".into(),
    })?;
    let target = repo::user(&ctx.db, &me.org, &user)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let change = UserChange { role, active };
    may_change((&me.user, me.role), (&target.id, target.role), &change)?;
    let moved = target.group.as_deref() != Some(group.as_str());
    if moved && target.id != me.user && target.role.is_admin() && me.role != UserRole::MasterAdmin {
        return Err(AppError::MasterAdminOnly);
    }
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    if !repo::group_in_org(&mut *tx, &me.org, &group)
        .await
        .map_err(db_error)?
    {
        return Err(AppError::InvalidInput {
            field: "group".into(),
        });
    }
    let deactivated_at = (!active).then(|| ctx.now_ms());
    repo::update_user(&mut tx, &me.org, &user, role, &group, deactivated_at)
        .await
        .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    if role != target.role {
        audit(
            &ctx,
            &me,
            "user-role-changed",
            Some(&user),
            Some(role.as_str()),
        )
        .await?;
    }
    if moved {
        audit(&ctx, &me, "user-moved", Some(&user), None).await?;
    }
    if active != target.active {
        let kind = if active {
            "user-reactivated"
        } else {
            "user-deactivated"
        };
        audit(&ctx, &me, kind, Some(&user), None).await?;
    }
    ctx.hub.notify(HubNotice::AccountsChanged { org: me.org });
    Ok(())
}

/// Turns a user's two-factor sign-in off (they lost their phone); they set it up again.
#[server(prefix = "/fn", endpoint = "admin_reset_two_factor")]
pub async fn admin_reset_two_factor(user: UserId) -> Result<(), AppError> {
    use super::{may_reset, repo};
    use crate::auth::server::{db_error, require_admin};
    let (ctx, me) = require_admin().await?;
    let target = repo::user(&ctx.db, &me.org, &user)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    may_reset((&me.user, me.role), (&target.id, target.role))?;
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    crate::two_factor::server::disable(&mut tx, &user)
        .await
        .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    audit(&ctx, &me, "two-factor-reset", Some(&user), None).await?;
    tracing::info!(user = %user, "two-factor sign-in reset by an administrator");
    Ok(())
}

/// Creates (`id` empty) or changes a group: name, permissions (names separated by commas),
/// settings. Returns its ID.
#[server(prefix = "/fn", endpoint = "admin_save_group", input = leptos::server_fn::codec::Json)]
pub async fn admin_save_group(
    id: String,
    name: String,
    perms: String,
    form: GroupForm,
) -> Result<String, AppError> {
    use super::{repo, valid_group_name};
    use crate::auth::server::{db_error, require_admin};
    use crate::permission::Permissions;
    use crate::ssr_ctx::HubNotice;
    let (ctx, me) = require_admin().await?;
    let name = valid_group_name(&name)?;
    form.validate()?;
    let perms = Permissions::from_stored(Some(&perms));
    let id = if id.is_empty() {
        let id = format!("g-{}", crate::secret::internal_id());
        repo::insert_group(&ctx.db, &me.org, &id, &name, perms, &form, ctx.now_ms())
            .await
            .map_err(db_error)?;
        audit(&ctx, &me, "group-created", None, Some(&name)).await?;
        id
    } else {
        if !repo::update_group(&ctx.db, &me.org, &id, &name, perms, &form)
            .await
            .map_err(db_error)?
        {
            return Err(AppError::NotFound);
        }
        let detail = format!("{name}: {}", perms.to_stored());
        audit(&ctx, &me, "group-changed", None, Some(&detail)).await?;
        id
    };
    ctx.hub.notify(HubNotice::AccountsChanged { org: me.org });
    Ok(id)
}

/// Deletes a group that has no members (not the last one).
#[server(prefix = "/fn", endpoint = "admin_delete_group")]
pub async fn admin_delete_group(id: String) -> Result<(), AppError> {
    use crate::auth::server::{db_error, require_admin};
    let (ctx, me) = require_admin().await?;
    let groups = super::repo::groups(&ctx.db, &me.org)
        .await
        .map_err(db_error)?;
    let Some(group) = groups.iter().find(|g| g.id == id) else {
        return Err(AppError::NotFound);
    };
    if !super::repo::delete_group(&ctx.db, &me.org, &id)
        .await
        .map_err(db_error)?
    {
        return Err(AppError::GroupInUse);
    }
    audit(&ctx, &me, "group-deleted", None, Some(&group.name)).await?;
    Ok(())
}

/// The organisation's settings.
#[server(prefix = "/fn", endpoint = "admin_org_settings")]
pub async fn admin_org_settings() -> Result<OrgSettings, AppError> {
    use crate::auth::server::{db_error, require_admin};
    let (ctx, me) = require_admin().await?;
    super::repo::org_settings(&ctx.db, &me.org)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)
}

/// Saves the organisation's settings.
#[server(prefix = "/fn", endpoint = "admin_save_org_settings", input = leptos::server_fn::codec::Json)]
pub async fn admin_save_org_settings(settings: OrgSettings) -> Result<(), AppError> {
    use crate::auth::server::{db_error, require_admin};
    use crate::ssr_ctx::HubNotice;
    let (ctx, me) = require_admin().await?;
    let settings = settings.cleaned()?;
    let before = super::repo::org_settings(&ctx.db, &me.org)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    // Whoever turns the requirement on uses a second factor already: nobody locks the
    // administrators out of the settings by accident.
    if settings.require_two_factor && !before.require_two_factor {
        let mine = super::repo::user(&ctx.db, &me.org, &me.user)
            .await
            .map_err(db_error)?;
        if !mine.is_some_and(|u| u.two_factor) {
            return Err(AppError::TwoFactorRequired);
        }
    }
    super::repo::save_org_settings(&ctx.db, &me.org, &settings)
        .await
        .map_err(db_error)?;
    let changed: Vec<&str> = [
        ("name", before.name != settings.name),
        ("terms", before.terms != settings.terms),
        ("field-names", before.field_names != settings.field_names),
        (
            "require-two-factor",
            before.require_two_factor != settings.require_two_factor,
        ),
        (
            "invite-templates",
            before.email_template != settings.email_template
                || before.email_subject != settings.email_subject
                || before.sms_template != settings.sms_template,
        ),
        ("accent", before.accent != settings.accent),
        (
            "survey",
            before.survey != settings.survey
                || before.survey_questions != settings.survey_questions
                || before.survey_url != settings.survey_url,
        ),
    ]
    .into_iter()
    .filter_map(|(what, differs)| differs.then_some(what))
    .collect();
    if !changed.is_empty() {
        audit(
            &ctx,
            &me,
            "org-settings-changed",
            None,
            Some(&changed.join(",")),
        )
        .await?;
    }
    ctx.hub.notify(HubNotice::AccountsChanged { org: me.org });
    Ok(())
}

/// Sets the password of the account a set-password link was made for (public: the link is
/// the credential); the person then signs in as usual.
#[server(prefix = "/fn", endpoint = "set_password_with_link")]
pub async fn set_password_with_link(
    token: String,
    password: String,
    password_confirm: String,
) -> Result<(), AppError> {
    use crate::auth::MIN_PASSWORD_LEN;
    use crate::auth::server::{db_error, hash_password};
    use crate::ssr_ctx::use_ctx;
    let ctx = use_ctx().await?;
    if !crate::secret::is_token(&token) {
        return Err(AppError::PasswordLinkInvalid);
    }
    if password != password_confirm {
        return Err(AppError::PasswordMismatch);
    }
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(AppError::PasswordTooShort);
    }
    let hash = hash_password(password).await?;
    let now = ctx.now_ms();
    let mut tx = ctx.db.begin().await.map_err(db_error)?;
    let Some((user, org)) =
        super::repo::use_password_token(&mut tx, &crate::secret::hash_token(&token), now)
            .await
            .map_err(db_error)?
    else {
        return Err(AppError::PasswordLinkInvalid);
    };
    super::repo::set_password(&mut tx, &user, &hash, now)
        .await
        .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    let entry = crate::audit::Entry {
        org: &org,
        actor: Some(&user),
        kind: "password-set",
        subject: None,
        detail: None,
        at: now,
    };
    crate::audit::record(&ctx.db, &entry)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// The report of the organisation's sessions created between the days `from` and `to`
/// (`YYYY-MM-DD`, UTC, inclusive; empty: unbounded) by technicians of `group` (empty: all).
#[server(prefix = "/fn", endpoint = "admin_report")]
pub async fn admin_report(
    from: String,
    to: String,
    group: String,
) -> Result<crate::report::Report, AppError> {
    let (ctx, me) = crate::auth::server::require_admin().await?;
    let rows = report_rows(&ctx, &me, &from, &to, &group).await?;
    let mut report = crate::report::summarise(rows);
    // The questions as asked now (answers are kept by position).
    let questions = super::repo::org_settings(&ctx.db, &me.org)
        .await
        .map_err(crate::auth::server::db_error)?
        .map(|s| s.survey_questions)
        .unwrap_or_default();
    for (line, question) in report.questions.iter_mut().zip(questions) {
        line.question = question;
    }
    Ok(report)
}

/// The sessions of a report (checks the range and that the group is the organisation's).
#[cfg(feature = "ssr")]
pub async fn report_rows(
    ctx: &crate::ssr_ctx::Ctx,
    me: &crate::auth::Me,
    from: &str,
    to: &str,
    group: &str,
) -> Result<Vec<crate::report::ReportRow>, AppError> {
    use crate::auth::server::db_error;
    let range = crate::report::range(from, to, ctx.now_ms()).ok_or(AppError::InvalidInput {
        field: "range".into(),
    })?;
    let group = (!group.is_empty()).then_some(group);
    if let Some(g) = group
        && !super::repo::group_in_org(&ctx.db, &me.org, g)
            .await
            .map_err(db_error)?
    {
        return Err(AppError::NotFound);
    }
    super::repo::report_rows(&ctx.db, &me.org, range, group, ctx.now_ms())
        .await
        .map_err(db_error)
}

/// The audit log (newest first) matching a search.
#[server(prefix = "/fn", endpoint = "admin_audit")]
pub async fn admin_audit(search: String) -> Result<Vec<super::AuditLine>, AppError> {
    use crate::auth::server::{db_error, require_admin};
    let (ctx, me) = require_admin().await?;
    super::repo::audit(&ctx.db, &me.org, &search)
        .await
        .map_err(db_error)
}

/// Adds (`id` None) or changes one of the organisation's shared replies.
#[server(prefix = "/fn", endpoint = "admin_save_shared_reply", input = leptos::server_fn::codec::Json)]
pub async fn admin_save_shared_reply(
    id: Option<String>,
    draft: crate::reply::ReplyDraft,
) -> Result<crate::reply::Reply, AppError> {
    let (ctx, me) = crate::auth::server::require_admin().await?;
    let saved = crate::reply::api::save(
        &ctx,
        &me,
        crate::reply::repo::Owner::Org(&me.org),
        id,
        draft,
    )
    .await?;
    audit(
        &ctx,
        &me,
        "shared-replies-changed",
        None,
        Some(&saved.draft.title),
    )
    .await?;
    Ok(saved)
}

/// Deletes one of the organisation's shared replies.
#[server(prefix = "/fn", endpoint = "admin_delete_shared_reply")]
pub async fn admin_delete_shared_reply(id: String) -> Result<(), AppError> {
    use crate::auth::server::{db_error, require_admin};
    let (ctx, me) = require_admin().await?;
    if !crate::reply::repo::delete(&ctx.db, crate::reply::repo::Owner::Org(&me.org), &id)
        .await
        .map_err(db_error)?
    {
        return Err(AppError::NotFound);
    }
    audit(&ctx, &me, "shared-replies-changed", None, None).await
}
