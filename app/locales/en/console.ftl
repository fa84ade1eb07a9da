# Sightline — English: console.ftl. The technician's console, sign-in and first-run setup.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Connection to the server
link-online = Online
link-connecting = Connecting…

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
history-summary = { $date } · { $name } · { $state }

## Chat
chat-url-label = Link to send (https://…)
chat-send-url = Send link
log-chat = Chat: { $detail }
log-url = sent the link { $detail }

## Customer controls
session-camera-paused = The customer paused the camera.
session-camera-background = The customer's page is in the background; the camera is paused.
log-camera-paused = paused the camera
log-camera-resumed = resumed the camera

## Predefined replies
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

## View settings and network quality
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

## Recording
record-start = Record
record-stop = Stop recording
record-running = Recording { $time }
record-failed = The recording could not be made in this browser.
log-recording-started = started recording
log-recording-stopped = stopped recording

## Whiteboard, freeze, snapshots
history-snapshots = Snapshots of this session
history-no-snapshots = No snapshots yet.
history-snapshot = Snapshot of { $time }
log-frozen = froze the picture
log-unfrozen = returned to the live picture
log-snapshot = took a snapshot
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
follow-lost = { $count ->
    [one] A drawing lost its object: ask the customer to point the camera at it again, or freeze the picture.
   *[other] { $count } drawings lost their objects: ask the customer to point the camera at them again, or freeze the picture.
}
follow-lost-freeze = Freeze picture
board-undo = Undo
board-redo = Redo
board-erase-all = Erase all
board-picture = Picture
board-freeze = Freeze
board-unfreeze = Back to live
board-snapshot = Snapshot
board-snapshot-kept = Snapshot saved and kept with the session.
board-snapshot-failed = The snapshot could not be saved.

## Two-factor sign-in
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

## Invites by email
new-session-tab-email = Email
new-session-email-address = Customer's email address
new-session-email-send = Send from the server
new-session-email-own-app = Open in my mail app
new-session-email-sent = Invite sent to { $address }.
log-email-sent = invite emailed to { $detail }
log-email-failed = invite email to { $detail } failed

## Invites by text message
invite-sms = { $org }: { $technician } invites you to a video support session. Open { $link } on your phone (valid { $count } min).
new-session-tab-sms = Text message
new-session-sms-phone = Customer's mobile number (with country code, +…)
new-session-sms-send = Send text message
sms-status-sent = Text message to { $to } sent; waiting for delivery.
sms-status-delivered = Text message to { $to } delivered.
sms-status-failed = The text message to { $to } could not be delivered. The link below still works.
log-sms-sent = invite texted to { $detail }
log-sms-failed = text message to { $detail } failed
log-sms-delivered = text message to { $detail } delivered

## Admin centre (issue 5)
admin-open = Admin centre
two-factor-first-title = Set up two-factor sign-in
two-factor-first-intro = Your organisation requires a code from an authenticator app at every sign-in. Set it up now; then continue to the console.
two-factor-first-continue = Continue to the console
set-password-title = Choose your password
set-password-intro = Choose the password you will sign in with.
set-password-done = Your password is set. You can sign in now.
set-password-submit = Set password
admin-org-shared-replies = Shared replies and links

## Self-service channels
queue-channel = Channel ({ $count })
session-channel = Came through the channel “{ $name }”
session-problem = The customer’s problem
session-action-pick-up = Pick up
log-channel-joined = came through the channel { $detail }
