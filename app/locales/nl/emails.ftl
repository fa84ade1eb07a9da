# Sightline — Nederlands: emails.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Invites by email
invite-email-subject = { $org }: uw videosupportsessie
invite-email-intro = Hallo, { $technician } van { $org } nodigt u uit voor een live videosupportsessie.
invite-email-open = Open deze link op uw telefoon:
invite-email-expiry = De link werkt één keer en verloopt over { $count ->
    [one] één minuut
   *[other] { $count } minuten
}.
invite-email-nothing-to-install = U hoeft niets te installeren: uw browser vraagt om de camera te gebruiken.

## Admin centre (issue 5)
welcome-email-subject = { $admin } nodigt je uit bij { $org } op Sightline
welcome-email-intro = { $admin } heeft een account voor je gemaakt voor de videosupport van { $org }.
welcome-email-open = Kies hier je wachtwoord:
welcome-email-expiry = { $count ->
    [one] De link werkt één dag, één keer.
   *[other] De link werkt { $count } dagen, één keer.
}
