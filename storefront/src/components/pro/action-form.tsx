"use client"

import type { ReactNode } from "react"
import { useActionState } from "react"

type State = { error?: string }

/**
 * A form bound to a server action that redirects when done and otherwise
 * returns the backend's French message, shown under the fields.
 */
export function ActionForm({
  action,
  submit,
  children,
  className,
}: {
  action: (state: State, form: FormData) => Promise<State>
  submit: string
  children: ReactNode
  className?: string
}) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, {})
  return (
    <form action={formAction} className={className}>
      {children}
      <p role="alert" className="form-error">
        {state.error}
      </p>
      <button type="submit" className="button" disabled={pending}>
        {submit}
      </button>
    </form>
  )
}
