import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StatKind } from "../../lib/stat-kinds"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

export type StatEventInput = {
  kind: StatKind
  commune_id: string | null
  seller_id?: string | null
  detail?: string | null
  amount?: number | null
}

/** Counts events: the input has no field for a person's data, so none can be stored. */
export const createStatEventsStep = createStep(
  "create-stat-events",
  async (events: StatEventInput[], { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    const now = new Date()
    const created = await service.createTerritoryStatEvents(
      events.map((e) => ({
        kind: e.kind,
        commune_id: e.commune_id,
        seller_id: e.seller_id ?? null,
        detail: e.detail ?? null,
        amount: e.amount ?? null,
        occurred_at: now,
      }))
    )
    return new StepResponse(created.length, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).deleteTerritoryStatEvents(ids)
    }
  }
)
