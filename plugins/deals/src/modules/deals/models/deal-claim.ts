import { model } from "@medusajs/framework/utils"
import { Deal } from "./deal"

export const CLAIM_STATUSES = ["claimed", "redeemed", "expired"] as const

/** A shopper's claim on a deal: a short unique code to show at the counter. */
export const DealClaim = model
  .define("deal_claim", {
    id: model.id({ prefix: "dclm" }).primaryKey(),
    code: model.text().unique(),
    email: model.text(),
    customer_id: model.text().nullable(),
    status: model.enum([...CLAIM_STATUSES]).default("claimed"),
    redeemed_at: model.dateTime().nullable(),
    redeemed_by: model.text().nullable(),
    deal: model.belongsTo(() => Deal, { mappedBy: "claims" }),
  })
  .indexes([{ on: ["deal_id", "email"] }, { on: ["customer_id"] }])
