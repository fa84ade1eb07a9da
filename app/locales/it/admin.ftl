# Sightline — Italiano: admin.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Admin centre (issue 5)
field-name = Nome
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
admin-org-email-template = Testo dell'email di invito (vuoto: il testo standard)
admin-org-sms-template = SMS di invito (vuoto: il testo standard)
admin-org-template-hint = Scrivi {"{"}link{"}"} dove va il link del cliente; anche {"{"}org{"}"}, {"{"}technician{"}"} e {"{"}minutes{"}"} vengono compilati.
admin-org-email-preview = L'email sarà:
admin-org-sms-preview = L'SMS sarà:
admin-template-sample-technician = Alex Esempio
admin-org-own-accent = Usa il nostro colore d'accento nella pagina del cliente
admin-org-accent = Colore d'accento
audit-shared-replies-changed = Risposte condivise modificate
admin-setting-busy = Occupato da questo numero di sessioni attive
admin-setting-auto-start = Avvia le sessioni da sole quando il cliente è pronto

## Self-service channels
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

## Logo
admin-logo = Logo nella pagina del cliente (PNG, al massimo 256 KB e 1024 × 1024 pixel)
admin-logo-refused = Questo file non può essere il logo: deve essere un PNG di al massimo 256 KB e 1024 × 1024 pixel.
admin-logo-current = Il logo attuale
admin-logo-remove = Rimuovi logo
audit-logo-changed = Logo cambiato

## Survey questions
admin-org-survey-questions = Domande del sondaggio, una per riga, ciascuna con un voto da 1 a 5 (al massimo 5; vuoto: la domanda standard)
admin-org-survey-url = Oppure l'indirizzo della vostra pagina di sondaggio (al posto delle domande)
report-per-question = Domande del sondaggio
report-question = Domanda
report-answers = Risposte
report-average = Voto medio

## Email subject
admin-org-email-subject = Oggetto dell'email di invito (vuoto: l'oggetto standard)
