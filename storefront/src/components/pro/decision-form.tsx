"use client"

import { useActionState } from "react"
import { decideAction, type DecideState } from "@/app/[locale]/pro/moderation/[id]/actions"

type Labels = { heading: string; decisions: Record<string, string>; reason: string; decide: string }

/** Approve, reject or ask for changes, with the reason the merchant will read. */
export function DecisionForm({ caseId, labels }: { caseId: string; labels: Labels }) {
  const [state, action, pending] = useActionState<DecideState, FormData>(decideAction, {})
  return (
    <form action={action} className="decision-form">
      <input type="hidden" name="case_id" value={caseId} />
      <fieldset>
        <legend>
          <h2>{labels.heading}</h2>
        </legend>
        {Object.entries(labels.decisions).map(([value, label]) => (
          <p key={value} className="field--check">
            <input id={`decision-${value}`} type="radio" name="decision" value={value} defaultChecked={value === "approved"} />
            <label htmlFor={`decision-${value}`}>{label}</label>
          </p>
        ))}
      </fieldset>
      <p className="field">
        <label htmlFor="decision-reason">{labels.reason}</label>
        <textarea id="decision-reason" name="reason" rows={3} maxLength={1000} defaultValue={state.reason} />
      </p>
      <p role="alert" className="form-error">
        {state.error}
      </p>
      <button type="submit" className="button" disabled={pending}>
        {labels.decide}
      </button>
    </form>
  )
}
