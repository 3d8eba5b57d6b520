/**
 * What the marketplace asks whoever reviews published content (the
 * association plugin, when installed) before a merchant's change goes public.
 * Without a reviewer nothing is held.
 */
export type ReviewSubject = "seller_profile" | "product"

export type ChangeProposal = {
  subject: ReviewSubject
  seller_id: string
  /** The establishment or product changed; null for a product not created yet. */
  subject_id: string | null
  proposed: Record<string, unknown>
  /** The public version of the changed fields, to go back to if the change is taken down. */
  previous: Record<string, unknown> | null
  submitted_by: string
  /** Typed by a reviewer for the merchant (assisted entry): nothing to hold, the reviewer audits it. */
  assisted?: boolean
}

/**
 * Who acts on a product: the merchant running the establishment, or a
 * reviewer doing assisted entry (`assisted_by`), whose right to act for the
 * establishment the calling plugin has already checked.
 */
export type CatalogActor = { merchant_id: string; assisted_by?: undefined } | { merchant_id?: undefined; assisted_by: string }

export type ReviewVerdict = { hold: boolean }

/** The current values of just the fields a change touches. */
export function previousValuesOf(current: Record<string, unknown>, proposed: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(proposed).map((key) => [key, current[key] ?? null]))
}

export const isHeld = (verdict: ReviewVerdict | undefined) => verdict?.hold === true
