# Sightline — English.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

brand-name = Sightline
lang-name = English
lang-label = Language
lang-apply = Apply

## Connection to the server
link-online = Online
link-connecting = Connecting…
link-lost = Connection lost. Reconnecting…

## Errors
error-unauthenticated = Please sign in.
error-forbidden = You are not allowed to do this.
error-not-found = This was not found.
error-bad-credentials = The email address or password is not correct.
error-rate-limited = Too many attempts. Please try again in { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
}.
error-pin-invalid = This PIN is not valid. Please check the six digits and try again.
error-pin-expired = This PIN has expired. Please ask the technician for a new one.
error-pin-used = This PIN has already been used. Please ask the technician for a new one.
error-link-invalid = This link is not valid. Please ask the technician for a new one.
error-link-expired = This link has expired. Please ask the technician for a new one.
error-link-used = This link has already been used on another device. Please ask the technician for a new one.
error-not-joined = You have not joined a session on this device.
error-session-closed = This session has ended.
error-not-allowed-now = This is not possible in the session's current state.
error-invalid-input = Some of the information entered is not valid. Please check it and try again.
error-setup-done = Sightline is already set up. Please sign in.
error-email-taken = An account with this email address already exists.
error-password-mismatch = The two passwords do not match.
error-password-too-short = The password is too short.
error-version-mismatch = Sightline was updated. Please reload the page.
error-network = The server cannot be reached. Please check your connection.
error-internal = Something went wrong on our side. Please try again.

## Session states
session-state-connecting = Connecting
session-state-waiting = Waiting
session-state-active = Active
session-state-closed-by-customer = Closed by customer
session-state-closed-by-waiting-customer = Closed by waiting customer
session-state-closed-by-technician = Closed by technician

## Console
console-title = Console
console-placeholder = Select a session, or create a new one.
sign-out = Sign out
session-list-caption = Your sessions
session-list-name = Name
session-list-id = Session ID
session-list-state = State
session-list-time = Time in state
session-list-empty = No sessions yet.
session-default-customer-name = Customer
session-customer-connected = Customer connected
session-waiting-for-customer = Waiting for the customer to join…
session-active-elsewhere = This session is running in another window.
session-mic-unavailable = Your microphone is not available; the customer cannot hear you.
session-action-start = Start
session-action-end = End session
session-action-dismiss = Remove from list
session-action-mute-mic = Mute microphone
session-action-unmute-mic = Unmute microphone
session-action-mute-speaker = Mute speaker
session-action-unmute-speaker = Unmute speaker

## New session dialog
new-session-open = New session
new-session-title = New session
new-session-customer-name = Customer name
new-session-field-1 = Custom field 1
new-session-field-2 = Custom field 2
new-session-method = Connection method
new-session-tab-pin = PIN
new-session-tab-link = Link
new-session-create-pin = Create PIN
new-session-pin-hint = The customer enters this PIN on the PIN page.
new-session-copy-link = Copy link to clipboard
new-session-link-copied = Link copied to the clipboard.
new-session-link-copy-failed = The link could not be copied; select it and copy it yourself.
new-session-qr = QR code of the customer link
new-session-qr-hint = Customer next to you? They can scan this with the phone's camera.
invite-valid-for = Valid for { $count ->
    [one] one minute
   *[other] { $count } minutes
} if unused.
dialog-close = Close

## Accessibility labels
a11y-customer-video = The customer's camera
a11y-own-camera = Your camera
a11y-close-dialog = Close the dialog
a11y-pin = PIN for the customer
a11y-link = Link for the customer

## Sign-in and setup
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-customer-link = Joining a support session? Enter your PIN here.
field-email = Email address
field-password = Password
field-password-confirm = Repeat password
field-password-hint = At least { $count } characters.
setup-title = Set up Sightline
setup-intro = Create your organisation and the first administrator account. The administrator can also run support sessions.
setup-org-name = Organisation name
setup-admin-name = Your name
setup-submit = Create organisation

