import { generateInviteToken, hashInviteToken, inviteExpiry } from "@enjoy/kernel"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "../../../lib/seller-status"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export const createMerchantInviteStepId = "create-merchant-invite"

/** Returns the clear token once; only its hash is stored. */
export const createMerchantInviteStep = createStep(
  createMerchantInviteStepId,
  async (input: { seller_id: string; email: string; role: MemberRole }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const token = generateInviteToken()
    const invite = await service.createMerchantInvites({
      seller_id: input.seller_id,
      email: input.email.toLowerCase(),
      role: input.role,
      token_hash: hashInviteToken(token),
      expires_at: inviteExpiry(new Date()),
    })
    return new StepResponse(
      { id: invite.id, email: invite.email, role: invite.role, expires_at: invite.expires_at, token },
      invite.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteMerchantInvites(id)
  }
)
