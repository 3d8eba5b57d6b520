import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createClaimStep, findClaimableSellerStep } from "../steps"

export const requestClaimWorkflowId = "request-claim"

/** Someone asks to run an unclaimed establishment, found by its SIRET; its commune's agents decide. */
export const requestClaimWorkflow = createWorkflow(
  requestClaimWorkflowId,
  (input: { siret: string; email: string; name: string; phone?: string | null; message?: string | null }) => {
    const seller = findClaimableSellerStep(transform({ input }, ({ input }) => ({ siret: input.siret })))
    const claim = createClaimStep(
      transform({ input, seller }, ({ input, seller }) => ({
        seller_id: seller.seller_id,
        commune_id: seller.commune_id,
        email: input.email.toLowerCase(),
        name: input.name,
        phone: input.phone ?? null,
        message: input.message ?? null,
      }))
    )
    return new WorkflowResponse({ claim, establishment: seller.name })
  }
)
