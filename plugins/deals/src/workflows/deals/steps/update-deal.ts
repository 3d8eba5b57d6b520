import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canMoveDeal, type DealStatus, merchantStatusRefusal } from "../../../lib/validity"
import { DEALS_MODULE, type DealsModuleService } from "../../../modules/deals"

/**
 * Changes a deal of the given establishment (another's is a 404), checking a
 * status change against the lifecycle; the compensation restores the fields.
 */
export const updateDealStep = createStep(
  "update-deal",
  async (
    input: { id: string; seller_id: string; update: Record<string, unknown> & { status?: DealStatus }; by_merchant?: boolean },
    { container }
  ) => {
    const service = container.resolve<DealsModuleService>(DEALS_MODULE)
    const [deal] = await service.listDeals({ id: input.id, seller_id: input.seller_id })
    if (!deal) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Bon plan introuvable")
    }
    if (input.update.status && input.update.status !== deal.status && !canMoveDeal(deal.status, input.update.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Un bon plan « ${deal.status} » ne peut pas passer à « ${input.update.status} »`)
    }
    const refusal = input.by_merchant && input.update.status ? merchantStatusRefusal(deal.status, input.update.status) : null
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    const previous = Object.fromEntries(Object.keys(input.update).map((k) => [k, (deal as Record<string, unknown>)[k]]))
    const updated = await service.updateDeals({ id: input.id, ...input.update })
    return new StepResponse(updated, { id: input.id, ...previous })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<DealsModuleService>(DEALS_MODULE).updateDeals(previous)
    }
  }
)
