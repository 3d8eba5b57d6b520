import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { promotionStatusFor } from "../../../lib/promotion"

/** Keeps the promotion behind a deal usable exactly while the deal is published; restored on rollback. */
export const syncDealPromotionStep = createStep(
  "sync-deal-promotion",
  async (input: { promotion_code?: string | null; status: string }, { container }) => {
    if (!input.promotion_code) {
      return new StepResponse(undefined, null)
    }
    const promotions = container.resolve(Modules.PROMOTION)
    const [promotion] = await promotions.listPromotions({ code: input.promotion_code.toUpperCase() })
    if (!promotion) {
      return new StepResponse(undefined, null)
    }
    const status = promotionStatusFor(input.status)
    await promotions.updatePromotions([{ id: promotion.id, status }])
    return new StepResponse(undefined, { id: promotion.id, status: promotion.status })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve(Modules.PROMOTION).updatePromotions([previous])
    }
  }
)
