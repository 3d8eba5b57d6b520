/**
 * What an erased shopper's orders keep: the merchants must keep their sales
 * records (ten years in France), not who bought. The e-mail becomes an
 * address that can never receive mail (the .invalid TLD is reserved), and
 * the names, phone and street go; the town stays for the sales statistics.
 */
export const ERASED_EMAIL = "compte-supprime@enjoy.invalid"

export const ERASED_ADDRESS_FIELDS = ["first_name", "last_name", "company", "phone", "address_1", "address_2"] as const

export type ErasableAddress = { id: string } & Partial<Record<(typeof ERASED_ADDRESS_FIELDS)[number], string | null>>

/** The update that wipes an address's personal fields, or null when there is nothing to wipe. */
export function erasedAddress(address: ErasableAddress | null | undefined): ErasableAddress | null {
  if (!address || ERASED_ADDRESS_FIELDS.every((field) => !address[field])) {
    return null
  }
  return { id: address.id, ...Object.fromEntries(ERASED_ADDRESS_FIELDS.map((field) => [field, null])) }
}
