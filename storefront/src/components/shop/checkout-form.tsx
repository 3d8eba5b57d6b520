"use client"

import { useActionState, useEffect, useRef } from "react"
import { checkout, type CheckoutState } from "@/app/[locale]/panier/actions"
import type { Contact, ContactField } from "@/lib/shop/contact"
import { StripePayment } from "./stripe-payment"

type Labels = Record<ContactField, string> & {
  heading: string
  intro: string
  required: string
  errorsIntro: string
  submit: string
  pending: string
}

const AUTOCOMPLETE: Record<ContactField, string> = {
  first_name: "given-name",
  last_name: "family-name",
  email: "email",
  phone: "tel",
}
const TYPES: Record<ContactField, string> = { first_name: "text", last_name: "text", email: "email", phone: "tel" }
const FIELDS: ContactField[] = ["first_name", "last_name", "email", "phone"]

/**
 * The contact form of checkout and its submit button. A server action: it
 * works without JavaScript; errors come back listed at the top (focused, so
 * a screen reader reads them) and next to each field.
 */
export function CheckoutForm({
  labels,
  initial,
  payment,
  stripe,
}: {
  labels: Labels
  initial: Partial<Contact>
  payment: React.ReactNode
  /** When Stripe is configured: its key, where Stripe sends the shopper back (+ cart id), and the pay button's texts. */
  stripe?: { publishableKey: string; returnUrl: string; pay: string; paying: string }
}) {
  const [state, action, pending] = useActionState<CheckoutState, FormData>(checkout, {})
  const summary = useRef<HTMLDivElement>(null)
  const values = state.values ?? initial
  const failed = !!state.error || !!(state.errors && Object.keys(state.errors).length)

  useEffect(() => {
    if (failed) {
      summary.current?.focus()
    }
  }, [state, failed])

  if (state.stripe && stripe) {
    return (
      <StripePayment
        publishableKey={stripe.publishableKey}
        clientSecret={state.stripe.clientSecret}
        returnUrl={`${stripe.returnUrl}/${state.stripe.cartId}`}
        labels={{ pay: stripe.pay, paying: stripe.paying }}
      />
    )
  }

  return (
    <form action={action} noValidate className="checkout-form">
      {failed && (
        <div ref={summary} tabIndex={-1} role="alert" className="form-summary">
          {state.error ? (
            <p>{state.error}</p>
          ) : (
            <>
              <p>{labels.errorsIntro}</p>
              <ul>
                {FIELDS.filter((f) => state.errors?.[f]).map((f) => (
                  <li key={f}>
                    <a href={`#contact-${f}`}>{state.errors?.[f]}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <fieldset>
        <legend>
          <h2>{labels.heading}</h2>
        </legend>
        <p>{labels.intro}</p>
        {FIELDS.map((field) => {
          const error = state.errors?.[field]
          return (
            <p key={field} className="field">
              <label htmlFor={`contact-${field}`}>
                {labels[field]} <span className="field__required">({labels.required})</span>
              </label>
              <input
                id={`contact-${field}`}
                name={field}
                type={TYPES[field]}
                autoComplete={AUTOCOMPLETE[field]}
                required
                defaultValue={values[field] ?? ""}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `contact-${field}-error` : undefined}
              />
              {error && (
                <span id={`contact-${field}-error`} className="form-error">
                  {error}
                </span>
              )}
            </p>
          )
        })}
      </fieldset>
      {payment}
      <button type="submit" className="button" disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  )
}
