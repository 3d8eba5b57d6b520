import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateSellersStep, validateSellerDataStep } from "../steps"
import type { UpdateSellerInput } from "../types"

export const updateSellerWorkflowId = "update-seller"

/** Changes an establishment's profile; nothing is lost if a rule refuses it. */
export const updateSellerWorkflow = createWorkflow(
  updateSellerWorkflowId,
  (input: { id: string; update: UpdateSellerInput }) => {
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["id", "latitude", "longitude", "commune.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const validation = transform({ sellers, input }, ({ sellers, input }) => ({
      commune_id: sellers[0].commune.id as string,
      // Coordinates are checked as a pair: a change of one is checked with the other.
      profile: {
        latitude: sellers[0].latitude,
        longitude: sellers[0].longitude,
        ...input.update,
      },
    }))
    validateSellerDataStep(validation)
    const updated = updateSellersStep(
      transform(input, ({ id, update }) => ({ updates: [{ ...update, id }] }))
    )
    return new WorkflowResponse(transform(updated, (list) => list[0]))
  }
)
