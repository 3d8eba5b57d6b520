import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Only a draft is submitted; another establishment's deal does not exist for the merchant. */
export const ensureDraftStep = createStep("ensure-draft", async (input: { deal?: { id: string; status: string } }) => {
  if (!input.deal) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Bon plan introuvable")
  }
  if (input.deal.status !== "draft") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Seul un brouillon se soumet à la publication")
  }
  return new StepResponse(input.deal)
})
