import { proposeChangeWorkflow } from "@enjoy/association/workflows"
import { validateMerchantSellerStep } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setEventStatusStep } from "../steps"

export const submitEventWorkflowId = "submit-event"

/** A merchant submits a draft event: pending under a `pre` association, published at once otherwise. */
export const submitEventWorkflow = createWorkflow(
  submitEventWorkflowId,
  (input: { merchant_id: string; seller_id: string; event_id: string }) => {
    validateMerchantSellerStep(input)
    const { hold } = proposeChangeWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        subject: "event" as const,
        subject_id: input.event_id,
        seller_id: input.seller_id,
        proposed: { status: "published" },
        previous: { status: "draft" },
        submitted_by: input.merchant_id,
      })),
    })
    const event = setEventStatusStep(
      transform({ input, hold }, ({ input, hold }) => ({
        id: input.event_id,
        seller_id: input.seller_id,
        from: ["draft" as const],
        to: hold ? ("pending" as const) : ("published" as const),
      }))
    )
    return new WorkflowResponse(event)
  }
)
