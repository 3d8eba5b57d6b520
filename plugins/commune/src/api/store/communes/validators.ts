import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetCommunesParams = createFindParams({ limit: 100, offset: 0 })
export const StoreGetCommuneParams = createSelectParams()

/** What the public sees of a commune: never its convention or its agents. */
export const storeCommuneFields = [
  "id",
  "name",
  "slug",
  "insee_code",
  "postal_codes",
  "population",
  "population_year",
  "logo_url",
  "primary_color",
  "secondary_color",
  "latitude",
  "longitude",
]

export const storeCommuneQueryConfig = {
  list: { defaults: storeCommuneFields, allowed: storeCommuneFields, isList: true, defaultLimit: 100 },
  retrieve: { defaults: storeCommuneFields, allowed: storeCommuneFields, isList: false },
}
