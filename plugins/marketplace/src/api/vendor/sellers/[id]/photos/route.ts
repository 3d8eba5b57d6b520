import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { changeSellerPhotosWorkflow } from "../../../../../workflows/merchant"
import { VendorPhotoTexts, type VendorRemovePhotoType } from "../../../validators"

type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer }

/** A multipart field sent once is a string, sent several times a list: always a list here. */
const listed = (value: unknown) => (value === undefined ? undefined : Array.isArray(value) ? value : [value])

/**
 * Adds the uploaded photos (multipart field "files") to the vitrine, each with its alternative text
 * (field "alt", repeated in the files' order) or marked decorative (field "decorative": true).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fields = (req.body ?? {}) as Record<string, unknown>
  const texts = VendorPhotoTexts.safeParse({ alt: listed(fields.alt), decorative: listed(fields.decorative) })
  if (!texts.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, texts.error.issues[0].message)
  }
  const files = ((req as unknown as { files?: UploadedFile[] }).files ?? []).map((file, index) => ({
    filename: file.originalname,
    mimeType: file.mimetype,
    content: file.buffer.toString("base64"),
    alt: texts.data.alt[index],
    decorative: texts.data.decorative[index] ?? false,
  }))
  const { result: photos } = await changeSellerPhotosWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, seller_id: req.params.id, files },
  })
  res.status(201).json({ photos })
}

/** Takes one photo (?url=) off the vitrine. */
export async function DELETE(req: AuthenticatedMedusaRequest<unknown, VendorRemovePhotoType>, res: MedusaResponse) {
  const { result: photos } = await changeSellerPhotosWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, seller_id: req.params.id, remove: req.validatedQuery.url },
  })
  res.json({ photos })
}
