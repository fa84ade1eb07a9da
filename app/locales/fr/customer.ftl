# Sightline — Français: customer.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Libellés d'accessibilité
a11y-own-camera = Votre caméra

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
customer-ended-title = Merci
customer-ended-help = La session est terminée. Vous pouvez fermer cette page.

## Client : pause, transfert, expiration
customer-held-title = En pause
customer-held-help = Le technicien a mis la session en pause. Votre caméra est suspendue ; veuillez patienter.
customer-transferring-title = Transfert
customer-transferring-help = Vous êtes confié à un autre technicien. Gardez cette page ouverte.
customer-timed-out-help = La session a expiré. Vous pouvez fermer cette page.

## Chat
chat-minimise = Réduire la discussion

## Customer controls
customer-controls = Caméra et micro
customer-pause-camera = Mettre la caméra en pause
customer-resume-camera = Reprendre la caméra
customer-switch-camera = Changer de caméra
customer-flashlight = Lampe torche
customer-camera-paused = Caméra en pause : le technicien ne vous voit pas.

## Recording
customer-recorded = Cette session est enregistrée.

## Whiteboard, freeze, snapshots
customer-frozen = Le technicien a figé l'image.
follow-lost-customer = Le technicien a marqué quelque chose qui n'est plus dans l'image. Dirigez de nouveau la caméra vers cet endroit.

## Admin centre (issue 5)
survey-score = { $count }
survey-comment = Voulez-vous nous dire quelque chose ? (facultatif)
survey-send = Envoyer
survey-thanks = Merci pour votre réponse.

## Self-service channels
channel-page-title = De l’aide en vidéo
channel-page-intro = Dites à { $org } qui vous êtes et quel est le problème. Le prochain technicien disponible vous appellera en vidéo ici, dans votre navigateur.
channel-your-name = Votre nom
channel-problem = Quel est le problème ? (facultatif)
channel-join = Rejoindre la file

## Survey questions
survey-title = Comment s'est passée votre session ?
survey-open-link = Répondre à notre courte enquête
