# Sightline — Italiano.

brand-name = Sightline
lang-name = Italiano
lang-label = Lingua
lang-apply = Applica

## Connessione al server
link-online = Online
link-connecting = Connessione in corso…
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
session-action-mute-mic = Disattiva microfono
session-action-unmute-mic = Attiva microfono
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
a11y-own-camera = La tua fotocamera
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
confirm-yes = Sì, termina
confirm-no = No
customer-ended-title = Grazie
customer-ended-help = La sessione è terminata. Puoi chiudere questa pagina.

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
error-active-limit = Stai già gestendo il numero massimo di sessioni attive consentite ({ $count }).
error-not-available = Questo tecnico non è disponibile al momento.

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
log-actor-customer = Cliente
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
customer-held-title = In pausa
customer-held-help = Il tecnico ha messo in pausa la sessione. La tua fotocamera è sospesa; attendi.
customer-transferring-title = Trasferimento
customer-transferring-help = Stai per essere affidato a un altro tecnico. Tieni aperta questa pagina.
customer-timed-out-help = La sessione è scaduta. Puoi chiudere questa pagina.
history-summary = { $date } · { $name } · { $state }

# Chat
chat-title = Chat
chat-you = Tu
chat-technician = Tecnico
chat-sending = Invio in corso…
chat-input-label = Scrivi un messaggio
chat-send = Invia
chat-url-label = Link da inviare (https://…)
chat-send-url = Invia link
chat-error-empty = Scrivi prima qualcosa.
chat-error-too-long = Il messaggio è troppo lungo.
chat-error-bad-url = Si possono inviare solo link web che iniziano con http:// o https://.
chat-unread = { $count ->
    [one] { $count } messaggio non letto
   *[other] { $count } messaggi non letti
}
chat-minimise = Riduci la chat
log-chat = Chat: { $detail }
log-url = ha inviato il link { $detail }

# Customer controls
customer-controls = Fotocamera e microfono
customer-pause-camera = Sospendi fotocamera
customer-resume-camera = Riprendi fotocamera
customer-switch-camera = Cambia fotocamera
customer-flashlight = Torcia
customer-camera-paused = Fotocamera in pausa: il tecnico non ti vede.
session-camera-paused = Il cliente ha messo in pausa la fotocamera.
session-camera-background = La pagina del cliente è in background; la fotocamera è in pausa.
log-camera-paused = ha messo in pausa la fotocamera
log-camera-resumed = ha ripreso la fotocamera

# Predefined replies
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

# View settings and network quality
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

# Recording
record-start = Registra
record-stop = Interrompi registrazione
record-running = Registrazione { $time }
record-failed = Non è stato possibile registrare in questo browser.
customer-recorded = Questa sessione viene registrata.
log-recording-started = ha avviato la registrazione
log-recording-stopped = ha interrotto la registrazione

## Whiteboard, freeze, snapshots
history-snapshots = Istantanee di questa sessione
history-no-snapshots = Ancora nessuna istantanea.
history-snapshot = Istantanea delle { $time }
log-frozen = ha bloccato l'immagine
log-unfrozen = è tornato all'immagine dal vivo
log-snapshot = ha scattato un'istantanea
board-title = Disegni sull'immagine
board-frozen-picture = Immagine bloccata
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
board-undo = Annulla
board-redo = Ripeti
board-erase-all = Cancella tutto
board-picture = Immagine
board-freeze = Blocca
board-unfreeze = Torna al vivo
board-snapshot = Istantanea
board-snapshot-kept = Istantanea salvata e conservata con la sessione.
board-snapshot-failed = Non è stato possibile salvare l'istantanea.
customer-frozen = Il tecnico ha bloccato l'immagine.

# Two-factor sign-in
error-code-invalid = Questo codice non è corretto o è già stato usato. Controllalo e riprova.
error-second-factor-expired = L'accesso è scaduto. Inserisci di nuovo indirizzo email e password.
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

# Invites by email
invite-email-subject = { $org }: la tua sessione di assistenza video
invite-email-intro = Buongiorno, { $technician } di { $org } ti invita a una sessione di assistenza video dal vivo.
invite-email-open = Apri questo link sul telefono:
invite-email-expiry = Il link funziona una sola volta e scade tra { $count ->
    [one] un minuto
   *[other] { $count } minuti
}.
invite-email-nothing-to-install = Non c'è nulla da installare: il browser chiederà di usare la fotocamera.
new-session-tab-email = Email
new-session-email-address = Indirizzo email del cliente
new-session-email-send = Invia dal server
new-session-email-own-app = Apri nella mia app di posta
new-session-email-sent = Invito inviato a { $address }.
error-email-unavailable = L'invio di email dal server non è configurato. Usa la tua app di posta.
error-email-failed = Non è stato possibile inviare l'email. Il link qui sotto funziona comunque: copialo o usa la tua app di posta.
log-email-sent = invito inviato per email a { $detail }
log-email-failed = invio dell'invito a { $detail } non riuscito

# Invites by text message
invite-sms = { $org }: { $technician } ti invita a una sessione di assistenza video. Apri { $link } sul telefono (valido { $count } min).
new-session-tab-sms = SMS
new-session-sms-phone = Cellulare del cliente (con prefisso internazionale, +…)
new-session-sms-send = Invia SMS
sms-status-sent = SMS a { $to } inviato; in attesa di consegna.
sms-status-delivered = SMS a { $to } consegnato.
sms-status-failed = Non è stato possibile consegnare l'SMS a { $to }. Il link qui sotto funziona comunque.
error-sms-unavailable = Gli SMS non sono configurati su questo server. Usa il link o l'email.
error-sms-failed = Non è stato possibile inviare l'SMS. Il link qui sotto funziona comunque: dettalo o usa l'email.
log-sms-sent = invito inviato via SMS a { $detail }
log-sms-failed = SMS a { $detail } non riuscito
log-sms-delivered = SMS a { $detail } consegnato

## Admin centre (issue 5)
error-not-permitted = Il tuo gruppo di tecnici non può farlo.
error-two-factor-required = La tua organizzazione richiede l'accesso a due fattori. Configuralo per continuare.
error-master-admin-only = Solo l'amministratore principale può farlo.
error-password-link-invalid = Questo link per impostare la password non è più valido. Chiedine uno nuovo al tuo amministratore.
error-group-in-use = Questo gruppo ha ancora membri o canali, oppure è l'unico gruppo. Sposta prima i suoi membri e canali.
welcome-email-subject = { $admin } ti invita in { $org } su Sightline
welcome-email-intro = { $admin } ti ha creato un account per l'assistenza video di { $org }.
welcome-email-open = Scegli qui la tua password:
welcome-email-expiry = { $count ->
    [one] Il link funziona per un giorno, una sola volta.
   *[other] Il link funziona per { $count } giorni, una sola volta.
}
field-name = Nome
admin-open = Centro di amministrazione
admin-title = Centro di amministrazione
admin-back-to-console = Torna alla console
admin-tab-users = Utenti
admin-tab-groups = Gruppi
admin-tab-organisation = Organizzazione
admin-user-role = Ruolo
admin-user-group = Gruppo
admin-user-status = Stato
admin-user-active = Attivo
admin-actions = Azioni
role-technician = Tecnico
role-admin = Amministratore
role-master-admin = Amministratore principale
admin-status-active = Attivo
admin-status-invited = Invitato
admin-status-deactivated = Disattivato
admin-two-factor-on = Attivo
admin-two-factor-off = Non attivo
admin-two-factor-reset = Reimposta
admin-save = Salva
admin-saved = Salvato.
admin-invite-title = Invita un utente
admin-invite-submit = Invia invito
admin-invite-emailed = Invito inviato per email.
admin-invite-link = Questo server non può inviare email. Dagli questo link per scegliere la password (funziona una volta, per 7 giorni):
admin-group-new = Nuovo gruppo
admin-group-name = Nome del gruppo
admin-group-members = { $count ->
    [one] Un membro
   *[other] { $count } membri
}
admin-group-permissions = I membri possono
admin-group-settings = Impostazioni
admin-group-create = Crea gruppo
admin-group-delete = Elimina gruppo
admin-setting-connecting = Minuti per il collegamento del cliente
admin-setting-inactivity = Minuti di inattività prima che una sessione scada
admin-setting-max-active = Sessioni attive contemporanee per tecnico
admin-setting-auto-away = Minuti di inattività prima di Assente
perm-start-sessions = avviare sessioni video
perm-private-sessions = creare sessioni proprie (PIN, link, email, SMS)
perm-invite-pin = invitare con PIN
perm-invite-link = invitare con link
perm-invite-sms = invitare via SMS
perm-invite-email = invitare via email
perm-transfer = trasferire sessioni
perm-hold = mettere sessioni in attesa
perm-chat = usare la chat
perm-push-url = inviare link
perm-whiteboard = disegnare sull'immagine
perm-freeze = bloccare l'immagine
perm-snapshot = scattare istantanee
perm-record = registrare sessioni
perm-inline-edit = modificare i dati del cliente durante la sessione
admin-org-name = Nome dell'organizzazione
admin-org-terms = Condizioni accettate dal cliente
admin-org-terms-hint = Lascia vuoto per usare le condizioni standard, mostrate nella lingua del cliente.
admin-org-field-1 = Nome del campo personalizzato 1
admin-org-field-2 = Nome del campo personalizzato 2
admin-org-require-two-factor = Tutti devono usare l'accesso a due fattori
two-factor-first-title = Configura l'accesso a due fattori
two-factor-first-intro = La tua organizzazione richiede un codice da un'app di autenticazione a ogni accesso. Configuralo ora, poi prosegui alla console.
two-factor-first-continue = Prosegui alla console
set-password-title = Scegli la tua password
set-password-intro = Scegli la password con cui accederai.
set-password-done = La password è impostata. Ora puoi accedere.
set-password-submit = Imposta la password
admin-tab-reports = Rapporti
admin-tab-audit = Registro di controllo
report-from = Dal
report-to = Al
report-all-groups = Tutti i gruppi
report-show = Mostra
report-export-csv = Esporta CSV
report-total = { $count ->
    [one] Una sessione
   *[other] { $count } sessioni
}
report-per-technician = Per tecnico
report-sessions = Sessioni
report-avg-waiting = Attesa media
report-active = Tempo attivo
report-hold = Tempo in attesa
report-per-day = Per giorno
report-day = Giorno (UTC)
report-outcomes = Esiti
audit-search = Cerca
audit-search-submit = Cerca
audit-time = Ora (UTC)
audit-actor = Chi
audit-kind = Cosa
audit-subject = Riguardo a
audit-detail = Dettaglio
audit-sign-in = Accesso eseguito
audit-sign-in-password = Password accettata, codice richiesto
audit-sign-in-failed = Accesso rifiutato
audit-sign-in-code-failed = Codice di accesso errato
audit-two-factor-on = Accesso a due fattori attivato
audit-two-factor-off = Accesso a due fattori disattivato
audit-two-factor-code-failed = Codice a due fattori errato
audit-two-factor-reset = Accesso a due fattori reimpostato da un amministratore
audit-password-set = Password impostata
audit-user-invited = Utente invitato
audit-user-role-changed = Ruolo cambiato
audit-user-moved = Spostato in un altro gruppo
audit-user-deactivated = Utente disattivato
audit-user-reactivated = Utente riattivato
audit-group-created = Gruppo creato
audit-group-changed = Gruppo modificato
audit-group-deleted = Gruppo eliminato
audit-org-settings-changed = Impostazioni dell'organizzazione modificate
admin-org-survey = Proporre il sondaggio ai clienti alla fine della sessione
report-survey = Punteggio del sondaggio
survey-default-question = Quanto sei soddisfatto dell'aiuto ricevuto?
survey-score = { $count }
survey-comment = Vuoi dirci qualcosa? (facoltativo)
survey-send = Invia
survey-thanks = Grazie per la tua risposta.
admin-org-email-template = Testo dell'email di invito (vuoto: il testo standard)
admin-org-sms-template = SMS di invito (vuoto: il testo standard)
admin-org-template-hint = Scrivi {"{"}link{"}"} dove va il link del cliente; anche {"{"}org{"}"}, {"{"}technician{"}"} e {"{"}minutes{"}"} vengono compilati.
admin-org-email-preview = L'email sarà:
admin-org-sms-preview = L'SMS sarà:
admin-template-sample-technician = Alex Esempio
admin-org-own-accent = Usa il nostro colore d'accento nella pagina del cliente
admin-org-accent = Colore d'accento
admin-org-shared-replies = Risposte e link condivisi
audit-shared-replies-changed = Risposte condivise modificate
admin-setting-busy = Occupato da questo numero di sessioni attive
admin-setting-auto-start = Avvia le sessioni da sole quando il cliente è pronto

# Self-service channels
queue-channel = Canale ({ $count })
session-channel = Arrivato dal canale “{ $name }”
session-problem = Il problema del cliente
session-action-pick-up = Prendi in carico
channel-page-title = Assistenza in video
channel-page-intro = Di’ a { $org } chi sei e qual è il problema. Il primo tecnico libero ti chiamerà in video qui nel browser.
channel-your-name = Il tuo nome
channel-problem = Qual è il problema? (facoltativo)
channel-join = Mettiti in coda
log-channel-joined = è arrivato dal canale { $detail }
error-picked-up = Un collega ha già preso in carico questa sessione.
error-channel-closed = Questo canale di assistenza al momento non accetta richieste. Riprova più tardi o chiedi un PIN.
error-channel-busy = Molti clienti sono già in attesa in questo canale. Riprova tra qualche minuto.
error-slug-taken = Un altro canale usa già questo link. Scegline un altro.
admin-tab-channels = Canali
admin-channels-intro = Un canale è un link pubblico dove i clienti indicano nome e problema e attendono che un tecnico del suo gruppo li prenda in carico.
admin-channel-new = Nuovo canale
admin-channel-name = Nome del canale
admin-channel-slug = Link (lettere, cifre e trattini)
admin-channel-group = Servito da
admin-channel-whole-org = Tutti i tecnici
admin-channel-enabled = Accetta richieste
admin-channel-waiting = { $count ->
    [one] Un cliente in attesa
   *[other] { $count } clienti in attesa
}
admin-channel-create = Crea canale
admin-channel-delete = Elimina canale
audit-channel-saved = Canale salvato
audit-channel-deleted = Canale eliminato

# Logo
admin-logo = Logo nella pagina del cliente (PNG, al massimo 256 KB e 1024 × 1024 pixel)
admin-logo-refused = Questo file non può essere il logo: deve essere un PNG di al massimo 256 KB e 1024 × 1024 pixel.
admin-logo-current = Il logo attuale
admin-logo-remove = Rimuovi logo
audit-logo-changed = Logo cambiato

# Survey questions
admin-org-survey-questions = Domande del sondaggio, una per riga, ciascuna con un voto da 1 a 5 (al massimo 5; vuoto: la domanda standard)
admin-org-survey-url = Oppure l'indirizzo della vostra pagina di sondaggio (al posto delle domande)
survey-title = Com'è andata la sessione?
survey-open-link = Rispondi al nostro breve sondaggio
report-per-question = Domande del sondaggio
report-question = Domanda
report-answers = Risposte
report-average = Voto medio

# Email subject
admin-org-email-subject = Oggetto dell'email di invito (vuoto: l'oggetto standard)
