import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { countByStatus } from "../../../lib/seller-counts"
import { scopeCommuneIds } from "../../utils/scope-communes"
import { resolveScope } from "../../utils/scope"

const SELLER_FIELDS = ["id", "name", "handle", "status", "commerce_mode", "city"]

type ScopeSeller = { id: string; name: string; handle: string; status: string; commerce_mode: string; city: string }

/**
 * The establishments of the communes a caller oversees, with counts by
 * status: an agent's dashboard, and the establishments a moderator may invite.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const communeIds = await scopeCommuneIds(req, await resolveScope(req))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: communes } = await query.graph({
    entity: "commune",
    fields: ["id", "slug", "name", ...SELLER_FIELDS.map((f) => `sellers.${f}`)],
    filters: communeIds ? { id: communeIds } : {},
  })
  const sellers = communes
    .flatMap((c) => ((c.sellers ?? []) as ScopeSeller[]).map((s) => ({ ...s, commune: { id: c.id, slug: c.slug, name: c.name } })))
    .sort((a, b) => a.name.localeCompare(b.name, "fr"))
  res.json({ sellers, count: sellers.length, by_status: countByStatus(sellers) })
}
