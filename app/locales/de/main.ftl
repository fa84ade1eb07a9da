# Sightline — Deutsch.

brand-name = Sightline
lang-name = Deutsch
lang-label = Sprache
lang-apply = Übernehmen

## Verbindung zum Server
link-online = Online
link-connecting = Verbindung wird hergestellt…
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

## Sitzungszustände
session-state-connecting = Verbindungsaufbau
session-state-waiting = Wartend
session-state-active = Aktiv
session-state-closed-by-customer = Vom Kunden beendet
session-state-closed-by-waiting-customer = Vom wartenden Kunden beendet
session-state-closed-by-technician = Vom Techniker beendet

## Konsole
console-title = Konsole
console-placeholder = Wählen Sie eine Sitzung aus oder erstellen Sie eine neue.
sign-out = Abmelden
session-list-caption = Ihre Sitzungen
session-list-name = Name
session-list-id = Sitzungs-ID
session-list-state = Zustand
session-list-time = Zeit im Zustand
session-list-empty = Noch keine Sitzungen.
session-default-customer-name = Kunde
session-customer-connected = Kunde verbunden
session-waiting-for-customer = Warten, bis der Kunde beitritt…
session-active-elsewhere = Diese Sitzung läuft in einem anderen Fenster.
session-mic-unavailable = Ihr Mikrofon ist nicht verfügbar; der Kunde kann Sie nicht hören.
session-action-start = Starten
session-action-end = Sitzung beenden
session-action-dismiss = Aus der Liste entfernen
session-action-mute-mic = Mikrofon stummschalten
session-action-unmute-mic = Mikrofon einschalten
session-action-mute-speaker = Lautsprecher stummschalten
session-action-unmute-speaker = Lautsprecher einschalten

## Dialog Neue Sitzung
new-session-open = Neue Sitzung
new-session-title = Neue Sitzung
new-session-customer-name = Name des Kunden
new-session-field-1 = Benutzerdefiniertes Feld 1
new-session-field-2 = Benutzerdefiniertes Feld 2
new-session-method = Verbindungsmethode
new-session-tab-pin = PIN
new-session-tab-link = Link
new-session-create-pin = PIN erstellen
new-session-pin-hint = Der Kunde gibt diese PIN auf der PIN-Seite ein.
new-session-copy-link = Link in die Zwischenablage kopieren
new-session-link-copied = Link in die Zwischenablage kopiert.
new-session-link-copy-failed = Der Link konnte nicht kopiert werden; markieren und kopieren Sie ihn selbst.
new-session-qr = QR-Code des Kundenlinks
new-session-qr-hint = Steht der Kunde neben Ihnen? Er kann ihn mit der Handykamera scannen.
invite-valid-for = { $count ->
    [one] Eine Minute
   *[other] { $count } Minuten
} gültig, solange unbenutzt.
dialog-close = Schließen

## Beschriftungen für Barrierefreiheit
a11y-customer-video = Die Kamera des Kunden
a11y-own-camera = Ihre Kamera
a11y-close-dialog = Dialog schließen
a11y-pin = PIN für den Kunden
a11y-link = Link für den Kunden

## Anmeldung und Einrichtung
sign-in-title = Anmelden
sign-in-submit = Anmelden
sign-in-customer-link = Sie möchten einer Support-Sitzung beitreten? Geben Sie hier Ihre PIN ein.
field-email = E-Mail-Adresse
field-password = Passwort
field-password-confirm = Passwort wiederholen
field-password-hint = Mindestens { $count } Zeichen.
setup-title = Sightline einrichten
setup-intro = Legen Sie Ihre Organisation und das erste Administratorkonto an. Der Administrator kann auch Support-Sitzungen durchführen.
setup-org-name = Name der Organisation
setup-admin-name = Ihr Name
setup-submit = Organisation anlegen

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
confirm-yes = Ja, beenden
confirm-no = Nein
customer-ended-title = Vielen Dank
customer-ended-help = Die Sitzung ist beendet. Sie können diese Seite schließen.

