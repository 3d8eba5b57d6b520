import { model } from "@medusajs/framework/utils"
import { Commune } from "./commune"

/**
 * A single-use, expiring invitation for an agent to join a commune. Only a
 * hash of the token is stored, so a database leak does not leak live invites.
 */
export const AgentInvite = model.define("commune_agent_invite", {
  id: model.id({ prefix: "cinv" }).primaryKey(),
  email: model.text(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  commune: model.belongsTo(() => Commune, { mappedBy: "agent_invites" }),
})
