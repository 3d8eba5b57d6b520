import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ActorScope } from "../../lib/scope"

/** What the signed-in caller may reach: an operator (admin user), a moderator's associations, an agent's commune. */
export async function resolveScope(req: AuthenticatedMedusaRequest): Promise<ActorScope> {
  const { actor_type, actor_id } = req.auth_context
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (actor_type === "user") {
    return { actor_type: "operator", actor_id }
  }
  if (actor_type === "moderator") {
    const { data: roles } = await query.graph({
      entity: "association_moderator",
      fields: ["association_id", "role"],
      filters: { moderator_id: actor_id },
    })
    return {
      actor_type: "moderator",
      actor_id,
      association_ids: roles.map((r) => r.association_id as string),
      president_of: roles.filter((r) => r.role === "president").map((r) => r.association_id as string),
    }
  }
  if (actor_type === "agent") {
    const { data: agents } = await query.graph({ entity: "commune_agent", fields: ["commune.id"], filters: { id: actor_id } })
    return {
      actor_type: "agent",
      actor_id,
      commune_ids: agents.map((a) => (a.commune as { id: string } | null)?.id).filter((id): id is string => !!id),
    }
  }
  throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
}

/** The associations a caller sees: a moderator its own, an agent those serving its commune, the operator all. */
export async function visibleAssociationIds(req: AuthenticatedMedusaRequest, scope: ActorScope): Promise<string[] | null> {
  if (scope.actor_type === "operator") {
    return null
  }
  if (scope.actor_type === "moderator") {
    return scope.association_ids
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "commune", fields: ["associations.id"], filters: { id: scope.commune_ids } })
  return data.flatMap((c) => ((c.associations ?? []) as { id: string }[]).map((a) => a.id))
}
