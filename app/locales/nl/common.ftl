# Sightline — Nederlands: common.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

# Sightline — Nederlands.
brand-name = Sightline
lang-name = Nederlands
lang-label = Taal
lang-apply = Toepassen

## Verbinding met de server
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

## Console
session-action-mute-mic = Microfoon dempen
session-action-unmute-mic = Microfoon aanzetten

## Klant: de sessie
confirm-yes = Ja, beëindigen
confirm-no = Nee

## Levenscyclus: statussen, wachtrijen, acties
error-active-limit = U voert al het toegestane aantal actieve sessies uit ({ $count }).
error-not-available = Deze technicus is nu niet beschikbaar.

## Sessielogboek
log-actor-customer = Klant

## Chat
chat-title = Chat
chat-you = U
chat-technician = Technicus
chat-sending = Wordt verzonden…
chat-input-label = Schrijf een bericht
chat-send = Verzenden
chat-error-empty = Schrijf eerst iets.
chat-error-too-long = Het bericht is te lang.
chat-error-bad-url = Alleen weblinks die beginnen met http:// of https:// kunnen worden verzonden.
chat-unread = { $count ->
    [one] { $count } ongelezen bericht
   *[other] { $count } ongelezen berichten
}

## Whiteboard, freeze, snapshots
board-title = Tekeningen op het beeld
board-frozen-picture = Stilgezet beeld

## Two-factor sign-in
error-code-invalid = Deze code klopt niet of is al gebruikt. Controleer hem en probeer het opnieuw.
error-second-factor-expired = Het aanmelden is verlopen. Voer uw e-mailadres en wachtwoord opnieuw in.

## Invites by email
error-email-unavailable = E-mail versturen vanaf de server is niet ingesteld. Gebruik uw eigen mailapp.
error-email-failed = De e-mail kon niet worden verstuurd. De link hieronder werkt nog: kopieer hem of gebruik uw eigen mailapp.

## Invites by text message
error-sms-unavailable = Sms is niet ingesteld op deze server. Gebruik de link of e-mail.
error-sms-failed = De sms kon niet worden verstuurd. De link hieronder werkt nog: lees hem voor of gebruik e-mail.

## Admin centre (issue 5)
error-not-permitted = Je techniciegroep mag dit niet.
error-two-factor-required = Je organisatie vereist aanmelden in twee stappen. Stel het in om verder te gaan.
error-master-admin-only = Alleen de hoofdbeheerder kan dit doen.
error-password-link-invalid = Deze link om een wachtwoord in te stellen is niet meer geldig. Vraag je beheerder om een nieuwe.
error-group-in-use = Deze groep heeft nog leden of kanalen, of het is de enige groep. Verplaats eerst de leden en kanalen.
survey-default-question = Hoe tevreden ben je met de hulp die je kreeg?

## Self-service channels
error-picked-up = Een collega heeft deze sessie al opgepakt.
error-channel-closed = Dit supportkanaal neemt nu geen verzoeken aan. Probeer het later opnieuw of vraag om een pincode.
error-channel-busy = Er wachten al veel klanten in dit kanaal. Probeer het over een paar minuten opnieuw.
error-slug-taken = Een ander kanaal gebruikt deze link al. Kies een andere.
