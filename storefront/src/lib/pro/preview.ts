type ProfileCase = { subject: string; status: string; proposed?: Record<string, unknown> | null; updated_at: string }

const SHOWN = ["name", "description", "phone", "email", "website", "address_1", "postal_code", "city", "photos"] as const

/**
 * The vitrine as it will look once the pending profile changes are approved:
 * the published values, then each pending proposal in the order it was made.
 * Returns which fields the pending changes touch, to mark them.
 */
export function previewProfile<T extends Record<string, unknown>>(seller: T, cases: ProfileCase[]): { profile: T; pending: string[] } {
  const pending = cases
    .filter((c) => c.subject === "seller_profile" && c.status === "pending" && c.proposed)
    .sort((a, b) => a.updated_at.localeCompare(b.updated_at))
  const profile = { ...seller }
  const touched = new Set<string>()
  for (const c of pending) {
    for (const field of SHOWN) {
      if (c.proposed && field in c.proposed) {
        ;(profile as Record<string, unknown>)[field] = c.proposed[field]
        touched.add(field)
      }
    }
  }
  return { profile, pending: [...touched] }
}
