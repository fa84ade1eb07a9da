# Sightline — Italiano: console.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Connessione al server
link-online = Online
link-connecting = Connessione in corso…

## Stati della sessione
session-state-connecting = In connessione
session-state-waiting = In attesa
session-state-active = Attiva
session-state-closed-by-customer = Chiusa dal cliente
session-state-closed-by-waiting-customer = Chiusa dal cliente in attesa
session-state-closed-by-technician = Chiusa dal tecnico

## Console
console-title = Console
console-placeholder = Seleziona una sessione o creane una nuova.
sign-out = Esci
session-list-caption = Le tue sessioni
session-list-name = Nome
session-list-id = ID sessione
session-list-state = Stato
session-list-time = Tempo nello stato
session-list-empty = Nessuna sessione per ora.
session-default-customer-name = Cliente
session-customer-connected = Cliente connesso
session-waiting-for-customer = In attesa che il cliente si colleghi…
session-active-elsewhere = Questa sessione è in corso in un'altra finestra.
session-mic-unavailable = Il tuo microfono non è disponibile; il cliente non può sentirti.
session-action-start = Avvia
session-action-end = Termina sessione
session-action-dismiss = Rimuovi dall'elenco
session-action-mute-speaker = Disattiva altoparlante
session-action-unmute-speaker = Attiva altoparlante

## Finestra Nuova sessione
new-session-open = Nuova sessione
new-session-title = Nuova sessione
new-session-customer-name = Nome del cliente
new-session-field-1 = Campo personalizzato 1
new-session-field-2 = Campo personalizzato 2
new-session-method = Metodo di connessione
new-session-tab-pin = PIN
new-session-tab-link = Link
new-session-create-pin = Crea PIN
new-session-pin-hint = Il cliente inserisce questo PIN nella pagina PIN.
new-session-copy-link = Copia link negli appunti
new-session-link-copied = Link copiato negli appunti.
new-session-link-copy-failed = Impossibile copiare il link; selezionalo e copialo manualmente.
new-session-qr = Codice QR del link per il cliente
new-session-qr-hint = Il cliente è accanto a te? Può inquadrarlo con la fotocamera del telefono.
invite-valid-for = Valido per { $count ->
    [one] un minuto
   *[other] { $count } minuti
} se non utilizzato.
dialog-close = Chiudi

## Etichette di accessibilità
a11y-customer-video = La fotocamera del cliente
a11y-close-dialog = Chiudi la finestra
a11y-pin = PIN per il cliente
a11y-link = Link per il cliente

## Accesso e configurazione
sign-in-title = Accedi
sign-in-submit = Accedi
sign-in-customer-link = Devi partecipare a una sessione di assistenza? Inserisci qui il tuo PIN.
field-email = Indirizzo email
field-password = Password
field-password-confirm = Ripeti la password
field-password-hint = Almeno { $count } caratteri.
setup-title = Configura Sightline
setup-intro = Crea la tua organizzazione e il primo account amministratore. L'amministratore può anche condurre sessioni di assistenza.
setup-org-name = Nome dell'organizzazione
setup-admin-name = Il tuo nome
setup-submit = Crea organizzazione

## Ciclo di vita: stati, code, azioni
session-state-on-hold = In attesa (pausa)
session-state-outgoing = In uscita
session-state-incoming = In arrivo
session-state-reconnecting = Riconnessione
session-state-offline = Offline
session-state-timed-out = Scaduta
session-state-unknown = Sconosciuto
queue-label = Code
queue-all = Tutte ({ $count })
queue-private = Private ({ $count })
queue-active = Attive ({ $count })
session-hold-time = pausa { $hold } · totale { $total }
session-list-copy = Copia la riga negli appunti
session-list-copy-short = Copia
session-list-copied = Copiata
session-action-accept = Accetta e avvia
session-action-edit = Modifica dati
session-action-hold = Metti in pausa
session-action-resume = Riprendi
session-action-take-back = Riprendi indietro
session-action-transfer = Trasferisci
session-on-hold = In pausa: la fotocamera del cliente è sospesa. Riprendi per continuare.
session-reconnecting = La tua connessione si è interrotta. Riconnessione in corso…
session-customer-reconnecting = La connessione del cliente si è interrotta. In attesa che torni…
session-end-confirm = Terminare questa sessione?
session-limit-reached = Hai già { $count ->
    [one] una sessione attiva
   *[other] { $count } sessioni attive
}. Mettine una in pausa o terminala per avviarne un'altra.
session-panel-tabs = Dettagli della sessione
session-log-title = Registro della sessione
action-save = Salva
action-cancel = Annulla

