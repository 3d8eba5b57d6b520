"use client"

import type { ReactNode } from "react"
import { useActionState } from "react"

export type SecretState = { error?: string; secret?: string }

/**
 * A form whose action issues something shown only once (an invitation link,
 * an API key): the fields come as children, the result is displayed to copy.
 */
export function SecretForm({
  action,
  submit,
  shown,
  children,
}: {
  action: (state: SecretState, form: FormData) => Promise<SecretState>
  submit: string
  shown: string
  children: ReactNode
}) {
  const [state, formAction, pending] = useActionState<SecretState, FormData>(action, {})
  return (
    <form action={formAction}>
      {children}
      <p role="alert" className="form-error">
        {state.error}
      </p>
      <div role="status">
        {state.secret && (
          <p>
            {shown} : <code className="invite-link">{state.secret}</code>
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {submit}
      </button>
    </form>
  )
}
