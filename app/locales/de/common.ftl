# Sightline — Deutsch: common.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

# Sightline — Deutsch.
brand-name = Sightline
lang-name = Deutsch
lang-label = Sprache
lang-apply = Übernehmen

## Verbindung zum Server
link-lost = Verbindung verloren. Neuer Verbindungsversuch…

## Fehler
error-unauthenticated = Bitte melden Sie sich an.
error-forbidden = Dazu sind Sie nicht berechtigt.
error-not-found = Nicht gefunden.
error-bad-credentials = E-Mail-Adresse oder Passwort ist nicht korrekt.
error-rate-limited = Zu viele Versuche. Bitte versuchen Sie es in { $seconds ->
    [one] einer Sekunde
   *[other] { $seconds } Sekunden
} erneut.
error-pin-invalid = Diese PIN ist ungültig. Bitte prüfen Sie die sechs Ziffern und versuchen Sie es erneut.
error-pin-expired = Diese PIN ist abgelaufen. Bitte fragen Sie den Techniker nach einer neuen.
error-pin-used = Diese PIN wurde bereits verwendet. Bitte fragen Sie den Techniker nach einer neuen.
error-link-invalid = Dieser Link ist ungültig. Bitte fragen Sie den Techniker nach einem neuen.
error-link-expired = Dieser Link ist abgelaufen. Bitte fragen Sie den Techniker nach einem neuen.
error-link-used = Dieser Link wurde bereits auf einem anderen Gerät verwendet. Bitte fragen Sie den Techniker nach einem neuen.
error-not-joined = Sie sind auf diesem Gerät keiner Sitzung beigetreten.
error-session-closed = Diese Sitzung ist beendet.
error-not-allowed-now = Im aktuellen Zustand der Sitzung ist das nicht möglich.
error-invalid-input = Einige Angaben sind ungültig. Bitte prüfen Sie sie und versuchen Sie es erneut.
error-setup-done = Sightline ist bereits eingerichtet. Bitte melden Sie sich an.
error-email-taken = Es gibt bereits ein Konto mit dieser E-Mail-Adresse.
error-password-mismatch = Die beiden Passwörter stimmen nicht überein.
error-password-too-short = Das Passwort ist zu kurz.
error-version-mismatch = Sightline wurde aktualisiert. Bitte laden Sie die Seite neu.
error-network = Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.
error-internal = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.

## Konsole
session-action-mute-mic = Mikrofon stummschalten
session-action-unmute-mic = Mikrofon einschalten

## Kunde: die Sitzung
confirm-yes = Ja, beenden
confirm-no = Nein

## Lebenszyklus: Zustände, Warteschlangen, Aktionen
error-active-limit = Sie führen bereits so viele aktive Sitzungen wie erlaubt ({ $count }).
error-not-available = Dieser Techniker ist gerade nicht verfügbar.

## Sitzungsprotokoll
log-actor-customer = Kunde

## Chat
chat-title = Chat
chat-you = Sie
chat-technician = Techniker
chat-sending = Wird gesendet…
chat-input-label = Nachricht schreiben
chat-send = Senden
chat-error-empty = Bitte zuerst etwas schreiben.
chat-error-too-long = Die Nachricht ist zu lang.
chat-error-bad-url = Es können nur Weblinks gesendet werden, die mit http:// oder https:// beginnen.
chat-unread = { $count ->
    [one] { $count } ungelesene Nachricht
   *[other] { $count } ungelesene Nachrichten
}

## Whiteboard, freeze, snapshots
board-title = Zeichnungen auf dem Bild
board-frozen-picture = Eingefrorenes Bild

## Two-factor sign-in
error-code-invalid = Dieser Code ist nicht richtig oder wurde schon verwendet. Bitte prüfen Sie ihn und versuchen Sie es erneut.
error-second-factor-expired = Die Anmeldung ist abgelaufen. Bitte geben Sie E-Mail-Adresse und Passwort erneut ein.

## Invites by email
error-email-unavailable = Der E-Mail-Versand über den Server ist nicht eingerichtet. Verwenden Sie Ihre eigene Mail-App.
error-email-failed = Die E-Mail konnte nicht gesendet werden. Der Link unten funktioniert trotzdem: Kopieren Sie ihn oder verwenden Sie Ihre Mail-App.

## Invites by text message
error-sms-unavailable = SMS sind auf diesem Server nicht eingerichtet. Verwenden Sie den Link oder E-Mail.
error-sms-failed = Die SMS konnte nicht gesendet werden. Der Link unten funktioniert trotzdem: Lesen Sie ihn vor oder verwenden Sie E-Mail.

## Admin centre (issue 5)
error-not-permitted = Ihre Technikergruppe darf das nicht.
error-two-factor-required = Ihre Organisation verlangt die Zwei-Faktor-Anmeldung. Richten Sie sie ein, um fortzufahren.
error-master-admin-only = Nur der Hauptadministrator darf das.
error-password-link-invalid = Dieser Link zum Festlegen des Passworts ist nicht mehr gültig. Bitten Sie Ihren Administrator um einen neuen.
error-group-in-use = Diese Gruppe hat noch Mitglieder oder Kanäle oder ist die einzige Gruppe. Verschieben Sie zuerst ihre Mitglieder und Kanäle.
survey-default-question = Wie zufrieden sind Sie mit der Hilfe, die Sie bekommen haben?

## Self-service channels
error-picked-up = Ein Kollege hat diese Sitzung bereits übernommen.
error-channel-closed = Dieser Support-Kanal nimmt gerade keine Anfragen an. Bitte versuchen Sie es später erneut oder fragen Sie nach einer PIN.
error-channel-busy = In diesem Kanal warten bereits viele Kunden. Bitte versuchen Sie es in ein paar Minuten erneut.
error-slug-taken = Ein anderer Kanal verwendet diesen Link bereits. Wählen Sie einen anderen.
