# Sightline — Nederlands.

brand-name = Sightline
lang-name = Nederlands
lang-label = Taal
lang-apply = Toepassen

## Verbinding met de server
link-online = Online
link-connecting = Verbinden…
link-lost = Verbinding verbroken. Opnieuw verbinden…

## Fouten
error-unauthenticated = Meld u aan.
error-forbidden = U mag dit niet doen.
error-not-found = Niet gevonden.
error-bad-credentials = Het e-mailadres of het wachtwoord is onjuist.
error-rate-limited = Te veel pogingen. Probeer het over { $seconds ->
    [one] één seconde
   *[other] { $seconds } seconden
} opnieuw.
error-pin-invalid = Deze pincode is ongeldig. Controleer de zes cijfers en probeer het opnieuw.
error-pin-expired = Deze pincode is verlopen. Vraag de technicus om een nieuwe.
error-pin-used = Deze pincode is al gebruikt. Vraag de technicus om een nieuwe.
error-link-invalid = Deze link is ongeldig. Vraag de technicus om een nieuwe.
error-link-expired = Deze link is verlopen. Vraag de technicus om een nieuwe.
error-link-used = Deze link is al op een ander apparaat gebruikt. Vraag de technicus om een nieuwe.
error-not-joined = U neemt op dit apparaat niet deel aan een sessie.
error-session-closed = Deze sessie is beëindigd.
error-not-allowed-now = Dit kan niet in de huidige status van de sessie.
error-invalid-input = Sommige ingevulde gegevens zijn ongeldig. Controleer ze en probeer het opnieuw.
error-setup-done = Sightline is al ingesteld. Meld u aan.
error-email-taken = Er bestaat al een account met dit e-mailadres.
error-password-mismatch = De twee wachtwoorden komen niet overeen.
error-password-too-short = Het wachtwoord is te kort.
error-version-mismatch = Sightline is bijgewerkt. Laad de pagina opnieuw.
error-network = De server is niet bereikbaar. Controleer uw verbinding.
error-internal = Er ging bij ons iets mis. Probeer het opnieuw.

## Sessiestatussen
session-state-connecting = Verbinden
session-state-waiting = Wachtend
session-state-active = Actief
session-state-closed-by-customer = Gesloten door klant
session-state-closed-by-waiting-customer = Gesloten door wachtende klant
session-state-closed-by-technician = Gesloten door technicus

## Console
console-title = Console
console-placeholder = Kies een sessie of maak een nieuwe.
sign-out = Afmelden
session-list-caption = Uw sessies
session-list-name = Naam
session-list-id = Sessie-ID
session-list-state = Status
session-list-time = Tijd in status
session-list-empty = Nog geen sessies.
session-default-customer-name = Klant
session-customer-connected = Klant verbonden
session-waiting-for-customer = Wachten tot de klant deelneemt…
session-active-elsewhere = Deze sessie loopt in een ander venster.
session-mic-unavailable = Uw microfoon is niet beschikbaar; de klant kan u niet horen.
session-action-start = Starten
session-action-end = Sessie beëindigen
session-action-dismiss = Uit de lijst verwijderen
session-action-mute-mic = Microfoon dempen
session-action-unmute-mic = Microfoon aanzetten
session-action-mute-speaker = Luidspreker dempen
session-action-unmute-speaker = Luidspreker aanzetten

## Venster Nieuwe sessie
new-session-open = Nieuwe sessie
new-session-title = Nieuwe sessie
new-session-customer-name = Naam van de klant
new-session-field-1 = Aangepast veld 1
new-session-field-2 = Aangepast veld 2
new-session-method = Verbindingsmethode
new-session-tab-pin = Pincode
new-session-tab-link = Link
new-session-create-pin = Pincode maken
new-session-pin-hint = De klant voert deze pincode in op de pincodepagina.
new-session-copy-link = Link naar klembord kopiëren
new-session-link-copied = Link naar het klembord gekopieerd.
new-session-link-copy-failed = De link kon niet worden gekopieerd; selecteer en kopieer hem zelf.
new-session-qr = QR-code van de klantlink
new-session-qr-hint = Staat de klant naast u? Die kan deze scannen met de camera van de telefoon.
invite-valid-for = { $count ->
    [one] Eén minuut
   *[other] { $count } minuten
} geldig zolang ongebruikt.
dialog-close = Sluiten

