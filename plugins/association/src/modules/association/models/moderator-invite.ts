import { model } from "@medusajs/framework/utils"
import { MODERATOR_ROLES } from "../../../lib/moderation"

/** A single-use, expiring invitation to moderate for an association; only the token's hash is kept. */
export const ModeratorInvite = model
  .define("moderator_invite", {
    id: model.id({ prefix: "minv" }).primaryKey(),
    association_id: model.text(),
    email: model.text(),
    role: model.enum([...MODERATOR_ROLES]),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    invited_by: model.text(),
  })
  .indexes([{ on: ["association_id", "email"] }])
