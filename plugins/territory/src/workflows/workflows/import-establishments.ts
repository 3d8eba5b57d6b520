import { createSellerBatchWorkflow } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ImportPlan } from "../../lib/import-plan"
import { createImportRefsStep } from "../steps"

export const importEstablishmentsWorkflowId = "import-establishments"

/**
 * Writes an import's plan (checked beforehand: no errors): the commune's
 * directory gains its unclaimed establishments, as drafts, through the
 * marketplace's batch workflow. All or nothing, undone by Medusa.
 */
export const importEstablishmentsWorkflow = createWorkflow(
  importEstablishmentsWorkflowId,
  (input: { commune_id: string; creates: ImportPlan["creates"] }) => {
    const sellers = createSellerBatchWorkflow.runAsStep({
      input: transform(input, ({ commune_id, creates }) => ({
        sellers: creates.map(({ line: _line, external_id: _reference, ...establishment }) => ({
          ...establishment,
          commune_id,
          status: "draft" as const,
        })),
      })),
    })
    createImportRefsStep(
      transform({ input, sellers }, ({ input, sellers }) => {
        const idOf = new Map(sellers.map((seller) => [seller.handle, seller.id]))
        return {
          refs: input.creates.flatMap((line) =>
            line.external_id ? [{ commune_id: input.commune_id, reference: line.external_id, seller_id: idOf.get(line.handle)! }] : []
          ),
        }
      })
    )
    return new WorkflowResponse(transform(sellers, (created) => created.map((seller) => seller.id)))
  }
)
