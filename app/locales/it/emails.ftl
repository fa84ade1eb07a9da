# Sightline — Italiano: emails.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Invites by email
invite-email-subject = { $org }: la tua sessione di assistenza video
invite-email-intro = Buongiorno, { $technician } di { $org } ti invita a una sessione di assistenza video dal vivo.
invite-email-open = Apri questo link sul telefono:
invite-email-expiry = Il link funziona una sola volta e scade tra { $count ->
    [one] un minuto
   *[other] { $count } minuti
}.
invite-email-nothing-to-install = Non c'è nulla da installare: il browser chiederà di usare la fotocamera.

## Admin centre (issue 5)
welcome-email-subject = { $admin } ti invita in { $org } su Sightline
welcome-email-intro = { $admin } ti ha creato un account per l'assistenza video di { $org }.
welcome-email-open = Scegli qui la tua password:
welcome-email-expiry = { $count ->
    [one] Il link funziona per un giorno, una sola volta.
   *[other] Il link funziona per { $count } giorni, una sola volta.
}
