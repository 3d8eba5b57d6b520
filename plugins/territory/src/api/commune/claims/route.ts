import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { agentCommuneId } from "../../utils/agent-commune"

const ORDER = { pending: 0, approved: 1, rejected: 2 } as Record<string, number>

/** The commune's claims, those awaiting a decision first, with the establishment they concern. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const communeId = await agentCommuneId(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: claims } = await query.graph({
    entity: "territory_claim",
    fields: ["id", "seller_id", "email", "name", "phone", "message", "status", "reason", "decided_at", "created_at"],
    filters: { commune_id: communeId },
  })
  const { data: sellers } = claims.length
    ? await query.graph({ entity: "seller", fields: ["id", "name", "siret", "address_1", "city"], filters: { id: [...new Set(claims.map((c) => c.seller_id as string))] } })
    : { data: [] }
  const byId = new Map(sellers.map((s) => [s.id, s]))
  res.json({
    claims: claims
      .map((c) => ({ ...c, seller: byId.get(c.seller_id) ?? null }))
      .sort((a, b) => ORDER[a.status] - ORDER[b.status] || String(a.created_at).localeCompare(String(b.created_at))),
  })
}
