import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../../../lib/seller-status"
import { Merchant } from "./merchant"
import { Seller } from "./seller"

/** A merchant's place in an establishment: its owner or one of its staff. */
export const SellerMember = model
  .define("seller_member", {
    id: model.id({ prefix: "smem" }).primaryKey(),
    role: model.enum([...MEMBER_ROLES]),
    merchant: model.belongsTo(() => Merchant, { mappedBy: "memberships" }),
    seller: model.belongsTo(() => Seller, { mappedBy: "members" }),
  })
  .indexes([{ on: ["merchant_id", "seller_id"], unique: true, where: "deleted_at IS NULL" }])
