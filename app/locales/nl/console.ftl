# Sightline — Nederlands: console.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Verbinding met de server
link-online = Online
link-connecting = Verbinden…

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
history-summary = { $date } · { $name } · { $state }

## Chat
chat-url-label = Te verzenden link (https://…)
chat-send-url = Link verzenden
log-chat = Chat: { $detail }
log-url = heeft de link { $detail } verzonden

## Customer controls
session-camera-paused = De klant heeft de camera gepauzeerd.
session-camera-background = De pagina van de klant staat op de achtergrond; de camera is gepauzeerd.
log-camera-paused = heeft de camera gepauzeerd
log-camera-resumed = heeft de camera hervat

## Predefined replies
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

## View settings and network quality
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

## Recording
record-start = Opnemen
record-stop = Opname stoppen
record-running = Opname { $time }
record-failed = Opnemen is in deze browser niet mogelijk.
log-recording-started = is de opname begonnen
log-recording-stopped = heeft de opname gestopt

## Whiteboard, freeze, snapshots
history-snapshots = Momentopnamen van deze sessie
history-no-snapshots = Nog geen momentopnamen.
history-snapshot = Momentopname van { $time }
log-frozen = heeft het beeld stilgezet
log-unfrozen = is teruggegaan naar het livebeeld
log-snapshot = heeft een momentopname gemaakt
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
follow-lost = { $count ->
    [one] Een tekening is haar object kwijt: vraag de klant de camera er weer op te richten, of zet het beeld stil.
   *[other] { $count } tekeningen zijn hun objecten kwijt: vraag de klant de camera er weer op te richten, of zet het beeld stil.
}
follow-lost-freeze = Beeld stilzetten
board-undo = Ongedaan maken
board-redo = Opnieuw
board-erase-all = Alles wissen
board-picture = Beeld
board-freeze = Stilzetten
board-unfreeze = Terug naar live
board-snapshot = Momentopname
board-snapshot-kept = Momentopname opgeslagen en bij de sessie bewaard.
board-snapshot-failed = De momentopname kon niet worden opgeslagen.

## Two-factor sign-in
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

## Invites by email
new-session-tab-email = E-mail
new-session-email-address = E-mailadres van de klant
new-session-email-send = Versturen vanaf de server
new-session-email-own-app = Openen in mijn mailapp
new-session-email-sent = Uitnodiging verstuurd naar { $address }.
log-email-sent = uitnodiging gemaild naar { $detail }
log-email-failed = uitnodiging mailen naar { $detail } mislukt

## Invites by text message
invite-sms = { $org }: { $technician } nodigt u uit voor een videosupportsessie. Open { $link } op uw telefoon ({ $count } min geldig).
new-session-tab-sms = Sms
new-session-sms-phone = Mobiel nummer van de klant (met landcode, +…)
new-session-sms-send = Sms versturen
sms-status-sent = Sms naar { $to } verstuurd; wacht op aflevering.
sms-status-delivered = Sms naar { $to } afgeleverd.
sms-status-failed = De sms naar { $to } kon niet worden afgeleverd. De link hieronder werkt nog.
log-sms-sent = uitnodiging ge-sms't naar { $detail }
log-sms-failed = sms naar { $detail } mislukt
log-sms-delivered = sms naar { $detail } afgeleverd

## Admin centre (issue 5)
admin-open = Beheercentrum
two-factor-first-title = Aanmelden in twee stappen instellen
two-factor-first-intro = Je organisatie vraagt bij elke aanmelding een code uit een authenticator-app. Stel het nu in en ga dan door naar de console.
two-factor-first-continue = Door naar de console
set-password-title = Kies je wachtwoord
set-password-intro = Kies het wachtwoord waarmee je je aanmeldt.
set-password-done = Je wachtwoord is ingesteld. Je kunt je nu aanmelden.
set-password-submit = Wachtwoord instellen
admin-org-shared-replies = Gedeelde antwoorden en links

## Self-service channels
queue-channel = Kanaal ({ $count })
session-channel = Via het kanaal “{ $name }” gekomen
session-problem = Het probleem van de klant
session-action-pick-up = Oppakken
log-channel-joined = kwam via het kanaal { $detail }
