# Sightline — Deutsch: admin.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Admin centre (issue 5)
field-name = Name
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
admin-org-email-template = Text der Einladungs-E-Mail (leer: der Standardtext)
admin-org-sms-template = Einladungs-SMS (leer: der Standardtext)
admin-org-template-hint = Schreiben Sie {"{"}link{"}"}, wo der Link des Kunden stehen soll; auch {"{"}org{"}"}, {"{"}technician{"}"} und {"{"}minutes{"}"} werden ausgefüllt.
admin-org-email-preview = So lautet die E-Mail:
admin-org-sms-preview = So lautet die SMS:
admin-template-sample-technician = Alex Beispiel
admin-org-own-accent = Eigene Akzentfarbe auf der Seite des Kunden verwenden
admin-org-accent = Akzentfarbe
audit-shared-replies-changed = Gemeinsame Antworten geändert
admin-setting-busy = Beschäftigt ab so vielen aktiven Sitzungen
admin-setting-auto-start = Sitzungen von selbst starten, wenn der Kunde bereit ist

## Self-service channels
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

## Logo
admin-logo = Logo auf der Kundenseite (PNG, höchstens 256 KB und 1024 × 1024 Pixel)
admin-logo-refused = Diese Datei kann nicht das Logo sein: Es muss ein PNG mit höchstens 256 KB und 1024 × 1024 Pixeln sein.
admin-logo-current = Das aktuelle Logo
admin-logo-remove = Logo entfernen
audit-logo-changed = Logo geändert

## Survey questions
admin-org-survey-questions = Umfragefragen, eine pro Zeile, jeweils mit 1 bis 5 bewertet (höchstens 5; leer: die Standardfrage)
admin-org-survey-url = Oder die Adresse Ihrer eigenen Umfrageseite (statt der Fragen)
report-per-question = Umfragefragen
report-question = Frage
report-answers = Antworten
report-average = Durchschnittliche Bewertung

## Email subject
admin-org-email-subject = Betreff der Einladungs-E-Mail (leer: der Standardbetreff)