## Customer: PIN and link
pin-page-title = Join a video support session
pin-page-intro = Enter the six-digit PIN the technician gave you.
pin-label = PIN
pin-submit = Join
pin-page-technician-sign-in = Technician sign-in
link-page-title = Opening your support session
link-page-opening = One moment, please…
link-page-continue = Continue
link-page-use-pin = Have a PIN instead?
not-found-title = Page not found
not-found-home = Go to the start page

## Customer: the session
customer-page-title = Video support
customer-not-joined-title = No session on this device
customer-enter-pin = Enter a PIN
tutorial-title = How it works
tutorial-step-camera = Allow the camera and microphone when your browser asks.
tutorial-step-terms = Check the picture and accept the terms.
tutorial-step-live = The technician sees what your camera shows and talks with you.
tutorial-skip = Skip
tutorial-ok = OK
customer-asking-title = Camera and microphone
customer-asking-help = Please tap “Allow” when your browser asks.
customer-retry = Try again
customer-media-denied-title = Camera access is blocked
customer-media-denied-help = Open your browser's site settings (the icon next to the address), allow the camera and the microphone for this site, then try again.
customer-media-none-title = No camera found
customer-media-none-help = This device has no camera we can use. Please open the link on a phone or a device with a camera.
customer-media-busy-title = The camera is in use
customer-media-busy-help = Another app is using the camera. Close it, then try again.
customer-media-unsupported-title = This browser cannot use the camera here
customer-media-unsupported-help = Please open the page in an up-to-date browser such as Chrome, Safari, Firefox or Edge.
customer-preview-note = Only you can see this picture. Nothing is sent until the technician starts the session.
terms-title = Terms of use
terms-default = During this support session the technician sees the live picture of your camera and hears your microphone. Nothing is recorded unless you are told so. You can end the session at any time with the Disconnect button.
terms-accept = Accept and continue
customer-waiting = Waiting for the technician…
customer-waiting-help = Keep this page open. The technician will start the session shortly.
customer-live = Live: the technician sees your camera.
customer-disconnect = Disconnect
customer-disconnect-confirm = End the session?
confirm-yes = Yes, end it
confirm-no = No
customer-ended-title = Thank you
customer-ended-help = The session has ended. You can close this page.

## Lifecycle: states, queues, actions
session-state-on-hold = On hold
session-state-outgoing = Outgoing
session-state-incoming = Incoming
session-state-reconnecting = Reconnecting
session-state-offline = Offline
session-state-timed-out = Timed out
session-state-unknown = Unknown
queue-label = Queues
queue-all = All ({ $count })
queue-private = Private ({ $count })
queue-active = Active ({ $count })
session-hold-time = hold { $hold } · total { $total }
session-list-copy = Copy the row to the clipboard
session-list-copy-short = Copy
session-list-copied = Copied
session-action-accept = Accept and start
session-action-edit = Edit details
session-action-hold = Hold
session-action-resume = Resume
session-action-take-back = Take back
session-action-transfer = Transfer
session-on-hold = On hold: the customer's camera is paused. Resume to continue.
session-reconnecting = Your connection dropped. Reconnecting…
session-customer-reconnecting = The customer's connection dropped. Waiting for them to come back…
session-end-confirm = End this session?
session-limit-reached = You already have { $count ->
    [one] an active session
   *[other] { $count } active sessions
}. Hold or end one to start another.
session-panel-tabs = Session details
session-log-title = Session log
action-save = Save
action-cancel = Cancel
error-active-limit = You already run as many active sessions as allowed ({ $count }).
error-not-available = This technician is not available now.

## Transfer
transfer-title = Transfer the session
transfer-search = Search technicians
transfer-to = Transfer to
transfer-note = Note for your colleague
transfer-nobody = No technician found.
transfer-incoming = { $name } is transferring this session to you.
transfer-outgoing = Transferring to { $name }. You can take it back until they accept.

