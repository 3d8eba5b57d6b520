import sharp from "sharp"

/** What a vitrine accepts, judged from the bytes: never from the declared type or the file's name. */
export const ACCEPTED_PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const

/** The widest a stored photo gets: enough for a vitrine on a large screen. */
export const PHOTO_MAX_WIDTH = 1600

export type EncodedPhoto = { content: Buffer; mimeType: "image/webp"; width: number; height: number }

/** The photo's real type from its first bytes, or null when it is not one a vitrine accepts. */
export async function sniffPhotoType(bytes: Buffer): Promise<string | null> {
  // file-type is published as an ES module only: imported when needed from this CommonJS build.
  const { fileTypeFromBuffer } = await import("file-type")
  const detected = await fileTypeFromBuffer(bytes)
  return detected && (ACCEPTED_PHOTO_TYPES as readonly string[]).includes(detected.mime) ? detected.mime : null
}

/**
 * Re-encodes an accepted photo as WebP: turned upright from its EXIF orientation, at most
 * PHOTO_MAX_WIDTH wide, metadata (EXIF, GPS position, comments) dropped. What is stored is always
 * pixels we encoded, whatever the upload held besides them.
 */
export async function encodePhoto(bytes: Buffer): Promise<EncodedPhoto> {
  const { data, info } = await sharp(bytes, { failOn: "error", limitInputPixels: 50_000_000 })
    .rotate()
    .resize({ width: PHOTO_MAX_WIDTH, withoutEnlargement: true })
    .webp({ quality: 82 })
    .toBuffer({ resolveWithObject: true })
  return { content: data, mimeType: "image/webp", width: info.width, height: info.height }
}
