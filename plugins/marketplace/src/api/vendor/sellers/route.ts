import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VENDOR_SELLER_FIELDS } from "../../utils/own-seller"

/** The establishments the signed-in merchant runs, with its role in each. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({
    entity: "seller_member",
    fields: ["role", "seller_id"],
    filters: { merchant_id: req.auth_context.actor_id },
  })
  const roles = new Map(members.map((m) => [m.seller_id, m.role]))
  const { data: sellers } = members.length
    ? await query.graph({
        entity: "seller",
        fields: VENDOR_SELLER_FIELDS,
        filters: { id: [...roles.keys()] },
        pagination: { order: { name: "ASC" } },
      })
    : { data: [] }
  res.json({ sellers: sellers.map((s) => ({ ...s, role: roles.get(s.id) })), count: sellers.length })
}
