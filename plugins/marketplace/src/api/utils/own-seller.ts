import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ADMIN_SELLER_FIELDS } from "./seller-fields"

/** Everything a merchant sees of its own establishment (status and SIRET included). */
export const VENDOR_SELLER_FIELDS = ADMIN_SELLER_FIELDS

/** An establishment the signed-in merchant runs, or a 404 for any other. */
export async function retrieveOwnSeller(req: AuthenticatedMedusaRequest, sellerId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({
    entity: "seller_member",
    fields: ["role", "seller_id"],
    filters: { merchant_id: req.auth_context.actor_id, seller_id: sellerId },
  })
  if (!members.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Establishment with id: ${sellerId} was not found`)
  }
  const {
    data: [seller],
  } = await query.graph({ entity: "seller", fields: VENDOR_SELLER_FIELDS, filters: { id: sellerId } })
  return { ...seller, role: members[0].role }
}
