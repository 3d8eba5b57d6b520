/**
 * How the online part of a cart is paid: Stripe's Payment Element when the
 * storefront has a Stripe publishable key (the backend then has its secret
 * key), otherwise the backend's system provider, shown as "paiement simulé".
 */
export type PaymentSetup =
  | { mode: "simulated"; provider: "pp_system_default" }
  | { mode: "stripe"; provider: "pp_stripe_stripe"; publishableKey: string }

export function paymentSetup(publishableKey: string | undefined): PaymentSetup {
  const key = publishableKey?.trim()
  if (!key) {
    return { mode: "simulated", provider: "pp_system_default" }
  }
  if (!/^pk_(test|live)_\w+$/.test(key)) {
    throw new Error("STRIPE_PUBLISHABLE_KEY must be a Stripe publishable key (pk_test_… or pk_live_…), never a secret key")
  }
  return { mode: "stripe", provider: "pp_stripe_stripe", publishableKey: key }
}

/** The client secret of the Stripe payment session Medusa opened, which the Payment Element confirms. */
export function stripeClientSecret(collection: { payment_sessions?: { provider_id: string; data?: Record<string, unknown> }[] }): string | null {
  const session = collection.payment_sessions?.find((s) => s.provider_id === "pp_stripe_stripe")
  const secret = session?.data?.client_secret
  return typeof secret === "string" ? secret : null
}
