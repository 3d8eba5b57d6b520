"use client"

import { useActionState } from "react"
import { acceptInviteAction, type InviteState } from "@/app/[locale]/pro/invitation/actions"

type Labels = { email: string; firstName: string; lastName: string; password: string; accept: string }

/** Accepting an invitation: the invited address, a name, a password; errors come back in French. */
export function InviteForm({ invite, profile, labels }: { invite: string; profile: string; labels: Labels }) {
  const [state, action, pending] = useActionState<InviteState, FormData>(acceptInviteAction, {})
  const value = (key: string) => state.values?.[key] ?? ""
  return (
    <form action={action}>
      <input type="hidden" name="invite" value={invite} />
      <input type="hidden" name="profile" value={profile} />
      <p className="field">
        <label htmlFor="invite-email">{labels.email}</label>
        <input id="invite-email" name="email" type="email" autoComplete="username" required defaultValue={value("email")} />
      </p>
      <p className="field">
        <label htmlFor="invite-first-name">{labels.firstName}</label>
        <input id="invite-first-name" name="first_name" autoComplete="given-name" defaultValue={value("first_name")} />
      </p>
      <p className="field">
        <label htmlFor="invite-last-name">{labels.lastName}</label>
        <input id="invite-last-name" name="last_name" autoComplete="family-name" defaultValue={value("last_name")} />
      </p>
      <p className="field">
        <label htmlFor="invite-password">{labels.password}</label>
        <input id="invite-password" name="password" type="password" autoComplete="new-password" minLength={10} required />
      </p>
      <p role="alert" className="form-error">
        {state.error}
      </p>
      <button type="submit" className="button" disabled={pending}>
        {labels.accept}
      </button>
    </form>
  )
}
