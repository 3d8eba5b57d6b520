import { model } from "@medusajs/framework/utils"
import { STAT_KINDS } from "../../../lib/stat-kinds"

/**
 * One counted event, kept a few weeks before it only lives on in the daily
 * aggregates. Consent-exempt audience measurement (CNIL): there is no column
 * for an IP address, a user agent, an e-mail or a customer id, on purpose.
 */
export const StatEvent = model
  .define("territory_stat_event", {
    id: model.id({ prefix: "stev" }).primaryKey(),
    kind: model.enum([...STAT_KINDS]),
    commune_id: model.text().nullable(),
    seller_id: model.text().nullable(),
    /** A search's normalized terms (never a person's data), or the deal of a claim. */
    detail: model.text().nullable(),
    /** Euros, for orders and reservations. */
    amount: model.float().nullable(),
    occurred_at: model.dateTime(),
  })
  .indexes([{ on: ["occurred_at"] }, { on: ["kind", "commune_id"] }])
