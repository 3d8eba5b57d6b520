import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestClaimWorkflow } from "../../../workflows"
import type { RequestClaimType } from "../../validators"

/** "C'est mon commerce" : a request to run an unclaimed establishment of the directory, found by its SIRET. */
export async function POST(req: MedusaRequest<RequestClaimType>, res: MedusaResponse) {
  const { result } = await requestClaimWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ claim: { id: result.claim.id, status: result.claim.status, establishment: result.establishment } })
}
