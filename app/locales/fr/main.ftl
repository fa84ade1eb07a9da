# Sightline — Français.

brand-name = Sightline
lang-name = Français
lang-label = Langue
lang-apply = Appliquer

## Connexion au serveur
link-online = En ligne
link-connecting = Connexion…
link-lost = Connexion perdue. Reconnexion…

## Erreurs
error-unauthenticated = Veuillez vous connecter.
error-forbidden = Vous n'êtes pas autorisé à faire ceci.
error-not-found = Introuvable.
error-bad-credentials = L'adresse e-mail ou le mot de passe est incorrect.
error-rate-limited = Trop de tentatives. Veuillez réessayer dans { $seconds ->
    [one] une seconde
   *[other] { $seconds } secondes
}.
error-pin-invalid = Ce code PIN n'est pas valide. Vérifiez les six chiffres et réessayez.
error-pin-expired = Ce code PIN a expiré. Demandez-en un nouveau au technicien.
error-pin-used = Ce code PIN a déjà été utilisé. Demandez-en un nouveau au technicien.
error-link-invalid = Ce lien n'est pas valide. Demandez-en un nouveau au technicien.
error-link-expired = Ce lien a expiré. Demandez-en un nouveau au technicien.
error-link-used = Ce lien a déjà été utilisé sur un autre appareil. Demandez-en un nouveau au technicien.
error-not-joined = Vous n'avez rejoint aucune session sur cet appareil.
error-session-closed = Cette session est terminée.
error-not-allowed-now = Ce n'est pas possible dans l'état actuel de la session.
error-invalid-input = Certaines informations saisies ne sont pas valides. Vérifiez-les et réessayez.
error-setup-done = Sightline est déjà configuré. Veuillez vous connecter.
error-email-taken = Un compte existe déjà avec cette adresse e-mail.
error-password-mismatch = Les deux mots de passe ne correspondent pas.
error-password-too-short = Le mot de passe est trop court.
error-version-mismatch = Sightline a été mis à jour. Veuillez recharger la page.
error-network = Le serveur est injoignable. Vérifiez votre connexion.
error-internal = Une erreur s'est produite de notre côté. Veuillez réessayer.

## États de session
session-state-connecting = Connexion
session-state-waiting = En attente
session-state-active = Active
session-state-closed-by-customer = Fermée par le client
session-state-closed-by-waiting-customer = Fermée par le client en attente
session-state-closed-by-technician = Fermée par le technicien

## Console
console-title = Console
console-placeholder = Sélectionnez une session ou créez-en une nouvelle.
sign-out = Se déconnecter
session-list-caption = Vos sessions
session-list-name = Nom
session-list-id = ID de session
session-list-state = État
session-list-time = Durée dans l'état
session-list-empty = Aucune session pour l'instant.
session-default-customer-name = Client
session-customer-connected = Client connecté
session-waiting-for-customer = En attente de l'arrivée du client…
session-active-elsewhere = Cette session se déroule dans une autre fenêtre.
session-mic-unavailable = Votre microphone n'est pas disponible ; le client ne peut pas vous entendre.
session-action-start = Démarrer
session-action-end = Terminer la session
session-action-dismiss = Retirer de la liste
session-action-mute-mic = Couper le microphone
session-action-unmute-mic = Activer le microphone
session-action-mute-speaker = Couper le haut-parleur
session-action-unmute-speaker = Activer le haut-parleur

## Fenêtre Nouvelle session
new-session-open = Nouvelle session
new-session-title = Nouvelle session
new-session-customer-name = Nom du client
new-session-field-1 = Champ personnalisé 1
new-session-field-2 = Champ personnalisé 2
new-session-method = Méthode de connexion
new-session-tab-pin = Code PIN
new-session-tab-link = Lien
new-session-create-pin = Créer un code PIN
new-session-pin-hint = Le client saisit ce code PIN sur la page PIN.
new-session-copy-link = Copier le lien dans le presse-papiers
new-session-link-copied = Lien copié dans le presse-papiers.
new-session-link-copy-failed = Le lien n'a pas pu être copié ; sélectionnez-le et copiez-le vous-même.
new-session-qr = Code QR du lien client
new-session-qr-hint = Le client est à côté de vous ? Il peut le scanner avec l'appareil photo du téléphone.
invite-valid-for = Valable { $count ->
    [one] une minute
   *[other] { $count } minutes
} s'il n'est pas utilisé.
dialog-close = Fermer