## Toegankelijkheidslabels
a11y-customer-video = De camera van de klant
a11y-own-camera = Uw camera
a11y-close-dialog = Het venster sluiten
a11y-pin = Pincode voor de klant
a11y-link = Link voor de klant

## Aanmelden en instellen
sign-in-title = Aanmelden
sign-in-submit = Aanmelden
sign-in-customer-link = Neemt u deel aan een supportsessie? Voer hier uw pincode in.
field-email = E-mailadres
field-password = Wachtwoord
field-password-confirm = Herhaal het wachtwoord
field-password-hint = Minstens { $count } tekens.
setup-title = Sightline instellen
setup-intro = Maak uw organisatie en het eerste beheerdersaccount aan. De beheerder kan ook supportsessies voeren.
setup-org-name = Naam van de organisatie
setup-admin-name = Uw naam
setup-submit = Organisatie aanmaken

## Klant: pincode en link
pin-page-title = Deelnemen aan een videosupportsessie
pin-page-intro = Voer de zescijferige pincode in die u van de technicus hebt gekregen.
pin-label = Pincode
pin-submit = Deelnemen
pin-page-technician-sign-in = Aanmelden voor technici
link-page-title = Uw supportsessie wordt geopend
link-page-opening = Een ogenblik geduld…
link-page-continue = Doorgaan
link-page-use-pin = Hebt u in plaats daarvan een pincode?
not-found-title = Pagina niet gevonden
not-found-home = Naar de startpagina

## Klant: de sessie
customer-page-title = Videosupport
customer-not-joined-title = Geen sessie op dit apparaat
customer-enter-pin = Pincode invoeren
tutorial-title = Zo werkt het
tutorial-step-camera = Sta camera en microfoon toe wanneer uw browser erom vraagt.
tutorial-step-terms = Controleer het beeld en accepteer de voorwaarden.
tutorial-step-live = De technicus ziet wat uw camera toont en praat met u.
tutorial-skip = Overslaan
tutorial-ok = OK
customer-asking-title = Camera en microfoon
customer-asking-help = Tik op „Toestaan” wanneer uw browser erom vraagt.
customer-retry = Opnieuw proberen
customer-media-denied-title = Cameratoegang is geblokkeerd
customer-media-denied-help = Open de site-instellingen van uw browser (het pictogram naast het adres), sta camera en microfoon toe voor deze site en probeer het opnieuw.
customer-media-none-title = Geen camera gevonden
customer-media-none-help = Dit apparaat heeft geen bruikbare camera. Open de link op een telefoon of een apparaat met een camera.
customer-media-busy-title = De camera is in gebruik
customer-media-busy-help = Een andere app gebruikt de camera. Sluit die app en probeer het opnieuw.
customer-media-unsupported-title = Deze browser kan de camera hier niet gebruiken
customer-media-unsupported-help = Open de pagina in een recente browser zoals Chrome, Safari, Firefox of Edge.
customer-preview-note = Alleen u ziet dit beeld. Er wordt niets verzonden tot de technicus de sessie start.
terms-title = Gebruiksvoorwaarden
terms-default = Tijdens deze supportsessie ziet de technicus het live beeld van uw camera en hoort hij uw microfoon. Er wordt niets opgenomen zonder dat u dat wordt verteld. U kunt de sessie op elk moment beëindigen met de knop Verbinding verbreken.
terms-accept = Accepteren en doorgaan
customer-waiting = Wachten op de technicus…
customer-waiting-help = Houd deze pagina open. De technicus start de sessie zo meteen.
customer-live = Live: de technicus ziet uw camera.
customer-disconnect = Verbinding verbreken
customer-disconnect-confirm = De sessie beëindigen?
confirm-yes = Ja, beëindigen
confirm-no = Nee
customer-ended-title = Bedankt
customer-ended-help = De sessie is beëindigd. U kunt deze pagina sluiten.

