/** A vitrine shows at most this many photos. */
export const MAX_PHOTOS = 10

/** 5 MB: enough for a good phone photo, small enough for a quick vitrine. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024


/** The photo list after adding, or why it cannot be added (in French). */
export function addPhotos(existing: string[], added: string[]): { photos: string[] } | { error: string } {
  if (!added.length) {
    return { error: "Ajoutez au moins une photo (champ « files »)" }
  }
  if (existing.length + added.length > MAX_PHOTOS) {
    const room = Math.max(0, MAX_PHOTOS - existing.length)
    return { error: `Une vitrine montre au plus ${MAX_PHOTOS} photos : vous pouvez encore en ajouter ${room}` }
  }
  return { photos: [...existing, ...added] }
}

/** The photo list without `url`, or an error when it is not one of them. */
export function removePhoto(existing: string[], url: string): { photos: string[] } | { error: string } {
  if (!existing.includes(url)) {
    return { error: "Cette photo n'est pas dans la vitrine" }
  }
  return { photos: existing.filter((photo) => photo !== url) }
}

/**
 * The file module's id of a photo this platform stored (the last segment of its /media/ address), or null
 * for an address it did not store (a photo linked from elsewhere is not ours to delete).
 */
export function storedFileId(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  const match = /\/media\/([^/]+)$/.exec(parsed.pathname)
  if (!match) return null
  try {
    return decodeURIComponent(match[1])
  } catch {
    return null
  }
}
