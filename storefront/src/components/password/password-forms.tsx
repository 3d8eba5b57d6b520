"use client"

import { useActionState } from "react"
import { type PasswordState, requestResetAction, setPasswordAction } from "@/app/[locale]/password-actions"

type RequestLabels = { email: string; send: string; actorLegend?: string; actors?: Record<string, string> }

/** Asks for a reset link; professionals say which kind of access it is for. */
export function ResetRequestForm({ actor, labels }: { actor?: string; labels: RequestLabels }) {
  const [state, action, pending] = useActionState<PasswordState, FormData>(requestResetAction, {})
  return (
    <form action={action}>
      {actor ? (
        <input type="hidden" name="actor" value={actor} />
      ) : (
        <fieldset className="field">
          <legend>{labels.actorLegend}</legend>
          {Object.entries(labels.actors ?? {}).map(([value, label], i) => (
            <p key={value} className="field--check">
              <input id={`reset-actor-${value}`} type="radio" name="actor" value={value} defaultChecked={i === 0} />
              <label htmlFor={`reset-actor-${value}`}>{label}</label>
            </p>
          ))}
        </fieldset>
      )}
      <p className="field">
        <label htmlFor="reset-email">{labels.email}</label>
        <input id="reset-email" name="email" type="email" autoComplete="email" required />
      </p>
      <p role="alert" className="form-error">
        {state.error}
      </p>
      <button type="submit" className="button" disabled={pending}>
        {labels.send}
      </button>
    </form>
  )
}

/** The new password, twice, with the e-mailed token (single use, checked by Medusa). */
export function NewPasswordForm({ actor, token, labels }: { actor: string; token: string; labels: { password: string; confirm: string; save: string } }) {
  const [state, action, pending] = useActionState<PasswordState, FormData>(setPasswordAction, {})
  return (
    <form action={action}>
      <input type="hidden" name="actor" value={actor} />
      <input type="hidden" name="token" value={token} />
      <p className="field">
        <label htmlFor="new-password">{labels.password}</label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" minLength={10} required />
      </p>
      <p className="field">
        <label htmlFor="new-password-confirm">{labels.confirm}</label>
        <input id="new-password-confirm" name="confirm" type="password" autoComplete="new-password" minLength={10} required />
      </p>
      <p role="alert" className="form-error">
        {state.error}
      </p>
      <button type="submit" className="button" disabled={pending}>
        {labels.save}
      </button>
    </form>
  )
}
