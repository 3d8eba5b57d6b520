export const adminCommuneFields = [
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
  "convention_start",
  "convention_end",
  "status",
  "created_at",
  "updated_at",
]

export const adminCommuneQueryConfig = {
  retrieve: { defaults: [...adminCommuneFields, "agents.id", "agents.email"], isList: false },
  list: { defaults: adminCommuneFields, isList: true, defaultLimit: 50 },
}
