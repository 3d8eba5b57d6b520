import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { CreateSellerInput } from "../types"

export const createSellersStepId = "create-sellers"

export const createSellersStep = createStep(
  createSellersStepId,
  async (input: { sellers: Omit<CreateSellerInput, "commune_id">[] }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const sellers = await service.createSellers(input.sellers)
    return new StepResponse(
      sellers,
      sellers.map((s) => s.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteSellers(ids)
  }
)