## Libellés d'accessibilité
a11y-customer-video = La caméra du client
a11y-own-camera = Votre caméra
a11y-close-dialog = Fermer la fenêtre
a11y-pin = Code PIN pour le client
a11y-link = Lien pour le client

## Connexion et configuration
sign-in-title = Connexion
sign-in-submit = Se connecter
sign-in-customer-link = Vous rejoignez une session d'assistance ? Saisissez votre code PIN ici.
field-email = Adresse e-mail
field-password = Mot de passe
field-password-confirm = Répétez le mot de passe
field-password-hint = Au moins { $count } caractères.
setup-title = Configurer Sightline
setup-intro = Créez votre organisation et le premier compte administrateur. L'administrateur peut aussi mener des sessions d'assistance.
setup-org-name = Nom de l'organisation
setup-admin-name = Votre nom
setup-submit = Créer l'organisation

## Client : code PIN et lien
pin-page-title = Rejoindre une session d'assistance vidéo
pin-page-intro = Saisissez le code PIN à six chiffres que le technicien vous a donné.
pin-label = Code PIN
pin-submit = Rejoindre
pin-page-technician-sign-in = Connexion technicien
link-page-title = Ouverture de votre session d'assistance
link-page-opening = Un instant, s'il vous plaît…
link-page-continue = Continuer
link-page-use-pin = Vous avez plutôt un code PIN ?
not-found-title = Page introuvable
not-found-home = Aller à la page d'accueil

## Client : la session
customer-page-title = Assistance vidéo
customer-not-joined-title = Aucune session sur cet appareil
customer-enter-pin = Saisir un code PIN
tutorial-title = Comment ça marche
tutorial-step-camera = Autorisez la caméra et le microphone lorsque votre navigateur le demande.
tutorial-step-terms = Vérifiez l'image et acceptez les conditions.
tutorial-step-live = Le technicien voit ce que montre votre caméra et vous parle.
tutorial-skip = Passer
tutorial-ok = OK
customer-asking-title = Caméra et microphone
customer-asking-help = Touchez « Autoriser » lorsque votre navigateur le demande.
customer-retry = Réessayer
customer-media-denied-title = L'accès à la caméra est bloqué
customer-media-denied-help = Ouvrez les paramètres du site dans votre navigateur (l'icône à côté de l'adresse), autorisez la caméra et le microphone pour ce site, puis réessayez.
customer-media-none-title = Aucune caméra trouvée
customer-media-none-help = Cet appareil n'a pas de caméra utilisable. Ouvrez le lien sur un téléphone ou un appareil équipé d'une caméra.
customer-media-busy-title = La caméra est utilisée
customer-media-busy-help = Une autre application utilise la caméra. Fermez-la, puis réessayez.
customer-media-unsupported-title = Ce navigateur ne peut pas utiliser la caméra ici
customer-media-unsupported-help = Ouvrez la page dans un navigateur à jour comme Chrome, Safari, Firefox ou Edge.
customer-preview-note = Vous seul voyez cette image. Rien n'est envoyé avant que le technicien ne démarre la session.
terms-title = Conditions d'utilisation
terms-default = Pendant cette session d'assistance, le technicien voit l'image en direct de votre caméra et entend votre microphone. Rien n'est enregistré sans que vous en soyez informé. Vous pouvez mettre fin à la session à tout moment avec le bouton Se déconnecter.
terms-accept = Accepter et continuer
customer-waiting = En attente du technicien…
customer-waiting-help = Gardez cette page ouverte. Le technicien va démarrer la session.
customer-live = En direct : le technicien voit votre caméra.
customer-disconnect = Se déconnecter
customer-disconnect-confirm = Terminer la session ?
confirm-yes = Oui, terminer
confirm-no = Non
customer-ended-title = Merci
customer-ended-help = La session est terminée. Vous pouvez fermer cette page.

