/** The options the backend gives the territory plugin in medusa-config.ts (from its environment). */
export type TerritoryOptions = {
  /** The storefront's public address: open data links, tag redirects, QR codes. */
  storefrontUrl?: string
}

export function territoryOptions(config: { plugins?: unknown[] }): Required<TerritoryOptions> {
  const plugin = (config.plugins ?? []).find(
    (p): p is { resolve: string; options?: TerritoryOptions } =>
      typeof p === "object" && p !== null && (p as { resolve?: string }).resolve === "@enjoy/territory"
  )
  return { storefrontUrl: (plugin?.options?.storefrontUrl ?? "http://localhost:8000").replace(/\/$/, "") }
}