## Lebenszyklus: Zustände, Warteschlangen, Aktionen
session-state-on-hold = Gehalten
session-state-outgoing = Ausgehend
session-state-incoming = Eingehend
session-state-reconnecting = Neuverbindung
session-state-offline = Offline
session-state-timed-out = Zeitüberschreitung
session-state-unknown = Unbekannt
queue-label = Warteschlangen
queue-all = Alle ({ $count })
queue-private = Privat ({ $count })
queue-active = Aktiv ({ $count })
session-hold-time = gehalten { $hold } · gesamt { $total }
session-list-copy = Zeile in die Zwischenablage kopieren
session-list-copy-short = Kopieren
session-list-copied = Kopiert
session-action-accept = Annehmen und starten
session-action-edit = Angaben bearbeiten
session-action-hold = Halten
session-action-resume = Fortsetzen
session-action-take-back = Zurücknehmen
session-action-transfer = Weiterleiten
session-on-hold = Gehalten: Die Kamera des Kunden ist pausiert. Setzen Sie fort, um weiterzumachen.
session-reconnecting = Ihre Verbindung wurde unterbrochen. Neuverbindung…
session-customer-reconnecting = Die Verbindung des Kunden wurde unterbrochen. Warten, bis er zurück ist…
session-end-confirm = Diese Sitzung beenden?
session-limit-reached = Sie haben bereits { $count ->
    [one] eine aktive Sitzung
   *[other] { $count } aktive Sitzungen
}. Halten oder beenden Sie eine, um eine weitere zu starten.
session-panel-tabs = Sitzungsdetails
session-log-title = Sitzungsprotokoll
action-save = Speichern
action-cancel = Abbrechen
error-active-limit = Sie führen bereits so viele aktive Sitzungen wie erlaubt ({ $count }).
error-not-available = Dieser Techniker ist gerade nicht verfügbar.

## Weiterleitung
transfer-title = Sitzung weiterleiten
transfer-search = Techniker suchen
transfer-to = Weiterleiten an
transfer-note = Notiz für Ihre Kollegin oder Ihren Kollegen
transfer-nobody = Kein Techniker gefunden.
transfer-incoming = { $name } leitet diese Sitzung an Sie weiter.
transfer-outgoing = Weiterleitung an { $name }. Sie können sie zurücknehmen, bis angenommen wird.

## Anwesenheit und Einstellungen
presence-label = Anwesenheit
presence-online = Online
presence-away = Abwesend
presence-busy = Beschäftigt
presence-offline = Offline
prefs-open = Einstellungen
prefs-title = Konsoleneinstellungen
prefs-sounds = Tonsignale
prefs-sound-new-session = Neue Sitzung
prefs-sound-customer-left = Kunde getrennt
prefs-sound-network-lost = Netzwerk verloren
prefs-sound-chat = Neue Chatnachricht, während die Konsole im Hintergrund ist
prefs-behaviour = Verhalten
prefs-confirm-end = Vor dem Beenden einer Sitzung nachfragen
prefs-confirm-sign-out = Vor dem Abmelden nachfragen
prefs-auto-start = Eingehende private Sitzungen automatisch starten
prefs-theme = Farbschema
prefs-theme-system = Wie das System
prefs-theme-light = Hell
prefs-theme-dark = Dunkel
sign-out-confirm = Abmelden?

## Sitzungsprotokoll
log-actor-customer = Kunde
log-actor-system = System
log-created = Sitzung erstellt
log-pin-issued = PIN { $detail } ausgegeben
log-link-issued = Link ausgegeben
log-customer-opened = hat die Sitzungsseite geöffnet
log-media-granted = hat Kamera und Mikrofon erlaubt
log-media-denied = hat Kamera oder Mikrofon abgelehnt
log-no-camera = hat keine Kamera
log-camera-started = Kamerastream gestartet
log-page-hidden = hat die Seite in den Hintergrund geschickt
log-page-visible = hat die Seite wieder in den Vordergrund geholt
log-media-lost = Medienverbindung verloren
log-media-back = Medienverbindung wiederhergestellt
log-transition = { $from } → { $to }
log-details-edited = hat den Namen oder die benutzerdefinierten Felder geändert
log-note-edited = hat die Notiz gespeichert

