/** What anyone may read of a commune: never its convention, its status or its agents. */
export const PUBLIC_COMMUNE_FIELDS = [
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

/** What the operator reads: the public fields plus the convention. */
export const ADMIN_COMMUNE_FIELDS = [
  ...PUBLIC_COMMUNE_FIELDS,
  "convention_start",
  "convention_end",
  "status",
  "created_at",
  "updated_at",
]
