import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { encodePhoto, sniffPhotoType } from "../../../lib/photo-encoding"

export type PhotoUpload = { filename: string; mimeType: string; content: string }

/**
 * Checks each upload from its bytes (JPEG, PNG, WebP or AVIF, whatever it claims) and re-encodes it as
 * WebP under a name of ours: the client's name and bytes are never stored. Writes nothing.
 */
export const encodeSellerPhotosStep = createStep("encode-seller-photos", async (files: PhotoUpload[]) => {
  const encoded: PhotoUpload[] = []
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
    const photo = await encodePhoto(bytes).catch(() => {
      throw refused()
    })
    encoded.push({ filename: `photo-${randomUUID()}.webp`, mimeType: photo.mimeType, content: photo.content.toString("base64") })
  }
  return new StepResponse(encoded)
})
