import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { PUBLIC_COMMUNE_FIELDS } from "../../utils/commune-fields"

export const StoreGetCommunesParams = createFindParams({ limit: 100, offset: 0 })
export const StoreGetCommuneParams = createSelectParams()

export const storeCommuneQueryConfig = {
  list: { defaults: PUBLIC_COMMUNE_FIELDS, allowed: PUBLIC_COMMUNE_FIELDS, isList: true, defaultLimit: 100 },
  retrieve: { defaults: PUBLIC_COMMUNE_FIELDS, allowed: PUBLIC_COMMUNE_FIELDS, isList: false },
}
