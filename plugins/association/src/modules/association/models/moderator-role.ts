import { model } from "@medusajs/framework/utils"
import { MODERATOR_ROLES } from "../../../lib/moderation"
import { Association } from "./association"
import { Moderator } from "./moderator"

/** A moderator's place in an association: its president or one of its moderators. */
export const ModeratorRoleModel = model
  .define("association_moderator", {
    id: model.id({ prefix: "amod" }).primaryKey(),
    role: model.enum([...MODERATOR_ROLES]),
    moderator: model.belongsTo(() => Moderator, { mappedBy: "roles" }),
    association: model.belongsTo(() => Association, { mappedBy: "moderator_roles" }),
  })
  .indexes([{ on: ["moderator_id", "association_id"], unique: true, where: "deleted_at IS NULL" }])
