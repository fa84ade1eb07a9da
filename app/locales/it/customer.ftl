# Sightline — Italiano: customer.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Etichette di accessibilità
a11y-own-camera = La tua fotocamera

## Cliente: PIN e link
pin-page-title = Partecipa a una sessione di assistenza video
pin-page-intro = Inserisci il PIN di sei cifre che ti ha dato il tecnico.
pin-label = PIN
pin-submit = Partecipa
pin-page-technician-sign-in = Accesso tecnici
link-page-title = Apertura della sessione di assistenza
link-page-opening = Un momento, per favore…
link-page-continue = Continua
link-page-use-pin = Hai invece un PIN?
not-found-title = Pagina non trovata
not-found-home = Vai alla pagina iniziale

## Cliente: la sessione
customer-page-title = Assistenza video
customer-not-joined-title = Nessuna sessione su questo dispositivo
customer-enter-pin = Inserisci un PIN
tutorial-title = Come funziona
tutorial-step-camera = Consenti l'uso di fotocamera e microfono quando il browser lo chiede.
tutorial-step-terms = Controlla l'immagine e accetta le condizioni.
tutorial-step-live = Il tecnico vede ciò che mostra la tua fotocamera e parla con te.
tutorial-skip = Salta
tutorial-ok = OK
customer-asking-title = Fotocamera e microfono
customer-asking-help = Tocca “Consenti” quando il browser lo chiede.
customer-retry = Riprova
customer-media-denied-title = L'accesso alla fotocamera è bloccato
customer-media-denied-help = Apri le impostazioni del sito nel browser (l'icona accanto all'indirizzo), consenti fotocamera e microfono per questo sito e riprova.
customer-media-none-title = Nessuna fotocamera trovata
customer-media-none-help = Questo dispositivo non ha una fotocamera utilizzabile. Apri il link su un telefono o su un dispositivo con fotocamera.
customer-media-busy-title = La fotocamera è in uso
customer-media-busy-help = Un'altra app sta usando la fotocamera. Chiudila e riprova.
customer-media-unsupported-title = Questo browser non può usare la fotocamera qui
customer-media-unsupported-help = Apri la pagina in un browser aggiornato come Chrome, Safari, Firefox o Edge.
customer-preview-note = Solo tu vedi questa immagine. Non viene inviato nulla finché il tecnico non avvia la sessione.
terms-title = Condizioni d'uso
terms-default = Durante questa sessione di assistenza il tecnico vede l'immagine in diretta della tua fotocamera e sente il tuo microfono. Non viene registrato nulla senza che tu ne sia informato. Puoi terminare la sessione in qualsiasi momento con il pulsante Disconnetti.
terms-accept = Accetta e continua
customer-waiting = In attesa del tecnico…
customer-waiting-help = Tieni aperta questa pagina. Il tecnico avvierà la sessione a breve.
customer-live = In diretta: il tecnico vede la tua fotocamera.
customer-disconnect = Disconnetti
customer-disconnect-confirm = Terminare la sessione?
customer-ended-title = Grazie
customer-ended-help = La sessione è terminata. Puoi chiudere questa pagina.

## Cliente: pausa, trasferimento, scadenza
customer-held-title = In pausa
customer-held-help = Il tecnico ha messo in pausa la sessione. La tua fotocamera è sospesa; attendi.
customer-transferring-title = Trasferimento
customer-transferring-help = Stai per essere affidato a un altro tecnico. Tieni aperta questa pagina.
customer-timed-out-help = La sessione è scaduta. Puoi chiudere questa pagina.

## Chat
chat-minimise = Riduci la chat

## Customer controls
customer-controls = Fotocamera e microfono
customer-pause-camera = Sospendi fotocamera
customer-resume-camera = Riprendi fotocamera
customer-switch-camera = Cambia fotocamera
customer-flashlight = Torcia
customer-camera-paused = Fotocamera in pausa: il tecnico non ti vede.

## Recording
customer-recorded = Questa sessione viene registrata.

## Whiteboard, freeze, snapshots
customer-frozen = Il tecnico ha bloccato l'immagine.
follow-lost-customer = Il tecnico ha segnato qualcosa che non è più nell'immagine. Inquadralo di nuovo con la fotocamera.

## Admin centre (issue 5)
survey-score = { $count }
survey-comment = Vuoi dirci qualcosa? (facoltativo)
survey-send = Invia
survey-thanks = Grazie per la tua risposta.

## Self-service channels
channel-page-title = Assistenza in video
channel-page-intro = Di’ a { $org } chi sei e qual è il problema. Il primo tecnico libero ti chiamerà in video qui nel browser.
channel-your-name = Il tuo nome
channel-problem = Qual è il problema? (facoltativo)
channel-join = Mettiti in coda

## Survey questions
survey-title = Com'è andata la sessione?
survey-open-link = Rispondi al nostro breve sondaggio
