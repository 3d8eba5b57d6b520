import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALS_MODULE, type DealsModuleService } from "../modules/deals"
import { expireDealWorkflow } from "../workflows"

/** Bons plans past their last day expire, whatever their merchant forgot to do. */
export default async function expireDeals(container: MedusaContainer) {
  const service = container.resolve<DealsModuleService>(DEALS_MODULE)
  const overdue = await service.listDeals({ status: ["published", "paused"], ends_at: { $lte: new Date() } }, { take: 500 })
  let expired = 0
  for (const deal of overdue) {
    try {
      await expireDealWorkflow(container).run({ input: { deal_id: deal.id, seller_id: deal.seller_id } })
      expired++
    } catch (error) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Bon plan ${deal.id} non expiré : ${(error as Error).message}`)
    }
  }
  return { expired }
}

export const config = { name: "expire-deals", schedule: "0 * * * *" }
