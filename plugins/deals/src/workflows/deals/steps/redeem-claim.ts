import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { redemptionRefusal } from "../../../lib/validity"
import { DEALS_MODULE, type DealsModuleService } from "../../../modules/deals"

/**
 * Redeems a claim at the counter, once: only for a deal of the merchant's own
 * establishments (another's code does not exist for it), inside the validity
 * window. Under a lock on the code, so two tills cannot both redeem it.
 */
export const redeemClaimStep = createStep(
  "redeem-claim",
  async (input: { code: string; seller_ids: string[]; merchant_id: string }, { container }) => {
    const service = container.resolve<DealsModuleService>(DEALS_MODULE)
    const result = await container.resolve(Modules.LOCKING).execute(`deal-claim:${input.code}`, async () => {
      const [claim] = await service.listDealClaims({ code: input.code }, { relations: ["deal"] })
      if (!claim || !input.seller_ids.includes(claim.deal.seller_id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "Code inconnu pour vos établissements")
      }
      const refusal = redemptionRefusal(claim, claim.deal, new Date())
      if (refusal) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
      }
      const redeemed = await service.updateDealClaims({
        id: claim.id,
        status: "redeemed",
        redeemed_at: new Date(),
        redeemed_by: input.merchant_id,
      })
      return { claim: redeemed, deal: claim.deal }
    })
    return new StepResponse(result, result.claim.id)
  },
  async (id, { container }) => {
    if (id) {
      await container
        .resolve<DealsModuleService>(DEALS_MODULE)
        .updateDealClaims({ id, status: "claimed", redeemed_at: null, redeemed_by: null })
    }
  }
)
