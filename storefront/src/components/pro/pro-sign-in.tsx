"use client"

import { useActionState } from "react"
import { type ProSignInState, signInProAction } from "@/app/[locale]/pro/actions"

type Labels = { iAm: string; actors: Record<"merchant" | "moderator" | "agent", string>; email: string; password: string; signIn: string }

/** One sign-in form for the three kinds of professionals: the kind picks the login, the backend checks it. */
export function ProSignIn({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState<ProSignInState, FormData>(signInProAction, {})
  return (
    <form action={action} className="pro-sign-in">
      <fieldset className="field">
        <legend>{labels.iAm}</legend>
        {(Object.keys(labels.actors) as (keyof Labels["actors"])[]).map((actor) => (
          <p key={actor} className="field--check">
            <input
              id={`actor-${actor}`}
              type="radio"
              name="actor"
              value={actor}
              defaultChecked={(state.actor ?? "merchant") === actor}
            />
            <label htmlFor={`actor-${actor}`}>{labels.actors[actor]}</label>
          </p>
        ))}
      </fieldset>
      <p className="field">
        <label htmlFor="pro-email">{labels.email}</label>
        <input id="pro-email" name="email" type="email" autoComplete="username" required defaultValue={state.email} />
      </p>
      <p className="field">
        <label htmlFor="pro-password">{labels.password}</label>
        <input id="pro-password" name="password" type="password" autoComplete="current-password" required />
      </p>
      <p role="alert" className="form-error">
        {state.error}
      </p>
      <button type="submit" className="button" disabled={pending}>
        {labels.signIn}
      </button>
    </form>
  )
}
