//! The admin centre: users, technician groups with their permissions and settings, and the
//! organisation's settings. The rules of who may change whom are pure functions here; the
//! server functions (`admin/api.rs`) check them on every call.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;

use serde::{Deserialize, Serialize};

use crate::auth::UserRole;
use crate::error::AppError;
use crate::ids::UserId;
use crate::permission::Permissions;

/// Longest group name, custom field name.
pub const MAX_NAME: usize = 80;
/// Longest terms text.
pub const MAX_TERMS: usize = 20_000;
/// Longest survey question.
pub const MAX_QUESTION: usize = 300;
/// Most survey questions.
pub const MAX_QUESTIONS: usize = 5;
/// Longest survey comment.
pub const MAX_COMMENT: usize = 1000;
/// The survey a customer gets at the end of a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerSurvey {
    /// Questions scored 1 to 5, then a comment; none: the translated default question.
    Questions(Vec<String>),
    /// The organisation's own survey page.
    Link(String),
}

impl CustomerSurvey {
    /// The survey an organisation's settings ask for, if it is on.
    pub fn of(settings: &OrgSettings) -> Option<Self> {
        settings.survey.then(|| {
            if settings.survey_url.is_empty() {
                Self::Questions(settings.survey_questions.clone())
            } else {
                Self::Link(settings.survey_url.clone())
            }
        })
    }

    /// How many scores an answer has (the default question counts as one).
    pub fn scores(&self) -> usize {
        match self {
            Self::Questions(q) => q.len().max(1),
            Self::Link(_) => 0,
        }
    }
}

/// Reads a survey answer's scores ("4 5 3"): exactly `expected` of them, each 1 to 5.
pub fn parse_scores(text: &str, expected: usize) -> Result<Vec<u8>, AppError> {
    let scores: Vec<u8> = text
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<u8>().ok().filter(|n| (1..=5).contains(n)))
        .collect::<Option<_>>()
        .ok_or_else(|| AppError::InvalidInput {
            field: "score".into(),
        })?;
    if expected == 0 || scores.len() != expected {
        return Err(AppError::InvalidInput {
            field: "score".into(),
        });
    }
    Ok(scores)
}

/// Largest logo file.
pub const MAX_LOGO_BYTES: usize = 256 * 1024;
/// Largest logo side, in pixels.
pub const MAX_LOGO_SIDE: u32 = 1024;
/// How long a set-password link works (an invitation or a reset), in days.
pub const PASSWORD_LINK_DAYS: i64 = 7;

/// Every kind of audit line (`audit-<kind>` translations): sign-ins, account changes, and
/// administrators' changes.
pub const AUDIT_KINDS: [&str; 22] = [
    "sign-in",
    "sign-in-password",
    "sign-in-failed",
    "sign-in-code-failed",
    "two-factor-on",
    "two-factor-off",
    "two-factor-code-failed",
    "two-factor-reset",
    "password-set",
    "user-invited",
    "user-role-changed",
    "user-moved",
    "user-deactivated",
    "user-reactivated",
    "group-created",
    "group-changed",
    "group-deleted",
    "org-settings-changed",
    "shared-replies-changed",
    "channel-saved",
    "channel-deleted",
    "logo-changed",
];

/// Most audit lines a search returns (the newest).
pub const MAX_AUDIT_LINES: usize = 500;

/// A line of the audit log as administrators read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLine {
    /// When (Unix ms).
    pub at: i64,
    /// Who did it (name; empty when unknown).
    pub actor: String,
    /// What (`AUDIT_KINDS`).
    pub kind: String,
    /// Whom it concerned (name; empty when nobody else).
    pub subject: String,
    /// Detail (never a secret).
    pub detail: String,
}

impl AuditLine {
    /// Whether the line matches a search (words, each in some field, any case).
    pub fn matches(&self, search: &str) -> bool {
        let hay = format!(
            "{} {} {} {} {}",
            crate::report::timestamp(self.at),
            self.actor,
            self.kind,
            self.subject,
            self.detail
        )
        .to_lowercase();
        search
            .split_whitespace()
            .all(|w| hay.contains(&w.to_lowercase()))
    }
}

