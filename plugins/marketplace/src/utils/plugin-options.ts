import type { OnlinePayment } from "../lib/commerce-mode"

/** The options the backend gives the marketplace plugin in medusa-config.ts (from its environment). */
export type MarketplaceOptions = {
  onlinePayment?: OnlinePayment
  /** Stripe's signing secret for POST /hooks/stripe (whsec_…). */
  stripeWebhookSecret?: string
  /** Where to tell the storefront that catalogue pages changed; off when not given. */
  storefrontRevalidation?: { url: string; secret: string }
  /** The storefront's public address, for links in e-mails. */
  storefrontUrl?: string
}

export function marketplaceOptions(config: { plugins?: unknown[] }): MarketplaceOptions {
  const plugin = (config.plugins ?? []).find(
    (p): p is { resolve: string; options?: MarketplaceOptions } =>
      typeof p === "object" && p !== null && (p as { resolve?: string }).resolve === "@enjoy/marketplace"
  )
  return plugin?.options ?? {}
}
