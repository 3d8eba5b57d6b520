import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export const markMerchantInviteAcceptedStepId = "mark-merchant-invite-accepted"

export const markMerchantInviteAcceptedStep = createStep(
  markMerchantInviteAcceptedStepId,
  async (input: { id: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateMerchantInvites({ id: input.id, accepted_at: new Date() })
    return new StepResponse(undefined, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateMerchantInvites({ id, accepted_at: null })
  }
)
