import { validateMerchantSellerStep } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createEventStep, type EventInput, prepareEventStep } from "../steps"

export const createVendorEventWorkflowId = "create-vendor-event"

/** A merchant drafts an event at its establishment (or elsewhere, with an address); submitted like a bon plan. */
export const createVendorEventWorkflow = createWorkflow(
  createVendorEventWorkflowId,
  (input: { merchant_id: string; seller_id: string; event: EventInput }) => {
    validateMerchantSellerStep(input)
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["id", "commune.id"],
      filters: { id: input.seller_id },
      options: { throwIfKeyNotFound: true },
    })
    const prepared = prepareEventStep(
      transform({ input }, ({ input }) => ({ event: input.event, held_at_establishment: !input.event.address }))
    )
    const event = createEventStep(
      transform({ prepared, input, sellers }, ({ prepared, input, sellers }) => ({
        ...prepared,
        seller_id: input.seller_id,
        commune_id: (sellers[0].commune as { id: string }).id,
        created_by: input.merchant_id,
      }))
    )
    return new WorkflowResponse(event)
  }
)
