/** The merchant's getting-started list, each item read from real data. */
export type OnboardingInput = {
  description: string | null
  phone: string | null
  photos: string[] | null
  opening_hours: { weekly?: Record<string, unknown[]> } | null
  products: number
  deals: number
  /** The printable QR / NFC kit was downloaded (printing itself cannot be seen). */
  kit: boolean
}

export const ONBOARDING_ITEMS = ["profile", "photos", "hours", "product", "deal", "kit"] as const
export type OnboardingItem = (typeof ONBOARDING_ITEMS)[number]

export function onboarding(seller: OnboardingInput): Record<OnboardingItem, boolean> {
  return {
    profile: !!seller.description?.trim() && !!seller.phone?.trim(),
    photos: (seller.photos ?? []).length > 0,
    hours: Object.values(seller.opening_hours?.weekly ?? {}).some((ranges) => ranges.length > 0),
    product: seller.products > 0,
    deal: seller.deals > 0,
    kit: seller.kit,
  }
}
