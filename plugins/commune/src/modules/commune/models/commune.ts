import { model } from "@medusajs/framework/utils"
import { AgentInvite } from "./agent-invite"
import { CommuneAgent } from "./commune-agent"

export const COMMUNE_STATUSES = ["active", "suspended", "ended"] as const

/**
 * A commune is a tenant of the platform: it has its own co-branded portal,
 * its agents, its establishments and its share of the platform's cost.
 */
export const Commune = model
  .define("commune", {
    id: model.id({ prefix: "com" }).primaryKey(),
    name: model.text().searchable(),
    slug: model.text().unique(),
    insee_code: model.text().unique(),
    postal_codes: model.array(),
    population: model.number(),
    population_year: model.number(),
    logo_url: model.text().nullable(),
    primary_color: model.text().default("#1f4e79"),
    secondary_color: model.text().default("#f2c14e"),
    latitude: model.float(),
    longitude: model.float(),
    convention_start: model.dateTime(),
    convention_end: model.dateTime().nullable(),
    status: model.enum([...COMMUNE_STATUSES]).default("active"),
    agents: model.hasMany(() => CommuneAgent, { mappedBy: "commune" }),
    agent_invites: model.hasMany(() => AgentInvite, { mappedBy: "commune" }),
  })
  .cascades({ delete: ["agent_invites"] })
