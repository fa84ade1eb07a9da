# Sightline — Français: console.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Connexion au serveur
link-online = En ligne
link-connecting = Connexion…

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
history-summary = { $date } · { $name } · { $state }

## Chat
chat-url-label = Lien à envoyer (https://…)
chat-send-url = Envoyer le lien
log-chat = Discussion : { $detail }
log-url = a envoyé le lien { $detail }

## Customer controls
session-camera-paused = Le client a mis la caméra en pause.
session-camera-background = La page du client est en arrière-plan ; la caméra est en pause.
log-camera-paused = a mis la caméra en pause
log-camera-resumed = a repris la caméra

## Predefined replies
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

## View settings and network quality
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

## Recording
record-start = Enregistrer
record-stop = Arrêter l'enregistrement
record-running = Enregistrement { $time }
record-failed = L'enregistrement est impossible dans ce navigateur.
log-recording-started = a démarré l'enregistrement
log-recording-stopped = a arrêté l'enregistrement

## Whiteboard, freeze, snapshots
history-snapshots = Captures de cette session
history-no-snapshots = Pas encore de capture.
history-snapshot = Capture du { $time }
log-frozen = a figé l'image
log-unfrozen = est revenu à l'image en direct
log-snapshot = a pris une capture
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
follow-lost = { $count ->
    [one] Un dessin a perdu son objet : demandez au client de diriger de nouveau la caméra vers lui, ou figez l'image.
   *[other] { $count } dessins ont perdu leur objet : demandez au client de diriger de nouveau la caméra vers eux, ou figez l'image.
}
follow-lost-freeze = Figer l'image
board-undo = Annuler
board-redo = Rétablir
board-erase-all = Tout effacer
board-picture = Image
board-freeze = Figer
board-unfreeze = Revenir au direct
board-snapshot = Capture
board-snapshot-kept = Capture enregistrée et conservée avec la session.
board-snapshot-failed = La capture n'a pas pu être enregistrée.

## Two-factor sign-in
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

## Invites by email
new-session-tab-email = E-mail
new-session-email-address = Adresse e-mail du client
new-session-email-send = Envoyer depuis le serveur
new-session-email-own-app = Ouvrir dans ma messagerie
new-session-email-sent = Invitation envoyée à { $address }.
log-email-sent = invitation envoyée par e-mail à { $detail }
log-email-failed = échec de l'envoi de l'invitation à { $detail }

## Invites by text message
invite-sms = { $org } : { $technician } vous invite à une session d'assistance vidéo. Ouvrez { $link } sur votre téléphone (valable { $count } min).
new-session-tab-sms = SMS
new-session-sms-phone = Numéro de mobile du client (avec l'indicatif, +…)
new-session-sms-send = Envoyer le SMS
sms-status-sent = SMS à { $to } envoyé ; en attente de remise.
sms-status-delivered = SMS à { $to } remis.
sms-status-failed = Le SMS à { $to } n'a pas pu être remis. Le lien ci-dessous fonctionne toujours.
log-sms-sent = invitation envoyée par SMS à { $detail }
log-sms-failed = échec du SMS à { $detail }
log-sms-delivered = SMS à { $detail } remis

## Admin centre (issue 5)
admin-open = Centre d'administration
two-factor-first-title = Configurer la connexion à deux facteurs
two-factor-first-intro = Votre organisation exige un code d'une application d'authentification à chaque connexion. Configurez-la maintenant, puis continuez vers la console.
two-factor-first-continue = Continuer vers la console
set-password-title = Choisissez votre mot de passe
set-password-intro = Choisissez le mot de passe avec lequel vous vous connecterez.
set-password-done = Votre mot de passe est défini. Vous pouvez maintenant vous connecter.
set-password-submit = Définir le mot de passe
admin-org-shared-replies = Réponses et liens partagés

## Self-service channels
queue-channel = Canal ({ $count })
session-channel = Venu par le canal « { $name } »
session-problem = Le problème du client
session-action-pick-up = Prendre en charge
log-channel-joined = est venu par le canal { $detail }
