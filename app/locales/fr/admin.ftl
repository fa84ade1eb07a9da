# Sightline — Français: admin.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Admin centre (issue 5)
field-name = Nom
admin-title = Centre d'administration
admin-back-to-console = Retour à la console
admin-tab-users = Utilisateurs
admin-tab-groups = Groupes
admin-tab-organisation = Organisation
admin-user-role = Rôle
admin-user-group = Groupe
admin-user-status = État
admin-user-active = Actif
admin-actions = Actions
role-technician = Technicien
role-admin = Administrateur
role-master-admin = Administrateur principal
admin-status-active = Actif
admin-status-invited = Invité
admin-status-deactivated = Désactivé
admin-two-factor-on = Activée
admin-two-factor-off = Désactivée
admin-two-factor-reset = Réinitialiser
admin-save = Enregistrer
admin-saved = Enregistré.
admin-invite-title = Inviter un utilisateur
admin-invite-submit = Envoyer l'invitation
admin-invite-emailed = Invitation envoyée par e-mail.
admin-invite-link = Ce serveur ne peut pas envoyer d'e-mail. Donnez-lui ce lien pour choisir son mot de passe (valable une fois, pendant 7 jours) :
admin-group-new = Nouveau groupe
admin-group-name = Nom du groupe
admin-group-members = { $count ->
    [one] Un membre
   *[other] { $count } membres
}
admin-group-permissions = Les membres peuvent
admin-group-settings = Réglages
admin-group-create = Créer le groupe
admin-group-delete = Supprimer le groupe
admin-setting-connecting = Minutes pour que le client se connecte
admin-setting-inactivity = Minutes d'inactivité avant l'expiration d'une session
admin-setting-max-active = Sessions actives simultanées par technicien
admin-setting-auto-away = Minutes d'inactivité avant Absent
perm-start-sessions = démarrer des sessions vidéo
perm-private-sessions = créer leurs propres sessions (PIN, lien, e-mail, SMS)
perm-invite-pin = inviter par code PIN
perm-invite-link = inviter par lien
perm-invite-sms = inviter par SMS
perm-invite-email = inviter par e-mail
perm-transfer = transférer des sessions
perm-hold = mettre des sessions en attente
perm-chat = utiliser le chat
perm-push-url = envoyer des liens
perm-whiteboard = dessiner sur l'image
perm-freeze = figer l'image
perm-snapshot = prendre des captures
perm-record = enregistrer les sessions
perm-inline-edit = modifier les données du client pendant la session
admin-org-name = Nom de l'organisation
admin-org-terms = Conditions acceptées par le client
admin-org-terms-hint = Laissez vide pour afficher les conditions standard, dans la langue du client.
admin-org-field-1 = Nom du champ personnalisé 1
admin-org-field-2 = Nom du champ personnalisé 2
admin-org-require-two-factor = Tout le monde doit utiliser la connexion à deux facteurs
admin-tab-reports = Rapports
admin-tab-audit = Journal d'audit
report-from = Du
report-to = Au
report-all-groups = Tous les groupes
report-show = Afficher
report-export-csv = Exporter en CSV
report-total = { $count ->
    [one] Une session
   *[other] { $count } sessions
}
report-per-technician = Par technicien
report-sessions = Sessions
report-avg-waiting = Attente moyenne
report-active = Temps actif
report-hold = Temps en attente
report-per-day = Par jour
report-day = Jour (UTC)
report-outcomes = Issues
audit-search = Rechercher
audit-search-submit = Rechercher
audit-time = Heure (UTC)
audit-actor = Qui
audit-kind = Quoi
audit-subject = Concernant
audit-detail = Détail
audit-sign-in = Connexion
audit-sign-in-password = Mot de passe accepté, code demandé
audit-sign-in-failed = Connexion refusée
audit-sign-in-code-failed = Code de connexion erroné
audit-two-factor-on = Connexion à deux facteurs activée
audit-two-factor-off = Connexion à deux facteurs désactivée
audit-two-factor-code-failed = Code à deux facteurs erroné
audit-two-factor-reset = Connexion à deux facteurs réinitialisée par un administrateur
audit-password-set = Mot de passe défini
audit-user-invited = Utilisateur invité
audit-user-role-changed = Rôle modifié
audit-user-moved = Déplacé dans un autre groupe
audit-user-deactivated = Utilisateur désactivé
audit-user-reactivated = Utilisateur réactivé
audit-group-created = Groupe créé
audit-group-changed = Groupe modifié
audit-group-deleted = Groupe supprimé
audit-org-settings-changed = Réglages de l'organisation modifiés
admin-org-survey = Proposer l'enquête aux clients à la fin de la session
report-survey = Note du questionnaire
admin-org-email-template = Texte de l'e-mail d'invitation (vide : le texte standard)
admin-org-sms-template = SMS d'invitation (vide : le texte standard)
admin-org-template-hint = Écrivez {"{"}link{"}"} à la place du lien du client ; {"{"}org{"}"}, {"{"}technician{"}"} et {"{"}minutes{"}"} sont aussi remplis.
admin-org-email-preview = L'e-mail sera :
admin-org-sms-preview = Le SMS sera :
admin-template-sample-technician = Alex Exemple
admin-org-own-accent = Utiliser notre propre couleur d'accent sur la page du client
admin-org-accent = Couleur d'accent
audit-shared-replies-changed = Réponses partagées modifiées
admin-setting-busy = Occupé à partir de ce nombre de sessions actives
admin-setting-auto-start = Démarrer les sessions d'elles-mêmes quand le client est prêt

## Self-service channels
admin-tab-channels = Canaux
admin-channels-intro = Un canal est un lien public où les clients indiquent leur nom et leur problème et attendent qu’un technicien de son groupe les prenne en charge.
admin-channel-new = Nouveau canal
admin-channel-name = Nom du canal
admin-channel-slug = Lien (lettres, chiffres et tirets)
admin-channel-group = Servi par
admin-channel-whole-org = Tous les techniciens
admin-channel-enabled = Prend des demandes
admin-channel-waiting = { $count ->
    [one] Un client attend
   *[other] { $count } clients attendent
}
admin-channel-create = Créer le canal
admin-channel-delete = Supprimer le canal
audit-channel-saved = Canal enregistré
audit-channel-deleted = Canal supprimé

## Logo
admin-logo = Logo sur la page du client (PNG, 256 Ko et 1024 × 1024 pixels au plus)
admin-logo-refused = Ce fichier ne peut pas servir de logo : il doit s’agir d’un PNG de 256 Ko et 1024 × 1024 pixels au plus.
admin-logo-current = Le logo actuel
admin-logo-remove = Supprimer le logo
audit-logo-changed = Logo modifié

## Survey questions
admin-org-survey-questions = Questions de l'enquête, une par ligne, chacune notée de 1 à 5 (5 au plus ; vide : la question standard)
admin-org-survey-url = Ou l'adresse de votre propre page d'enquête (proposée à la place des questions)
report-per-question = Questions de l'enquête
report-question = Question
report-answers = Réponses
report-average = Note moyenne

## Email subject
admin-org-email-subject = Objet de l'e-mail d'invitation (vide : l'objet standard)
