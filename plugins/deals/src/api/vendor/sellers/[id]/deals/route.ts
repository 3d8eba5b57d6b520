import { retrieveOwnSeller } from "@enjoy/marketplace/vendor"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createDealWorkflow } from "../../../../../workflows"
import type { VendorCreateDealType } from "../../../../validators"

/** The establishment's bons plans, with how many were claimed and redeemed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveOwnSeller(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "deal",
    fields: ["*", "claims.status"],
    filters: { seller_id: req.params.id },
  })
  const deals = data.map(({ claims, ...deal }) => ({
    ...deal,
    claimed: (claims ?? []).length,
    redeemed: ((claims ?? []) as { status: string }[]).filter((c) => c.status === "redeemed").length,
  }))
  res.json({ deals })
}

export async function POST(req: AuthenticatedMedusaRequest<VendorCreateDealType>, res: MedusaResponse) {
  const { result } = await createDealWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, seller_id: req.params.id, deal: req.validatedBody },
  })
  res.status(201).json({ deal: result })
}
