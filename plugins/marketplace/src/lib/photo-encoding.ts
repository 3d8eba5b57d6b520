import sharp from "sharp"

/** What a vitrine accepts, judged from the bytes: never from the declared type or the file's name. */
export const ACCEPTED_PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const

/** The widths a vitrine photo is stored at, as WebP: a phone, a tablet or a retina phone, a large screen. */
export const PHOTO_WIDTHS = [480, 960, 1600] as const

/** The widest a stored photo gets: enough for a vitrine on a large screen. */
export const PHOTO_MAX_WIDTH = PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1]

export type EncodedPhoto = { content: Buffer; mimeType: "image/webp"; width: number; height: number }

/** The photo's real type from its first bytes, or null when it is not one a vitrine accepts. */
export async function sniffPhotoType(bytes: Buffer): Promise<string | null> {
  // file-type is published as an ES module only: imported when needed from this CommonJS build.
  const { fileTypeFromBuffer } = await import("file-type")
  const detected = await fileTypeFromBuffer(bytes)
  return detected && (ACCEPTED_PHOTO_TYPES as readonly string[]).includes(detected.mime) ? detected.mime : null
}

const decode = (bytes: Buffer) => sharp(bytes, { failOn: "error", limitInputPixels: 50_000_000 })

/** One WebP rendition: turned upright from its EXIF orientation, `width` wide at most, metadata dropped. */
async function encodeAt(bytes: Buffer, width: number): Promise<EncodedPhoto> {
  const { data, info } = await decode(bytes)
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: 82 })
    .toBuffer({ resolveWithObject: true })
  return { content: data, mimeType: "image/webp", width: info.width, height: info.height }
}

/**
 * Re-encodes an accepted photo as WebP at each configured width narrower than the upright photo, and
 * at its own width (up to PHOTO_MAX_WIDTH), narrowest first. Metadata (EXIF, GPS position, comments)
 * is dropped: what is stored is always pixels we encoded, whatever the upload held besides them.
 */
export async function encodePhotoRenditions(bytes: Buffer): Promise<EncodedPhoto[]> {
  const { width = 0, height = 0, orientation = 1 } = await decode(bytes).metadata()
  // EXIF orientations 5 to 8 turn the picture a quarter: its upright width is its stored height.
  const uprightWidth = orientation >= 5 ? height : width
  const largest = Math.min(uprightWidth, PHOTO_MAX_WIDTH)
  const widths: number[] = [...PHOTO_WIDTHS.filter((w) => w < largest), largest]
  const renditions: EncodedPhoto[] = []
  for (const w of widths) renditions.push(await encodeAt(bytes, w))
  return renditions
}