/// The audit log as CSV (same rules as the report's).
pub fn audit_csv(lines: &[AuditLine]) -> String {
    use crate::report::cell;
    let mut out = String::from("time_utc,actor,kind,subject,detail\r\n");
    for l in lines {
        let row = [
            crate::report::timestamp(l.at),
            cell(&l.actor),
            cell(&l.kind),
            cell(&l.subject),
            cell(&l.detail),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A user as the Users page lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserSummary {
    /// ID.
    pub id: UserId,
    /// Display name.
    pub name: String,
    /// Sign-in email.
    pub email: String,
    /// Role.
    pub role: UserRole,
    /// Technician group.
    pub group: Option<String>,
    /// Not deactivated.
    pub active: bool,
    /// Two-factor sign-in is on.
    pub two_factor: bool,
    /// Invited and has not set a password yet.
    pub invited: bool,
}

/// A group's settings as the Groups page edits them (whole minutes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupForm {
    /// Connecting timeout.
    pub connecting_minutes: u32,
    /// Inactivity timeout.
    pub inactivity_minutes: u32,
    /// Active sessions at once per technician.
    pub max_active: u32,
    /// Idle minutes until Away.
    pub auto_away_minutes: u32,
    /// Busy from this many active sessions (at most `max_active`).
    pub busy_threshold: u32,
    /// Consoles start sessions whose customer is ready by themselves.
    pub auto_start: bool,
}

impl Default for GroupForm {
    fn default() -> Self {
        let d = crate::group::GroupSettings::default();
        Self {
            connecting_minutes: (d.connecting_timeout.as_secs() / 60) as u32,
            inactivity_minutes: (d.inactivity_timeout.as_secs() / 60) as u32,
            max_active: d.max_active,
            auto_away_minutes: (d.auto_away.as_secs() / 60) as u32,
            busy_threshold: d.busy_at,
            auto_start: d.auto_start,
        }
    }
}

impl GroupForm {
    /// Checks the ranges: timeouts 1 minute to 7 days (connecting) or 14 days (inactivity),
    /// 1–20 active sessions, Away after 1–240 idle minutes.
    pub fn validate(&self) -> Result<(), AppError> {
        let bad = |field: &str| {
            Err(AppError::InvalidInput {
                field: field.to_owned(),
            })
        };
        if !(1..=7 * 24 * 60).contains(&self.connecting_minutes) {
            return bad("connecting_minutes");
        }
        if !(1..=14 * 24 * 60).contains(&self.inactivity_minutes) {
            return bad("inactivity_minutes");
        }
        if !(1..=20).contains(&self.max_active) {
            return bad("max_active");
        }
        if !(1..=240).contains(&self.auto_away_minutes) {
            return bad("auto_away_minutes");
        }
        if !(1..=self.max_active).contains(&self.busy_threshold) {
            return bad("busy_threshold");
        }
        Ok(())
    }
}

/// A technician group as the Groups page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSummary {
    /// ID.
    pub id: String,
    /// Name.
    pub name: String,
    /// What its members may do.
    pub perms: Permissions,
    /// Its settings.
    pub form: GroupForm,
    /// How many users are in it.
    pub members: u32,
}

/// The organisation's settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgSettings {
    /// The organisation's name (customers see it).
    pub name: String,
    /// Terms the customer accepts; empty: the shipped, translated default.
    pub terms: String,
    /// Names of the two custom fields; empty: the translated default.
    pub field_names: [String; 2],
    /// Everyone must sign in with a second factor.
    pub require_two_factor: bool,
    /// Customers are asked the survey when their session ends.
    pub survey: bool,
    /// The survey's questions, each scored 1 to 5 (the first is the overall score of the
    /// reports); none: the translated default question.
    pub survey_questions: Vec<String>,
    /// The organisation's own survey page, offered instead of the questions; empty: none.
    #[serde(default)]
    pub survey_url: String,
    /// The invite email's text (`invite::PLACEHOLDERS`); empty: the translated default.
    pub email_template: String,
    /// The invite email's subject (the same placeholders); empty: the translated default.
    #[serde(default)]
    pub email_subject: String,
    /// The invite text message; empty: the translated default.
    pub sms_template: String,
    /// The accent colour of the customer's page (`#rrggbb`); empty: Sightline's.
    pub accent: String,
    /// Where the organisation's logo is (`logo_url`), if it has one; changed through its
    /// own route (`PUT`/`DELETE /admin/logo`), not by saving the settings.
    #[serde(default)]
    pub logo: Option<String>,
}

