import { model } from "@medusajs/framework/utils"

/** Every code a merchant typed or scanned, redeemed or refused, and why. */
export const RedemptionAttempt = model
  .define("deal_redemption_attempt", {
    id: model.id({ prefix: "dred" }).primaryKey(),
    code: model.text(),
    merchant_id: model.text(),
    claim_id: model.text().nullable(),
    outcome: model.enum(["redeemed", "refused"]),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["merchant_id", "created_at"] }, { on: ["code"] }])
