import { model } from "@medusajs/framework/utils"
import { Commune } from "./commune"

/** A member of a commune's staff (agent commerce, community animator). */
export const CommuneAgent = model.define("commune_agent", {
  id: model.id({ prefix: "cagt" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  job_title: model.text().nullable(),
  commune: model.belongsTo(() => Commune, { mappedBy: "agents" }),
})
