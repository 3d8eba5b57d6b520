import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PartnerRequest } from "./partner-auth"

/** The commune of the address if the partner's key covers it; any other commune is a 404, as if it did not exist. */
export async function partnerCommune(req: PartnerRequest): Promise<{ id: string; slug: string; name: string }> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [commune],
  } = await query.graph({ entity: "commune", fields: ["id", "slug", "name"], filters: { slug: req.params.slug } })
  if (!commune || !req.partner?.commune_ids.includes(commune.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commune '${req.params.slug}' was not found`)
  }
  return commune
}
