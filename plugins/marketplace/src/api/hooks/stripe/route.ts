import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { stripeEventAction } from "../../../lib/stripe-event"
import { marketplaceOptions } from "../../../utils/plugin-options"
import { processOnlinePaymentWorkflow } from "../../../workflows/checkout"

/**
 * Stripe's webhook for marketplace checkouts. The signature is checked on the
 * raw body with the signing secret; anything unsigned or tampered with is
 * refused before it touches an order.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const secret = marketplaceOptions(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)).stripeWebhookSecret
  if (!secret) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET)")
  }
  const signature = req.headers["stripe-signature"]
  let event: Stripe.Event
  try {
    event = Stripe.webhooks.constructEvent(req.rawBody as Buffer, String(signature ?? ""), secret)
  } catch (error) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, `Invalid Stripe signature: ${(error as Error).message}`)
  }
  const meaning = stripeEventAction(event)
  if (meaning.action === "ignored") {
    res.json({ received: true, handled: false, reason: meaning.reason })
    return
  }
  const { result } = await processOnlinePaymentWorkflow(req.scope).run({
    input: { action: meaning.action, session_id: meaning.session_id },
  })
  res.json({ received: true, ...result })
}
