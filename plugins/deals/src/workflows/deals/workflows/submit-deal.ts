import { proposeChangeWorkflow } from "@enjoy/association/workflows"
import { validateMerchantSellerStep } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ensureDraftStep, updateDealStep } from "../steps"

export const submitDealWorkflowId = "submit-deal"

/**
 * A merchant submits a draft bon plan. It is moderated like the rest of what
 * the establishment publishes: held as pending under a `pre` association,
 * published at once (and reviewable) otherwise.
 */
export const submitDealWorkflow = createWorkflow(
  submitDealWorkflowId,
  (input: { merchant_id: string; seller_id: string; deal_id: string }) => {
    validateMerchantSellerStep(input)
    const { data: deals } = useQueryGraphStep({
      entity: "deal",
      fields: ["id", "status", "title", "kind", "value", "starts_on", "ends_on", "conditions"],
      filters: { id: input.deal_id, seller_id: input.seller_id },
    })
    const deal = transform({ deals }, ({ deals }) => deals[0])
    ensureDraftStep({ deal: deal as never })
    const { hold } = proposeChangeWorkflow.runAsStep({
      input: transform({ input, deal }, ({ input, deal }) => ({
        subject: "deal" as const,
        subject_id: input.deal_id,
        seller_id: input.seller_id,
        proposed: { ...deal, status: "published" },
        previous: { status: "draft" },
        submitted_by: input.merchant_id,
      })),
    })
    const updated = updateDealStep(
      transform({ input, hold }, ({ input, hold }) => ({
        id: input.deal_id,
        seller_id: input.seller_id,
        update: { status: hold ? ("pending" as const) : ("published" as const) },
      }))
    )
    return new WorkflowResponse(updated)
  }
)
