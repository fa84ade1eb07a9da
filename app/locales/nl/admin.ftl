# Sightline — Nederlands: admin.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Admin centre (issue 5)
field-name = Naam
admin-title = Beheercentrum
admin-back-to-console = Terug naar de console
admin-tab-users = Gebruikers
admin-tab-groups = Groepen
admin-tab-organisation = Organisatie
admin-user-role = Rol
admin-user-group = Groep
admin-user-status = Status
admin-user-active = Actief
admin-actions = Acties
role-technician = Technicus
role-admin = Beheerder
role-master-admin = Hoofdbeheerder
admin-status-active = Actief
admin-status-invited = Uitgenodigd
admin-status-deactivated = Gedeactiveerd
admin-two-factor-on = Aan
admin-two-factor-off = Uit
admin-two-factor-reset = Opnieuw instellen
admin-save = Opslaan
admin-saved = Opgeslagen.
admin-invite-title = Een gebruiker uitnodigen
admin-invite-submit = Uitnodiging versturen
admin-invite-emailed = Uitnodiging per e-mail verstuurd.
admin-invite-link = Deze server kan geen e-mail versturen. Geef deze link om een wachtwoord te kiezen (werkt één keer, 7 dagen lang):
admin-group-new = Nieuwe groep
admin-group-name = Naam van de groep
admin-group-members = { $count ->
    [one] Eén lid
   *[other] { $count } leden
}
admin-group-permissions = Leden mogen
admin-group-settings = Instellingen
admin-group-create = Groep aanmaken
admin-group-delete = Groep verwijderen
admin-setting-connecting = Minuten voor de klant om deel te nemen
admin-setting-inactivity = Minuten zonder activiteit voordat een sessie verloopt
admin-setting-max-active = Gelijktijdig actieve sessies per technicus
admin-setting-auto-away = Minuten inactief tot Afwezig
perm-start-sessions = videosessies starten
perm-private-sessions = eigen sessies aanmaken (pincode, link, e-mail, sms)
perm-invite-pin = uitnodigen met pincode
perm-invite-link = uitnodigen met link
perm-invite-sms = uitnodigen per sms
perm-invite-email = uitnodigen per e-mail
perm-transfer = sessies overdragen
perm-hold = sessies in de wacht zetten
perm-chat = chatten
perm-push-url = links sturen
perm-whiteboard = op het beeld tekenen
perm-freeze = het beeld bevriezen
perm-snapshot = momentopnamen maken
perm-record = sessies opnemen
perm-inline-edit = klantgegevens tijdens de sessie wijzigen
admin-org-name = Naam van de organisatie
admin-org-terms = Voorwaarden die de klant accepteert
admin-org-terms-hint = Laat leeg om de standaardvoorwaarden te tonen, in de taal van de klant.
admin-org-field-1 = Naam van eigen veld 1
admin-org-field-2 = Naam van eigen veld 2
admin-org-require-two-factor = Iedereen moet aanmelden in twee stappen gebruiken
admin-tab-reports = Rapporten
admin-tab-audit = Auditlogboek
report-from = Van
report-to = Tot en met
report-all-groups = Alle groepen
report-show = Tonen
report-export-csv = CSV exporteren
report-total = { $count ->
    [one] Eén sessie
   *[other] { $count } sessies
}
report-per-technician = Per technicus
report-sessions = Sessies
report-avg-waiting = Gemiddelde wachttijd
report-active = Actieve tijd
report-hold = Tijd in de wacht
report-per-day = Per dag
report-day = Dag (UTC)
report-outcomes = Uitkomsten
audit-search = Zoeken
audit-search-submit = Zoeken
audit-time = Tijd (UTC)
audit-actor = Wie
audit-kind = Wat
audit-subject = Betreft
audit-detail = Detail
audit-sign-in = Aangemeld
audit-sign-in-password = Wachtwoord aanvaard, code gevraagd
audit-sign-in-failed = Aanmelding geweigerd
audit-sign-in-code-failed = Verkeerde aanmeldcode
audit-two-factor-on = Aanmelden in twee stappen aangezet
audit-two-factor-off = Aanmelden in twee stappen uitgezet
audit-two-factor-code-failed = Verkeerde code voor aanmelden in twee stappen
audit-two-factor-reset = Aanmelden in twee stappen opnieuw ingesteld door een beheerder
audit-password-set = Wachtwoord ingesteld
audit-user-invited = Gebruiker uitgenodigd
audit-user-role-changed = Rol gewijzigd
audit-user-moved = Naar een andere groep verplaatst
audit-user-deactivated = Gebruiker gedeactiveerd
audit-user-reactivated = Gebruiker opnieuw geactiveerd
audit-group-created = Groep aangemaakt
audit-group-changed = Groep gewijzigd
audit-group-deleted = Groep verwijderd
audit-org-settings-changed = Instellingen van de organisatie gewijzigd
admin-org-survey = Klanten aan het einde van de sessie de enquête voorleggen
report-survey = Enquêtescore
admin-org-email-template = Tekst van de uitnodigingsmail (leeg: de standaardtekst)
admin-org-sms-template = Uitnodigings-sms (leeg: de standaardtekst)
admin-org-template-hint = Schrijf {"{"}link{"}"} waar de link van de klant komt; ook {"{"}org{"}"}, {"{"}technician{"}"} en {"{"}minutes{"}"} worden ingevuld.
admin-org-email-preview = De e-mail wordt:
admin-org-sms-preview = De sms wordt:
admin-template-sample-technician = Alex Voorbeeld
admin-org-own-accent = Onze eigen accentkleur gebruiken op de pagina van de klant
admin-org-accent = Accentkleur
audit-shared-replies-changed = Gedeelde antwoorden gewijzigd
admin-setting-busy = Bezet vanaf zoveel actieve sessies
admin-setting-auto-start = Sessies vanzelf starten als de klant klaar is

## Self-service channels
admin-tab-channels = Kanalen
admin-channels-intro = Een kanaal is een openbare link waar klanten hun naam en probleem opgeven en wachten tot een technicus van de groep ze oppakt.
admin-channel-new = Nieuw kanaal
admin-channel-name = Naam van het kanaal
admin-channel-slug = Link (letters, cijfers en streepjes)
admin-channel-group = Bediend door
admin-channel-whole-org = Alle technici
admin-channel-enabled = Neemt verzoeken aan
admin-channel-waiting = { $count ->
    [one] Eén klant wacht
   *[other] { $count } klanten wachten
}
admin-channel-create = Kanaal aanmaken
admin-channel-delete = Kanaal verwijderen
audit-channel-saved = Kanaal opgeslagen
audit-channel-deleted = Kanaal verwijderd

## Logo
admin-logo = Logo op de pagina van de klant (PNG, hoogstens 256 KB en 1024 × 1024 pixels)
admin-logo-refused = Dit bestand kan niet het logo zijn: het moet een PNG zijn van hoogstens 256 KB en 1024 × 1024 pixels.
admin-logo-current = Het huidige logo
admin-logo-remove = Logo verwijderen
audit-logo-changed = Logo gewijzigd

## Survey questions
admin-org-survey-questions = Enquêtevragen, één per regel, elk met een score van 1 tot 5 (hoogstens 5; leeg: de standaardvraag)
admin-org-survey-url = Of het adres van uw eigen enquêtepagina (in plaats van de vragen)
report-per-question = Enquêtevragen
report-question = Vraag
report-answers = Antwoorden
report-average = Gemiddelde score

## Email subject
admin-org-email-subject = Onderwerp van de uitnodigingsmail (leeg: het standaardonderwerp)
