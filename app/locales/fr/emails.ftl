# Sightline — Français: emails.ftl.
# Keys: kebab-case, concept first. Every key exists in every language (tested).

## Invites by email
invite-email-subject = { $org } : votre session d'assistance vidéo
invite-email-intro = Bonjour, { $technician } de { $org } vous invite à une session d'assistance vidéo en direct.
invite-email-open = Ouvrez ce lien sur votre téléphone :
invite-email-expiry = Le lien fonctionne une seule fois et expire dans { $count ->
    [one] une minute
   *[other] { $count } minutes
}.
invite-email-nothing-to-install = Rien à installer : votre navigateur demandera l'accès à la caméra.

## Admin centre (issue 5)
welcome-email-subject = { $admin } vous invite chez { $org } sur Sightline
welcome-email-intro = { $admin } vous a créé un compte pour le support vidéo de { $org }.
welcome-email-open = Choisissez votre mot de passe ici :
welcome-email-expiry = { $count ->
    [one] Le lien fonctionne un jour, une seule fois.
   *[other] Le lien fonctionne { $count } jours, une seule fois.
}
