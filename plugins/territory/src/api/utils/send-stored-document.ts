import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IFileModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"
import { storeDocumentWorkflow } from "../../workflows"

export type StoredDocumentRequest = {
  /** What the document is: one current copy per key. */
  key: string
  /** Digest of what it is made from (see lib/fingerprint.ts). */
  fingerprint: string
  filename: string
  mime_type: string
  access: "public" | "private"
  render: () => Promise<Buffer>
}

/**
 * Sends a generated document as an attachment, from the file store when its copy there was made from the
 * same data, and otherwise renders it and keeps it there for the next request, on whichever process it
 * lands. The store is a cache of what the database says: when it cannot be read or written, the person
 * still gets the document just rendered, and the log says why it was not kept.
 */
export async function sendStoredDocument(req: MedusaRequest, res: MedusaResponse, doc: StoredDocumentRequest) {
  const logger = req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const [stored] = await req.scope
    .resolve<TerritoryModuleService>(TERRITORY_MODULE)
    .listTerritoryStoredDocuments({ key: doc.key }, { take: 1 })

  let bytes: Buffer | null = null
  if (stored?.fingerprint === doc.fingerprint) {
    bytes = await req.scope
      .resolve<IFileModuleService>(Modules.FILE)
      .getAsBuffer(stored.file_id)
      .catch((error: Error) => {
        logger.warn(`Stored document ${doc.key} could not be read back (${error.message}): rendering it again`)
        return null
      })
  }
  if (!bytes) {
    bytes = await doc.render()
    const { key, fingerprint, filename, mime_type, access } = doc
    await storeDocumentWorkflow(req.scope)
      .run({ input: { key, fingerprint, filename, mime_type, access, content: bytes.toString("base64") } })
      .catch((error: Error) => logger.warn(`Document ${doc.key} sent but not kept in the file store: ${error.message}`))
  }
  res.setHeader("Content-Type", doc.mime_type)
  res.setHeader("Content-Disposition", `attachment; filename="${doc.filename}"`)
  res.send(bytes)
}