/// Checks an accent colour (`#rrggbb`) and gives it in lower case.
pub fn accent_colour(text: &str) -> Option<String> {
    let hex = text.trim().strip_prefix('#')?;
    (hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| format!("#{}", hex.to_ascii_lowercase()))
}

/// Checks a logo file: a PNG of at most `MAX_LOGO_BYTES` and `MAX_LOGO_SIDE` pixels a side;
/// gives its size.
pub fn check_logo(png: &[u8]) -> Result<(u32, u32), AppError> {
    crate::snapshot::png_size(png)
        .filter(|(w, h)| png.len() <= MAX_LOGO_BYTES && *w <= MAX_LOGO_SIDE && *h <= MAX_LOGO_SIDE)
        .ok_or_else(|| AppError::InvalidInput {
            field: "logo".into(),
        })
}

/// The address of an organisation's logo, changed with every new logo (so browsers may keep
/// it for long).
pub fn logo_url(org: &crate::ids::OrgId, version: i64) -> String {
    format!("/logo/{org}.png?v={version}")
}

/// The inline style that puts an organisation's accent colour (if it set one) on a customer
/// page, with a text colour that reads on it.
pub fn accent_style(accent: Option<&str>) -> Option<String> {
    accent.map(|a| format!("--accent: {a}; --accent-text: {}", accent_text(a)))
}

/// The text colour on an accent background: black or white, whichever contrasts more
/// (WCAG relative luminance).
pub fn accent_text(accent: &str) -> &'static str {
    let channel = |i: usize| {
        let v =
            f64::from(u8::from_str_radix(accent.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0))
                / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    // Contrast with white (1.05 / (l + 0.05)) against black ((l + 0.05) / 0.05).
    if 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 {
        "#ffffff"
    } else {
        "#000000"
    }
}

impl OrgSettings {
    /// Trims the texts and checks their lengths.
    pub fn cleaned(mut self) -> Result<Self, AppError> {
        let bad = |field: &str| AppError::InvalidInput {
            field: field.to_owned(),
        };
        self.name = self.name.trim().to_owned();
        if self.name.is_empty() || self.name.chars().count() > 120 {
            return Err(bad("org_name"));
        }
        self.terms = self.terms.trim().to_owned();
        if self.terms.chars().count() > MAX_TERMS {
            return Err(bad("terms"));
        }
        // One line each (they are stored one a line).
        self.survey_questions = self
            .survey_questions
            .iter()
            .flat_map(|q| q.lines())
            .map(|q| q.trim().to_owned())
            .filter(|q| !q.is_empty())
            .collect();
        if self.survey_questions.len() > MAX_QUESTIONS
            || self
                .survey_questions
                .iter()
                .any(|q| q.chars().count() > MAX_QUESTION)
        {
            return Err(bad("survey_questions"));
        }
        self.survey_url = if self.survey_url.trim().is_empty() {
            String::new()
        } else {
            crate::chat::validate_url(&self.survey_url).map_err(|_| bad("survey_url"))?
        };
        if !self.accent.trim().is_empty() {
            self.accent = accent_colour(&self.accent).ok_or_else(|| bad("accent"))?;
        } else {
            self.accent.clear();
        }
        for (field, template) in [
            ("email_template", &mut self.email_template),
            ("sms_template", &mut self.sms_template),
        ] {
            *template = template.trim().to_owned();
            if !template.is_empty() && !crate::invite::check_template(template) {
                return Err(bad(field));
            }
        }
        self.email_subject = self.email_subject.trim().to_owned();
        if !crate::invite::check_subject(&self.email_subject) {
            return Err(bad("email_subject"));
        }
        for (i, f) in self.field_names.iter_mut().enumerate() {
            *f = f.trim().to_owned();
            if f.chars().count() > MAX_NAME {
                return Err(bad(&format!("field{}", i + 1)));
            }
        }
        Ok(self)
    }
}

/// What an administrator asks to change about a user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserChange {
    /// The new role.
    pub role: UserRole,
    /// Deactivate (`false`) or reactivate (`true`).
    pub active: bool,
}

