"use client"

import type { ReactNode } from "react"
import { startTransition, useActionState, type FormEvent } from "react"

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
  // Sent by hand once hydrated: React resets a form after its action, which would wipe what the
  // merchant typed when the answer is an error. Before hydration, `action` still posts the form.
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter)
    startTransition(() => formAction(data))
  }
  return (
    <form action={formAction} onSubmit={send} className={className}>
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
