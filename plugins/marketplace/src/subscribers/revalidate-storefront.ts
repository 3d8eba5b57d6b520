import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STOREFRONT_TAG_EVENTS, storefrontTagsFor } from "../lib/storefront-tags"
import { marketplaceOptions } from "../utils/plugin-options"

/**
 * Tells the storefront to drop its cached catalogue pages when the catalogue
 * changes, so a new price shows within seconds rather than at the next
 * periodic revalidation. Best effort: a storefront that is down is logged,
 * and its cache still expires on its own.
 */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<unknown>) {
  const { storefrontRevalidation } = marketplaceOptions(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  const tags = storefrontTagsFor([event.name])
  if (!storefrontRevalidation || !tags.length) {
    return
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const response = await fetch(new URL("/api/revalidate", storefrontRevalidation.url), {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": storefrontRevalidation.secret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) {
      logger.warn(`Storefront revalidation of ${tags.join(", ")} answered ${response.status}`)
    }
  } catch (error) {
    logger.warn(`Storefront revalidation of ${tags.join(", ")} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: Object.keys(STOREFRONT_TAG_EVENTS) }
