import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { COMMUNE_MODULE } from "@enjoy/commune/modules/commune"
import { SELLER_MODULE } from "../../../modules/seller"
import { createSellersStep, validateSellerDataStep } from "../steps"
import type { CreateSellerInput } from "../types"

export const createSellerWorkflowId = "create-seller"

/** Creates an establishment (a draft unless told otherwise) and ties it to its commune. */
export const createSellerWorkflow = createWorkflow(
  createSellerWorkflowId,
  (input: CreateSellerInput) => {
    const validation = transform(input, ({ commune_id, ...profile }) => ({ commune_id, profile }))
    validateSellerDataStep(validation)
    const sellers = createSellersStep(
      transform(validation, ({ profile }) => ({
        sellers: [{ categories: [], photos: [], ...profile }],
      }))
    )
    const seller = transform(sellers, (created) => created[0])
    createRemoteLinkStep(
      transform({ seller, input }, ({ seller, input }) => [
        { [SELLER_MODULE]: { seller_id: seller.id }, [COMMUNE_MODULE]: { commune_id: input.commune_id } },
      ])
    )
    return new WorkflowResponse(seller)
  }
)
