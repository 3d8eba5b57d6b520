import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { period, readSummary } from "../../utils/read-summary"
import type { StatsQueryType } from "../../validators"

/** The agent's commune's figures: its own lines (all establishments together), search terms, and open establishments today. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: agents } = await query.graph({
    entity: "commune_agent",
    fields: ["commune.id", "commune.name", "commune.sellers.status"],
    filters: { id: req.auth_context.actor_id },
  })
  const commune = agents[0]?.commune as { id: string; name: string; sellers?: { status: string }[] } | undefined
  if (!commune) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  const summary = await readSummary(query, { commune_id: commune.id, seller_id: "" }, period(req.validatedQuery as StatsQueryType))
  const active = (commune.sellers ?? []).filter((s) => s.status === "open").length
  res.json({ statistics: { ...summary, commune: { id: commune.id, name: commune.name }, active_establishments: active } })
}
