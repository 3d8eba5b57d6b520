import { previousValues } from "@enjoy/kernel"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerStatus } from "../../../lib/seller-status"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { UpdateSellerInput } from "../types"

export const updateSellersStepId = "update-sellers"

type Update = UpdateSellerInput & { id: string; status?: SellerStatus }

/** Updates establishments and, on compensation, puts back the fields it changed. */
export const updateSellersStep = createStep(
  updateSellersStepId,
  async (input: { updates: Update[] }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const previous = await service.listSellers({ id: input.updates.map((u) => u.id) })
    const restore = previousValues(input.updates, previous)
    const sellers = await service.updateSellers(input.updates)
    return new StepResponse(sellers, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) {
      return
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellers(restore)
  }
)
