import { model } from "@medusajs/framework/utils"

/** An importer's own reference for an establishment it brought in: a re-import recognizes it and creates nothing twice. */
export const ImportRef = model
  .define("territory_import_ref", {
    id: model.id({ prefix: "iref" }).primaryKey(),
    commune_id: model.text(),
    reference: model.text(),
    seller_id: model.text(),
  })
  .indexes([{ on: ["commune_id", "reference"], unique: true }])
