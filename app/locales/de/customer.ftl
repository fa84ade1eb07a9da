# Sightline — Deutsch: customer.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Beschriftungen für Barrierefreiheit
a11y-own-camera = Ihre Kamera

## Kunde: PIN und Link
pin-page-title = Einer Video-Support-Sitzung beitreten
pin-page-intro = Geben Sie die sechsstellige PIN ein, die Sie vom Techniker erhalten haben.
pin-label = PIN
pin-submit = Beitreten
pin-page-technician-sign-in = Anmeldung für Techniker
link-page-title = Ihre Support-Sitzung wird geöffnet
link-page-opening = Einen Moment bitte…
link-page-continue = Weiter
link-page-use-pin = Haben Sie stattdessen eine PIN?
not-found-title = Seite nicht gefunden
not-found-home = Zur Startseite

## Kunde: die Sitzung
customer-page-title = Video-Support
customer-not-joined-title = Keine Sitzung auf diesem Gerät
customer-enter-pin = PIN eingeben
tutorial-title = So funktioniert es
tutorial-step-camera = Erlauben Sie Kamera und Mikrofon, wenn Ihr Browser fragt.
tutorial-step-terms = Prüfen Sie das Bild und akzeptieren Sie die Bedingungen.
tutorial-step-live = Der Techniker sieht, was Ihre Kamera zeigt, und spricht mit Ihnen.
tutorial-skip = Überspringen
tutorial-ok = OK
customer-asking-title = Kamera und Mikrofon
customer-asking-help = Bitte tippen Sie auf „Zulassen“, wenn Ihr Browser fragt.
customer-retry = Erneut versuchen
customer-media-denied-title = Der Kamerazugriff ist blockiert
customer-media-denied-help = Öffnen Sie die Website-Einstellungen Ihres Browsers (das Symbol neben der Adresse), erlauben Sie Kamera und Mikrofon für diese Website und versuchen Sie es erneut.
customer-media-none-title = Keine Kamera gefunden
customer-media-none-help = Dieses Gerät hat keine nutzbare Kamera. Bitte öffnen Sie den Link auf einem Telefon oder einem Gerät mit Kamera.
customer-media-busy-title = Die Kamera wird verwendet
customer-media-busy-help = Eine andere App verwendet die Kamera. Schließen Sie sie und versuchen Sie es erneut.
customer-media-unsupported-title = Dieser Browser kann die Kamera hier nicht verwenden
customer-media-unsupported-help = Bitte öffnen Sie die Seite in einem aktuellen Browser wie Chrome, Safari, Firefox oder Edge.
customer-preview-note = Nur Sie sehen dieses Bild. Es wird nichts gesendet, bevor der Techniker die Sitzung startet.
terms-title = Nutzungsbedingungen
terms-default = Während dieser Support-Sitzung sieht der Techniker das Live-Bild Ihrer Kamera und hört Ihr Mikrofon. Es wird nichts aufgezeichnet, ohne dass Sie darüber informiert werden. Sie können die Sitzung jederzeit mit der Schaltfläche Trennen beenden.
terms-accept = Akzeptieren und fortfahren
customer-waiting = Warten auf den Techniker…
customer-waiting-help = Lassen Sie diese Seite geöffnet. Der Techniker startet die Sitzung in Kürze.
customer-live = Live: Der Techniker sieht Ihre Kamera.
customer-disconnect = Trennen
customer-disconnect-confirm = Sitzung beenden?
customer-ended-title = Vielen Dank
customer-ended-help = Die Sitzung ist beendet. Sie können diese Seite schließen.

## Kunde: Halten, Weiterleitung, Zeitüberschreitung
customer-held-title = Gehalten
customer-held-help = Der Techniker hat die Sitzung pausiert. Ihre Kamera ist pausiert; bitte warten Sie.
customer-transferring-title = Weiterleitung
customer-transferring-help = Sie werden an einen anderen Techniker übergeben. Bitte lassen Sie diese Seite geöffnet.
customer-timed-out-help = Die Sitzung ist abgelaufen. Sie können diese Seite schließen.

## Chat
chat-minimise = Chat minimieren

## Customer controls
customer-controls = Kamera und Mikrofon
customer-pause-camera = Kamera pausieren
customer-resume-camera = Kamera fortsetzen
customer-switch-camera = Kamera wechseln
customer-flashlight = Taschenlampe
customer-camera-paused = Kamera pausiert: Der Techniker sieht Sie nicht.

## Recording
customer-recorded = Diese Sitzung wird aufgezeichnet.

## Whiteboard, freeze, snapshots
customer-frozen = Der Techniker hat das Bild eingefroren.
follow-lost-customer = Der Techniker hat etwas markiert, das nicht mehr im Bild ist. Richten Sie die Kamera wieder darauf.

## Admin centre (issue 5)
survey-score = { $count }
survey-comment = Möchten Sie uns etwas sagen? (freiwillig)
survey-send = Senden
survey-thanks = Danke für Ihre Antwort.

## Self-service channels
channel-page-title = Hilfe per Video
channel-page-intro = Sagen Sie { $org }, wer Sie sind und worum es geht. Der nächste freie Techniker ruft Sie hier im Browser per Video an.
channel-your-name = Ihr Name
channel-problem = Worum geht es? (optional)
channel-join = In die Warteschlange

## Survey questions
survey-title = Wie war Ihre Sitzung?
survey-open-link = An unserer kurzen Umfrage teilnehmen