## Levenscyclus: statussen, wachtrijen, acties
session-state-on-hold = In de wacht
session-state-outgoing = Uitgaand
session-state-incoming = Inkomend
session-state-reconnecting = Opnieuw verbinden
session-state-offline = Offline
session-state-timed-out = Verlopen
session-state-unknown = Onbekend
queue-label = Wachtrijen
queue-all = Alle ({ $count })
queue-private = Privé ({ $count })
queue-active = Actief ({ $count })
session-hold-time = wacht { $hold } · totaal { $total }
session-list-copy = Rij naar het klembord kopiëren
session-list-copy-short = Kopiëren
session-list-copied = Gekopieerd
session-action-accept = Accepteren en starten
session-action-edit = Gegevens bewerken
session-action-hold = In de wacht zetten
session-action-resume = Hervatten
session-action-take-back = Terugnemen
session-action-transfer = Doorverbinden
session-on-hold = In de wacht: de camera van de klant is gepauzeerd. Hervat om verder te gaan.
session-reconnecting = Uw verbinding is verbroken. Opnieuw verbinden…
session-customer-reconnecting = De verbinding van de klant is verbroken. Wachten tot de klant terug is…
session-end-confirm = Deze sessie beëindigen?
session-limit-reached = U hebt al { $count ->
    [one] een actieve sessie
   *[other] { $count } actieve sessies
}. Zet er een in de wacht of beëindig er een om een andere te starten.
session-panel-tabs = Sessiegegevens
session-log-title = Sessielogboek
action-save = Opslaan
action-cancel = Annuleren
error-active-limit = U voert al het toegestane aantal actieve sessies uit ({ $count }).
error-not-available = Deze technicus is nu niet beschikbaar.

## Doorverbinden
transfer-title = Sessie doorverbinden
transfer-search = Technici zoeken
transfer-to = Doorverbinden naar
transfer-note = Notitie voor uw collega
transfer-nobody = Geen technicus gevonden.
transfer-incoming = { $name } verbindt deze sessie met u door.
transfer-outgoing = Doorverbinden naar { $name }. U kunt de sessie terugnemen zolang die niet is geaccepteerd.

## Aanwezigheid en voorkeuren
presence-label = Aanwezigheid
presence-online = Online
presence-away = Afwezig
presence-busy = Bezet
presence-offline = Offline
prefs-open = Voorkeuren
prefs-title = Consolevoorkeuren
prefs-sounds = Geluidssignalen
prefs-sound-new-session = Nieuwe sessie
prefs-sound-customer-left = Klant verbroken
prefs-sound-network-lost = Netwerk verloren
prefs-sound-chat = Nieuw chatbericht terwijl de console op de achtergrond staat
prefs-behaviour = Gedrag
prefs-confirm-end = Vragen voor het beëindigen van een sessie
prefs-confirm-sign-out = Vragen voor het afmelden
prefs-auto-start = Inkomende privésessies automatisch starten
prefs-theme = Kleurenschema
prefs-theme-system = Zoals het systeem
prefs-theme-light = Licht
prefs-theme-dark = Donker
sign-out-confirm = Afmelden?

## Sessielogboek
log-actor-customer = Klant
log-actor-system = Systeem
log-created = sessie aangemaakt
log-pin-issued = pincode { $detail } uitgegeven
log-link-issued = link uitgegeven
log-customer-opened = heeft de sessiepagina geopend
log-media-granted = heeft camera en microfoon toegestaan
log-media-denied = heeft camera of microfoon geweigerd
log-no-camera = heeft geen camera
log-camera-started = camerastream gestart
log-page-hidden = heeft de pagina naar de achtergrond gestuurd
log-page-visible = heeft de pagina weer naar de voorgrond gehaald
log-media-lost = mediaverbinding verloren
log-media-back = mediaverbinding hersteld
log-transition = { $from } → { $to }
log-details-edited = heeft de naam of aangepaste velden bewerkt
log-note-edited = heeft de notitie opgeslagen

## Geschiedenis en notities
history-title = Geschiedenis en notities
history-note = Notitie bij deze sessie
history-save-note = Notitie opslaan
history-note-saved = Notitie opgeslagen.
history-earlier = Eerdere sessies met dit apparaat
history-none = Geen eerdere sessies met dit apparaat.

## Klant: wacht, doorverbinden, verlopen
customer-held-title = In de wacht
customer-held-help = De technicus heeft de sessie gepauzeerd. Uw camera is gepauzeerd; even geduld.
customer-transferring-title = Doorverbinden
customer-transferring-help = U wordt overgedragen aan een andere technicus. Houd deze pagina open.
customer-timed-out-help = De sessie is verlopen. U kunt deze pagina sluiten.
history-summary = { $date } · { $name } · { $state }

