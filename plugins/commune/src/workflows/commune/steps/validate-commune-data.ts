import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { isValidHexColor } from "@enjoy/kernel"
import { isValidInseeCode, isValidPostalCode } from "../../../lib/insee"
import type { UpdateCommuneInput } from "../types"

export const validateCommuneDataStepId = "validate-commune-data"

/**
 * The same rules as the HTTP validators, kept here so that every caller of the
 * workflows (seed, imports, other plugins) gets them too.
 */
export const validateCommuneDataStep = createStep(
  validateCommuneDataStepId,
  async (input: { communes: UpdateCommuneInput[] }) => {
    for (const commune of input.communes) {
      const invalid = (field: string, detail: string) =>
        new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${field}: ${detail}`)
      if (commune.insee_code !== undefined && !isValidInseeCode(commune.insee_code)) {
        throw invalid("insee_code", `"${commune.insee_code}" is not an INSEE commune code`)
      }
      const badPostal = commune.postal_codes?.find((code) => !isValidPostalCode(code))
      if (badPostal !== undefined) {
        throw invalid("postal_codes", `"${badPostal}" is not a postal code`)
      }
      for (const field of ["primary_color", "secondary_color"] as const) {
        const color = commune[field]
        if (color !== undefined && !isValidHexColor(color)) {
          throw invalid(field, `"${color}" is not a #rrggbb colour`)
        }
      }
    }
  }
)
