import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteReplacedFileStep, type DocumentUpload, recordStoredDocumentStep, uploadDocumentFileStep } from "../steps"

export const storeDocumentWorkflowId = "store-document"

export type StoreDocumentInput = DocumentUpload & { key: string; fingerprint: string }

/**
 * Keeps a generated document in the file store as the current copy of its key: writes the file,
 * records it (undone if the record fails), then deletes the copy it replaces.
 */
export const storeDocumentWorkflow = createWorkflow(storeDocumentWorkflowId, (input: StoreDocumentInput) => {
  const upload = transform({ input }, ({ input }) => ({
    filename: input.filename,
    mime_type: input.mime_type,
    content: input.content,
    access: input.access,
  }))
  const file = uploadDocumentFileStep(upload)
  const record = transform({ input, file }, ({ input, file }) => ({
    key: input.key,
    fingerprint: input.fingerprint,
    file_id: file.id,
    url: file.url,
    mime_type: input.mime_type,
    size: Buffer.byteLength(input.content, "base64"),
  }))
  const { replaced_file_id } = recordStoredDocumentStep(record)
  deleteReplacedFileStep(transform({ replaced_file_id }, ({ replaced_file_id }) => ({ file_id: replaced_file_id })))
  return new WorkflowResponse(record)
})
