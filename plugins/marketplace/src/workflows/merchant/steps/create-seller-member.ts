import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "../../../lib/seller-status"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export const createSellerMemberStepId = "create-seller-member"

export const createSellerMemberStep = createStep(
  createSellerMemberStepId,
  async (input: { merchant_id: string; seller_id: string; role: MemberRole }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const member = await service.createSellerMembers(input)
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteSellerMembers(id)
  }
)
