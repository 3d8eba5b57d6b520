import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

/** Raw events older than the retention period go; the compensation re-creates them as they were. */
export const purgeStatEventsStep = createStep(
  "purge-stat-events",
  async (input: { before: Date }, { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    const old = await service.listTerritoryStatEvents({ occurred_at: { $lt: input.before } }, { take: 5000 })
    if (old.length) {
      await service.deleteTerritoryStatEvents(old.map((e) => e.id))
    }
    return new StepResponse(
      old.length,
      old.map(({ kind, commune_id, seller_id, detail, amount, occurred_at }) => ({ kind, commune_id, seller_id, detail, amount, occurred_at }))
    )
  },
  async (removed, { container }) => {
    if (removed?.length) {
      await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).createTerritoryStatEvents(removed)
    }
  }
)
