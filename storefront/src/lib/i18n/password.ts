/** Password reset texts (the `password` namespace), shared by shoppers and professionals. */
export const passwordFr = {
  forgot: "Mot de passe oublié ?",
  requestTitle: "Mot de passe oublié",
  requestIntro: "Indiquez l'adresse de votre accès : un lien pour choisir un nouveau mot de passe vous est envoyé. Il ne sert qu'une fois et expire au bout de quelques minutes.",
  email: "Adresse e-mail",
  send: "Envoyer le lien",
  sent: "Si un accès existe pour cette adresse, un e-mail vient de partir avec le lien.",
  chooseTitle: "Choisir un nouveau mot de passe",
  newPassword: "Nouveau mot de passe (10 caractères au moins)",
  confirm: "Confirmez le mot de passe",
  save: "Enregistrer le mot de passe",
  mismatch: "Les deux mots de passe ne sont pas identiques.",
  tooShort: "Le mot de passe doit compter 10 caractères au moins.",
  invalidLink: "Ce lien a expiré ou a déjà servi : demandez-en un nouveau.",
  changed: "Mot de passe changé : connectez-vous avec le nouveau.",
}

export type PasswordDictionary = typeof passwordFr

export const passwordEn: PasswordDictionary = {
  forgot: "Forgot your password?",
  requestTitle: "Forgotten password",
  requestIntro: "Give your access's address: a link to choose a new password is sent to you. It works once and expires after a few minutes.",
  email: "E-mail address",
  send: "Send the link",
  sent: "If an access exists for this address, an e-mail with the link is on its way.",
  chooseTitle: "Choose a new password",
  newPassword: "New password (at least 10 characters)",
  confirm: "Confirm the password",
  save: "Save the password",
  mismatch: "The two passwords differ.",
  tooShort: "The password must be at least 10 characters long.",
  invalidLink: "This link has expired or was already used: ask for a new one.",
  changed: "Password changed: sign in with the new one.",
}
