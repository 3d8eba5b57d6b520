"use client"

import { useActionState } from "react"
import { inviteModeratorAction, type ModeratorInviteState } from "@/app/pro/associations/[id]/actions"

type Labels = { email: string; role: string; roles: Record<string, string>; submit: string; link: string }

/** Invites a moderator and shows the invitation link once, to copy and hand over. */
export function ModeratorInviteForm({ associationId, labels }: { associationId: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ModeratorInviteState, FormData>(inviteModeratorAction, {})
  return (
    <form action={action}>
      <input type="hidden" name="association_id" value={associationId} />
      <p className="field">
        <label htmlFor="moderator-email">{labels.email}</label>
        <input id="moderator-email" name="email" type="email" autoComplete="off" required />
      </p>
      <p className="field">
        <label htmlFor="moderator-role">{labels.role}</label>
        <select id="moderator-role" name="role" defaultValue="moderator">
          {Object.entries(labels.roles).map(([role, label]) => (
            <option key={role} value={role}>
              {label}
            </option>
          ))}
        </select>
      </p>
      <p role="alert" className="form-error">
        {state.error}
      </p>
      <div role="status">
        {state.link && (
          <p>
            {labels.link} : <code className="invite-link">{state.link}</code>
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
