import { model } from "@medusajs/framework/utils"
import { SellerMember } from "./seller-member"

/** A person who runs one or more establishments (actor type `merchant`). */
export const Merchant = model.define("merchant", {
  id: model.id({ prefix: "mer" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  phone: model.text().nullable(),
  memberships: model.hasMany(() => SellerMember, { mappedBy: "merchant" }),
})
