"use client"

import { useActionState } from "react"
import { type AuthState, registerAction, signInAction } from "@/app/[locale]/compte/actions"

type Labels = {
  signInHeading: string
  signInIntro: string
  registerHeading: string
  registerIntro: string
  email: string
  password: string
  passwordHint: string
  firstName: string
  lastName: string
  signIn: string
  register: string
}

function Field({ id, label, hint, ...input }: { id: string; label: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} required {...input} />
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
    </p>
  )
}

function Problem({ state }: { state: AuthState }) {
  return (
    <p role="alert" className="form-error">
      {state.error}
    </p>
  )
}

/** Sign in and create an account, side by side; both are server actions and work without JavaScript. */
export function AuthForms({ labels, next }: { labels: Labels; next: string }) {
  const [signInState, signIn, signingIn] = useActionState<AuthState, FormData>(signInAction, {})
  const [registerState, register, registering] = useActionState<AuthState, FormData>(registerAction, {})
  return (
    <div className="auth-forms">
      <section aria-labelledby="connexion">
        <h2 id="connexion">{labels.signInHeading}</h2>
        <p>{labels.signInIntro}</p>
        <form action={signIn}>
          <input type="hidden" name="next" value={next} />
          <Field id="signin-email" label={labels.email} name="email" type="email" autoComplete="email" defaultValue={signInState.email} />
          <Field id="signin-password" label={labels.password} name="password" type="password" autoComplete="current-password" />
          <Problem state={signInState} />
          <button type="submit" className="button" disabled={signingIn}>
            {labels.signIn}
          </button>
        </form>
      </section>
      <section aria-labelledby="inscription">
        <h2 id="inscription">{labels.registerHeading}</h2>
        <p>{labels.registerIntro}</p>
        <form action={register}>
          <input type="hidden" name="next" value={next} />
          <Field id="register-first-name" label={labels.firstName} name="first_name" autoComplete="given-name" />
          <Field id="register-last-name" label={labels.lastName} name="last_name" autoComplete="family-name" />
          <Field id="register-email" label={labels.email} name="email" type="email" autoComplete="email" defaultValue={registerState.email} />
          <Field
            id="register-password"
            label={labels.password}
            hint={labels.passwordHint}
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={10}
          />
          <Problem state={registerState} />
          <button type="submit" className="button" disabled={registering}>
            {labels.register}
          </button>
        </form>
      </section>
    </div>
  )
}
