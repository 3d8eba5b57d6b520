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

/** What a vitrine knows of one stored photo beside its address: its text and its sizes. */
export type PhotoMeta = {
  /** The alternative text (RGAA 1.1); empty only when the photo is decorative. */
  alt: string
  decorative: boolean
  width: number
  height: number
  /**
   * Every stored width, narrowest first; the photo's address is the widest. `file_id` is the file
   * module's id (the object's key on S3), kept to delete it: older photos have only their /media/ address.
   */
  srcset: { width: number; url: string; file_id?: string }[]
}
/** Keyed by the photo's address: the order lives in `photos`, so reordering never loses a text. */
export type PhotoMetaMap = Record<string, PhotoMeta>

/**
 * How the descriptions are stored: a list in the photos' order. Not the map itself, since an update
 * merges a JSON object's keys into the stored one (a photo taken off would keep its entry); a list is
 * replaced whole.
 */
export type StoredPhotoMeta = (PhotoMeta & { url: string })[]

/** The stored list as a map by address (nothing stored: an empty map). */
export function photoMetaByUrl(stored: unknown): PhotoMetaMap {
  if (!Array.isArray(stored)) return {}
  return Object.fromEntries((stored as StoredPhotoMeta).map(({ url, ...meta }) => [url, meta]))
}

/** The column's type as Medusa's `model.json()` declares it (an object); jsonb holds the list all the same. */
export type PhotoMetaColumn = Record<string, unknown>

/** The descriptions of the photos shown, in their order, as stored. */
export function storedPhotoMeta(photos: string[], meta: PhotoMetaMap): PhotoMetaColumn {
  const list: StoredPhotoMeta = photos.filter((url) => meta[url]).map((url) => ({ url, ...meta[url] }))
  // model.json() types the column as an object: the one place the list is written as such.
  return list as unknown as PhotoMetaColumn
}

export const MAX_ALT_LENGTH = 250

export type PhotoText = { alt?: string; decorative?: boolean }

/**
 * Why a photo's text is refused (in French, naming the field `alt[i]`), or null. Each photo needs an
 * alternative text saying what it shows, unless it is marked decorative.
 */
export function photoTextError(texts: PhotoText[], names: string[] = []): string | null {
  for (const [index, text] of texts.entries()) {
    const alt = (text.alt ?? "").trim()
    const which = names[index] ? ` (« ${names[index].slice(0, 80)} »)` : ""
    if (!text.decorative && !alt) {
      return `alt[${index}]${which} : le texte alternatif est obligatoire. Décrivez ce que montre la photo, ou indiquez qu'elle est décorative.`
    }
    if (alt.length > MAX_ALT_LENGTH) {
      return `alt[${index}]${which} : le texte alternatif tient en ${MAX_ALT_LENGTH} caractères au plus.`
    }
  }
  return null
}

/**
 * The vitrine's photos in the order asked, with their texts, and those taken off: `wanted` and `remove`
 * together must name every current photo once (the first wanted becomes the cover). Returns the new
 * list and descriptions with the files to delete, or why not (in French).
 */
export function arrangePhotos(
  existing: string[],
  meta: PhotoMetaMap,
  wanted: ({ url: string } & PhotoText)[],
  remove: string[] = []
): { photos: string[]; meta: PhotoMetaMap; deleteFileIds: string[] } | { error: string } {
  const urls = wanted.map((w) => w.url)
  const named = [...urls, ...remove]
  if (named.length !== existing.length || new Set(named).size !== named.length || named.some((u) => !existing.includes(u))) {
    return { error: "photos : la liste doit reprendre chaque photo de la vitrine une fois, dans l'ordre voulu (ou dans remove)." }
  }
  const refused = photoTextError(wanted)
  if (refused) {
    return { error: refused }
  }
  const next: PhotoMetaMap = {}
  for (const w of wanted) {
    const known = meta[w.url]
    const text = { alt: w.decorative ? "" : (w.alt ?? "").trim(), decorative: !!w.decorative }
    next[w.url] = known ? { ...known, ...text } : { ...text, width: 0, height: 0, srcset: [] }
  }
  return { photos: urls, meta: next, deleteFileIds: remove.flatMap((url) => storedFileIds(url, meta[url])) }
}

/** The file ids of every stored width of a photo (its own address included), for deleting them all. */
export function storedFileIds(url: string, meta: PhotoMeta | undefined): string[] {
  const widths = meta?.srcset ?? []
  const own = widths.find((s) => s.url === url)
  const ids = [own?.file_id ?? storedFileId(url), ...widths.filter((s) => s !== own).map((s) => s.file_id ?? storedFileId(s.url))]
  return [...new Set(ids.filter((id): id is string => !!id))]
}
