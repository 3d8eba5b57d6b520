import { model } from "@medusajs/framework/utils"

export const CLAIM_STATUSES = ["pending", "approved", "rejected"] as const

/**
 * Someone asks to take over an unclaimed establishment of the directory
 * (imported from SIRENE or a file). A commune agent decides; approval sends
 * the claimant an invitation to run it.
 */
export const Claim = model
  .define("territory_claim", {
    id: model.id({ prefix: "clm" }).primaryKey(),
    seller_id: model.text(),
    commune_id: model.text(),
    email: model.text(),
    name: model.text(),
    phone: model.text().nullable(),
    message: model.text().nullable(),
    status: model.enum([...CLAIM_STATUSES]).default("pending"),
    reason: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["commune_id", "status"] }, { on: ["seller_id", "email"] }])
