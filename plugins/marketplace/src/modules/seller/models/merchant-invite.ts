import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../../../lib/seller-status"
import { Seller } from "./seller"

/** A single-use, expiring invitation to run an establishment; only the token's hash is kept. */
export const MerchantInvite = model.define("merchant_invite", {
  id: model.id({ prefix: "minv" }).primaryKey(),
  email: model.text(),
  role: model.enum([...MEMBER_ROLES]),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  seller: model.belongsTo(() => Seller, { mappedBy: "merchant_invites" }),
})
