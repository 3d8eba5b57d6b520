import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

export type ClaimDecision = { claim_id: string; commune_id: string; agent_id: string; decision: "approved" | "rejected"; reason?: string | null }

/** Only the claimed establishment's commune decides, once, and a refusal says why. */
export const validateClaimDecisionStep = createStep("validate-claim-decision", async (input: ClaimDecision, { container }) => {
  const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
  const [claim] = await service.listTerritoryClaims({ id: input.claim_id, commune_id: input.commune_id })
  if (!claim) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Claim with id: ${input.claim_id} was not found`)
  }
  if (claim.status !== "pending") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Cette demande a déjà été traitée")
  }
  if (input.decision === "rejected" && !input.reason?.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Indiquez le motif du refus : il est communiqué au demandeur")
  }
  return new StepResponse({ id: claim.id, seller_id: claim.seller_id, email: claim.email })
})
