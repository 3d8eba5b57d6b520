import "server-only"
import { proFetch } from "./session"

export const INDICATORS = ["vitrine_view", "search", "tag_scan", "deal_claim", "deal_redemption", "reservation", "order"] as const

export type StatSummary = {
  from: string
  to: string
  totals: Record<string, { count: number; amount: number }>
  days: { day: string; counts: Record<string, number> }[]
  top_searches: { term: string; count: number }[]
}

export async function sellerStatistics(sellerId: string): Promise<StatSummary> {
  return (await proFetch<{ statistics: StatSummary }>(`/vendor/sellers/${encodeURIComponent(sellerId)}/stats`)).statistics
}

export async function communeStatistics(): Promise<StatSummary & { active_establishments: number }> {
  return (await proFetch<{ statistics: StatSummary & { active_establishments: number } }>("/commune/stats")).statistics
}

export type SellerTag = { code: string; url: string; ndef_hex: string }

export async function sellerTag(sellerId: string): Promise<SellerTag> {
  return (await proFetch<{ tag: SellerTag }>(`/vendor/sellers/${encodeURIComponent(sellerId)}/tag`)).tag
}
