import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

/** Writes the decision on the claim; the compensation puts it back to pending. */
export const decideClaimStep = createStep(
  "decide-claim",
  async (input: { id: string; status: "approved" | "rejected"; reason: string | null; decided_by: string }, { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    const claim = await service.updateTerritoryClaims({ ...input, decided_at: new Date() })
    return new StepResponse(claim, input.id)
  },
  async (id, { container }) => {
    if (id) {
      await container
        .resolve<TerritoryModuleService>(TERRITORY_MODULE)
        .updateTerritoryClaims({ id, status: "pending", reason: null, decided_by: null, decided_at: null })
    }
  }
)
