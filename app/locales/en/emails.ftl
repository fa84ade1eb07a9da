# Sightline — English: emails.ftl. What the server sends: invite and welcome emails.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Invites by email
invite-email-subject = { $org }: your video support session
invite-email-intro = Hello, { $technician } of { $org } invites you to a live video support session.
invite-email-open = Open this link on your phone:
invite-email-expiry = The link works once and expires in { $count ->
    [one] one minute
   *[other] { $count } minutes
}.
invite-email-nothing-to-install = There is nothing to install: your browser will ask to use the camera.

## Admin centre (issue 5)
welcome-email-subject = { $admin } invites you to { $org } on Sightline
welcome-email-intro = { $admin } has made you an account for { $org }'s video support.
welcome-email-open = Choose your password here:
welcome-email-expiry = { $count ->
    [one] The link works for one day, once.
   *[other] The link works for { $count } days, once.
}
