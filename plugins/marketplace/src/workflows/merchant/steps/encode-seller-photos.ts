import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { encodePhotoRenditions, sniffPhotoType } from "../../../lib/photo-encoding"

export type PhotoUpload = { filename: string; mimeType: string; content: string }
export type EncodedRendition = PhotoUpload & { width: number; height: number }

/**
 * Checks each upload from its bytes (JPEG, PNG, WebP or AVIF, whatever it claims) and re-encodes it as
 * WebP at the configured widths, under names of ours: the client's name and bytes are never stored.
 * Returns one list of renditions per photo, narrowest first. Writes nothing.
 */
export const encodeSellerPhotosStep = createStep("encode-seller-photos", async (files: PhotoUpload[]) => {
  const encoded: EncodedRendition[][] = []
  for (const [index, file] of files.entries()) {
    const bytes = Buffer.from(file.content, "base64")
    const refused = () =>
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `files[${index}] : « ${file.filename.slice(0, 80)} » n'est pas une photo JPEG, PNG, WebP ou AVIF`
      )
    if (!(await sniffPhotoType(bytes))) {
      throw refused()
    }
    const renditions = await encodePhotoRenditions(bytes).catch(() => {
      throw refused()
    })
    const name = `photo-${randomUUID()}`
    encoded.push(
      renditions.map((r) => ({
        filename: `${name}-${r.width}.webp`,
        mimeType: r.mimeType,
        content: r.content.toString("base64"),
        width: r.width,
        height: r.height,
      }))
    )
  }
  return new StepResponse(encoded)
})
