import { model } from "@medusajs/framework/utils"
import { DEAL_STATUSES } from "../../../lib/validity"
import { DealClaim } from "./deal-claim"

export const DEAL_KINDS = ["percent", "amount", "gift", "bundle", "info"] as const

/** A bon plan of one establishment, valid on whole days in Paris time, claimed by shoppers and redeemed at the counter. */
export const Deal = model
  .define("deal", {
    id: model.id({ prefix: "deal" }).primaryKey(),
    seller_id: model.text(),
    title: model.text().searchable(),
    description: model.text().nullable(),
    image_url: model.text().nullable(),
    kind: model.enum([...DEAL_KINDS]),
    /** Percent off, euros off, or nothing for gifts and information. */
    value: model.float().nullable(),
    conditions: model.text().nullable(),
    starts_on: model.text(),
    ends_on: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    /** Claims available in total; null: unlimited. */
    quota: model.number().nullable(),
    per_shopper_limit: model.number().default(1),
    status: model.enum([...DEAL_STATUSES]).default("draft"),
    /** A Medusa promotion code applied in the cart, for establishments selling online. */
    promotion_code: model.text().nullable(),
    claims: model.hasMany(() => DealClaim, { mappedBy: "deal" }),
  })
  .cascades({ delete: ["claims"] })
  .indexes([{ on: ["seller_id", "status"] }, { on: ["status", "ends_at"] }])
