import { model } from "@medusajs/framework/utils"
import { MODERATION_POLICIES } from "../../../lib/moderation"
import { Membership } from "./membership"
import { ModeratorRoleModel } from "./moderator-role"

/** A merchant association (union commerciale) serving one or more communes and moderating its members. */
export const Association = model
  .define("association", {
    id: model.id({ prefix: "asso" }).primaryKey(),
    name: model.text().searchable(),
    slug: model.text().unique(),
    logo_url: model.text().nullable(),
    email: model.text(),
    phone: model.text().nullable(),
    website: model.text().nullable(),
    policy: model.enum([...MODERATION_POLICIES]).default("pre"),
    memberships: model.hasMany(() => Membership, { mappedBy: "association" }),
    moderator_roles: model.hasMany(() => ModeratorRoleModel, { mappedBy: "association" }),
  })
  .cascades({ delete: ["memberships", "moderator_roles"] })
