import { validateMerchantSellerStep } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type EventInput, prepareEventStep, updateDraftEventStep } from "../steps"

export const updateVendorEventWorkflowId = "update-vendor-event"

/** A merchant corrects a draft event (all its fields, checked again), e.g. after a moderator returned it. */
export const updateVendorEventWorkflow = createWorkflow(
  updateVendorEventWorkflowId,
  (input: { merchant_id: string; seller_id: string; event_id: string; event: EventInput }) => {
    validateMerchantSellerStep(input)
    const prepared = prepareEventStep(
      transform({ input }, ({ input }) => ({ event: input.event, held_at_establishment: !input.event.address }))
    )
    const event = updateDraftEventStep(
      transform({ input, prepared }, ({ input, prepared }) => ({ id: input.event_id, seller_id: input.seller_id, update: prepared }))
    )
    return new WorkflowResponse(event)
  }
)
