import { model } from "@medusajs/framework/utils"

/** How many requests a partner key made on a day (Paris). */
export const KeyUsage = model
  .define("territory_key_usage", {
    id: model.id({ prefix: "kuse" }).primaryKey(),
    key_id: model.text(),
    day: model.text(),
    count: model.number().default(0),
  })
  .indexes([{ on: ["key_id", "day"], unique: true }])
