import { retrieveOwnSeller } from "@enjoy/marketplace/vendor"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeMembershipWorkflow } from "../../../../../../workflows/association"
import type { MerchantMembershipType } from "../../../../../validators"

/** The merchant accepts an association's invitation (`active`) or leaves it (`left`). */
export async function POST(req: AuthenticatedMedusaRequest<MerchantMembershipType>, res: MedusaResponse) {
  await retrieveOwnSeller(req, req.params.id)
  const { result } = await changeMembershipWorkflow(req.scope).run({
    input: { association_id: req.params.association_id, seller_id: req.params.id, status: req.validatedBody.status },
  })
  res.json({ membership: result })
}
