"use client"

import { Link } from "@/i18n/navigation"
import { useActionState, useId } from "react"
import { claimDealAction, type ClaimState } from "@/app/[locale]/bons-plans/actions"

type Labels = { claim: string; email: string; claimed: string; qr: string; seeAccount: string }

/**
 * "En profiter": a signed-in shopper claims in one click; a guest gives an
 * e-mail. The code appears in place with its QR code, announced politely.
 */
export function ClaimDeal({ dealId, dealTitle, signedIn, labels }: { dealId: string; dealTitle: string; signedIn: boolean; labels: Labels }) {
  const [state, action, pending] = useActionState<ClaimState, FormData>(claimDealAction, {})
  const id = useId()
  return (
    <div className="claim-deal">
      {!state.code && (
        <form action={action}>
          <input type="hidden" name="deal_id" value={dealId} />
          {!signedIn && (
            <p className="field">
              <label htmlFor={`${id}-email`}>{labels.email}</label>
              <input id={`${id}-email`} name="email" type="email" autoComplete="email" required defaultValue={state.email} />
            </p>
          )}
          <button type="submit" className="button" disabled={pending}>
            {labels.claim}
            <span className="visually-hidden"> : {dealTitle}</span>
          </button>
        </form>
      )}
      <div role="status">
        {state.error && <p className="form-error">{state.error}</p>}
        {state.code && (
          <>
            <p>
              {labels.claimed} <strong className="claim__code">{state.code}</strong>
            </p>
            <div className="qr" role="img" aria-label={`${labels.qr} ${state.code}`} dangerouslySetInnerHTML={{ __html: state.qr ?? "" }} />
            {signedIn && (
              <p>
                <Link href="/compte#bons-plans">{labels.seeAccount}</Link>
              </p>
            )}
          </>
        )}
      </div>
    </div>
  )
}
