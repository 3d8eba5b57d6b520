import { SELLER_STATUSES } from "@enjoy/marketplace/modules/seller"

/** How many establishments in each status, every status present (zero included) so a dashboard shows them all. */
export function countByStatus(sellers: { status: string }[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(SELLER_STATUSES.map((s) => [s, 0]))
  for (const seller of sellers) {
    counts[seller.status] = (counts[seller.status] ?? 0) + 1
  }
  return counts
}