## Cycle de vie : états, files, actions
session-state-on-hold = En pause
session-state-outgoing = Sortante
session-state-incoming = Entrante
session-state-reconnecting = Reconnexion
session-state-offline = Hors ligne
session-state-timed-out = Expirée
session-state-unknown = Inconnu
queue-label = Files
queue-all = Toutes ({ $count })
queue-private = Privées ({ $count })
queue-active = Actives ({ $count })
session-hold-time = pause { $hold } · total { $total }
session-list-copy = Copier la ligne dans le presse-papiers
session-list-copy-short = Copier
session-list-copied = Copiée
session-action-accept = Accepter et démarrer
session-action-edit = Modifier les informations
session-action-hold = Mettre en pause
session-action-resume = Reprendre
session-action-take-back = Récupérer
session-action-transfer = Transférer
session-on-hold = En pause : la caméra du client est suspendue. Reprenez pour continuer.
session-reconnecting = Votre connexion a été interrompue. Reconnexion…
session-customer-reconnecting = La connexion du client a été interrompue. En attente de son retour…
session-end-confirm = Terminer cette session ?
session-limit-reached = Vous avez déjà { $count ->
    [one] une session active
   *[other] { $count } sessions actives
}. Mettez-en une en pause ou terminez-la pour en démarrer une autre.
session-panel-tabs = Détails de la session
session-log-title = Journal de la session
action-save = Enregistrer
action-cancel = Annuler
error-active-limit = Vous menez déjà le nombre maximal de sessions actives autorisées ({ $count }).
error-not-available = Ce technicien n'est pas disponible pour le moment.

## Transfert
transfer-title = Transférer la session
transfer-search = Rechercher des techniciens
transfer-to = Transférer à
transfer-note = Note pour votre collègue
transfer-nobody = Aucun technicien trouvé.
transfer-incoming = { $name } vous transfère cette session.
transfer-outgoing = Transfert vers { $name }. Vous pouvez la récupérer tant qu'elle n'est pas acceptée.

## Présence et préférences
presence-label = Présence
presence-online = En ligne
presence-away = Absent
presence-busy = Occupé
presence-offline = Hors ligne
prefs-open = Préférences
prefs-title = Préférences de la console
prefs-sounds = Alertes sonores
prefs-sound-new-session = Nouvelle session
prefs-sound-customer-left = Client déconnecté
prefs-sound-network-lost = Réseau perdu
prefs-sound-chat = Nouveau message de chat quand la console est en arrière-plan
prefs-behaviour = Comportement
prefs-confirm-end = Demander avant de terminer une session
prefs-confirm-sign-out = Demander avant de se déconnecter
prefs-auto-start = Démarrer automatiquement les sessions privées entrantes
prefs-theme = Jeu de couleurs
prefs-theme-system = Comme le système
prefs-theme-light = Clair
prefs-theme-dark = Sombre
sign-out-confirm = Se déconnecter ?

## Journal de la session
log-actor-customer = Client
log-actor-system = Système
log-created = session créée
log-pin-issued = code PIN { $detail } émis
log-link-issued = lien émis
log-customer-opened = a ouvert la page de la session
log-media-granted = a autorisé la caméra et le microphone
log-media-denied = a refusé la caméra ou le microphone
log-no-camera = n'a pas de caméra
log-camera-started = flux de la caméra démarré
log-page-hidden = a mis la page en arrière-plan
log-page-visible = a ramené la page au premier plan
log-media-lost = connexion multimédia perdue
log-media-back = connexion multimédia rétablie
log-transition = { $from } → { $to }
log-details-edited = a modifié le nom ou les champs personnalisés
log-note-edited = a enregistré la note

## Historique et notes
history-title = Historique et notes
history-note = Note sur cette session
history-save-note = Enregistrer la note
history-note-saved = Note enregistrée.
history-earlier = Sessions précédentes avec cet appareil
history-none = Aucune session précédente avec cet appareil.

## Client : pause, transfert, expiration
customer-held-title = En pause
customer-held-help = Le technicien a mis la session en pause. Votre caméra est suspendue ; veuillez patienter.
customer-transferring-title = Transfert
customer-transferring-help = Vous êtes confié à un autre technicien. Gardez cette page ouverte.
customer-timed-out-help = La session a expiré. Vous pouvez fermer cette page.
history-summary = { $date } · { $name } · { $state }

