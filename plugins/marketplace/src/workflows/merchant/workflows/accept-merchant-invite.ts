import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import {
  createSellerMemberStep,
  ensureMerchantStep,
  markMerchantInviteAcceptedStep,
  validateMerchantInviteStep,
} from "../steps"

export const acceptMerchantInviteWorkflowId = "accept-merchant-invite"

export type AcceptMerchantInviteInput = {
  token: string
  auth_identity_id: string
  /** Set when the identity already belongs to a merchant (running another establishment). */
  merchant_id?: string
  first_name?: string | null
  last_name?: string | null
}

/** Makes the invited person a member of the establishment, creating the merchant on first use. */
export const acceptMerchantInviteWorkflow = createWorkflow(
  acceptMerchantInviteWorkflowId,
  (input: AcceptMerchantInviteInput) => {
    const invite = validateMerchantInviteStep(input)
    const merchant = ensureMerchantStep(
      transform({ input, invite }, ({ input, invite }) => ({
        merchant_id: input.merchant_id,
        email: invite.email,
        first_name: input.first_name,
        last_name: input.last_name,
      }))
    )
    when({ input }, ({ input }) => !input.merchant_id).then(() => {
      setAuthAppMetadataStep({
        authIdentityId: input.auth_identity_id,
        actorType: "merchant",
        value: merchant.id,
      })
    })
    const member = createSellerMemberStep(
      transform({ invite, merchant }, ({ invite, merchant }) => ({
        merchant_id: merchant.id,
        seller_id: invite.seller_id,
        role: invite.role,
      }))
    )
    markMerchantInviteAcceptedStep(invite)
    return new WorkflowResponse({ merchant, member })
  }
)
