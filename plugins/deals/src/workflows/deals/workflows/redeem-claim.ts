import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { recordRedemptionAttemptStep, redeemClaimStep } from "../steps"

export const redeemClaimWorkflowId = "redeem-claim"

/** The merchant redeems a shopper's code at the counter; the successful attempt is recorded with it. */
export const redeemClaimWorkflow = createWorkflow(redeemClaimWorkflowId, (input: { merchant_id: string; code: string }) => {
  const { data: members } = useQueryGraphStep({
    entity: "seller_member",
    fields: ["seller_id"],
    filters: { merchant_id: input.merchant_id },
  })
  const redeemed = redeemClaimStep(
    transform({ input, members }, ({ input, members }) => ({
      code: input.code,
      merchant_id: input.merchant_id,
      seller_ids: members.map((m) => m.seller_id as string),
    }))
  )
  recordRedemptionAttemptStep(
    transform({ input, redeemed }, ({ input, redeemed }) => ({
      code: input.code,
      merchant_id: input.merchant_id,
      claim_id: redeemed.claim.id,
      outcome: "redeemed" as const,
    }))
  )
  return new WorkflowResponse(redeemed)
})
