"use client"

import { useActionState } from "react"
import { createPartnerKeyAction, type PartnerKeyState } from "@/app/pro/commune/cles/actions"

type Labels = { name: string; submit: string; shown: string }

/** Issues a partner key and shows it once, to copy and hand to the partner. */
export function PartnerKeyForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState<PartnerKeyState, FormData>(createPartnerKeyAction, {})
  return (
    <form action={action}>
      <p className="field">
        <label htmlFor="partner-name">{labels.name}</label>
        <input id="partner-name" name="name" required minLength={2} maxLength={120} />
      </p>
      <p role="alert" className="form-error">
        {state.error}
      </p>
      <div role="status">
        {state.key && (
          <p>
            {labels.shown} : <code className="invite-link">{state.key}</code>
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
