/** What a Stripe event means for a checkout. */
export type StripeEventAction =
  | { action: "authorized" | "captured"; session_id: string; amount: number }
  | { action: "ignored"; reason: string }

type StripeEventLike = {
  type: string
  // Any Stripe event fits: amounts are numbers on a PaymentIntent, other objects may hold other shapes.
  data: { object: { object?: string; metadata?: Record<string, string> | null; amount?: unknown; amount_received?: unknown } }
}

/**
 * Reads a PaymentIntent event as Medusa's Stripe provider creates them (the
 * payment session id in its metadata). Manual capture: the intent becomes
 * capturable (authorized), then succeeds (captured). Amounts are in cents.
 */
export function stripeEventAction(event: StripeEventLike): StripeEventAction {
  const intent = event.data.object
  if (intent.object !== "payment_intent") {
    return { action: "ignored", reason: `not a payment intent (${event.type})` }
  }
  const sessionId = intent.metadata?.session_id
  if (!sessionId) {
    return { action: "ignored", reason: "no payment session in the intent's metadata" }
  }
  const cents = (value: unknown) => (typeof value === "number" ? value : undefined)
  switch (event.type) {
    case "payment_intent.amount_capturable_updated":
      return { action: "authorized", session_id: sessionId, amount: (cents(intent.amount) ?? 0) / 100 }
    case "payment_intent.succeeded":
      return { action: "captured", session_id: sessionId, amount: (cents(intent.amount_received) ?? cents(intent.amount) ?? 0) / 100 }
    default:
      return { action: "ignored", reason: `nothing to do on ${event.type}` }
  }
}
