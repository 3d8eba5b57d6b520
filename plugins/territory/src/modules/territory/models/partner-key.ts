import { model } from "@medusajs/framework/utils"

/**
 * A partner's key to the territory API, scoped to communes. Only the key's
 * hash is stored; revoking keeps the row (and its usage) for the record.
 */
export const PartnerKey = model
  .define("territory_partner_key", {
    id: model.id({ prefix: "pkey" }).primaryKey(),
    name: model.text(),
    prefix: model.text(),
    key_hash: model.text().unique(),
    commune_ids: model.array(),
    /** Requests allowed per minute. */
    rate_limit: model.number().default(60),
    created_by: model.text(),
    created_by_type: model.enum(["operator", "agent"]),
    revoked_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["created_by"] }])
