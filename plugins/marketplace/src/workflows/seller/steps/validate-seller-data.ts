import type { MedusaContainer } from "@medusajs/framework/types"
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
    const [commune] = await activeCommunes(container, [input.commune_id])
    assertSellerProfile(input.profile, commune, input.commune_id)
    return new StepResponse(commune)
  }
)

type Commune = { id: string; status: string; latitude: number; longitude: number }

/** The active communes among these ids (an inactive or unknown one is simply absent). */
export async function activeCommunes(container: MedusaContainer, ids: string[]): Promise<Commune[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "commune",
    fields: ["id", "status", "latitude", "longitude"],
    filters: { id: [...new Set(ids)] },
  })
  return (data as Commune[]).filter((commune) => commune.status === "active")
}

/** The rules of one establishment's profile, given its commune (undefined when not active). */
export function assertSellerProfile(profile: Partial<SellerProfileInput>, commune: Commune | undefined, communeId: string) {
  if (profile.siret && !isValidSiret(profile.siret)) {
    throw invalid("siret", `"${profile.siret}" is not a valid SIRET (14 digits, Luhn key)`)
  }
  if (profile.opening_hours) {
    assertOpeningHours(profile.opening_hours)
  }
  if (!commune) {
    throw invalid("commune_id", `no active commune has the id ${communeId}`)
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
}
