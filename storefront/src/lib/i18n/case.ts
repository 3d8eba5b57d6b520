/** "lundi" → "Lundi": a word that starts a sentence or a label. */
export const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** "Au moins une photo" → "au moins une photo": a label read inside a sentence. */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
