import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateApiKey } from "../../lib/api-key"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

export type CreatePartnerKeyInput = {
  name: string
  commune_ids: string[]
  rate_limit?: number
  created_by: string
  created_by_type: "operator" | "agent"
}

/** Stores a new key's hash; the clear key is returned this once. */
export const createPartnerKeyStep = createStep(
  "create-partner-key",
  async (input: CreatePartnerKeyInput, { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    const { key, prefix, hash } = generateApiKey()
    const created = await service.createTerritoryPartnerKeys({ ...input, prefix, key_hash: hash })
    const { key_hash: _hash, ...shown } = created
    return new StepResponse({ ...shown, key }, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).deleteTerritoryPartnerKeys(id)
    }
  }
)
