import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { page } from "@enjoy/kernel"
import { PUBLIC_COMMUNE_FIELDS } from "../../utils/commune-fields"

export const StoreGetCommunesParams = createFindParams({ limit: 100, offset: 0 }).extend(page({ limit: 100, max: 200 }))
export const StoreGetCommuneParams = createSelectParams()

export const storeCommuneQueryConfig = {
  list: { defaults: PUBLIC_COMMUNE_FIELDS, allowed: PUBLIC_COMMUNE_FIELDS, isList: true, defaultLimit: 100 },
  retrieve: { defaults: PUBLIC_COMMUNE_FIELDS, allowed: PUBLIC_COMMUNE_FIELDS, isList: false },
}
