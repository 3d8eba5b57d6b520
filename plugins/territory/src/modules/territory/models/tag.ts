import { model } from "@medusajs/framework/utils"

export const TAG_TARGETS = ["seller", "deal"] as const

/**
 * The short code printed on an establishment's or a bon plan's NFC sticker
 * and QR code: `/t/CODE` leads to its page. A code is never reused.
 */
export const Tag = model
  .define("territory_tag", {
    id: model.id({ prefix: "tag" }).primaryKey(),
    code: model.text().unique(),
    target_type: model.enum([...TAG_TARGETS]),
    target_id: model.text(),
    commune_id: model.text(),
    seller_id: model.text(),
    /** When its printable kit was first downloaded: the merchant's checklist ticks "kit imprimé". */
    kit_downloaded_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["target_type", "target_id"], unique: true }])
