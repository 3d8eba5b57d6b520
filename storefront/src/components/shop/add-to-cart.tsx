"use client"

import { useActionState, useEffect, useId } from "react"
import { addToCart, type AddState } from "@/app/[locale]/panier/actions"
import { Link } from "@/i18n/navigation"
import { CART_CHANGED } from "./cart-link"

import type { AddToCartLabels as Labels } from "@/components/labels"

/**
 * Quantity and "Ajouter au panier" for one variant. A server action: it works
 * without JavaScript; with it, the confirmation is announced in place.
 */
export function AddToCart({ variantId, productTitle, labels }: { variantId: string; productTitle: string; labels: Labels }) {
  const [state, action, pending] = useActionState<AddState, FormData>(addToCart, {})
  const id = useId()
  useEffect(() => {
    if (state.ok) window.dispatchEvent(new Event(CART_CHANGED))
  }, [state])
  return (
    <form action={action} className="add-to-cart">
      <input type="hidden" name="variant_id" value={variantId} />
      <label htmlFor={`${id}-qty`}>
        {labels.quantity}
        <span className="visually-hidden"> — {productTitle}</span>
      </label>
      <input id={`${id}-qty`} name="quantity" type="number" inputMode="numeric" min={1} max={99} defaultValue={1} />
      <button type="submit" disabled={pending} aria-describedby={`${id}-status`}>
        {labels.add}
        <span className="visually-hidden"> : {productTitle}</span>
      </button>
      <p id={`${id}-status`} role="status" className="add-to-cart__status">
        {state.ok && (
          <>
            {labels.added} <Link href="/panier">{labels.seeCart}</Link>
          </>
        )}
        {state.error && <span className="form-error">{state.error}</span>}
      </p>
    </form>
  )
}
