import type { FileDTO, IFileModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORAGE_UNAVAILABLE } from "@enjoy/marketplace/workflows"

export type DocumentUpload = {
  filename: string
  mime_type: string
  /** The document's bytes, base64 (a workflow's input is serialized). */
  content: string
  /** Reports are for the commune's agents only: private objects, never a public-read ACL. */
  access: "public" | "private"
}

/** Why a generated document could not be kept: the store's fault, not the person's. */
export const DOCUMENT_STORAGE_REFUSED = "Le stockage des fichiers a refusé le document. Réessayez dans quelques minutes."

/** Writes a generated document to the file module's store; compensation deletes it. */
export const uploadDocumentFileStep = createStep(
  "upload-document-file",
  async (input: DocumentUpload, { container }) => {
    const store = container.resolve<IFileModuleService>(Modules.FILE)
    let file: FileDTO
    try {
      file = await store.createFiles({ filename: input.filename, mimeType: input.mime_type, content: input.content, access: input.access })
    } catch (error) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${DOCUMENT_STORAGE_REFUSED} (${(error as Error).message})`, STORAGE_UNAVAILABLE)
    }
    return new StepResponse(file, file.id)
  },
  async (fileId, { container }) => {
    if (fileId) {
      await container.resolve<IFileModuleService>(Modules.FILE).deleteFiles(fileId)
    }
  }
)
