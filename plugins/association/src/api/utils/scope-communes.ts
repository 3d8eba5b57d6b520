import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ActorScope } from "../../lib/scope"

/** The communes whose establishments a caller oversees: an agent its own, a moderator those its associations serve, the operator all (null). */
export async function scopeCommuneIds(req: AuthenticatedMedusaRequest, scope: ActorScope): Promise<string[] | null> {
  if (scope.actor_type === "operator") {
    return null
  }
  if (scope.actor_type === "agent") {
    return scope.commune_ids
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "association",
    fields: ["communes.id"],
    filters: { id: scope.association_ids },
  })
  return [...new Set(data.flatMap((a) => ((a.communes ?? []) as { id: string }[]).map((c) => c.id)))]
}
