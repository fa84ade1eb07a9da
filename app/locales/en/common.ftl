# Sightline — English: common.ftl. Every page: the brand, languages, errors, the chat panel and the board both sides show.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

# Sightline — English.
# Keys: kebab-case, concept first. Every key exists in every language (tested).
brand-name = Sightline
lang-name = English
lang-label = Language
lang-apply = Apply

## Connection to the server
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

## Console
session-action-mute-mic = Mute microphone
session-action-unmute-mic = Unmute microphone

## Customer: the session
confirm-yes = Yes, end it
confirm-no = No

## Lifecycle: states, queues, actions
error-active-limit = You already run as many active sessions as allowed ({ $count }).
error-not-available = This technician is not available now.

## Session log
log-actor-customer = Customer

## Chat
chat-title = Chat
chat-you = You
chat-technician = Technician
chat-sending = Sending…
chat-input-label = Write a message
chat-send = Send
chat-error-empty = Write something first.
chat-error-too-long = The message is too long.
chat-error-bad-url = Only web links starting with http:// or https:// can be sent.
chat-unread = { $count ->
    [one] { $count } unread message
   *[other] { $count } unread messages
}

## Whiteboard, freeze, snapshots
board-title = Drawings on the picture
board-frozen-picture = Frozen picture

## Two-factor sign-in
error-code-invalid = This code is not right, or it was already used. Please check it and try again.
error-second-factor-expired = The sign-in timed out. Please enter your email address and password again.

## Invites by email
error-email-unavailable = Sending email from the server is not set up. Use your own mail app instead.
error-email-failed = The email could not be sent. The link below still works: copy it, or use your own mail app.

## Invites by text message
error-sms-unavailable = Text messages are not set up on this server. Use the link or email instead.
error-sms-failed = The text message could not be sent. The link below still works: read it out, or use email.

## Admin centre (issue 5)
error-not-permitted = Your technician group is not allowed to do this.
error-two-factor-required = Your organisation requires two-factor sign-in. Set it up to continue.
error-master-admin-only = Only the master administrator can do this.
error-password-link-invalid = This link to set a password is not valid any more. Ask your administrator for a new one.
error-group-in-use = This group still has members or channels, or it is the only group. Move its members and channels first.
survey-default-question = How satisfied are you with the help you got?

## Self-service channels
error-picked-up = A colleague has already picked up this session.
error-channel-closed = This support channel is not taking requests right now. Please try again later, or ask for a PIN.
error-channel-busy = Many customers are already waiting in this channel. Please try again in a few minutes.
error-slug-taken = Another channel already uses this link. Choose another one.
