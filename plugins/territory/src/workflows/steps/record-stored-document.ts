import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

export type StoredDocumentRecord = {
  key: string
  fingerprint: string
  file_id: string
  url: string
  mime_type: string
  size: number
}

type Previous = { created_id: string } | { id: string; previous: StoredDocumentRecord }

/**
 * Makes the uploaded file the current copy of its key, and answers the file it replaces (to delete once
 * the workflow has succeeded). Compensation puts the previous copy back, or removes the new row.
 */
export const recordStoredDocumentStep = createStep(
  "record-stored-document",
  async (input: StoredDocumentRecord, { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    const [current] = await service.listTerritoryStoredDocuments({ key: input.key }, { take: 1 })
    if (!current) {
      const created = await service.createTerritoryStoredDocuments(input)
      return new StepResponse({ replaced_file_id: null as string | null }, { created_id: created.id } as Previous)
    }
    const { key, fingerprint, file_id, url, mime_type, size } = current
    await service.updateTerritoryStoredDocuments({ id: current.id, ...input })
    return new StepResponse(
      { replaced_file_id: file_id === input.file_id ? null : file_id },
      { id: current.id, previous: { key, fingerprint, file_id, url, mime_type, size } } as Previous
    )
  },
  async (previous, { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    if (!previous) {
      return
    }
    if ("created_id" in previous) {
      await service.deleteTerritoryStoredDocuments(previous.created_id)
    } else {
      await service.updateTerritoryStoredDocuments({ id: previous.id, ...previous.previous })
    }
  }
)
