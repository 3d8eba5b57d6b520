import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

export type ClaimInput = { seller_id: string; commune_id: string; email: string; name: string; phone?: string | null; message?: string | null }

/** Records a claim; the same person asking twice for the same establishment gets a clear refusal, not a duplicate. */
export const createClaimStep = createStep(
  "create-claim",
  async (input: ClaimInput, { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    const [existing] = await service.listTerritoryClaims({ seller_id: input.seller_id, email: input.email, status: "pending" })
    if (existing) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "Vous avez déjà demandé à reprendre cet établissement : la commune va vous répondre")
    }
    const claim = await service.createTerritoryClaims(input)
    return new StepResponse(claim, claim.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).deleteTerritoryClaims(id)
    }
  }
)
