# Sightline — English: admin.ftl. The admin centre.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Admin centre (issue 5)
field-name = Name
admin-title = Admin centre
admin-back-to-console = Back to the console
admin-tab-users = Users
admin-tab-groups = Groups
admin-tab-organisation = Organisation
admin-user-role = Role
admin-user-group = Group
admin-user-status = Status
admin-user-active = Active
admin-actions = Actions
role-technician = Technician
role-admin = Administrator
role-master-admin = Master administrator
admin-status-active = Active
admin-status-invited = Invited
admin-status-deactivated = Deactivated
admin-two-factor-on = On
admin-two-factor-off = Off
admin-two-factor-reset = Reset
admin-save = Save
admin-saved = Saved.
admin-invite-title = Invite a user
admin-invite-submit = Send invitation
admin-invite-emailed = Invitation sent by email.
admin-invite-link = This server cannot send email. Give them this link to choose their password (it works once, for 7 days):
admin-group-new = New group
admin-group-name = Group name
admin-group-members = { $count ->
    [one] One member
   *[other] { $count } members
}
admin-group-permissions = Members may
admin-group-settings = Settings
admin-group-create = Create group
admin-group-delete = Delete group
admin-setting-connecting = Minutes for the customer to join
admin-setting-inactivity = Minutes of inactivity before a session times out
admin-setting-max-active = Active sessions at once per technician
admin-setting-auto-away = Idle minutes before Away
perm-start-sessions = start video sessions
perm-private-sessions = create sessions of their own (PIN, link, email, text message)
perm-invite-pin = invite by PIN
perm-invite-link = invite by link
perm-invite-sms = invite by text message
perm-invite-email = invite by email
perm-transfer = transfer sessions
perm-hold = put sessions on hold
perm-chat = chat
perm-push-url = send links
perm-whiteboard = draw on the picture
perm-freeze = freeze the picture
perm-snapshot = take snapshots
perm-record = record sessions
perm-inline-edit = edit customer details during a session
admin-org-name = Organisation name
admin-org-terms = Terms the customer accepts
admin-org-terms-hint = Leave empty to use the standard terms, shown in the customer's language.
admin-org-field-1 = Name of custom field 1
admin-org-field-2 = Name of custom field 2
admin-org-require-two-factor = Everyone must use two-factor sign-in
admin-tab-reports = Reports
admin-tab-audit = Audit log
report-from = From
report-to = To
report-all-groups = All groups
report-show = Show
report-export-csv = Export CSV
report-total = { $count ->
    [one] One session
   *[other] { $count } sessions
}
report-per-technician = Per technician
report-sessions = Sessions
report-avg-waiting = Average wait
report-active = Time active
report-hold = Time on hold
report-per-day = Per day
report-day = Day (UTC)
report-outcomes = Outcomes
audit-search = Search
audit-search-submit = Search
audit-time = Time (UTC)
audit-actor = Who
audit-kind = What
audit-subject = Concerning
audit-detail = Detail
audit-sign-in = Signed in
audit-sign-in-password = Password accepted, code asked
audit-sign-in-failed = Sign-in refused
audit-sign-in-code-failed = Wrong sign-in code
audit-two-factor-on = Two-factor sign-in turned on
audit-two-factor-off = Two-factor sign-in turned off
audit-two-factor-code-failed = Wrong two-factor code
audit-two-factor-reset = Two-factor sign-in reset by an administrator
audit-password-set = Password set
audit-user-invited = User invited
audit-user-role-changed = Role changed
audit-user-moved = Moved to another group
audit-user-deactivated = User deactivated
audit-user-reactivated = User reactivated
audit-group-created = Group created
audit-group-changed = Group changed
audit-group-deleted = Group deleted
audit-org-settings-changed = Organisation settings changed
admin-org-survey = Ask customers the survey when their session ends
report-survey = Survey score
admin-org-email-template = Invite email text (empty: the standard text)
admin-org-sms-template = Invite text message (empty: the standard text)
admin-org-template-hint = Write {"{"}link{"}"} where the customer's link goes; {"{"}org{"}"}, {"{"}technician{"}"} and {"{"}minutes{"}"} are filled in too.
admin-org-email-preview = The email will read:
admin-org-sms-preview = The text message will read:
admin-template-sample-technician = Alex Example
admin-org-own-accent = Use our own accent colour on the customer's page
admin-org-accent = Accent colour
audit-shared-replies-changed = Shared replies changed
admin-setting-busy = Busy from this many active sessions
admin-setting-auto-start = Start sessions by themselves when the customer is ready

## Self-service channels
admin-tab-channels = Channels
admin-channels-intro = A channel is a public link where customers give their name and problem and wait until a technician of its group picks them up.
admin-channel-new = New channel
admin-channel-name = Channel name
admin-channel-slug = Link (letters, digits and dashes)
admin-channel-group = Served by
admin-channel-whole-org = Every technician
admin-channel-enabled = Takes requests
admin-channel-waiting = { $count ->
    [one] One customer waiting
   *[other] { $count } customers waiting
}
admin-channel-create = Create channel
admin-channel-delete = Delete channel
audit-channel-saved = Channel saved
audit-channel-deleted = Channel deleted

## Logo
admin-logo = Logo on the customer’s page (PNG, at most 256 KB and 1024 × 1024 pixels)
admin-logo-refused = This file cannot be the logo: it must be a PNG of at most 256 KB and 1024 × 1024 pixels.
admin-logo-current = The current logo
admin-logo-remove = Remove logo
audit-logo-changed = Logo changed

## Survey questions
admin-org-survey-questions = Survey questions, one a line, each scored 1 to 5 (at most 5; empty: the standard question)
admin-org-survey-url = Or the address of your own survey page (asked instead of the questions)
report-per-question = Survey questions
report-question = Question
report-answers = Answers
report-average = Average score

## Email subject
admin-org-email-subject = Invite email subject (empty: the standard subject)