# Chat
chat-title = Discussion
chat-you = Vous
chat-technician = Technicien
chat-sending = Envoi…
chat-input-label = Écrire un message
chat-send = Envoyer
chat-url-label = Lien à envoyer (https://…)
chat-send-url = Envoyer le lien
chat-error-empty = Écrivez d'abord quelque chose.
chat-error-too-long = Le message est trop long.
chat-error-bad-url = Seuls les liens web commençant par http:// ou https:// peuvent être envoyés.
chat-unread = { $count ->
    [one] { $count } message non lu
   *[other] { $count } messages non lus
}
chat-minimise = Réduire la discussion
log-chat = Discussion : { $detail }
log-url = a envoyé le lien { $detail }

# Customer controls
customer-controls = Caméra et micro
customer-pause-camera = Mettre la caméra en pause
customer-resume-camera = Reprendre la caméra
customer-switch-camera = Changer de caméra
customer-flashlight = Lampe torche
customer-camera-paused = Caméra en pause : le technicien ne vous voit pas.
session-camera-paused = Le client a mis la caméra en pause.
session-camera-background = La page du client est en arrière-plan ; la caméra est en pause.
log-camera-paused = a mis la caméra en pause
log-camera-resumed = a repris la caméra

# Predefined replies
action-close = Fermer
replies-pick = Réponses prédéfinies
replies-manage = Gérer les réponses
replies-title = Réponses prédéfinies
replies-add = Nouvelle réponse
replies-edit = Modifier
replies-delete = Supprimer
replies-kind = Type
replies-kind-text = Texte
replies-kind-url = Lien
replies-field-title = Titre
replies-field-body = Texte ou lien
replies-export = Exporter (XML)
replies-import-file = Fichier de réponses (XML)
replies-import = Importer
replies-imported = { $count ->
    [one] { $count } réponse importée.
   *[other] { $count } réponses importées.
}

# View settings and network quality
view-settings = Affichage
view-fit = Ajuster à la fenêtre
view-stretch = Étirer à la fenêtre
view-actual = Taille réelle
view-zoom = Zoom
view-zoom-in = Agrandir
view-zoom-out = Réduire
view-zoom-auto = auto
view-full-screen = Plein écran
quality-title = Qualité du réseau
quality-good = Bonne
quality-fair = Moyenne
quality-poor = Mauvaise
quality-line = Réseau : { $verdict } ({ $figures })

# Recording
record-start = Enregistrer
record-stop = Arrêter l'enregistrement
record-running = Enregistrement { $time }
record-failed = L'enregistrement est impossible dans ce navigateur.
customer-recorded = Cette session est enregistrée.
log-recording-started = a démarré l'enregistrement
log-recording-stopped = a arrêté l'enregistrement

## Whiteboard, freeze, snapshots
history-snapshots = Captures de cette session
history-no-snapshots = Pas encore de capture.
history-snapshot = Capture du { $time }
log-frozen = a figé l'image
log-unfrozen = est revenu à l'image en direct
log-snapshot = a pris une capture
board-title = Dessins sur l'image
board-frozen-picture = Image figée
board-tools = Tableau blanc
board-tool = Outil
board-tool-pen = Stylo
board-tool-highlighter = Surligneur
board-tool-arrow = Flèche
board-tool-numbered = Flèche numérotée
board-tool-rect = Rectangle
board-tool-ellipse = Ellipse
board-tool-text = Texte
board-label = Texte de l'étiquette
board-label-hint = Tapez, puis cliquez sur l'image
board-color = Couleur
board-color-red = Rouge
board-color-yellow = Jaune
board-color-green = Vert
board-color-blue = Bleu
board-color-white = Blanc
board-color-black = Noir
board-width = Épaisseur
board-width-thin = Fin
board-width-medium = Moyen
board-width-thick = Épais
board-edit = Modifier les dessins
board-follow = Suivre l'objet
board-stick = Accrocher à l'objet
board-stick-hint = Les nouveaux dessins restent sur la partie de l'image où ils ont été tracés quand la caméra bouge
board-undo = Annuler
board-redo = Rétablir
board-erase-all = Tout effacer
board-picture = Image
board-freeze = Figer
board-unfreeze = Revenir au direct
board-snapshot = Capture
board-snapshot-kept = Capture enregistrée et conservée avec la session.
board-snapshot-failed = La capture n'a pas pu être enregistrée.
customer-frozen = Le technicien a figé l'image.

# Two-factor sign-in
error-code-invalid = Ce code n'est pas bon, ou il a déjà été utilisé. Vérifiez-le et réessayez.
error-second-factor-expired = La connexion a expiré. Saisissez à nouveau votre adresse e-mail et votre mot de passe.
two-factor-title = Connexion à deux facteurs
two-factor-code-title = Saisissez votre code de connexion
two-factor-code-hint = Ouvrez votre application d'authentification et saisissez le code à six chiffres de Sightline. Téléphone perdu ? Saisissez l'un de vos codes de récupération.
two-factor-code-field = Code
two-factor-code-submit = Se connecter
two-factor-start-again = Recommencer
two-factor-off = La connexion à deux facteurs est désactivée.
two-factor-on = La connexion à deux facteurs est activée. Codes de récupération restants : { $count }.
two-factor-set-up = Configurer la connexion à deux facteurs
two-factor-scan = Scannez ce code avec une application d'authentification, ou saisissez la clé, puis entrez le code à six chiffres affiché par l'application.
two-factor-qr = Code QR pour votre application d'authentification
two-factor-key = Clé
two-factor-confirm = Activer
two-factor-recovery-title = Codes de récupération
two-factor-recovery-hint = Conservez ces codes en lieu sûr. Chacun vous connecte une fois si vous perdez votre téléphone. Ils ne sont affichés que maintenant.
two-factor-turn-off = Désactiver
two-factor-turn-off-hint = Saisissez un code de l'application (ou un code de récupération) pour désactiver la connexion à deux facteurs.

# Invites by email
invite-email-subject = { $org } : votre session d'assistance vidéo
invite-email-intro = Bonjour, { $technician } de { $org } vous invite à une session d'assistance vidéo en direct.
invite-email-open = Ouvrez ce lien sur votre téléphone :
invite-email-expiry = Le lien fonctionne une seule fois et expire dans { $count ->
    [one] une minute
   *[other] { $count } minutes
}.
invite-email-nothing-to-install = Rien à installer : votre navigateur demandera l'accès à la caméra.
new-session-tab-email = E-mail
new-session-email-address = Adresse e-mail du client
new-session-email-send = Envoyer depuis le serveur
new-session-email-own-app = Ouvrir dans ma messagerie
new-session-email-sent = Invitation envoyée à { $address }.
error-email-unavailable = L'envoi d'e-mails depuis le serveur n'est pas configuré. Utilisez votre propre messagerie.
error-email-failed = L'e-mail n'a pas pu être envoyé. Le lien ci-dessous fonctionne toujours : copiez-le ou utilisez votre messagerie.
log-email-sent = invitation envoyée par e-mail à { $detail }
log-email-failed = échec de l'envoi de l'invitation à { $detail }

# Invites by text message
invite-sms = { $org } : { $technician } vous invite à une session d'assistance vidéo. Ouvrez { $link } sur votre téléphone (valable { $count } min).
new-session-tab-sms = SMS
new-session-sms-phone = Numéro de mobile du client (avec l'indicatif, +…)
new-session-sms-send = Envoyer le SMS
sms-status-sent = SMS à { $to } envoyé ; en attente de remise.
sms-status-delivered = SMS à { $to } remis.
sms-status-failed = Le SMS à { $to } n'a pas pu être remis. Le lien ci-dessous fonctionne toujours.
error-sms-unavailable = Les SMS ne sont pas configurés sur ce serveur. Utilisez le lien ou l'e-mail.
error-sms-failed = Le SMS n'a pas pu être envoyé. Le lien ci-dessous fonctionne toujours : dictez-le ou utilisez l'e-mail.
log-sms-sent = invitation envoyée par SMS à { $detail }
log-sms-failed = échec du SMS à { $detail }
log-sms-delivered = SMS à { $detail } remis

## Admin centre (issue 5)
error-not-permitted = Votre groupe de techniciens n'est pas autorisé à le faire.
error-two-factor-required = Votre organisation exige la connexion à deux facteurs. Configurez-la pour continuer.
error-master-admin-only = Seul l'administrateur principal peut le faire.
error-password-link-invalid = Ce lien pour définir un mot de passe n'est plus valable. Demandez-en un nouveau à votre administrateur.
error-group-in-use = Ce groupe a encore des membres ou des canaux, ou c'est le seul groupe. Déplacez d'abord ses membres et ses canaux.
welcome-email-subject = { $admin } vous invite chez { $org } sur Sightline
welcome-email-intro = { $admin } vous a créé un compte pour le support vidéo de { $org }.
welcome-email-open = Choisissez votre mot de passe ici :
welcome-email-expiry = { $count ->
    [one] Le lien fonctionne un jour, une seule fois.
   *[other] Le lien fonctionne { $count } jours, une seule fois.
}
field-name = Nom
admin-open = Centre d'administration
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
two-factor-first-title = Configurer la connexion à deux facteurs
two-factor-first-intro = Votre organisation exige un code d'une application d'authentification à chaque connexion. Configurez-la maintenant, puis continuez vers la console.
two-factor-first-continue = Continuer vers la console
set-password-title = Choisissez votre mot de passe
set-password-intro = Choisissez le mot de passe avec lequel vous vous connecterez.
set-password-done = Votre mot de passe est défini. Vous pouvez maintenant vous connecter.
set-password-submit = Définir le mot de passe
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
survey-default-question = Êtes-vous satisfait de l'aide reçue ?
survey-score = { $count }
survey-comment = Voulez-vous nous dire quelque chose ? (facultatif)
survey-send = Envoyer
survey-thanks = Merci pour votre réponse.
admin-org-email-template = Texte de l'e-mail d'invitation (vide : le texte standard)
admin-org-sms-template = SMS d'invitation (vide : le texte standard)
admin-org-template-hint = Écrivez {"{"}link{"}"} à la place du lien du client ; {"{"}org{"}"}, {"{"}technician{"}"} et {"{"}minutes{"}"} sont aussi remplis.
admin-org-email-preview = L'e-mail sera :
admin-org-sms-preview = Le SMS sera :
admin-template-sample-technician = Alex Exemple
admin-org-own-accent = Utiliser notre propre couleur d'accent sur la page du client
admin-org-accent = Couleur d'accent
admin-org-shared-replies = Réponses et liens partagés
audit-shared-replies-changed = Réponses partagées modifiées
admin-setting-busy = Occupé à partir de ce nombre de sessions actives
admin-setting-auto-start = Démarrer les sessions d'elles-mêmes quand le client est prêt

# Self-service channels
queue-channel = Canal ({ $count })
session-channel = Venu par le canal « { $name } »
session-problem = Le problème du client
session-action-pick-up = Prendre en charge
channel-page-title = De l’aide en vidéo
channel-page-intro = Dites à { $org } qui vous êtes et quel est le problème. Le prochain technicien disponible vous appellera en vidéo ici, dans votre navigateur.
channel-your-name = Votre nom
channel-problem = Quel est le problème ? (facultatif)
channel-join = Rejoindre la file
log-channel-joined = est venu par le canal { $detail }
error-picked-up = Un collègue a déjà pris en charge cette session.
error-channel-closed = Ce canal d’assistance ne prend pas de demandes pour le moment. Réessayez plus tard ou demandez un code PIN.
error-channel-busy = Beaucoup de clients attendent déjà dans ce canal. Réessayez dans quelques minutes.
error-slug-taken = Un autre canal utilise déjà ce lien. Choisissez-en un autre.
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

# Logo
admin-logo = Logo sur la page du client (PNG, 256 Ko et 1024 × 1024 pixels au plus)
admin-logo-refused = Ce fichier ne peut pas servir de logo : il doit s’agir d’un PNG de 256 Ko et 1024 × 1024 pixels au plus.
admin-logo-current = Le logo actuel
admin-logo-remove = Supprimer le logo
audit-logo-changed = Logo modifié

# Survey questions
admin-org-survey-questions = Questions de l'enquête, une par ligne, chacune notée de 1 à 5 (5 au plus ; vide : la question standard)
admin-org-survey-url = Ou l'adresse de votre propre page d'enquête (proposée à la place des questions)
survey-title = Comment s'est passée votre session ?
survey-open-link = Répondre à notre courte enquête
report-per-question = Questions de l'enquête
report-question = Question
report-answers = Réponses
report-average = Note moyenne

# Email subject
admin-org-email-subject = Objet de l'e-mail d'invitation (vide : l'objet standard)
