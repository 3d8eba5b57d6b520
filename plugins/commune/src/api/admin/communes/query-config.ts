import { ADMIN_COMMUNE_FIELDS } from "../../utils/commune-fields"

export const adminCommuneQueryConfig = {
  retrieve: { defaults: [...ADMIN_COMMUNE_FIELDS, "agents.id", "agents.email"], isList: false },
  list: { defaults: ADMIN_COMMUNE_FIELDS, isList: true, defaultLimit: 50 },
}
