import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { MemberRole } from "../../../lib/seller-status"
import { createMerchantInviteStep } from "../steps"

export const inviteMerchantWorkflowId = "invite-merchant"

/** Invites someone to run an establishment; the token is returned once. */
export const inviteMerchantWorkflow = createWorkflow(
  inviteMerchantWorkflowId,
  (input: { seller_id: string; email: string; role: MemberRole }) => {
    // Fails with a 404 when the establishment does not exist.
    useQueryGraphStep({
      entity: "seller",
      fields: ["id"],
      filters: { id: input.seller_id },
      options: { throwIfKeyNotFound: true },
    })
    return new WorkflowResponse(createMerchantInviteStep(input))
  }
)
