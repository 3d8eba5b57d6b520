import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALS_MODULE, type DealsModuleService } from "../modules/deals"
import { expireEventWorkflow } from "../workflows"

/** Events whose last occurrence is over leave the agenda. */
export default async function expireEvents(container: MedusaContainer) {
  const service = container.resolve<DealsModuleService>(DEALS_MODULE)
  const past = await service.listAgendaEvents(
    { status: ["draft", "pending", "published"], last_ends_at: { $lte: new Date() } },
    { take: 500 }
  )
  let expired = 0
  for (const event of past) {
    try {
      await expireEventWorkflow(container).run({ input: { event_id: event.id } })
      expired++
    } catch (error) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Événement ${event.id} non expiré : ${(error as Error).message}`)
    }
  }
  return { expired }
}

export const config = { name: "expire-events", schedule: "30 * * * *" }
