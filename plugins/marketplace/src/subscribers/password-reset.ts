import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyPasswordResetWorkflow } from "../workflows/notifications"
import { marketplaceOptions } from "../utils/plugin-options"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Medusa made a single-use reset token: send the link to whoever asked. */
export default async function sendPasswordResetLink({
  event,
  container,
}: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>) {
  const { storefrontUrl } = marketplaceOptions(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  await notifyPasswordResetWorkflow(container).run({
    input: { ...event.data, storefront_url: storefrontUrl ?? "http://localhost:8000" },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