## Verlauf und Notizen
history-title = Verlauf und Notizen
history-note = Notiz zu dieser Sitzung
history-save-note = Notiz speichern
history-note-saved = Notiz gespeichert.
history-earlier = Frühere Sitzungen mit diesem Gerät
history-none = Keine früheren Sitzungen mit diesem Gerät.

## Kunde: Halten, Weiterleitung, Zeitüberschreitung
customer-held-title = Gehalten
customer-held-help = Der Techniker hat die Sitzung pausiert. Ihre Kamera ist pausiert; bitte warten Sie.
customer-transferring-title = Weiterleitung
customer-transferring-help = Sie werden an einen anderen Techniker übergeben. Bitte lassen Sie diese Seite geöffnet.
customer-timed-out-help = Die Sitzung ist abgelaufen. Sie können diese Seite schließen.
history-summary = { $date } · { $name } · { $state }

# Chat
chat-title = Chat
chat-you = Sie
chat-technician = Techniker
chat-sending = Wird gesendet…
chat-input-label = Nachricht schreiben
chat-send = Senden
chat-url-label = Zu sendender Link (https://…)
chat-send-url = Link senden
chat-error-empty = Bitte zuerst etwas schreiben.
chat-error-too-long = Die Nachricht ist zu lang.
chat-error-bad-url = Es können nur Weblinks gesendet werden, die mit http:// oder https:// beginnen.
chat-unread = { $count ->
    [one] { $count } ungelesene Nachricht
   *[other] { $count } ungelesene Nachrichten
}
chat-minimise = Chat minimieren
log-chat = Chat: { $detail }
log-url = hat den Link { $detail } gesendet

# Customer controls
customer-controls = Kamera und Mikrofon
customer-pause-camera = Kamera pausieren
customer-resume-camera = Kamera fortsetzen
customer-switch-camera = Kamera wechseln
customer-flashlight = Taschenlampe
customer-camera-paused = Kamera pausiert: Der Techniker sieht Sie nicht.
session-camera-paused = Der Kunde hat die Kamera pausiert.
session-camera-background = Die Seite des Kunden ist im Hintergrund; die Kamera ist pausiert.
log-camera-paused = hat die Kamera pausiert
log-camera-resumed = hat die Kamera fortgesetzt

# Predefined replies
action-close = Schließen
replies-pick = Vordefinierte Antworten
replies-manage = Antworten verwalten
replies-title = Vordefinierte Antworten
replies-add = Neue Antwort
replies-edit = Bearbeiten
replies-delete = Löschen
replies-kind = Art
replies-kind-text = Text
replies-kind-url = Link
replies-field-title = Titel
replies-field-body = Text oder Link
replies-export = Exportieren (XML)
replies-import-file = Antwortdatei (XML)
replies-import = Importieren
replies-imported = { $count ->
    [one] { $count } Antwort importiert.
   *[other] { $count } Antworten importiert.
}

# View settings and network quality
view-settings = Ansicht
view-fit = An Fenster anpassen
view-stretch = Auf Fenster strecken
view-actual = Originalgröße
view-zoom = Zoom
view-zoom-in = Vergrößern
view-zoom-out = Verkleinern
view-zoom-auto = auto
view-full-screen = Vollbild
quality-title = Netzwerkqualität
quality-good = Gut
quality-fair = Mittel
quality-poor = Schlecht
quality-line = Netzwerk: { $verdict } ({ $figures })

# Recording
record-start = Aufnehmen
record-stop = Aufnahme beenden
record-running = Aufnahme { $time }
record-failed = Die Aufnahme ist in diesem Browser nicht möglich.
customer-recorded = Diese Sitzung wird aufgezeichnet.
log-recording-started = hat die Aufnahme gestartet
log-recording-stopped = hat die Aufnahme beendet

## Whiteboard, freeze, snapshots
history-snapshots = Schnappschüsse dieser Sitzung
history-no-snapshots = Noch keine Schnappschüsse.
history-snapshot = Schnappschuss von { $time }
log-frozen = hat das Bild eingefroren
log-unfrozen = ist zum Livebild zurückgekehrt
log-snapshot = hat einen Schnappschuss gemacht
board-title = Zeichnungen auf dem Bild
board-frozen-picture = Eingefrorenes Bild
board-tools = Whiteboard
board-tool = Werkzeug
board-tool-pen = Stift
board-tool-highlighter = Textmarker
board-tool-arrow = Pfeil
board-tool-numbered = Nummerierter Pfeil
board-tool-rect = Rechteck
board-tool-ellipse = Ellipse
board-tool-text = Text
board-label = Beschriftung
board-label-hint = Tippen, dann ins Bild klicken
board-color = Farbe
board-color-red = Rot
board-color-yellow = Gelb
board-color-green = Grün
board-color-blue = Blau
board-color-white = Weiß
board-color-black = Schwarz
board-width = Linienstärke
board-width-thin = Dünn
board-width-medium = Mittel
board-width-thick = Dick
board-edit = Zeichnungen bearbeiten
board-follow = Dem Objekt folgen
board-stick = Am Objekt haften
board-stick-hint = Neue Zeichnungen bleiben auf dem Teil des Bildes, auf dem sie gezeichnet wurden, wenn sich die Kamera bewegt
board-undo = Rückgängig
board-redo = Wiederholen
board-erase-all = Alles löschen
board-picture = Bild
board-freeze = Einfrieren
board-unfreeze = Zurück zum Livebild
board-snapshot = Schnappschuss
board-snapshot-kept = Schnappschuss gespeichert und bei der Sitzung abgelegt.
board-snapshot-failed = Der Schnappschuss konnte nicht gespeichert werden.
customer-frozen = Der Techniker hat das Bild eingefroren.

# Two-factor sign-in
error-code-invalid = Dieser Code ist nicht richtig oder wurde schon verwendet. Bitte prüfen Sie ihn und versuchen Sie es erneut.
error-second-factor-expired = Die Anmeldung ist abgelaufen. Bitte geben Sie E-Mail-Adresse und Passwort erneut ein.
two-factor-title = Zwei-Faktor-Anmeldung
two-factor-code-title = Anmeldecode eingeben
two-factor-code-hint = Öffnen Sie Ihre Authenticator-App und geben Sie den sechsstelligen Code für Sightline ein. Handy verloren? Geben Sie einen Ihrer Wiederherstellungscodes ein.
two-factor-code-field = Code
two-factor-code-submit = Anmelden
two-factor-start-again = Neu beginnen
two-factor-off = Die Zwei-Faktor-Anmeldung ist ausgeschaltet.
two-factor-on = Die Zwei-Faktor-Anmeldung ist eingeschaltet. Verbleibende Wiederherstellungscodes: { $count }.
two-factor-set-up = Zwei-Faktor-Anmeldung einrichten
two-factor-scan = Scannen Sie diesen Code mit einer Authenticator-App oder tippen Sie den Schlüssel ein, und geben Sie dann den sechsstelligen Code aus der App ein.
two-factor-qr = QR-Code für Ihre Authenticator-App
two-factor-key = Schlüssel
two-factor-confirm = Einschalten
two-factor-recovery-title = Wiederherstellungscodes
two-factor-recovery-hint = Bewahren Sie diese Codes sicher auf. Jeder meldet Sie einmal an, wenn Sie Ihr Handy verlieren. Sie werden nur jetzt angezeigt.
two-factor-turn-off = Ausschalten
two-factor-turn-off-hint = Geben Sie einen Code aus der App (oder einen Wiederherstellungscode) ein, um die Zwei-Faktor-Anmeldung auszuschalten.

# Invites by email
invite-email-subject = { $org }: Ihre Video-Support-Sitzung
invite-email-intro = Guten Tag, { $technician } von { $org } lädt Sie zu einer Live-Video-Support-Sitzung ein.
invite-email-open = Öffnen Sie diesen Link auf Ihrem Handy:
invite-email-expiry = Der Link funktioniert einmal und läuft in { $count ->
    [one] einer Minute
   *[other] { $count } Minuten
} ab.
invite-email-nothing-to-install = Sie müssen nichts installieren: Ihr Browser fragt nach der Kamera.
new-session-tab-email = E-Mail
new-session-email-address = E-Mail-Adresse des Kunden
new-session-email-send = Vom Server senden
new-session-email-own-app = In meiner Mail-App öffnen
new-session-email-sent = Einladung an { $address } gesendet.
error-email-unavailable = Der E-Mail-Versand über den Server ist nicht eingerichtet. Verwenden Sie Ihre eigene Mail-App.
error-email-failed = Die E-Mail konnte nicht gesendet werden. Der Link unten funktioniert trotzdem: Kopieren Sie ihn oder verwenden Sie Ihre Mail-App.
log-email-sent = Einladung per E-Mail an { $detail } gesendet
log-email-failed = Einladung per E-Mail an { $detail } fehlgeschlagen

# Invites by text message
invite-sms = { $org }: { $technician } lädt Sie zu einer Video-Support-Sitzung ein. Öffnen Sie { $link } auf Ihrem Handy (gültig { $count } Min.).
new-session-tab-sms = SMS
new-session-sms-phone = Handynummer des Kunden (mit Ländervorwahl, +…)
new-session-sms-send = SMS senden
sms-status-sent = SMS an { $to } gesendet; Zustellung ausstehend.
sms-status-delivered = SMS an { $to } zugestellt.
sms-status-failed = Die SMS an { $to } konnte nicht zugestellt werden. Der Link unten funktioniert trotzdem.
error-sms-unavailable = SMS sind auf diesem Server nicht eingerichtet. Verwenden Sie den Link oder E-Mail.
error-sms-failed = Die SMS konnte nicht gesendet werden. Der Link unten funktioniert trotzdem: Lesen Sie ihn vor oder verwenden Sie E-Mail.
log-sms-sent = Einladung per SMS an { $detail } gesendet
log-sms-failed = SMS an { $detail } fehlgeschlagen
log-sms-delivered = SMS an { $detail } zugestellt

## Admin centre (issue 5)
error-not-permitted = Ihre Technikergruppe darf das nicht.
error-two-factor-required = Ihre Organisation verlangt die Zwei-Faktor-Anmeldung. Richten Sie sie ein, um fortzufahren.
error-master-admin-only = Nur der Hauptadministrator darf das.
error-password-link-invalid = Dieser Link zum Festlegen des Passworts ist nicht mehr gültig. Bitten Sie Ihren Administrator um einen neuen.
error-group-in-use = Diese Gruppe hat noch Mitglieder oder Kanäle oder ist die einzige Gruppe. Verschieben Sie zuerst ihre Mitglieder und Kanäle.
welcome-email-subject = { $admin } lädt Sie zu { $org } auf Sightline ein
welcome-email-intro = { $admin } hat Ihnen ein Konto für den Video-Support von { $org } angelegt.
welcome-email-open = Wählen Sie hier Ihr Passwort:
welcome-email-expiry = { $count ->
    [one] Der Link funktioniert einen Tag lang, einmal.
   *[other] Der Link funktioniert { $count } Tage lang, einmal.
}
field-name = Name
admin-open = Administration
admin-title = Administration
admin-back-to-console = Zurück zur Konsole
admin-tab-users = Benutzer
admin-tab-groups = Gruppen
admin-tab-organisation = Organisation
admin-user-role = Rolle
admin-user-group = Gruppe
admin-user-status = Status
admin-user-active = Aktiv
admin-actions = Aktionen
role-technician = Techniker
role-admin = Administrator
role-master-admin = Hauptadministrator
admin-status-active = Aktiv
admin-status-invited = Eingeladen
admin-status-deactivated = Deaktiviert
admin-two-factor-on = Ein
admin-two-factor-off = Aus
admin-two-factor-reset = Zurücksetzen
admin-save = Speichern
admin-saved = Gespeichert.
admin-invite-title = Benutzer einladen
admin-invite-submit = Einladung senden
admin-invite-emailed = Einladung per E-Mail gesendet.
admin-invite-link = Dieser Server kann keine E-Mails senden. Geben Sie der Person diesen Link, um ihr Passwort zu wählen (einmal gültig, 7 Tage lang):
admin-group-new = Neue Gruppe
admin-group-name = Name der Gruppe
admin-group-members = { $count ->
    [one] Ein Mitglied
   *[other] { $count } Mitglieder
}
admin-group-permissions = Mitglieder dürfen
admin-group-settings = Einstellungen
admin-group-create = Gruppe anlegen
admin-group-delete = Gruppe löschen
admin-setting-connecting = Minuten, bis der Kunde beigetreten sein muss
admin-setting-inactivity = Minuten ohne Aktivität, bis eine Sitzung abläuft
admin-setting-max-active = Gleichzeitig aktive Sitzungen pro Techniker
admin-setting-auto-away = Minuten ohne Eingabe bis Abwesend
perm-start-sessions = Videositzungen starten
perm-private-sessions = eigene Sitzungen anlegen (PIN, Link, E-Mail, SMS)
perm-invite-pin = per PIN einladen
perm-invite-link = per Link einladen
perm-invite-sms = per SMS einladen
perm-invite-email = per E-Mail einladen
perm-transfer = Sitzungen übergeben
perm-hold = Sitzungen halten
perm-chat = chatten
perm-push-url = Links senden
perm-whiteboard = auf das Bild zeichnen
perm-freeze = das Bild anhalten
perm-snapshot = Schnappschüsse aufnehmen
perm-record = Sitzungen aufzeichnen
perm-inline-edit = Kundendaten während der Sitzung ändern
admin-org-name = Name der Organisation
admin-org-terms = Bedingungen, die der Kunde akzeptiert
admin-org-terms-hint = Leer lassen, um die Standardbedingungen in der Sprache des Kunden zu zeigen.
admin-org-field-1 = Name des eigenen Felds 1
admin-org-field-2 = Name des eigenen Felds 2
admin-org-require-two-factor = Alle müssen die Zwei-Faktor-Anmeldung verwenden
two-factor-first-title = Zwei-Faktor-Anmeldung einrichten
two-factor-first-intro = Ihre Organisation verlangt bei jeder Anmeldung einen Code aus einer Authenticator-App. Richten Sie ihn jetzt ein und fahren Sie dann zur Konsole fort.
two-factor-first-continue = Weiter zur Konsole
set-password-title = Passwort wählen
set-password-intro = Wählen Sie das Passwort, mit dem Sie sich anmelden.
set-password-done = Ihr Passwort ist gesetzt. Sie können sich jetzt anmelden.
set-password-submit = Passwort festlegen
admin-tab-reports = Berichte
admin-tab-audit = Prüfprotokoll
report-from = Von
report-to = Bis
report-all-groups = Alle Gruppen
report-show = Anzeigen
report-export-csv = CSV exportieren
report-total = { $count ->
    [one] Eine Sitzung
   *[other] { $count } Sitzungen
}
report-per-technician = Pro Techniker
report-sessions = Sitzungen
report-avg-waiting = Mittlere Wartezeit
report-active = Aktive Zeit
report-hold = Zeit gehalten
report-per-day = Pro Tag
report-day = Tag (UTC)
report-outcomes = Ergebnisse
audit-search = Suche
audit-search-submit = Suchen
audit-time = Zeit (UTC)
audit-actor = Wer
audit-kind = Was
audit-subject = Betrifft
audit-detail = Detail
audit-sign-in = Angemeldet
audit-sign-in-password = Passwort akzeptiert, Code verlangt
audit-sign-in-failed = Anmeldung abgelehnt
audit-sign-in-code-failed = Falscher Anmeldecode
audit-two-factor-on = Zwei-Faktor-Anmeldung eingeschaltet
audit-two-factor-off = Zwei-Faktor-Anmeldung ausgeschaltet
audit-two-factor-code-failed = Falscher Zwei-Faktor-Code
audit-two-factor-reset = Zwei-Faktor-Anmeldung von einem Administrator zurückgesetzt
audit-password-set = Passwort festgelegt
audit-user-invited = Benutzer eingeladen
audit-user-role-changed = Rolle geändert
audit-user-moved = In eine andere Gruppe verschoben
audit-user-deactivated = Benutzer deaktiviert
audit-user-reactivated = Benutzer reaktiviert
audit-group-created = Gruppe angelegt
audit-group-changed = Gruppe geändert
audit-group-deleted = Gruppe gelöscht
audit-org-settings-changed = Einstellungen der Organisation geändert
admin-org-survey = Kunden am Ende der Sitzung die Umfrage vorlegen
report-survey = Umfragewert
survey-default-question = Wie zufrieden sind Sie mit der Hilfe, die Sie bekommen haben?
survey-score = { $count }
survey-comment = Möchten Sie uns etwas sagen? (freiwillig)
survey-send = Senden
survey-thanks = Danke für Ihre Antwort.
admin-org-email-template = Text der Einladungs-E-Mail (leer: der Standardtext)
admin-org-sms-template = Einladungs-SMS (leer: der Standardtext)
admin-org-template-hint = Schreiben Sie {"{"}link{"}"}, wo der Link des Kunden stehen soll; auch {"{"}org{"}"}, {"{"}technician{"}"} und {"{"}minutes{"}"} werden ausgefüllt.
admin-org-email-preview = So lautet die E-Mail:
admin-org-sms-preview = So lautet die SMS:
admin-template-sample-technician = Alex Beispiel
admin-org-own-accent = Eigene Akzentfarbe auf der Seite des Kunden verwenden
admin-org-accent = Akzentfarbe
admin-org-shared-replies = Gemeinsame Antworten und Links
audit-shared-replies-changed = Gemeinsame Antworten geändert
admin-setting-busy = Beschäftigt ab so vielen aktiven Sitzungen
admin-setting-auto-start = Sitzungen von selbst starten, wenn der Kunde bereit ist

# Self-service channels
queue-channel = Kanal ({ $count })
session-channel = Über den Kanal „{ $name }“ gekommen
session-problem = Das Problem des Kunden
session-action-pick-up = Übernehmen
channel-page-title = Hilfe per Video
channel-page-intro = Sagen Sie { $org }, wer Sie sind und worum es geht. Der nächste freie Techniker ruft Sie hier im Browser per Video an.
channel-your-name = Ihr Name
channel-problem = Worum geht es? (optional)
channel-join = In die Warteschlange
log-channel-joined = kam über den Kanal { $detail }
error-picked-up = Ein Kollege hat diese Sitzung bereits übernommen.
error-channel-closed = Dieser Support-Kanal nimmt gerade keine Anfragen an. Bitte versuchen Sie es später erneut oder fragen Sie nach einer PIN.
error-channel-busy = In diesem Kanal warten bereits viele Kunden. Bitte versuchen Sie es in ein paar Minuten erneut.
error-slug-taken = Ein anderer Kanal verwendet diesen Link bereits. Wählen Sie einen anderen.
admin-tab-channels = Kanäle
admin-channels-intro = Ein Kanal ist ein öffentlicher Link, unter dem Kunden Namen und Problem angeben und warten, bis ein Techniker seiner Gruppe sie übernimmt.
admin-channel-new = Neuer Kanal
admin-channel-name = Name des Kanals
admin-channel-slug = Link (Buchstaben, Ziffern und Bindestriche)
admin-channel-group = Betreut von
admin-channel-whole-org = Allen Technikern
admin-channel-enabled = Nimmt Anfragen an
admin-channel-waiting = { $count ->
    [one] Ein Kunde wartet
   *[other] { $count } Kunden warten
}
admin-channel-create = Kanal anlegen
admin-channel-delete = Kanal löschen
audit-channel-saved = Kanal gespeichert
audit-channel-deleted = Kanal gelöscht

# Logo
admin-logo = Logo auf der Kundenseite (PNG, höchstens 256 KB und 1024 × 1024 Pixel)
admin-logo-refused = Diese Datei kann nicht das Logo sein: Es muss ein PNG mit höchstens 256 KB und 1024 × 1024 Pixeln sein.
admin-logo-current = Das aktuelle Logo
admin-logo-remove = Logo entfernen
audit-logo-changed = Logo geändert

# Survey questions
admin-org-survey-questions = Umfragefragen, eine pro Zeile, jeweils mit 1 bis 5 bewertet (höchstens 5; leer: die Standardfrage)
admin-org-survey-url = Oder die Adresse Ihrer eigenen Umfrageseite (statt der Fragen)
survey-title = Wie war Ihre Sitzung?
survey-open-link = An unserer kurzen Umfrage teilnehmen
report-per-question = Umfragefragen
report-question = Frage
report-answers = Antworten
report-average = Durchschnittliche Bewertung

# Email subject
admin-org-email-subject = Betreff der Einladungs-E-Mail (leer: der Standardbetreff)