## Trasferimento
transfer-title = Trasferisci la sessione
transfer-search = Cerca tecnici
transfer-to = Trasferisci a
transfer-note = Nota per il collega
transfer-nobody = Nessun tecnico trovato.
transfer-incoming = { $name } ti sta trasferendo questa sessione.
transfer-outgoing = Trasferimento a { $name }. Puoi riprenderla finché non accetta.

## Presenza e preferenze
presence-label = Presenza
presence-online = Online
presence-away = Assente
presence-busy = Occupato
presence-offline = Offline
prefs-open = Preferenze
prefs-title = Preferenze della console
prefs-sounds = Avvisi sonori
prefs-sound-new-session = Nuova sessione
prefs-sound-customer-left = Cliente disconnesso
prefs-sound-network-lost = Rete persa
prefs-sound-chat = Nuovo messaggio di chat con la console in secondo piano
prefs-behaviour = Comportamento
prefs-confirm-end = Chiedi conferma prima di terminare una sessione
prefs-confirm-sign-out = Chiedi conferma prima di uscire
prefs-auto-start = Avvia automaticamente le sessioni private in arrivo
prefs-theme = Schema colori
prefs-theme-system = Come il sistema
prefs-theme-light = Chiaro
prefs-theme-dark = Scuro
sign-out-confirm = Uscire?

## Registro della sessione
log-actor-system = Sistema
log-created = sessione creata
log-pin-issued = PIN { $detail } emesso
log-link-issued = link emesso
log-customer-opened = ha aperto la pagina della sessione
log-media-granted = ha consentito fotocamera e microfono
log-media-denied = ha rifiutato fotocamera o microfono
log-no-camera = non ha una fotocamera
log-camera-started = flusso della fotocamera avviato
log-page-hidden = ha messo la pagina in secondo piano
log-page-visible = ha riportato la pagina in primo piano
log-media-lost = connessione multimediale persa
log-media-back = connessione multimediale ripristinata
log-transition = { $from } → { $to }
log-details-edited = ha modificato il nome o i campi personalizzati
log-note-edited = ha salvato la nota

## Cronologia e note
history-title = Cronologia e note
history-note = Nota su questa sessione
history-save-note = Salva nota
history-note-saved = Nota salvata.
history-earlier = Sessioni precedenti con questo dispositivo
history-none = Nessuna sessione precedente con questo dispositivo.

## Cliente: pausa, trasferimento, scadenza
history-summary = { $date } · { $name } · { $state }