/// Who may change what about a user (`actor` is an administrator of the same organisation;
/// `target` as it is now). Administrators manage technicians; only the master administrator
/// makes, changes or unmakes administrators; nobody demotes or deactivates the master
/// administrator, and nobody deactivates themselves.
pub fn may_change(
    actor: (&UserId, UserRole),
    target: (&UserId, UserRole),
    change: &UserChange,
) -> Result<(), AppError> {
    let (actor_id, actor_role) = actor;
    let (target_id, target_role) = target;
    if !actor_role.is_admin() {
        return Err(AppError::Forbidden);
    }
    if change.role == UserRole::MasterAdmin && target_role != UserRole::MasterAdmin {
        // There is one master administrator; handing the role over is not offered.
        return Err(AppError::MasterAdminOnly);
    }
    if target_role == UserRole::MasterAdmin
        && (change.role != UserRole::MasterAdmin || !change.active)
    {
        return Err(AppError::MasterAdminOnly);
    }
    if actor_id == target_id && !change.active {
        return Err(AppError::InvalidInput {
            field: "active".into(),
        });
    }
    let touches_admin = target_role.is_admin() || change.role.is_admin();
    let changes_role_or_state = change.role != target_role || !change.active;
    if touches_admin
        && actor_role != UserRole::MasterAdmin
        && (changes_role_or_state || actor_id != target_id)
    {
        return Err(AppError::MasterAdminOnly);
    }
    Ok(())
}

/// Whether `actor` may reset `target`'s second factor or send them a new set-password link:
/// the master administrator anyone's, an administrator only technicians' (and their own).
pub fn may_reset(actor: (&UserId, UserRole), target: (&UserId, UserRole)) -> Result<(), AppError> {
    match (actor.1, target.1) {
        (UserRole::Technician, _) => Err(AppError::Forbidden),
        (UserRole::MasterAdmin, _) | (_, UserRole::Technician) => Ok(()),
        _ if actor.0 == target.0 => Ok(()),
        _ => Err(AppError::MasterAdminOnly),
    }
}

/// The email that invites a new user to set their password (`tr`: key, arguments → text).
pub fn welcome_email(
    tr: impl Fn(&str, &[(&str, crate::i18n::Arg)]) -> String,
    org: &str,
    by: &str,
    link: &str,
) -> crate::invite::InviteEmail {
    use crate::i18n::Arg;
    use crate::invite::escape_html;
    let who = [
        ("org", Arg::Str(org.to_owned())),
        ("admin", Arg::Str(by.to_owned())),
    ];
    let subject = tr("welcome-email-subject", &who);
    let intro = tr("welcome-email-intro", &who);
    let open = tr("welcome-email-open", &[]);
    let expiry = tr(
        "welcome-email-expiry",
        &[("count", Arg::Num(PASSWORD_LINK_DAYS as f64))],
    );
    let text = format!("{intro}\n\n{open}\n{link}\n\n{expiry}\n");
    let html = format!(
        "<p>{}</p><p>{}<br><a href=\"{}\">{}</a></p><p>{}</p>",
        escape_html(&intro),
        escape_html(&open),
        escape_html(link),
        escape_html(link),
        escape_html(&expiry),
    );
    crate::invite::InviteEmail {
        subject,
        text,
        html,
    }
}

