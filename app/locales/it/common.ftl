# Sightline — Italiano: common.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

# Sightline — Italiano.
brand-name = Sightline
lang-name = Italiano
lang-label = Lingua
lang-apply = Applica

## Connessione al server
link-lost = Connessione persa. Riconnessione in corso…

## Errori
error-unauthenticated = Effettua l'accesso.
error-forbidden = Non hai l'autorizzazione per questa operazione.
error-not-found = Elemento non trovato.
error-bad-credentials = L'indirizzo email o la password non sono corretti.
error-rate-limited = Troppi tentativi. Riprova tra { $seconds ->
    [one] un secondo
   *[other] { $seconds } secondi
}.
error-pin-invalid = Questo PIN non è valido. Controlla le sei cifre e riprova.
error-pin-expired = Questo PIN è scaduto. Chiedi al tecnico un nuovo PIN.
error-pin-used = Questo PIN è già stato usato. Chiedi al tecnico un nuovo PIN.
error-link-invalid = Questo link non è valido. Chiedi al tecnico un nuovo link.
error-link-expired = Questo link è scaduto. Chiedi al tecnico un nuovo link.
error-link-used = Questo link è già stato usato su un altro dispositivo. Chiedi al tecnico un nuovo link.
error-not-joined = Non hai partecipato a nessuna sessione da questo dispositivo.
error-session-closed = Questa sessione è terminata.
error-not-allowed-now = Non è possibile nello stato attuale della sessione.
error-invalid-input = Alcuni dati inseriti non sono validi. Controllali e riprova.
error-setup-done = Sightline è già configurato. Effettua l'accesso.
error-email-taken = Esiste già un account con questo indirizzo email.
error-password-mismatch = Le due password non coincidono.
error-password-too-short = La password è troppo corta.
error-version-mismatch = Sightline è stato aggiornato. Ricarica la pagina.
error-network = Il server non è raggiungibile. Controlla la connessione.
error-internal = Si è verificato un errore da parte nostra. Riprova.

## Console
session-action-mute-mic = Disattiva microfono
session-action-unmute-mic = Attiva microfono

## Cliente: la sessione
confirm-yes = Sì, termina
confirm-no = No

## Ciclo di vita: stati, code, azioni
error-active-limit = Stai già gestendo il numero massimo di sessioni attive consentite ({ $count }).
error-not-available = Questo tecnico non è disponibile al momento.

## Registro della sessione
log-actor-customer = Cliente

## Chat
chat-title = Chat
chat-you = Tu
chat-technician = Tecnico
chat-sending = Invio in corso…
chat-input-label = Scrivi un messaggio
chat-send = Invia
chat-error-empty = Scrivi prima qualcosa.
chat-error-too-long = Il messaggio è troppo lungo.
chat-error-bad-url = Si possono inviare solo link web che iniziano con http:// o https://.
chat-unread = { $count ->
    [one] { $count } messaggio non letto
   *[other] { $count } messaggi non letti
}

## Whiteboard, freeze, snapshots
board-title = Disegni sull'immagine
board-frozen-picture = Immagine bloccata

## Two-factor sign-in
error-code-invalid = Questo codice non è corretto o è già stato usato. Controllalo e riprova.
error-second-factor-expired = L'accesso è scaduto. Inserisci di nuovo indirizzo email e password.

## Invites by email
error-email-unavailable = L'invio di email dal server non è configurato. Usa la tua app di posta.
error-email-failed = Non è stato possibile inviare l'email. Il link qui sotto funziona comunque: copialo o usa la tua app di posta.

## Invites by text message
error-sms-unavailable = Gli SMS non sono configurati su questo server. Usa il link o l'email.
error-sms-failed = Non è stato possibile inviare l'SMS. Il link qui sotto funziona comunque: dettalo o usa l'email.

## Admin centre (issue 5)
error-not-permitted = Il tuo gruppo di tecnici non può farlo.
error-two-factor-required = La tua organizzazione richiede l'accesso a due fattori. Configuralo per continuare.
error-master-admin-only = Solo l'amministratore principale può farlo.
error-password-link-invalid = Questo link per impostare la password non è più valido. Chiedine uno nuovo al tuo amministratore.
error-group-in-use = Questo gruppo ha ancora membri o canali, oppure è l'unico gruppo. Sposta prima i suoi membri e canali.
survey-default-question = Quanto sei soddisfatto dell'aiuto ricevuto?

## Self-service channels
error-picked-up = Un collega ha già preso in carico questa sessione.
error-channel-closed = Questo canale di assistenza al momento non accetta richieste. Riprova più tardi o chiedi un PIN.
error-channel-busy = Molti clienti sono già in attesa in questo canale. Riprova tra qualche minuto.
error-slug-taken = Un altro canale usa già questo link. Scegline un altro.
