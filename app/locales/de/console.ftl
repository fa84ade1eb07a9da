# Sightline — Deutsch: console.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Verbindung zum Server
link-online = Online
link-connecting = Verbindung wird hergestellt…

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
history-summary = { $date } · { $name } · { $state }

## Chat
chat-url-label = Zu sendender Link (https://…)
chat-send-url = Link senden
log-chat = Chat: { $detail }
log-url = hat den Link { $detail } gesendet

## Customer controls
session-camera-paused = Der Kunde hat die Kamera pausiert.
session-camera-background = Die Seite des Kunden ist im Hintergrund; die Kamera ist pausiert.
log-camera-paused = hat die Kamera pausiert
log-camera-resumed = hat die Kamera fortgesetzt

## Predefined replies
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

## View settings and network quality
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

## Recording
record-start = Aufnehmen
record-stop = Aufnahme beenden
record-running = Aufnahme { $time }
record-failed = Die Aufnahme ist in diesem Browser nicht möglich.
log-recording-started = hat die Aufnahme gestartet
log-recording-stopped = hat die Aufnahme beendet

## Whiteboard, freeze, snapshots
history-snapshots = Schnappschüsse dieser Sitzung
history-no-snapshots = Noch keine Schnappschüsse.
history-snapshot = Schnappschuss von { $time }
log-frozen = hat das Bild eingefroren
log-unfrozen = ist zum Livebild zurückgekehrt
log-snapshot = hat einen Schnappschuss gemacht
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
follow-lost = { $count ->
    [one] Eine Zeichnung hat ihr Objekt verloren: Bitten Sie den Kunden, die Kamera wieder darauf zu richten, oder frieren Sie das Bild ein.
   *[other] { $count } Zeichnungen haben ihre Objekte verloren: Bitten Sie den Kunden, die Kamera wieder darauf zu richten, oder frieren Sie das Bild ein.
}
follow-lost-freeze = Bild einfrieren
board-undo = Rückgängig
board-redo = Wiederholen
board-erase-all = Alles löschen
board-picture = Bild
board-freeze = Einfrieren
board-unfreeze = Zurück zum Livebild
board-snapshot = Schnappschuss
board-snapshot-kept = Schnappschuss gespeichert und bei der Sitzung abgelegt.
board-snapshot-failed = Der Schnappschuss konnte nicht gespeichert werden.

## Two-factor sign-in
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

## Invites by email
new-session-tab-email = E-Mail
new-session-email-address = E-Mail-Adresse des Kunden
new-session-email-send = Vom Server senden
new-session-email-own-app = In meiner Mail-App öffnen
new-session-email-sent = Einladung an { $address } gesendet.
log-email-sent = Einladung per E-Mail an { $detail } gesendet
log-email-failed = Einladung per E-Mail an { $detail } fehlgeschlagen

## Invites by text message
invite-sms = { $org }: { $technician } lädt Sie zu einer Video-Support-Sitzung ein. Öffnen Sie { $link } auf Ihrem Handy (gültig { $count } Min.).
new-session-tab-sms = SMS
new-session-sms-phone = Handynummer des Kunden (mit Ländervorwahl, +…)
new-session-sms-send = SMS senden
sms-status-sent = SMS an { $to } gesendet; Zustellung ausstehend.
sms-status-delivered = SMS an { $to } zugestellt.
sms-status-failed = Die SMS an { $to } konnte nicht zugestellt werden. Der Link unten funktioniert trotzdem.
log-sms-sent = Einladung per SMS an { $detail } gesendet
log-sms-failed = SMS an { $detail } fehlgeschlagen
log-sms-delivered = SMS an { $detail } zugestellt

## Admin centre (issue 5)
admin-open = Administration
two-factor-first-title = Zwei-Faktor-Anmeldung einrichten
two-factor-first-intro = Ihre Organisation verlangt bei jeder Anmeldung einen Code aus einer Authenticator-App. Richten Sie ihn jetzt ein und fahren Sie dann zur Konsole fort.
two-factor-first-continue = Weiter zur Konsole
set-password-title = Passwort wählen
set-password-intro = Wählen Sie das Passwort, mit dem Sie sich anmelden.
set-password-done = Ihr Passwort ist gesetzt. Sie können sich jetzt anmelden.
set-password-submit = Passwort festlegen
admin-org-shared-replies = Gemeinsame Antworten und Links

## Self-service channels
queue-channel = Kanal ({ $count })
session-channel = Über den Kanal „{ $name }“ gekommen
session-problem = Das Problem des Kunden
session-action-pick-up = Übernehmen
log-channel-joined = kam über den Kanal { $detail }
