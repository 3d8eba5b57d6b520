import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CASE_DECIDED, notifyCaseDecisionWorkflow } from "../workflows/moderation"

/** Every decision reaches the merchants of the establishment. */
export default async function notifyDecision({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyCaseDecisionWorkflow(container).run({ input: { case_id: event.data.id } })
}

export const config: SubscriberConfig = { event: CASE_DECIDED }
