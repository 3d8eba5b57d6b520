/** The seller fields, read through Query, that both discovery indexes build their documents from. */
export const SELLER_FIELDS = [
  "id", "name", "handle", "kind", "categories", "description", "photos", "address_1", "postal_code", "city",
  "latitude", "longitude", "opening_hours", "commerce_mode", "status", "commune.slug", "commune.name",
]

/** Auto-generated events of the seller module; any change may take an establishment in or out of discovery. */
export const SELLER_EVENTS = ["seller.seller.created", "seller.seller.updated", "seller.seller.deleted"]
