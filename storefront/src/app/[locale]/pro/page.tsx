import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { CommuneDashboard } from "@/components/pro/commune-dashboard"
import { MerchantToday } from "@/components/pro/merchant-today"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import type { MerchantMe } from "@/lib/pro/merchant"
import { requirePro } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.dashboard, robots: { index: false } }
}

type ModeratorMe = { associations: { id: string; name: string }[] }
type AgentMe = { agent: { first_name: string | null; commune: { id: string; name: string; slug: string } } }

/** Where each professional lands: what it runs, and the way to its daily tasks. */
export default async function ProDashboard() {
  const [{ locale, t }, { actor, me }] = await Promise.all([getDictionary(), requirePro()])
  return (
    <>
      <ProHeader t={t} actor={actor} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.dashboard}</h1>
        {actor === "merchant" && <MerchantHome me={me as MerchantMe} t={t} />}
        {actor === "moderator" && (
          <ul className="pro-links">
            {(me as ModeratorMe).associations.map((a) => (
              <li key={a.id}>
                <Link href={`/pro/associations/${a.id}`}>{t.steer.members(a.name)}</Link>
              </li>
            ))}
          </ul>
        )}
        {actor === "agent" && <CommuneDashboard t={t} locale={locale} commune={(me as AgentMe).agent.commune} />}
      </main>
    </>
  )
}

function MerchantHome({ me, t }: { me: MerchantMe; t: Awaited<ReturnType<typeof getDictionary>>["t"] }) {
  const { merchant } = me
  return (
    <>
      <p>{t.pro.hello(merchant.first_name ?? merchant.email)}</p>
      <section aria-labelledby="mes-etablissements">
        <h2 id="mes-etablissements">{t.pro.myEstablishments}</h2>
        {merchant.memberships.length === 0 ? (
          <p>{t.pro.noEstablishment}</p>
        ) : (
          <ul className="results">
            {merchant.memberships.map(({ seller }) => (
              <li key={seller.id} className="result">
                <h3 className="result__title">
                  <Link href={`/pro/etablissements/${seller.id}`}>{t.pro.editVitrine(seller.name)}</Link>
                </h3>
                <p className="result__meta">{t.pro.statusLabels[seller.status] ?? seller.status}</p>
                <MerchantToday seller={seller} t={t} />
                <ul className="pro-links">
                  <li>
                    <Link href={`/pro/etablissements/${seller.id}/produits`}>{t.pro.productsOf(seller.name)}</Link>
                  </li>
                  <li>
                    <Link href={`/pro/etablissements/${seller.id}/bons-plans`}>{t.pro.dealsOf(seller.name)}</Link>
                  </li>
                  <li>
                    <Link href={`/pro/etablissements/${seller.id}/agenda`}>{t.steer.eventsOf(seller.name)}</Link>
                  </li>
                  <li>
                    <Link href={`/pro/etablissements/${seller.id}/statistiques`}>{t.steer.statisticsOf(seller.name)}</Link>
                  </li>
                  {seller.commerce_mode !== "showcase" && (
                    <li>
                      <Link href={`/pro/etablissements/${seller.id}/reservations`}>{t.pro.reservationsOf(seller.name)}</Link>
                    </li>
                  )}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
