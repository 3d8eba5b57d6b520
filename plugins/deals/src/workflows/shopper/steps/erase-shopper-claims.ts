import { ERASED_EMAIL } from "@enjoy/kernel"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALS_MODULE, type DealsModuleService } from "../../../modules/deals"

type Previous = { removed: string[]; anonymized: { id: string; email: string; customer_id: string | null }[] }

/**
 * A leaving shopper's bons plans: the unused ones are withdrawn, the used or
 * expired ones stay in the merchants' counts without anyone's identity.
 */
export const eraseShopperClaimsStep = createStep(
  "erase-shopper-claims",
  async (input: { customer_id: string }, { container }) => {
    const service = container.resolve<DealsModuleService>(DEALS_MODULE)
    const claims = await service.listDealClaims({ customer_id: input.customer_id }, { select: ["id", "email", "customer_id", "status"] })
    const unused = claims.filter((c) => c.status === "claimed")
    const kept = claims.filter((c) => c.status !== "claimed")
    if (unused.length) {
      await service.softDeleteDealClaims(unused.map((c) => c.id))
    }
    if (kept.length) {
      await service.updateDealClaims(kept.map((c) => ({ id: c.id, email: ERASED_EMAIL, customer_id: null })))
    }
    const previous: Previous = {
      removed: unused.map((c) => c.id),
      anonymized: kept.map((c) => ({ id: c.id, email: c.email, customer_id: c.customer_id })),
    }
    return new StepResponse({ withdrawn: unused.length, anonymized: kept.length }, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<DealsModuleService>(DEALS_MODULE)
    if (previous.removed.length) {
      await service.restoreDealClaims(previous.removed)
    }
    if (previous.anonymized.length) {
      await service.updateDealClaims(previous.anonymized)
    }
  }
)
