import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateSellerInput } from "../types"
import { activeCommunes, assertSellerProfile } from "./validate-seller-data"

export const validateNewSellersStepId = "validate-new-sellers"

/** The rules of validateSellerDataStep for a batch of new establishments, their communes read at once. */
export const validateNewSellersStep = createStep(
  validateNewSellersStepId,
  async (input: { sellers: CreateSellerInput[] }, { container }) => {
    const communes = await activeCommunes(container, input.sellers.map((s) => s.commune_id))
    for (const { commune_id, ...profile } of input.sellers) {
      assertSellerProfile(profile, communes.find((c) => c.id === commune_id), commune_id)
    }
    return new StepResponse(communes)
  }
)
