import type { MedusaContainer } from "@medusajs/framework/types"
import { parisDay } from "../lib/aggregate"
import { aggregateStatDayWorkflow } from "../workflows"

const DAY = 86_400_000

/** Rebuilds one Paris day's aggregates; the raw events read span the day's UTC neighbours, the aggregation keeps the day's own. */
export async function aggregateParisDay(container: MedusaContainer, day: string) {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`)
  const { result } = await aggregateStatDayWorkflow(container).run({
    input: { day, from: new Date(midnightUtc - DAY), to: new Date(midnightUtc + 2 * DAY) },
  })
  return result
}

/** Every hour: today's figures so far, and yesterday's complete ones (late events included). */
export default async function aggregateStatistics(container: MedusaContainer) {
  const now = Date.now()
  const days = [parisDay(new Date(now - DAY)), parisDay(new Date(now))]
  const lines: Record<string, number> = {}
  for (const day of days) {
    lines[day] = await aggregateParisDay(container, day)
  }
  return lines
}

export const config = { name: "aggregate-statistics", schedule: "5 * * * *" }
