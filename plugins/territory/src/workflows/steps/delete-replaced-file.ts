import type { IFileModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Deletes the file a document's new copy replaced. Last of its workflow and never failing it: a store
 * that refuses the deletion leaves an object nobody points at, which the log names, rather than undo
 * a copy that was written and recorded.
 */
export const deleteReplacedFileStep = createStep("delete-replaced-file", async (input: { file_id: string | null }, { container }) => {
  if (input.file_id) {
    await container
      .resolve<IFileModuleService>(Modules.FILE)
      .deleteFiles(input.file_id)
      .catch((error: Error) =>
        container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Replaced document ${input.file_id} left in the file store: ${error.message}`)
      )
  }
  return new StepResponse(input.file_id)
})