# Chat
chat-title = Chat
chat-you = U
chat-technician = Technicus
chat-sending = Wordt verzonden…
chat-input-label = Schrijf een bericht
chat-send = Verzenden
chat-url-label = Te verzenden link (https://…)
chat-send-url = Link verzenden
chat-error-empty = Schrijf eerst iets.
chat-error-too-long = Het bericht is te lang.
chat-error-bad-url = Alleen weblinks die beginnen met http:// of https:// kunnen worden verzonden.
chat-unread = { $count ->
    [one] { $count } ongelezen bericht
   *[other] { $count } ongelezen berichten
}
chat-minimise = Chat minimaliseren
log-chat = Chat: { $detail }
log-url = heeft de link { $detail } verzonden

# Customer controls
customer-controls = Camera en microfoon
customer-pause-camera = Camera pauzeren
customer-resume-camera = Camera hervatten
customer-switch-camera = Andere camera
customer-flashlight = Zaklamp
customer-camera-paused = Camera gepauzeerd: de technicus ziet u niet.
session-camera-paused = De klant heeft de camera gepauzeerd.
session-camera-background = De pagina van de klant staat op de achtergrond; de camera is gepauzeerd.
log-camera-paused = heeft de camera gepauzeerd
log-camera-resumed = heeft de camera hervat

# Predefined replies
action-close = Sluiten
replies-pick = Vooraf ingestelde antwoorden
replies-manage = Antwoorden beheren
replies-title = Vooraf ingestelde antwoorden
replies-add = Nieuw antwoord
replies-edit = Bewerken
replies-delete = Verwijderen
replies-kind = Soort
replies-kind-text = Tekst
replies-kind-url = Link
replies-field-title = Titel
replies-field-body = Tekst of link
replies-export = Exporteren (XML)
replies-import-file = Antwoordenbestand (XML)
replies-import = Importeren
replies-imported = { $count ->
    [one] { $count } antwoord geïmporteerd.
   *[other] { $count } antwoorden geïmporteerd.
}

# View settings and network quality
view-settings = Weergave
view-fit = Passend in venster
view-stretch = Uitrekken tot venster
view-actual = Werkelijke grootte
view-zoom = Zoom
view-zoom-in = Inzoomen
view-zoom-out = Uitzoomen
view-zoom-auto = auto
view-full-screen = Volledig scherm
quality-title = Netwerkkwaliteit
quality-good = Goed
quality-fair = Redelijk
quality-poor = Slecht
quality-line = Netwerk: { $verdict } ({ $figures })

# Recording
record-start = Opnemen
record-stop = Opname stoppen
record-running = Opname { $time }
record-failed = Opnemen is in deze browser niet mogelijk.
customer-recorded = Deze sessie wordt opgenomen.
log-recording-started = is de opname begonnen
log-recording-stopped = heeft de opname gestopt

## Whiteboard, freeze, snapshots
history-snapshots = Momentopnamen van deze sessie
history-no-snapshots = Nog geen momentopnamen.
history-snapshot = Momentopname van { $time }
log-frozen = heeft het beeld stilgezet
log-unfrozen = is teruggegaan naar het livebeeld
log-snapshot = heeft een momentopname gemaakt
board-title = Tekeningen op het beeld
board-frozen-picture = Stilgezet beeld
board-tools = Whiteboard
board-tool = Gereedschap
board-tool-pen = Pen
board-tool-highlighter = Markeerstift
board-tool-arrow = Pijl
board-tool-numbered = Genummerde pijl
board-tool-rect = Rechthoek
board-tool-ellipse = Ellips
board-tool-text = Tekst
board-label = Labeltekst
board-label-hint = Typ en klik dan op het beeld
board-color = Kleur
board-color-red = Rood
board-color-yellow = Geel
board-color-green = Groen
board-color-blue = Blauw
board-color-white = Wit
board-color-black = Zwart
board-width = Lijndikte
board-width-thin = Dun
board-width-medium = Middel
board-width-thick = Dik
board-edit = Tekeningen bewerken
board-follow = Het object volgen
board-stick = Aan object vastmaken
board-stick-hint = Nieuwe tekeningen blijven op het deel van het beeld waarop ze zijn getekend als de camera beweegt
board-undo = Ongedaan maken
board-redo = Opnieuw
board-erase-all = Alles wissen
board-picture = Beeld
board-freeze = Stilzetten
board-unfreeze = Terug naar live
board-snapshot = Momentopname
board-snapshot-kept = Momentopname opgeslagen en bij de sessie bewaard.
board-snapshot-failed = De momentopname kon niet worden opgeslagen.
customer-frozen = De technicus heeft het beeld stilgezet.

# Two-factor sign-in
error-code-invalid = Deze code klopt niet of is al gebruikt. Controleer hem en probeer het opnieuw.
error-second-factor-expired = Het aanmelden is verlopen. Voer uw e-mailadres en wachtwoord opnieuw in.
two-factor-title = Aanmelden in twee stappen
two-factor-code-title = Voer uw aanmeldcode in
two-factor-code-hint = Open uw authenticator-app en voer de zescijferige code voor Sightline in. Telefoon kwijt? Voer een van uw herstelcodes in.
two-factor-code-field = Code
two-factor-code-submit = Aanmelden
two-factor-start-again = Opnieuw beginnen
two-factor-off = Aanmelden in twee stappen staat uit.
two-factor-on = Aanmelden in twee stappen staat aan. Resterende herstelcodes: { $count }.
two-factor-set-up = Aanmelden in twee stappen instellen
two-factor-scan = Scan deze code met een authenticator-app of typ de sleutel in, en voer daarna de zescijferige code uit de app in.
two-factor-qr = QR-code voor uw authenticator-app
two-factor-key = Sleutel
two-factor-confirm = Inschakelen
two-factor-recovery-title = Herstelcodes
two-factor-recovery-hint = Bewaar deze codes op een veilige plek. Met elke code meldt u zich één keer aan als u uw telefoon kwijt bent. Ze worden alleen nu getoond.
two-factor-turn-off = Uitschakelen
two-factor-turn-off-hint = Voer een code uit de app (of een herstelcode) in om aanmelden in twee stappen uit te schakelen.

# Invites by email
invite-email-subject = { $org }: uw videosupportsessie
invite-email-intro = Hallo, { $technician } van { $org } nodigt u uit voor een live videosupportsessie.
invite-email-open = Open deze link op uw telefoon:
invite-email-expiry = De link werkt één keer en verloopt over { $count ->
    [one] één minuut
   *[other] { $count } minuten
}.
invite-email-nothing-to-install = U hoeft niets te installeren: uw browser vraagt om de camera te gebruiken.
new-session-tab-email = E-mail
new-session-email-address = E-mailadres van de klant
new-session-email-send = Versturen vanaf de server
new-session-email-own-app = Openen in mijn mailapp
new-session-email-sent = Uitnodiging verstuurd naar { $address }.
error-email-unavailable = E-mail versturen vanaf de server is niet ingesteld. Gebruik uw eigen mailapp.
error-email-failed = De e-mail kon niet worden verstuurd. De link hieronder werkt nog: kopieer hem of gebruik uw eigen mailapp.
log-email-sent = uitnodiging gemaild naar { $detail }
log-email-failed = uitnodiging mailen naar { $detail } mislukt

# Invites by text message
invite-sms = { $org }: { $technician } nodigt u uit voor een videosupportsessie. Open { $link } op uw telefoon ({ $count } min geldig).
new-session-tab-sms = Sms
new-session-sms-phone = Mobiel nummer van de klant (met landcode, +…)
new-session-sms-send = Sms versturen
sms-status-sent = Sms naar { $to } verstuurd; wacht op aflevering.
sms-status-delivered = Sms naar { $to } afgeleverd.
sms-status-failed = De sms naar { $to } kon niet worden afgeleverd. De link hieronder werkt nog.
error-sms-unavailable = Sms is niet ingesteld op deze server. Gebruik de link of e-mail.
error-sms-failed = De sms kon niet worden verstuurd. De link hieronder werkt nog: lees hem voor of gebruik e-mail.
log-sms-sent = uitnodiging ge-sms't naar { $detail }
log-sms-failed = sms naar { $detail } mislukt
log-sms-delivered = sms naar { $detail } afgeleverd

## Admin centre (issue 5)
error-not-permitted = Je techniciegroep mag dit niet.
error-two-factor-required = Je organisatie vereist aanmelden in twee stappen. Stel het in om verder te gaan.
error-master-admin-only = Alleen de hoofdbeheerder kan dit doen.
error-password-link-invalid = Deze link om een wachtwoord in te stellen is niet meer geldig. Vraag je beheerder om een nieuwe.
error-group-in-use = Deze groep heeft nog leden of kanalen, of het is de enige groep. Verplaats eerst de leden en kanalen.
welcome-email-subject = { $admin } nodigt je uit bij { $org } op Sightline
welcome-email-intro = { $admin } heeft een account voor je gemaakt voor de videosupport van { $org }.
welcome-email-open = Kies hier je wachtwoord:
welcome-email-expiry = { $count ->
    [one] De link werkt één dag, één keer.
   *[other] De link werkt { $count } dagen, één keer.
}
field-name = Naam
admin-open = Beheercentrum
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
two-factor-first-title = Aanmelden in twee stappen instellen
two-factor-first-intro = Je organisatie vraagt bij elke aanmelding een code uit een authenticator-app. Stel het nu in en ga dan door naar de console.
two-factor-first-continue = Door naar de console
set-password-title = Kies je wachtwoord
set-password-intro = Kies het wachtwoord waarmee je je aanmeldt.
set-password-done = Je wachtwoord is ingesteld. Je kunt je nu aanmelden.
set-password-submit = Wachtwoord instellen
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
survey-default-question = Hoe tevreden ben je met de hulp die je kreeg?
survey-score = { $count }
survey-comment = Wil je ons iets laten weten? (optioneel)
survey-send = Versturen
survey-thanks = Bedankt voor je antwoord.
admin-org-email-template = Tekst van de uitnodigingsmail (leeg: de standaardtekst)
admin-org-sms-template = Uitnodigings-sms (leeg: de standaardtekst)
admin-org-template-hint = Schrijf {"{"}link{"}"} waar de link van de klant komt; ook {"{"}org{"}"}, {"{"}technician{"}"} en {"{"}minutes{"}"} worden ingevuld.
admin-org-email-preview = De e-mail wordt:
admin-org-sms-preview = De sms wordt:
admin-template-sample-technician = Alex Voorbeeld
admin-org-own-accent = Onze eigen accentkleur gebruiken op de pagina van de klant
admin-org-accent = Accentkleur
admin-org-shared-replies = Gedeelde antwoorden en links
audit-shared-replies-changed = Gedeelde antwoorden gewijzigd
admin-setting-busy = Bezet vanaf zoveel actieve sessies
admin-setting-auto-start = Sessies vanzelf starten als de klant klaar is

# Self-service channels
queue-channel = Kanaal ({ $count })
session-channel = Via het kanaal “{ $name }” gekomen
session-problem = Het probleem van de klant
session-action-pick-up = Oppakken
channel-page-title = Hulp via video
channel-page-intro = Vertel { $org } wie u bent en wat het probleem is. De eerstvolgende vrije technicus belt u hier in uw browser via video.
channel-your-name = Uw naam
channel-problem = Wat is het probleem? (optioneel)
channel-join = In de wachtrij
log-channel-joined = kwam via het kanaal { $detail }
error-picked-up = Een collega heeft deze sessie al opgepakt.
error-channel-closed = Dit supportkanaal neemt nu geen verzoeken aan. Probeer het later opnieuw of vraag om een pincode.
error-channel-busy = Er wachten al veel klanten in dit kanaal. Probeer het over een paar minuten opnieuw.
error-slug-taken = Een ander kanaal gebruikt deze link al. Kies een andere.
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

# Logo
admin-logo = Logo op de pagina van de klant (PNG, hoogstens 256 KB en 1024 × 1024 pixels)
admin-logo-refused = Dit bestand kan niet het logo zijn: het moet een PNG zijn van hoogstens 256 KB en 1024 × 1024 pixels.
admin-logo-current = Het huidige logo
admin-logo-remove = Logo verwijderen
audit-logo-changed = Logo gewijzigd

# Survey questions
admin-org-survey-questions = Enquêtevragen, één per regel, elk met een score van 1 tot 5 (hoogstens 5; leeg: de standaardvraag)
admin-org-survey-url = Of het adres van uw eigen enquêtepagina (in plaats van de vragen)
survey-title = Hoe was uw sessie?
survey-open-link = Vul onze korte enquête in
report-per-question = Enquêtevragen
report-question = Vraag
report-answers = Antwoorden
report-average = Gemiddelde score

# Email subject
admin-org-email-subject = Onderwerp van de uitnodigingsmail (leeg: het standaardonderwerp)
