import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

/** Revokes a key at once (revoking twice keeps the first date); the compensation gives back its previous state. */
export const revokePartnerKeyStep = createStep(
  "revoke-partner-key",
  async (input: { id: string; revoked_at: Date | null }, { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    const updated = await service.updateTerritoryPartnerKeys({ id: input.id, revoked_at: input.revoked_at ?? new Date() })
    const { key_hash: _hash, ...shown } = updated
    return new StepResponse(shown, input)
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).updateTerritoryPartnerKeys({ id: previous.id, revoked_at: previous.revoked_at })
    }
  }
)
