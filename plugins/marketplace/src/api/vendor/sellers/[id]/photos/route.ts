import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSellerPhotosWorkflow } from "../../../../../workflows/merchant"
import type { VendorRemovePhotoType } from "../../../validators"

type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer }

/** Adds the uploaded photos (multipart field "files") to the vitrine. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const files = ((req as unknown as { files?: UploadedFile[] }).files ?? []).map((file) => ({
    filename: file.originalname,
    mimeType: file.mimetype,
    content: file.buffer.toString("base64"),
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
