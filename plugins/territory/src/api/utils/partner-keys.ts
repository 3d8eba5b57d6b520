import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { parisDay } from "../../lib/aggregate"
import { agentCommuneId } from "./agent-commune"
import { createPartnerKeyWorkflow, revokePartnerKeyWorkflow, type KeyManager } from "../../workflows"
import type { CreatePartnerKeyType } from "../validators"

const KEY_FIELDS = ["id", "name", "prefix", "commune_ids", "rate_limit", "created_by_type", "revoked_at", "created_at"]

/** Who manages keys here: the operator (admin user) or an agent, with its commune. */
export async function keyManager(req: AuthenticatedMedusaRequest): Promise<KeyManager> {
  if (req.auth_context.actor_type === "user") {
    return { actor_type: "operator" }
  }
  const communeId = await agentCommuneId(req)
  return { actor_type: "agent", commune_id: communeId }
}

/** The keys a manager sees, with their requests of the last 30 days. */
export async function listKeys(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const manager = await keyManager(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "territory_partner_key", fields: KEY_FIELDS })
  const keys = manager.actor_type === "operator" ? data : data.filter((k) => k.commune_ids.length === 1 && k.commune_ids[0] === manager.commune_id)
  const since = parisDay(new Date(Date.now() - 29 * 86_400_000))
  const { data: usage } = keys.length
    ? await query.graph({ entity: "territory_key_usage", fields: ["key_id", "day", "count"], filters: { key_id: keys.map((k) => k.id), day: { $gte: since } } })
    : { data: [] }
  res.json({
    partner_keys: keys.map((k) => ({
      ...k,
      usage: usage.filter((u) => u.key_id === k.id).sort((a, b) => String(a.day).localeCompare(String(b.day))).map(({ day, count }) => ({ day, count })),
    })),
  })
}

/** Issues a key: the operator for the communes it names (which must exist), an agent for its own commune only. */
export async function createKey(req: AuthenticatedMedusaRequest<CreatePartnerKeyType>, res: MedusaResponse) {
  const manager = await keyManager(req)
  const { name, commune_ids, rate_limit } = req.validatedBody
  let communes: string[]
  if (manager.actor_type === "agent") {
    if (commune_ids?.some((id) => id !== manager.commune_id)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "An agent issues keys for its own commune only")
    }
    communes = [manager.commune_id]
  } else {
    if (!commune_ids?.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give the communes the key may read (commune_ids)")
    }
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "commune", fields: ["id"], filters: { id: commune_ids } })
    const unknown = commune_ids.filter((id) => !data.some((c) => c.id === id))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown communes: ${unknown.join(", ")}`)
    }
    communes = commune_ids
  }
  const { result } = await createPartnerKeyWorkflow(req.scope).run({
    input: { name, commune_ids: communes, rate_limit, created_by: req.auth_context.actor_id, created_by_type: manager.actor_type },
  })
  res.status(201).json({ partner_key: result })
}

export async function revokeKey(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await revokePartnerKeyWorkflow(req.scope).run({ input: { key_id: req.params.id, manager: await keyManager(req) } })
  res.json({ partner_key: result })
}
