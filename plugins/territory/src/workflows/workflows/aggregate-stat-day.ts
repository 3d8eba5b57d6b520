import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { aggregateDay, type RawStat } from "../../lib/aggregate"
import { readActivityEventsStep, replaceDailyStatsStep } from "../steps"

export const aggregateStatDayWorkflowId = "aggregate-stat-day"

/**
 * Rebuilds one Paris day's aggregates from its raw events (audience) and the
 * platform's activity (claims, redemptions, orders, reservations). Idempotent: run it
 * again (the job does, every hour, for today and yesterday) and the counts
 * are the same.
 */
export const aggregateStatDayWorkflow = createWorkflow(
  aggregateStatDayWorkflowId,
  (input: { day: string; from: Date; to: Date }) => {
    const { data: events } = useQueryGraphStep({
      entity: "territory_stat_event",
      fields: ["kind", "commune_id", "seller_id", "detail", "amount", "occurred_at"],
      filters: transform({ input }, ({ input }) => ({ occurred_at: { $gte: input.from, $lt: input.to } })),
    })
    const activity = readActivityEventsStep(transform({ input }, ({ input }) => ({ from: input.from, to: input.to })))
    const lines = transform({ input, events, activity }, ({ input, events, activity }) =>
      aggregateDay([...(events as RawStat[]), ...activity], input.day)
    )
    return new WorkflowResponse(replaceDailyStatsStep(transform({ input, lines }, ({ input, lines }) => ({ day: input.day, lines }))))
  }
)
