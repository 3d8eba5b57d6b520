/** The options the backend gives the territory plugin in medusa-config.ts (from its environment). */
export type TerritoryOptions = {
  /** The storefront's public address: open data links, tag redirects, QR codes. */
  storefrontUrl?: string
  /** Partner keys' rate limits are shared through Redis when given, kept in memory otherwise. */
  redisUrl?: string
}

export function territoryOptions(config: { plugins?: unknown[] }): { storefrontUrl: string; redisUrl?: string } {
  const plugin = (config.plugins ?? []).find(
    (p): p is { resolve: string; options?: TerritoryOptions } =>
      typeof p === "object" && p !== null && (p as { resolve?: string }).resolve === "@enjoy/territory"
  )
  return {
    storefrontUrl: (plugin?.options?.storefrontUrl ?? "http://localhost:8000").replace(/\/$/, ""),
    redisUrl: plugin?.options?.redisUrl,
  }
}
