# Sightline — Français: common.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

# Sightline — Français.
brand-name = Sightline
lang-name = Français
lang-label = Langue
lang-apply = Appliquer

## Connexion au serveur
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

## Console
session-action-mute-mic = Couper le microphone
session-action-unmute-mic = Activer le microphone

## Client : la session
confirm-yes = Oui, terminer
confirm-no = Non

## Cycle de vie : états, files, actions
error-active-limit = Vous menez déjà le nombre maximal de sessions actives autorisées ({ $count }).
error-not-available = Ce technicien n'est pas disponible pour le moment.

## Journal de la session
log-actor-customer = Client

## Chat
chat-title = Discussion
chat-you = Vous
chat-technician = Technicien
chat-sending = Envoi…
chat-input-label = Écrire un message
chat-send = Envoyer
chat-error-empty = Écrivez d'abord quelque chose.
chat-error-too-long = Le message est trop long.
chat-error-bad-url = Seuls les liens web commençant par http:// ou https:// peuvent être envoyés.
chat-unread = { $count ->
    [one] { $count } message non lu
   *[other] { $count } messages non lus
}

## Whiteboard, freeze, snapshots
board-title = Dessins sur l'image
board-frozen-picture = Image figée

## Two-factor sign-in
error-code-invalid = Ce code n'est pas bon, ou il a déjà été utilisé. Vérifiez-le et réessayez.
error-second-factor-expired = La connexion a expiré. Saisissez à nouveau votre adresse e-mail et votre mot de passe.

## Invites by email
error-email-unavailable = L'envoi d'e-mails depuis le serveur n'est pas configuré. Utilisez votre propre messagerie.
error-email-failed = L'e-mail n'a pas pu être envoyé. Le lien ci-dessous fonctionne toujours : copiez-le ou utilisez votre messagerie.

## Invites by text message
error-sms-unavailable = Les SMS ne sont pas configurés sur ce serveur. Utilisez le lien ou l'e-mail.
error-sms-failed = Le SMS n'a pas pu être envoyé. Le lien ci-dessous fonctionne toujours : dictez-le ou utilisez l'e-mail.

## Admin centre (issue 5)
error-not-permitted = Votre groupe de techniciens n'est pas autorisé à le faire.
error-two-factor-required = Votre organisation exige la connexion à deux facteurs. Configurez-la pour continuer.
error-master-admin-only = Seul l'administrateur principal peut le faire.
error-password-link-invalid = Ce lien pour définir un mot de passe n'est plus valable. Demandez-en un nouveau à votre administrateur.
error-group-in-use = Ce groupe a encore des membres ou des canaux, ou c'est le seul groupe. Déplacez d'abord ses membres et ses canaux.
survey-default-question = Êtes-vous satisfait de l'aide reçue ?

## Self-service channels
error-picked-up = Un collègue a déjà pris en charge cette session.
error-channel-closed = Ce canal d’assistance ne prend pas de demandes pour le moment. Réessayez plus tard ou demandez un code PIN.
error-channel-busy = Beaucoup de clients attendent déjà dans ce canal. Réessayez dans quelques minutes.
error-slug-taken = Un autre canal utilise déjà ce lien. Choisissez-en un autre.
