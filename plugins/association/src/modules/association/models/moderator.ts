import { model } from "@medusajs/framework/utils"
import { ModeratorRoleModel } from "./moderator-role"

/** A person who moderates for one or more associations (actor type `moderator`). */
export const Moderator = model.define("moderator", {
  id: model.id({ prefix: "mod" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  roles: model.hasMany(() => ModeratorRoleModel, { mappedBy: "moderator" }),
})
