# Sightline — Deutsch: emails.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Invites by email
invite-email-subject = { $org }: Ihre Video-Support-Sitzung
invite-email-intro = Guten Tag, { $technician } von { $org } lädt Sie zu einer Live-Video-Support-Sitzung ein.
invite-email-open = Öffnen Sie diesen Link auf Ihrem Handy:
invite-email-expiry = Der Link funktioniert einmal und läuft in { $count ->
    [one] einer Minute
   *[other] { $count } Minuten
} ab.
invite-email-nothing-to-install = Sie müssen nichts installieren: Ihr Browser fragt nach der Kamera.

## Admin centre (issue 5)
welcome-email-subject = { $admin } lädt Sie zu { $org } auf Sightline ein
welcome-email-intro = { $admin } hat Ihnen ein Konto für den Video-Support von { $org } angelegt.
welcome-email-open = Wählen Sie hier Ihr Passwort:
welcome-email-expiry = { $count ->
    [one] Der Link funktioniert einen Tag lang, einmal.
   *[other] Der Link funktioniert { $count } Tage lang, einmal.
}
