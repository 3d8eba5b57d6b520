import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STOREFRONT_TAG_EVENTS, storefrontTagsFor } from "../lib/storefront-tags"
import { marketplaceOptions } from "../utils/plugin-options"

/**
 * Next.js dates a cached page by when it stored it, not by when it read its data. A page whose render
 * read the old catalogue just before the change, and finished just after the first push, would be kept
 * as fresh with the old price until its time limit. A second push, once such renders are over, drops it.
 */
export const SECOND_PUSH_AFTER_MS = 2_000

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
  const push = async () => {
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
  await push()
  // Not awaited: the event's other subscribers need not wait; unref'd so that it never holds a shutdown.
  setTimeout(() => void push(), SECOND_PUSH_AFTER_MS).unref()
}

export const config: SubscriberConfig = { event: Object.keys(STOREFRONT_TAG_EVENTS) }
