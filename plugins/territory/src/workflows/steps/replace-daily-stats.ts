import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DailyStat } from "../../lib/aggregate"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

/** A day's aggregates replace the previous ones for that day; the compensation puts the previous ones back. */
export const replaceDailyStatsStep = createStep(
  "replace-daily-stats",
  async (input: { day: string; lines: DailyStat[] }, { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    const previous = await service.listTerritoryStatDailies({ day: input.day }, { take: null })
    if (previous.length) {
      await service.deleteTerritoryStatDailies(previous.map((p) => p.id))
    }
    const created = input.lines.length ? await service.createTerritoryStatDailies(input.lines) : []
    return new StepResponse(created.length, {
      created: created.map((c) => c.id),
      previous: previous.map(({ day, kind, commune_id, seller_id, detail, count, amount }) => ({ day, kind, commune_id, seller_id, detail, count, amount })),
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    if (undo.created.length) {
      await service.deleteTerritoryStatDailies(undo.created)
    }
    if (undo.previous.length) {
      await service.createTerritoryStatDailies(undo.previous)
    }
  }
)
