import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export const ensureMerchantStepId = "ensure-merchant"

/**
 * The merchant behind the signed-in identity: the existing one when this
 * person already runs an establishment, else a new one (removed on rollback).
 */
export const ensureMerchantStep = createStep(
  ensureMerchantStepId,
  async (
    input: { merchant_id?: string; email: string; first_name?: string | null; last_name?: string | null },
    { container }
  ) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    // The compensation removes the merchant only if this step created it.
    let createdId: string | null = null
    let merchant
    if (input.merchant_id) {
      merchant = await service.retrieveMerchant(input.merchant_id)
    } else {
      merchant = await service.createMerchants({
        email: input.email,
        first_name: input.first_name ?? null,
        last_name: input.last_name ?? null,
      })
      createdId = merchant.id
    }
    return new StepResponse(merchant, createdId)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteMerchants(createdId)
  }
)
