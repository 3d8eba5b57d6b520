"use client"

import { useActionState } from "react"
import { deleteAccountAction, type DeleteState } from "@/app/[locale]/compte/actions"

/** Erasure needs an explicit tick: a single click must never delete an account. */
export function DeleteAccount({ labels }: { labels: { heading: string; intro: string; confirm: string; submit: string } }) {
  const [state, action, pending] = useActionState<DeleteState, FormData>(deleteAccountAction, {})
  return (
    <form action={action} className="danger-zone" aria-labelledby="suppression">
      <h3 id="suppression">{labels.heading}</h3>
      <p>{labels.intro}</p>
      <p className="field field--check">
        <input id="delete-confirm" type="checkbox" name="confirm" value="yes" />
        <label htmlFor="delete-confirm">{labels.confirm}</label>
      </p>
      <p role="alert" className="form-error">
        {state.error}
      </p>
      <button type="submit" className="button button--danger" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
