/** What anyone may read of an establishment. */
export const PUBLIC_SELLER_FIELDS = [
  "id",
  "name",
  "handle",
  "kind",
  "categories",
  "description",
  "photos",
  "photo_meta",
  "address_1",
  "address_2",
  "postal_code",
  "city",
  "latitude",
  "longitude",
  "phone",
  "email",
  "website",
  "social_links",
  "accessibility",
  "visit_info",
  "opening_hours",
  "commerce_mode",
  "pickup_deadline_hours",
  "delivery",
  "commune.id",
  "commune.name",
  "commune.slug",
]

/** What the operator reads: everything, the status and SIRET included. */
export const ADMIN_SELLER_FIELDS = [...PUBLIC_SELLER_FIELDS, "siret", "status", "created_at", "updated_at"]
