import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isNearCommune, isValidSiret, isValidTime, MAX_DISTANCE_FROM_COMMUNE_KM, type OpeningHours, WEEKDAYS } from "@enjoy/kernel"
import type { SellerProfileInput } from "../types"

export const validateSellerDataStepId = "validate-seller-data"

const invalid = (field: string, detail: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${field}: ${detail}`)

function assertOpeningHours(hours: OpeningHours) {
  const ranges = [
    ...WEEKDAYS.flatMap((d) => hours.weekly[d] ?? []),
    ...hours.exceptions.flatMap((e) => e.ranges),
  ]
  const bad = ranges.find((r) => !isValidTime(r.open) || !isValidTime(r.close))
  if (bad) {
    throw invalid("opening_hours", `"${bad.open}-${bad.close}" is not a HH:MM range`)
  }
}

/**
 * Business rules of an establishment's profile, for every caller of the
 * workflows: a valid SIRET, opening hours in HH:MM, and coordinates near the
 * centre of its commune, which must exist and be active.
 */
export const validateSellerDataStep = createStep(
  validateSellerDataStepId,
  async (
    input: { commune_id: string; profile: Partial<SellerProfileInput> },
    { container }
  ) => {
    const { profile } = input
    if (profile.siret && !isValidSiret(profile.siret)) {
      throw invalid("siret", `"${profile.siret}" is not a valid SIRET (14 digits, Luhn key)`)
    }
    if (profile.opening_hours) {
      assertOpeningHours(profile.opening_hours)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [commune],
    } = await query.graph({
      entity: "commune",
      fields: ["id", "status", "latitude", "longitude"],
      filters: { id: input.commune_id },
    })
    if (!commune || commune.status !== "active") {
      throw invalid("commune_id", `no active commune has the id ${input.commune_id}`)
    }
    if (profile.latitude !== undefined && profile.longitude !== undefined) {
      const point = { latitude: profile.latitude, longitude: profile.longitude }
      if (!isNearCommune(point, commune)) {
        throw invalid(
          "latitude/longitude",
          `the establishment is more than ${MAX_DISTANCE_FROM_COMMUNE_KM} km from its commune's centre`
        )
      }
    }
    return new StepResponse(commune)
  }
)
