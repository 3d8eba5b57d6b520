/** What the statistics count. */
export const STAT_KINDS = ["vitrine_view", "search", "tag_scan", "deal_claim", "deal_redemption", "reservation", "order"] as const
export type StatKind = (typeof STAT_KINDS)[number]
