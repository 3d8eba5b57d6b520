import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validityWindow } from "../../../lib/validity"

export type DealInput = {
  title: string
  description?: string | null
  image_url?: string | null
  kind: "percent" | "amount" | "gift" | "bundle" | "info"
  value?: number | null
  conditions?: string | null
  starts_on: string
  ends_on: string
  quota?: number | null
  per_shopper_limit?: number
  promotion_code?: string | null
}

/** Checks a deal's value against its kind and turns its days into a validity window (Paris time). */
export const prepareDealStep = createStep("prepare-deal", async (input: DealInput) => {
  if (input.kind === "percent" && !(input.value && input.value > 0 && input.value <= 100)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Une remise en pourcentage va de 1 à 100 % (champ « value »)")
  }
  if (input.kind === "amount" && !(input.value && input.value > 0)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Une remise en euros doit être positive (champ « value »)")
  }
  let window
  try {
    window = validityWindow(input.starts_on, input.ends_on)
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Le dernier jour du bon plan précède le premier (champs « starts_on », « ends_on »)")
  }
  return new StepResponse({ ...input, ...window })
})
