import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { uniqueClaimCode } from "../../../lib/claim-code"
import { claimRefusal } from "../../../lib/validity"
import { DEALS_MODULE, type DealsModuleService } from "../../../modules/deals"

/**
 * Claims a deal for a shopper. Counting the claims and creating one happen
 * under a lock on the deal, so N shoppers racing for a quota of Q get exactly
 * Q claims, and nobody exceeds their own limit.
 */
export const createClaimStep = createStep(
  "create-claim",
  async (input: { deal_id: string; email: string; customer_id?: string | null }, { container }) => {
    const service = container.resolve<DealsModuleService>(DEALS_MODULE)
    const email = input.email.trim().toLowerCase()
    const claim = await container.resolve(Modules.LOCKING).execute(`deal-claims:${input.deal_id}`, async () => {
      const [deal] = await service.listDeals({ id: input.deal_id })
      if (!deal) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "Bon plan introuvable")
      }
      const [total, byShopper] = await Promise.all([
        service.listAndCountDealClaims({ deal_id: deal.id }, { take: 1 }).then(([, count]) => count),
        service.listAndCountDealClaims({ deal_id: deal.id, email }, { take: 1 }).then(([, count]) => count),
      ])
      const refusal = claimRefusal(deal, { total, by_shopper: byShopper }, new Date())
      if (refusal) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
      }
      const code = await uniqueClaimCode(async (candidate) => (await service.listDealClaims({ code: candidate })).length > 0)
      return service.createDealClaims({ deal_id: deal.id, email, customer_id: input.customer_id ?? null, code })
    })
    return new StepResponse(claim, claim.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<DealsModuleService>(DEALS_MODULE).deleteDealClaims(id)
    }
  }
)
