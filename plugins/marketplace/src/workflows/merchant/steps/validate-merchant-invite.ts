import { hashInviteToken, identityEmails } from "@enjoy/kernel"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export const validateMerchantInviteStepId = "validate-merchant-invite"

/**
 * An invite is usable once, before it expires, by the address it was sent to;
 * a merchant who already runs the establishment cannot join it twice.
 */
export const validateMerchantInviteStep = createStep(
  validateMerchantInviteStepId,
  async (
    input: { token: string; auth_identity_id: string; merchant_id?: string },
    { container }
  ) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const [invite] = await service.listMerchantInvites({ token_hash: hashInviteToken(input.token) })
    if (!invite || invite.accepted_at || new Date(invite.expires_at) < new Date()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation is invalid, expired or already used")
    }
    const [identity] = await container
      .resolve(Modules.AUTH)
      .listAuthIdentities({ id: [input.auth_identity_id] }, { relations: ["provider_identities"] })
    const emails = identityEmails(identity)
    if (!emails.includes(invite.email)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was sent to another email address")
    }
    if (input.merchant_id) {
      const existing = await service.listSellerMembers({
        merchant_id: input.merchant_id,
        seller_id: invite.seller_id,
      })
      if (existing.length) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You already run this establishment")
      }
    }
    return new StepResponse({
      id: invite.id,
      email: invite.email,
      role: invite.role,
      seller_id: invite.seller_id,
    })
  }
)
