import { model } from "@medusajs/framework/utils"
import { MEMBERSHIP_STATUSES } from "../../../lib/moderation"
import { Association } from "./association"

/** An establishment's membership of an association: invited → active → left | removed. */
export const Membership = model
  .define("association_membership", {
    id: model.id({ prefix: "amem" }).primaryKey(),
    seller_id: model.text(),
    status: model.enum([...MEMBERSHIP_STATUSES]).default("invited"),
    joined_at: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
    association: model.belongsTo(() => Association, { mappedBy: "memberships" }),
  })
  .indexes([{ on: ["association_id", "seller_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["seller_id", "status"] }])