## Presence and preferences
presence-label = Presence
presence-online = Online
presence-away = Away
presence-busy = Busy
presence-offline = Offline
prefs-open = Preferences
prefs-title = Console preferences
prefs-sounds = Sound alerts
prefs-sound-new-session = New session
prefs-sound-customer-left = Customer disconnected
prefs-sound-network-lost = Network lost
prefs-sound-chat = New chat message while the console is in the background
prefs-behaviour = Behaviour
prefs-confirm-end = Ask before ending a session
prefs-confirm-sign-out = Ask before signing out
prefs-auto-start = Start incoming private sessions automatically
prefs-theme = Colour scheme
prefs-theme-system = As the system
prefs-theme-light = Light
prefs-theme-dark = Dark
sign-out-confirm = Sign out?

## Session log
log-actor-customer = Customer
log-actor-system = System
log-created = session created
log-pin-issued = PIN { $detail } issued
log-link-issued = link issued
log-customer-opened = opened the session page
log-media-granted = allowed camera and microphone
log-media-denied = refused camera or microphone
log-no-camera = has no camera
log-camera-started = camera stream started
log-page-hidden = sent the page to the background
log-page-visible = brought the page back to the foreground
log-media-lost = media connection lost
log-media-back = media connection back
log-transition = { $from } → { $to }
log-details-edited = edited the name or custom fields
log-note-edited = saved the note

## History & Notes
history-title = History & notes
history-note = Note on this session
history-save-note = Save note
history-note-saved = Note saved.
history-earlier = Earlier sessions with this device
history-none = No earlier sessions with this device.

## Customer: hold, transfer, timeout
customer-held-title = On hold
customer-held-help = The technician paused the session. Your camera is paused; please wait.
customer-transferring-title = Transferring
customer-transferring-help = You are being handed over to another technician. Please keep this page open.
customer-timed-out-help = The session timed out. You can close this page.
history-summary = { $date } · { $name } · { $state }

