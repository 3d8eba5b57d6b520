import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

export type KeyManager = { actor_type: "operator" } | { actor_type: "agent"; commune_id: string }

/**
 * The operator manages every key; an agent only the keys scoped to its own
 * commune alone. Any other key does not exist for the caller (404).
 */
export const validateKeyScopeStep = createStep(
  "validate-key-scope",
  async (input: { key_id: string; manager: KeyManager }, { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    const [key] = await service.listTerritoryPartnerKeys({ id: input.key_id })
    const mine =
      key &&
      (input.manager.actor_type === "operator" ||
        (key.commune_ids.length === 1 && key.commune_ids[0] === input.manager.commune_id))
    if (!mine) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner key with id: ${input.key_id} was not found`)
    }
    return new StepResponse({ id: key.id, revoked_at: key.revoked_at })
  }
)