/// Checks a group name.
pub fn valid_group_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(AppError::InvalidInput {
            field: "group_name".into(),
        });
    }
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> UserId {
        UserId(s.to_owned())
    }

    #[test]
    fn who_changes_whom() {
        use UserRole::*;
        let (m, a, b, t) = (id("m"), id("a"), id("b"), id("t"));
        let keep = |role| UserChange { role, active: true };
        let off = |role| UserChange {
            role,
            active: false,
        };
        // Administrators manage technicians.
        assert!(may_change((&a, Admin), (&t, Technician), &off(Technician)).is_ok());
        assert!(may_change((&a, Admin), (&t, Technician), &keep(Technician)).is_ok());
        // Only the master makes or unmakes administrators.
        assert_eq!(
            may_change((&a, Admin), (&t, Technician), &keep(Admin)),
            Err(AppError::MasterAdminOnly)
        );
        assert_eq!(
            may_change((&a, Admin), (&b, Admin), &keep(Technician)),
            Err(AppError::MasterAdminOnly)
        );
        assert_eq!(
            may_change((&a, Admin), (&b, Admin), &off(Admin)),
            Err(AppError::MasterAdminOnly)
        );
        assert!(may_change((&m, MasterAdmin), (&t, Technician), &keep(Admin)).is_ok());
        assert!(may_change((&m, MasterAdmin), (&a, Admin), &off(Admin)).is_ok());
        // An administrator may keep their own role (changing their group).
        assert!(may_change((&a, Admin), (&a, Admin), &keep(Admin)).is_ok());
        // Nobody demotes, deactivates or creates a master administrator.
        assert!(may_change((&m, MasterAdmin), (&m, MasterAdmin), &keep(Admin)).is_err());
        assert!(may_change((&a, Admin), (&m, MasterAdmin), &off(MasterAdmin)).is_err());
        assert!(may_change((&m, MasterAdmin), (&t, Technician), &keep(MasterAdmin)).is_err());
        assert!(may_change((&m, MasterAdmin), (&m, MasterAdmin), &keep(MasterAdmin)).is_ok());
        // Nobody deactivates themselves; technicians change nobody.
        assert!(may_change((&a, Admin), (&a, Admin), &off(Admin)).is_err());
        assert_eq!(
            may_change((&t, Technician), (&t, Technician), &keep(Technician)),
            Err(AppError::Forbidden)
        );
    }

    #[test]
    fn who_resets_whom() {
        use UserRole::*;
        let (m, a, b, t) = (id("m"), id("a"), id("b"), id("t"));
        assert!(may_reset((&a, Admin), (&t, Technician)).is_ok());
        assert!(may_reset((&a, Admin), (&a, Admin)).is_ok());
        assert_eq!(
            may_reset((&a, Admin), (&b, Admin)),
            Err(AppError::MasterAdminOnly)
        );
        assert!(may_reset((&a, Admin), (&m, MasterAdmin)).is_err());
        assert!(may_reset((&m, MasterAdmin), (&b, Admin)).is_ok());
        assert!(may_reset((&t, Technician), (&t, Technician)).is_err());
    }

    #[test]
    fn welcome_email_escapes_and_carries_the_link() {
        let t = |key: &str, args: &[(&str, crate::i18n::Arg)]| {
            crate::i18n::translate(crate::i18n::Lang::EN, key, args)
        };
        let m = welcome_email(t, "A<b>", "Ada", "https://x/password/tok");
        assert!(m.subject.contains("A<b>"));
        assert!(m.text.contains("https://x/password/tok"));
        assert!(m.html.contains("A&lt;b&gt;") && !m.html.contains("A<b>"));
        assert!(m.html.contains("href=\"https://x/password/tok\""));
        assert!(m.text.contains('7'));
    }

    #[test]
    fn audit_search_and_csv() {
        let line = AuditLine {
            at: 1_800_000_000_000,
            actor: "Tess Tech".into(),
            kind: "user-deactivated".into(),
            subject: "Gil, Field".into(),
            detail: String::new(),
        };
        assert!(line.matches(""));
        assert!(line.matches("gil DEACTIVATED"));
        assert!(line.matches("2027-01-15"));
        assert!(!line.matches("gil reactivated"));
        let csv = audit_csv(std::slice::from_ref(&line));
        assert_eq!(
            csv,
            "time_utc,actor,kind,subject,detail\r\n\
             2027-01-15T08:00:00Z,Tess Tech,user-deactivated,\"Gil, Field\",\r\n"
        );
    }

    #[test]
    fn group_form_ranges() {
        assert!(GroupForm::default().validate().is_ok());
        let d = GroupForm::default();
        assert_eq!(d.connecting_minutes, 30);
        assert_eq!(d.inactivity_minutes, 60);
        for bad in [
            GroupForm {
                connecting_minutes: 0,
                ..d
            },
            GroupForm {
                inactivity_minutes: 14 * 24 * 60 + 1,
                ..d
            },
            GroupForm { max_active: 0, ..d },
            GroupForm {
                max_active: 21,
                ..d
            },
            GroupForm {
                auto_away_minutes: 241,
                ..d
            },
            GroupForm {
                busy_threshold: 2,
                ..d
            },
        ] {
            assert!(bad.validate().is_err(), "{bad:?}");
        }
        assert!(valid_group_name("  Field team ").is_ok_and(|n| n == "Field team"));
        assert!(valid_group_name("   ").is_err());
    }

    #[test]
    fn surveys_and_their_answers() {
        let mut settings = OrgSettings {
            survey: true,
            survey_questions: vec!["Fixed?".into(), "Quick?".into()],
            ..OrgSettings::default()
        };
        let survey = CustomerSurvey::of(&settings);
        assert_eq!(
            survey,
            Some(CustomerSurvey::Questions(vec![
                "Fixed?".into(),
                "Quick?".into()
            ]))
        );
        assert_eq!(survey.map(|s| s.scores()), Some(2));
        assert_eq!(parse_scores("4 5", 2), Ok(vec![4, 5]));
        assert_eq!(parse_scores("4,5", 2), Ok(vec![4, 5]));
        for bad in ["4", "4 5 3", "0 5", "4 6", "4 x", ""] {
            assert!(parse_scores(bad, 2).is_err(), "{bad}");
        }
        settings.survey_questions.clear();
        assert_eq!(CustomerSurvey::of(&settings).map(|s| s.scores()), Some(1));
        settings.survey_url = "https://survey.example/acme".into();
        assert_eq!(
            CustomerSurvey::of(&settings),
            Some(CustomerSurvey::Link("https://survey.example/acme".into()))
        );
        assert!(
            parse_scores("4", 0).is_err(),
            "a survey page takes no scores"
        );
        settings.survey = false;
        assert_eq!(CustomerSurvey::of(&settings), None);
        let too_many = OrgSettings {
            name: "Acme".into(),
            survey_questions: vec!["a\nb\nc\nd\ne\nf".into()],
            ..OrgSettings::default()
        };
        assert!(too_many.cleaned().is_err());
        let bad_url = OrgSettings {
            name: "Acme".into(),
            survey_url: "javascript:alert(1)".into(),
            ..OrgSettings::default()
        };
        assert!(bad_url.cleaned().is_err());
    }

    #[test]
    fn logos_are_small_pngs() {
        use crate::snapshot::tests::png;
        assert_eq!(check_logo(&png(320, 80)), Ok((320, 80)));
        assert_eq!(check_logo(&png(1024, 1024)), Ok((1024, 1024)));
        assert!(check_logo(&png(1025, 10)).is_err());
        assert!(check_logo(&png(10, 1025)).is_err());
        assert!(check_logo(b"<svg/>").is_err());
        let mut big = png(10, 10);
        big.resize(MAX_LOGO_BYTES + 1, 0);
        assert!(check_logo(&big).is_err());
        assert_eq!(
            logo_url(&crate::ids::OrgId("o1".into()), 42),
            "/logo/o1.png?v=42"
        );
    }

    #[test]
    fn org_settings_are_trimmed_and_bounded() {
        let s = OrgSettings {
            name: " Acme ".into(),
            terms: " Be nice. ".into(),
            field_names: [" Ticket ".into(), String::new()],
            require_two_factor: true,
            survey: true,
            survey_questions: vec![" How did we do? \n\n Was it quick?".into(), "  ".into()],
            survey_url: String::new(),
            email_template: " Open {link} ".into(),
            email_subject: " {org}: your session ".into(),
            sms_template: String::new(),
            accent: "#0B5CAB".into(),
            logo: None,
        }
        .cleaned()
        .unwrap();
        assert_eq!(s.name, "Acme");
        assert_eq!(s.terms, "Be nice.");
        assert_eq!(s.field_names[0], "Ticket");
        assert_eq!(s.survey_questions, ["How did we do?", "Was it quick?"]);
        assert_eq!(s.email_template, "Open {link}");
        assert_eq!(s.email_subject, "{org}: your session");
        for bad in ["{org}\nBcc: x", "{password}", &"x".repeat(201)] {
            let s = OrgSettings {
                name: "Acme".into(),
                email_subject: bad.to_owned(),
                ..OrgSettings::default()
            };
            assert!(s.cleaned().is_err(), "{bad}");
        }
        assert_eq!(s.accent, "#0b5cab");
        assert_eq!(accent_colour("0b5cab"), None);
        assert_eq!(accent_colour("#0b5cag"), None);
        assert_eq!(accent_text("#0b5cab"), "#ffffff");
        assert_eq!(accent_text("#ffd500"), "#000000");
        assert_eq!(accent_text("#000000"), "#ffffff");
        let no_link = OrgSettings {
            name: "Acme".into(),
            sms_template: "call us".into(),
            ..OrgSettings::default()
        };
        assert_eq!(
            no_link.cleaned(),
            Err(AppError::InvalidInput {
                field: "sms_template".into()
            })
        );
        let long = OrgSettings {
            name: "Acme".into(),
            terms: "x".repeat(MAX_TERMS + 1),
            ..OrgSettings::default()
        };
        assert!(long.cleaned().is_err());
        assert!(OrgSettings::default().cleaned().is_err());
    }
}
