import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ImportPlan } from "../../lib/import-plan"
import { createImportedSellersStep } from "../steps"

export const importEstablishmentsWorkflowId = "import-establishments"

/** Writes an import's plan (checked beforehand: no errors): the commune's directory gains its unclaimed establishments. */
export const importEstablishmentsWorkflow = createWorkflow(
  importEstablishmentsWorkflowId,
  (input: { commune_id: string; creates: ImportPlan["creates"] }) => {
    return new WorkflowResponse(createImportedSellersStep(input))
  }
)
