"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe } from "@stripe/stripe-js"
import { type FormEvent, useMemo, useState } from "react"

type Labels = { pay: string; paying: string }

function PayButton({ returnUrl, labels }: { returnUrl: string; labels: Labels }) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function pay(event: FormEvent) {
    event.preventDefault()
    if (!stripe || !elements) {
      return
    }
    setPending(true)
    // On success Stripe sends the shopper to returnUrl; the webhook checks the cart out meanwhile.
    const { error: failure } = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl } })
    setPending(false)
    setError(failure?.message ?? null)
  }

  return (
    <form onSubmit={pay} className="stripe-payment">
      <PaymentElement />
      <p role="alert" className="form-error">
        {error}
      </p>
      <button type="submit" className="button" disabled={!stripe || pending}>
        {pending ? labels.paying : labels.pay}
      </button>
    </form>
  )
}

/** Stripe's Payment Element for the online part of the cart, in French. */
export function StripePayment({
  publishableKey,
  clientSecret,
  returnUrl,
  labels,
}: {
  publishableKey: string
  clientSecret: string
  returnUrl: string
  labels: Labels
}) {
  const stripe = useMemo(() => loadStripe(publishableKey), [publishableKey])
  return (
    <Elements stripe={stripe} options={{ clientSecret, locale: "fr" }}>
      <PayButton returnUrl={returnUrl} labels={labels} />
    </Elements>
  )
}
