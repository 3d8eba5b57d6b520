import { model } from "@medusajs/framework/utils"
import { STAT_KINDS } from "../../../lib/stat-kinds"

/**
 * A day's count of one kind of event for a commune and, when it concerns one,
 * an establishment (`seller_id` empty for the commune's own line) and a
 * search term (`detail`). Rebuilt for a day from the raw events, so re-running
 * the aggregation never counts twice.
 */
export const StatDaily = model
  .define("territory_stat_daily", {
    id: model.id({ prefix: "stdy" }).primaryKey(),
    day: model.text(),
    kind: model.enum([...STAT_KINDS]),
    commune_id: model.text(),
    seller_id: model.text().default(""),
    detail: model.text().default(""),
    count: model.number(),
    amount: model.float().default(0),
  })
  .indexes([
    { on: ["day", "kind", "commune_id", "seller_id", "detail"], unique: true },
    { on: ["commune_id", "day"] },
  ])
