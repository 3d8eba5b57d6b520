/** The vitrine editor's photos: upload with a text, order, cover, removal (the `photos` namespace). */
export const photosFr = {
  heading: "Photos",
  intro: "La première photo est la couverture : elle ouvre la vitrine et illustre l'établissement dans la recherche.",
  none: "Pas encore de photo : la vitrine montre un visuel neutre.",
  photo: (n: number) => `Photo ${n}`,
  cover: "Photo de couverture",
  position: "Position",
  alt: "Texte alternatif : ce que montre la photo",
  altHelp: "Lu aux personnes aveugles ou malvoyantes à la place de la photo. Par exemple : « La vitrine de la boulangerie décorée pour Noël ».",
  decorative: "Photo décorative (elle n'apporte aucune information)",
  remove: "Retirer cette photo de la vitrine",
  save: "Enregistrer les photos",
  saved: "Photos enregistrées.",
  add: "Ajouter une photo",
  file: "Photo (JPEG, PNG, WebP ou AVIF, 5 Mo au plus)",
  upload: "Envoyer la photo",
  added: "Photo ajoutée.",
  errors: {
    choose: "Choisissez une photo à envoyer (champ « Photo »).",
    altMissing: (field: string) => `${field} : le texte alternatif est obligatoire. Décrivez ce que montre la photo, ou indiquez qu'elle est décorative.`,
    altTooLong: (field: string) => `${field} : le texte alternatif tient en 250 caractères au plus.`,
    failed: "L'envoi a échoué. Réessayez dans un instant.",
  },
}

export type PhotosDictionary = typeof photosFr

export const photosEn: PhotosDictionary = {
  heading: "Photos",
  intro: "The first photo is the cover: it opens the vitrine and stands for the establishment in search results.",
  none: "No photo yet: the vitrine shows a plain picture.",
  photo: (n) => `Photo ${n}`,
  cover: "Cover photo",
  position: "Position",
  alt: "Alternative text: what the photo shows",
  altHelp: "Read to blind or partially sighted people instead of the photo. For example: “The bakery's window decorated for Christmas”.",
  decorative: "Decorative photo (it carries no information)",
  remove: "Take this photo off the vitrine",
  save: "Save the photos",
  saved: "Photos saved.",
  add: "Add a photo",
  file: "Photo (JPEG, PNG, WebP or AVIF, 5 MB at most)",
  upload: "Send the photo",
  added: "Photo added.",
  errors: {
    choose: "Choose a photo to send (field “Photo”).",
    altMissing: (field) => `${field}: the alternative text is required. Say what the photo shows, or mark it decorative.`,
    altTooLong: (field) => `${field}: the alternative text is 250 characters at most.`,
    failed: "Sending failed. Try again in a moment.",
  },
}