# Chat
chat-title = Chat
chat-you = You
chat-technician = Technician
chat-sending = Sending…
chat-input-label = Write a message
chat-send = Send
chat-url-label = Link to send (https://…)
chat-send-url = Send link
chat-error-empty = Write something first.
chat-error-too-long = The message is too long.
chat-error-bad-url = Only web links starting with http:// or https:// can be sent.
chat-unread = { $count ->
    [one] { $count } unread message
   *[other] { $count } unread messages
}
chat-minimise = Minimise chat
log-chat = Chat: { $detail }
log-url = sent the link { $detail }

# Customer controls
customer-controls = Camera and microphone
customer-pause-camera = Pause camera
customer-resume-camera = Resume camera
customer-switch-camera = Switch camera
customer-flashlight = Flashlight
customer-camera-paused = Camera paused: the technician does not see you.
session-camera-paused = The customer paused the camera.
session-camera-background = The customer's page is in the background; the camera is paused.
log-camera-paused = paused the camera
log-camera-resumed = resumed the camera

# Predefined replies
action-close = Close
replies-pick = Predefined replies
replies-manage = Manage replies
replies-title = Predefined replies
replies-add = New reply
replies-edit = Edit
replies-delete = Delete
replies-kind = Kind
replies-kind-text = Text
replies-kind-url = Link
replies-field-title = Title
replies-field-body = Text or link
replies-export = Export (XML)
replies-import-file = Replies file (XML)
replies-import = Import
replies-imported = { $count ->
    [one] { $count } reply imported.
   *[other] { $count } replies imported.
}

# View settings and network quality
view-settings = View
view-fit = Fit to window
view-stretch = Stretch to window
view-actual = Actual size
view-zoom = Zoom
view-zoom-in = Zoom in
view-zoom-out = Zoom out
view-zoom-auto = auto
view-full-screen = Full screen
quality-title = Network quality
quality-good = Good
quality-fair = Fair
quality-poor = Poor
quality-line = Network: { $verdict } ({ $figures })

# Recording
record-start = Record
record-stop = Stop recording
record-running = Recording { $time }
record-failed = The recording could not be made in this browser.
customer-recorded = This session is being recorded.
log-recording-started = started recording
log-recording-stopped = stopped recording

## Whiteboard, freeze, snapshots
history-snapshots = Snapshots of this session
history-no-snapshots = No snapshots yet.
history-snapshot = Snapshot of { $time }
log-frozen = froze the picture
log-unfrozen = returned to the live picture
log-snapshot = took a snapshot
board-title = Drawings on the picture
board-frozen-picture = Frozen picture
board-tools = Whiteboard
board-tool = Tool
board-tool-pen = Pen
board-tool-highlighter = Highlighter
board-tool-arrow = Arrow
board-tool-numbered = Numbered arrow
board-tool-rect = Rectangle
board-tool-ellipse = Ellipse
board-tool-text = Text
board-label = Label text
board-label-hint = Type, then click the picture
board-color = Colour
board-color-red = Red
board-color-yellow = Yellow
board-color-green = Green
board-color-blue = Blue
board-color-white = White
board-color-black = Black
board-width = Line width
board-width-thin = Thin
board-width-medium = Medium
board-width-thick = Thick
board-edit = Edit drawings
board-follow = Follow the object
board-stick = Stick to object
board-stick-hint = New drawings stay on the part of the picture they were drawn on when the camera moves
board-undo = Undo
board-redo = Redo
board-erase-all = Erase all
board-picture = Picture
board-freeze = Freeze
board-unfreeze = Back to live
board-snapshot = Snapshot
board-snapshot-kept = Snapshot saved and kept with the session.
board-snapshot-failed = The snapshot could not be saved.
customer-frozen = The technician froze the picture.

# Two-factor sign-in
error-code-invalid = This code is not right, or it was already used. Please check it and try again.
error-second-factor-expired = The sign-in timed out. Please enter your email address and password again.
two-factor-title = Two-factor sign-in
two-factor-code-title = Enter your sign-in code
two-factor-code-hint = Open your authenticator app and enter the six-digit code for Sightline. Lost your phone? Enter one of your recovery codes.
two-factor-code-field = Code
two-factor-code-submit = Sign in
two-factor-start-again = Start again
two-factor-off = Two-factor sign-in is off.
two-factor-on = Two-factor sign-in is on. Recovery codes left: { $count }.
two-factor-set-up = Set up two-factor sign-in
two-factor-scan = Scan this code with an authenticator app, or type in the key, then enter the six-digit code the app shows.
two-factor-qr = QR code for your authenticator app
two-factor-key = Key
two-factor-confirm = Turn on
two-factor-recovery-title = Recovery codes
two-factor-recovery-hint = Keep these codes somewhere safe. Each one signs you in once if you lose your phone. They are shown only now.
two-factor-turn-off = Turn off
two-factor-turn-off-hint = Enter a code from your app (or a recovery code) to turn two-factor sign-in off.

# Invites by email
invite-email-subject = { $org }: your video support session
invite-email-intro = Hello, { $technician } of { $org } invites you to a live video support session.
invite-email-open = Open this link on your phone:
invite-email-expiry = The link works once and expires in { $count ->
    [one] one minute
   *[other] { $count } minutes
}.
invite-email-nothing-to-install = There is nothing to install: your browser will ask to use the camera.
new-session-tab-email = Email
new-session-email-address = Customer's email address
new-session-email-send = Send from the server
new-session-email-own-app = Open in my mail app
new-session-email-sent = Invite sent to { $address }.
error-email-unavailable = Sending email from the server is not set up. Use your own mail app instead.
error-email-failed = The email could not be sent. The link below still works: copy it, or use your own mail app.
log-email-sent = invite emailed to { $detail }
log-email-failed = invite email to { $detail } failed

# Invites by text message
invite-sms = { $org }: { $technician } invites you to a video support session. Open { $link } on your phone (valid { $count } min).
new-session-tab-sms = Text message
new-session-sms-phone = Customer's mobile number (with country code, +…)
new-session-sms-send = Send text message
sms-status-sent = Text message to { $to } sent; waiting for delivery.
sms-status-delivered = Text message to { $to } delivered.
sms-status-failed = The text message to { $to } could not be delivered. The link below still works.
error-sms-unavailable = Text messages are not set up on this server. Use the link or email instead.
error-sms-failed = The text message could not be sent. The link below still works: read it out, or use email.
log-sms-sent = invite texted to { $detail }
log-sms-failed = text message to { $detail } failed
log-sms-delivered = text message to { $detail } delivered

## Admin centre (issue 5)
error-not-permitted = Your technician group is not allowed to do this.
error-two-factor-required = Your organisation requires two-factor sign-in. Set it up to continue.
error-master-admin-only = Only the master administrator can do this.
error-password-link-invalid = This link to set a password is not valid any more. Ask your administrator for a new one.
error-group-in-use = This group still has members or channels, or it is the only group. Move its members and channels first.
welcome-email-subject = { $admin } invites you to { $org } on Sightline
welcome-email-intro = { $admin } has made you an account for { $org }'s video support.
welcome-email-open = Choose your password here:
welcome-email-expiry = { $count ->
    [one] The link works for one day, once.
   *[other] The link works for { $count } days, once.
}
field-name = Name
admin-open = Admin centre
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
two-factor-first-title = Set up two-factor sign-in
two-factor-first-intro = Your organisation requires a code from an authenticator app at every sign-in. Set it up now; then continue to the console.
two-factor-first-continue = Continue to the console
set-password-title = Choose your password
set-password-intro = Choose the password you will sign in with.
set-password-done = Your password is set. You can sign in now.
set-password-submit = Set password
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
survey-default-question = How satisfied are you with the help you got?
survey-score = { $count }
survey-comment = Anything you want to tell us (optional)
survey-send = Send
survey-thanks = Thank you for your answer.
admin-org-email-template = Invite email text (empty: the standard text)
admin-org-sms-template = Invite text message (empty: the standard text)
admin-org-template-hint = Write {"{"}link{"}"} where the customer's link goes; {"{"}org{"}"}, {"{"}technician{"}"} and {"{"}minutes{"}"} are filled in too.
admin-org-email-preview = The email will read:
admin-org-sms-preview = The text message will read:
admin-template-sample-technician = Alex Example
admin-org-own-accent = Use our own accent colour on the customer's page
admin-org-accent = Accent colour
admin-org-shared-replies = Shared replies and links
audit-shared-replies-changed = Shared replies changed
admin-setting-busy = Busy from this many active sessions
admin-setting-auto-start = Start sessions by themselves when the customer is ready

# Self-service channels
queue-channel = Channel ({ $count })
session-channel = Came through the channel “{ $name }”
session-problem = The customer’s problem
session-action-pick-up = Pick up
channel-page-title = Get help by video
channel-page-intro = Tell { $org } who you are and what the problem is. The next free technician will call you by video here in your browser.
channel-your-name = Your name
channel-problem = What is the problem? (optional)
channel-join = Join the queue
log-channel-joined = came through the channel { $detail }
error-picked-up = A colleague has already picked up this session.
error-channel-closed = This support channel is not taking requests right now. Please try again later, or ask for a PIN.
error-channel-busy = Many customers are already waiting in this channel. Please try again in a few minutes.
error-slug-taken = Another channel already uses this link. Choose another one.
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

# Logo
admin-logo = Logo on the customer’s page (PNG, at most 256 KB and 1024 × 1024 pixels)
admin-logo-refused = This file cannot be the logo: it must be a PNG of at most 256 KB and 1024 × 1024 pixels.
admin-logo-current = The current logo
admin-logo-remove = Remove logo
audit-logo-changed = Logo changed

# Survey questions
admin-org-survey-questions = Survey questions, one a line, each scored 1 to 5 (at most 5; empty: the standard question)
admin-org-survey-url = Or the address of your own survey page (asked instead of the questions)
survey-title = How was your session?
survey-open-link = Answer our short survey
report-per-question = Survey questions
report-question = Question
report-answers = Answers
report-average = Average score

# Email subject
admin-org-email-subject = Invite email subject (empty: the standard subject)
