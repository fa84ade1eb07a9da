# Sightline — English: customer.ftl. The customer's pages: PIN, invite link, self-service channel, the session, its end page and survey.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Accessibility labels
a11y-own-camera = Your camera

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
customer-ended-title = Thank you
customer-ended-help = The session has ended. You can close this page.

## Customer: hold, transfer, timeout
customer-held-title = On hold
customer-held-help = The technician paused the session. Your camera is paused; please wait.
customer-transferring-title = Transferring
customer-transferring-help = You are being handed over to another technician. Please keep this page open.
customer-timed-out-help = The session timed out. You can close this page.

## Chat
chat-minimise = Minimise chat

## Customer controls
customer-controls = Camera and microphone
customer-pause-camera = Pause camera
customer-resume-camera = Resume camera
customer-switch-camera = Switch camera
customer-flashlight = Flashlight
customer-camera-paused = Camera paused: the technician does not see you.

## Recording
customer-recorded = This session is being recorded.

## Whiteboard, freeze, snapshots
customer-frozen = The technician froze the picture.
follow-lost-customer = The technician marked something that is no longer in the picture. Point your camera at it again.

## Admin centre (issue 5)
survey-score = { $count }
survey-comment = Anything you want to tell us (optional)
survey-send = Send
survey-thanks = Thank you for your answer.

## Self-service channels
channel-page-title = Get help by video
channel-page-intro = Tell { $org } who you are and what the problem is. The next free technician will call you by video here in your browser.
channel-your-name = Your name
channel-problem = What is the problem? (optional)
channel-join = Join the queue

## Survey questions
survey-title = How was your session?
survey-open-link = Answer our short survey
