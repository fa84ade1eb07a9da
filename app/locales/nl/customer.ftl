# Sightline — Nederlands: customer.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Toegankelijkheidslabels
a11y-own-camera = Uw camera

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
customer-ended-title = Bedankt
customer-ended-help = De sessie is beëindigd. U kunt deze pagina sluiten.

## Klant: wacht, doorverbinden, verlopen
customer-held-title = In de wacht
customer-held-help = De technicus heeft de sessie gepauzeerd. Uw camera is gepauzeerd; even geduld.
customer-transferring-title = Doorverbinden
customer-transferring-help = U wordt overgedragen aan een andere technicus. Houd deze pagina open.
customer-timed-out-help = De sessie is verlopen. U kunt deze pagina sluiten.

## Chat
chat-minimise = Chat minimaliseren

## Customer controls
customer-controls = Camera en microfoon
customer-pause-camera = Camera pauzeren
customer-resume-camera = Camera hervatten
customer-switch-camera = Andere camera
customer-flashlight = Zaklamp
customer-camera-paused = Camera gepauzeerd: de technicus ziet u niet.

## Recording
customer-recorded = Deze sessie wordt opgenomen.

## Whiteboard, freeze, snapshots
customer-frozen = De technicus heeft het beeld stilgezet.
follow-lost-customer = De technicus heeft iets gemarkeerd dat niet meer in beeld is. Richt de camera er weer op.

## Admin centre (issue 5)
survey-score = { $count }
survey-comment = Wil je ons iets laten weten? (optioneel)
survey-send = Versturen
survey-thanks = Bedankt voor je antwoord.

## Self-service channels
channel-page-title = Hulp via video
channel-page-intro = Vertel { $org } wie u bent en wat het probleem is. De eerstvolgende vrije technicus belt u hier in uw browser via video.
channel-your-name = Uw naam
channel-problem = Wat is het probleem? (optioneel)
channel-join = In de wachtrij

## Survey questions
survey-title = Hoe was uw sessie?
survey-open-link = Vul onze korte enquête in
