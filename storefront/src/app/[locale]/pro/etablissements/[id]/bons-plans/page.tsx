import type { Metadata } from "next"
import { parisDay } from "@enjoy/kernel/paris-time"
import { ActionForm } from "@/components/pro/action-form"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import { formatDay, formatLastDay } from "@/lib/i18n/dates"
import { getOwnSeller } from "@/lib/pro/merchant"
import { orNotFound, proFetch, requirePro } from "@/lib/pro/session"
import { createDealAction } from "./actions"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fait?: string }> }
type VendorDeal = { id: string; title: string; status: string; starts_at: string; ends_at: string; claimed: number; redeemed: number }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.deals, robots: { index: false } }
}

/** A merchant's bons plans with how many were claimed and used, and a form for a new one. */
export default async function MerchantDeals({ params, searchParams }: Props) {
  const [{ locale, t }, { id }, { fait }] = await Promise.all([getDictionary(), params, searchParams, requirePro("merchant")])
  const [seller, { deals }] = await Promise.all([
    orNotFound(getOwnSeller(id)),
    orNotFound(proFetch<{ deals: VendorDeal[] }>(`/vendor/sellers/${encodeURIComponent(id)}/deals`)),
  ])
  const today = parisDay(new Date())
  return (
    <>
      <ProHeader t={t} actor="merchant" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.dealsOf(seller.name)}</h1>
        <p role="status" className="form-ok">
          {fait === "cree" ? t.pro.dealCreated : ""}
        </p>
        {deals.length === 0 ? (
          <p>{t.pro.noDeals}</p>
        ) : (
          <ul className="results">
            {deals.map((deal) => (
              <li key={deal.id} className="result">
                <h2 className="result__title">{deal.title}</h2>
                <p className="result__meta">
                  {t.pro.dealStatuses[deal.status] ?? deal.status} ·{" "}
                  {t.pro.period(formatDay(deal.starts_at, locale), formatLastDay(deal.ends_at, locale))}
                </p>
                <p>{t.pro.claimsCount(deal.claimed, deal.redeemed)}</p>
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="nouveau-bon-plan">
          <h2 id="nouveau-bon-plan">{t.pro.newDeal}</h2>
          <ActionForm action={createDealAction} submit={t.pro.createDeal}>
            <input type="hidden" name="seller_id" value={seller.id} />
            <p className="field">
              <label htmlFor="deal-title">{t.pro.dealTitle}</label>
              <input id="deal-title" name="title" required minLength={3} maxLength={120} />
            </p>
            <p className="field">
              <label htmlFor="deal-kind">{t.pro.dealKind}</label>
              <select id="deal-kind" name="kind" defaultValue="percent">
                {Object.entries(t.pro.dealKinds).map(([kind, label]) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            </p>
            <p className="field">
              <label htmlFor="deal-value">{t.pro.dealValue}</label>
              <input id="deal-value" name="value" inputMode="decimal" />
            </p>
            <p className="field">
              <label htmlFor="deal-starts">{t.pro.startsOn}</label>
              <input id="deal-starts" name="starts_on" type="date" required defaultValue={today} />
            </p>
            <p className="field">
              <label htmlFor="deal-ends">{t.pro.endsOn}</label>
              <input id="deal-ends" name="ends_on" type="date" required />
            </p>
            <p className="field">
              <label htmlFor="deal-quota">{t.pro.quota}</label>
              <input id="deal-quota" name="quota" inputMode="numeric" />
            </p>
            <p className="field">
              <label htmlFor="deal-conditions">{t.pro.dealConditions}</label>
              <textarea id="deal-conditions" name="conditions" rows={2} maxLength={1000} />
            </p>
          </ActionForm>
        </section>
      </main>
    </>
  )
}
