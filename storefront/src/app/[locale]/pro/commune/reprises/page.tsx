import type { Metadata } from "next"
import { ActionForm } from "@/components/pro/action-form"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import { formatDateTime } from "@/lib/i18n/dates"
import { proFetch, requirePro } from "@/lib/pro/session"
import { decideClaimAction } from "./actions"

export const dynamic = "force-dynamic"

type Claim = {
  id: string
  name: string
  email: string
  phone: string | null
  message: string | null
  status: string
  reason: string | null
  created_at: string
  seller: { name: string; siret: string | null; address_1: string; city: string } | null
}
type Props = { searchParams: Promise<{ fait?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.steer.claims, robots: { index: false } }
}

/** Requests to run the commune's unclaimed establishments: check who asks, then accept (the invitation leaves by e-mail) or refuse with a reason. */
export default async function Claims({ searchParams }: Props) {
  const [{ locale, t }, { fait }] = await Promise.all([getDictionary(), searchParams, requirePro("agent")])
  const { claims } = await proFetch<{ claims: Claim[] }>("/commune/claims")
  return (
    <>
      <ProHeader t={t} actor="agent" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.steer.claims}</h1>
        <p>{t.steer.claimsIntro}</p>
        <p role="status" className="form-ok">
          {fait === "acceptee" ? t.steer.claimApproved : fait === "refusee" ? t.steer.claimRejected : ""}
        </p>
        {claims.length === 0 ? (
          <p>{t.steer.noClaims}</p>
        ) : (
          <ul className="results">
            {claims.map((c) => (
              <li key={c.id} className="result">
                <h2 className="result__title">{t.steer.claimOf(c.seller?.name ?? "", c.name)}</h2>
                <p className="result__meta">
                  SIRET {c.seller?.siret} · {c.seller?.address_1}, {c.seller?.city} · {formatDateTime(c.created_at, locale)} ·{" "}
                  {t.steer.claimStatuses[c.status] ?? c.status}
                </p>
                <p>
                  {c.email}
                  {c.phone ? ` · ${c.phone}` : ""}
                </p>
                {c.message && <p>« {c.message} »</p>}
                {c.reason && <p>{t.pro.reasonWas(c.reason)}</p>}
                {c.status === "pending" && (
                  <ActionForm action={decideClaimAction} submit={t.steer.decide(c.seller?.name ?? "")} className="decision-form">
                    <input type="hidden" name="claim_id" value={c.id} />
                    <fieldset>
                      <legend>{t.steer.decision}</legend>
                      <p className="field--check">
                        <input id={`accepter-${c.id}`} type="radio" name="decision" value="approved" defaultChecked />
                        <label htmlFor={`accepter-${c.id}`}>{t.steer.approveClaim}</label>
                      </p>
                      <p className="field--check">
                        <input id={`refuser-${c.id}`} type="radio" name="decision" value="rejected" />
                        <label htmlFor={`refuser-${c.id}`}>{t.steer.rejectClaim}</label>
                      </p>
                    </fieldset>
                    <p className="field">
                      <label htmlFor={`motif-${c.id}`}>{t.steer.claimReason}</label>
                      <textarea id={`motif-${c.id}`} name="reason" rows={2} maxLength={1000} />
                    </p>
                  </ActionForm>
                )}
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  )
}
