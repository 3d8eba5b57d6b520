import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALS_MODULE, type DealsModuleService } from "../../../modules/deals"

export const recordRedemptionAttemptStep = createStep(
  "record-redemption-attempt",
  async (
    input: { code: string; merchant_id: string; claim_id?: string | null; outcome: "redeemed" | "refused"; reason?: string | null },
    { container }
  ) => {
    const attempt = await container.resolve<DealsModuleService>(DEALS_MODULE).createDealRedemptionAttempts(input)
    return new StepResponse(attempt, attempt.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<DealsModuleService>(DEALS_MODULE).deleteDealRedemptionAttempts(id)
    }
  }
)
