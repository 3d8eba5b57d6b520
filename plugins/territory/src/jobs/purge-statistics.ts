import type { MedusaContainer } from "@medusajs/framework/types"
import { purgeStatEventsWorkflow } from "../workflows"

/** How long raw events are kept: long enough to re-aggregate a late month, short enough to hold little. */
export const RAW_EVENT_RETENTION_DAYS = 35

export default async function purgeStatistics(container: MedusaContainer) {
  const before = new Date(Date.now() - RAW_EVENT_RETENTION_DAYS * 86_400_000)
  const { result } = await purgeStatEventsWorkflow(container).run({ input: { before } })
  return { purged: result }
}

export const config = { name: "purge-statistics", schedule: "30 3 * * *" }