## Chat
chat-url-label = Link da inviare (https://…)
chat-send-url = Invia link
log-chat = Chat: { $detail }
log-url = ha inviato il link { $detail }

## Customer controls
session-camera-paused = Il cliente ha messo in pausa la fotocamera.
session-camera-background = La pagina del cliente è in background; la fotocamera è in pausa.
log-camera-paused = ha messo in pausa la fotocamera
log-camera-resumed = ha ripreso la fotocamera

## Predefined replies
action-close = Chiudi
replies-pick = Risposte predefinite
replies-manage = Gestisci risposte
replies-title = Risposte predefinite
replies-add = Nuova risposta
replies-edit = Modifica
replies-delete = Elimina
replies-kind = Tipo
replies-kind-text = Testo
replies-kind-url = Link
replies-field-title = Titolo
replies-field-body = Testo o link
replies-export = Esporta (XML)
replies-import-file = File di risposte (XML)
replies-import = Importa
replies-imported = { $count ->
    [one] { $count } risposta importata.
   *[other] { $count } risposte importate.
}

## View settings and network quality
view-settings = Visualizzazione
view-fit = Adatta alla finestra
view-stretch = Estendi alla finestra
view-actual = Dimensione reale
view-zoom = Zoom
view-zoom-in = Ingrandisci
view-zoom-out = Riduci
view-zoom-auto = auto
view-full-screen = Schermo intero
quality-title = Qualità della rete
quality-good = Buona
quality-fair = Discreta
quality-poor = Scarsa
quality-line = Rete: { $verdict } ({ $figures })

## Recording
record-start = Registra
record-stop = Interrompi registrazione
record-running = Registrazione { $time }
record-failed = Non è stato possibile registrare in questo browser.
log-recording-started = ha avviato la registrazione
log-recording-stopped = ha interrotto la registrazione

## Whiteboard, freeze, snapshots
history-snapshots = Istantanee di questa sessione
history-no-snapshots = Ancora nessuna istantanea.
history-snapshot = Istantanea delle { $time }
log-frozen = ha bloccato l'immagine
log-unfrozen = è tornato all'immagine dal vivo
log-snapshot = ha scattato un'istantanea
board-tools = Lavagna
board-tool = Strumento
board-tool-pen = Penna
board-tool-highlighter = Evidenziatore
board-tool-arrow = Freccia
board-tool-numbered = Freccia numerata
board-tool-rect = Rettangolo
board-tool-ellipse = Ellisse
board-tool-text = Testo
board-label = Testo dell'etichetta
board-label-hint = Scrivi, poi fai clic sull'immagine
board-color = Colore
board-color-red = Rosso
board-color-yellow = Giallo
board-color-green = Verde
board-color-blue = Blu
board-color-white = Bianco
board-color-black = Nero
board-width = Spessore
board-width-thin = Sottile
board-width-medium = Medio
board-width-thick = Spesso
board-edit = Modifica disegni
board-follow = Segui l'oggetto
board-stick = Aggancia all'oggetto
board-stick-hint = I nuovi disegni restano sulla parte dell'immagine su cui sono stati tracciati quando la fotocamera si muove
follow-lost = { $count ->
    [one] Un disegno ha perso il suo oggetto: chiedi al cliente di inquadrarlo di nuovo o blocca l'immagine.
   *[other] { $count } disegni hanno perso i loro oggetti: chiedi al cliente di inquadrarli di nuovo o blocca l'immagine.
}
follow-lost-freeze = Blocca l'immagine
board-undo = Annulla
board-redo = Ripeti
board-erase-all = Cancella tutto
board-picture = Immagine
board-freeze = Blocca
board-unfreeze = Torna al vivo
board-snapshot = Istantanea
board-snapshot-kept = Istantanea salvata e conservata con la sessione.
board-snapshot-failed = Non è stato possibile salvare l'istantanea.

## Two-factor sign-in
two-factor-title = Accesso a due fattori
two-factor-code-title = Inserisci il codice di accesso
two-factor-code-hint = Apri l'app di autenticazione e inserisci il codice a sei cifre di Sightline. Hai perso il telefono? Inserisci uno dei codici di recupero.
two-factor-code-field = Codice
two-factor-code-submit = Accedi
two-factor-start-again = Ricomincia
two-factor-off = L'accesso a due fattori è disattivato.
two-factor-on = L'accesso a due fattori è attivo. Codici di recupero rimasti: { $count }.
two-factor-set-up = Configura l'accesso a due fattori
two-factor-scan = Inquadra questo codice con un'app di autenticazione, oppure digita la chiave, poi inserisci il codice a sei cifre mostrato dall'app.
two-factor-qr = Codice QR per l'app di autenticazione
two-factor-key = Chiave
two-factor-confirm = Attiva
two-factor-recovery-title = Codici di recupero
two-factor-recovery-hint = Conserva questi codici in un luogo sicuro. Ognuno ti fa accedere una volta se perdi il telefono. Sono mostrati solo ora.
two-factor-turn-off = Disattiva
two-factor-turn-off-hint = Inserisci un codice dell'app (o un codice di recupero) per disattivare l'accesso a due fattori.

## Invites by email
new-session-tab-email = Email
new-session-email-address = Indirizzo email del cliente
new-session-email-send = Invia dal server
new-session-email-own-app = Apri nella mia app di posta
new-session-email-sent = Invito inviato a { $address }.
log-email-sent = invito inviato per email a { $detail }
log-email-failed = invio dell'invito a { $detail } non riuscito

## Invites by text message
invite-sms = { $org }: { $technician } ti invita a una sessione di assistenza video. Apri { $link } sul telefono (valido { $count } min).
new-session-tab-sms = SMS
new-session-sms-phone = Cellulare del cliente (con prefisso internazionale, +…)
new-session-sms-send = Invia SMS
sms-status-sent = SMS a { $to } inviato; in attesa di consegna.
sms-status-delivered = SMS a { $to } consegnato.
sms-status-failed = Non è stato possibile consegnare l'SMS a { $to }. Il link qui sotto funziona comunque.
log-sms-sent = invito inviato via SMS a { $detail }
log-sms-failed = SMS a { $detail } non riuscito
log-sms-delivered = SMS a { $detail } consegnato

## Admin centre (issue 5)
admin-open = Centro di amministrazione
two-factor-first-title = Configura l'accesso a due fattori
two-factor-first-intro = La tua organizzazione richiede un codice da un'app di autenticazione a ogni accesso. Configuralo ora, poi prosegui alla console.
two-factor-first-continue = Prosegui alla console
set-password-title = Scegli la tua password
set-password-intro = Scegli la password con cui accederai.
set-password-done = La password è impostata. Ora puoi accedere.
set-password-submit = Imposta la password
admin-org-shared-replies = Risposte e link condivisi

## Self-service channels
queue-channel = Canale ({ $count })
session-channel = Arrivato dal canale “{ $name }”
session-problem = Il problema del cliente
session-action-pick-up = Prendi in carico
log-channel-joined = è arrivato dal canale { $detail }
