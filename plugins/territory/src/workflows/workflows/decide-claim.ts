import { inviteMerchantWorkflow } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { claimDecisionMessage } from "../../lib/claim-message"
import { type ClaimDecision, decideClaimStep, validateClaimDecisionStep } from "../steps"

export const decideClaimWorkflowId = "decide-claim"

/**
 * An agent decides on a claim. Approved: the claimant is invited to run the
 * establishment (the marketplace's invitation) and e-mailed the link;
 * refused: e-mailed the reason. Any failure undoes the invitation and the decision.
 */
export const decideClaimWorkflow = createWorkflow(decideClaimWorkflowId, (input: ClaimDecision & { storefront_url: string }) => {
  const claim = validateClaimDecisionStep(input)
  const invite = when("approved", { input }, ({ input }) => input.decision === "approved").then(() =>
    inviteMerchantWorkflow.runAsStep({
      input: transform({ claim }, ({ claim }) => ({ seller_id: claim.seller_id, email: claim.email, role: "owner" as const })),
    })
  )
  const decided = decideClaimStep(
    transform({ input }, ({ input }) => ({
      id: input.claim_id,
      status: input.decision,
      reason: input.reason?.trim() || null,
      decided_by: input.agent_id,
    }))
  )
  const { data: sellers } = useQueryGraphStep({ entity: "seller", fields: ["name"], filters: transform({ claim }, ({ claim }) => ({ id: claim.seller_id })) })
  sendNotificationsStep(
    transform({ input, claim, invite, sellers }, ({ input, claim, invite, sellers }) => [
      claimDecisionMessage({
        email: claim.email,
        establishment: (sellers[0]?.name as string) ?? "",
        decision: input.decision,
        reason: input.reason?.trim() || null,
        invite_token: (invite as { token?: string } | undefined)?.token ?? null,
        storefront_url: input.storefront_url,
        claim_id: input.claim_id,
      }),
    ])
  )
  return new WorkflowResponse({ claim: decided, invite })
})
