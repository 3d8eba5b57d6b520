import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { AuthForms } from "@/components/account/auth-forms"
import { ClaimList } from "@/components/account/claim-list"
import { DeleteAccount } from "@/components/account/delete-account"
import { OrderGroupView } from "@/components/shop/order-group-view"
import { SiteHeader } from "@/components/site-header"
import { currentCustomer, listDealClaims, listOrderGroups } from "@/lib/account"
import { LiveRefresh } from "@/components/shop/live-refresh"
import { getDictionary } from "@/lib/i18n"
import { hasLiveReservations } from "@/lib/shop/checkout"
import { signOutAction } from "./actions"
import { formatDateTime } from "@/lib/i18n/dates"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ suite?: string; supprime?: string; motdepasse?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.account.title, robots: { index: false } }
}

/** The shopper's account: orders and reservations with their live status, bons plans with their QR code, profile, RGPD. */
export default async function AccountPage({ searchParams }: Props) {
  const [{ locale, t }, customer, { suite, supprime, motdepasse }] = await Promise.all([getDictionary(), currentCustomer(), searchParams])
  if (!customer) {
    return (
      <>
        <SiteHeader t={t} />
        <main id="contenu" tabIndex={-1}>
          <h1>{t.account.title}</h1>
          {supprime && <p role="status">{t.account.deleted}</p>}
          {motdepasse && <p role="status">{t.password.changed}</p>}
          <AuthForms
            next={suite?.startsWith("/") ? suite : "/compte"}
            labels={{
              signInHeading: t.account.signInHeading,
              signInIntro: t.account.signInIntro,
              registerHeading: t.account.registerHeading,
              registerIntro: t.account.registerIntro,
              email: t.account.email,
              password: t.account.password,
              passwordHint: t.account.passwordHint,
              firstName: t.account.firstName,
              lastName: t.account.lastName,
              signIn: t.account.signIn,
              register: t.account.register,
            }}
          />
          <p>
            <Link href="/compte/mot-de-passe-oublie">{t.password.forgot}</Link>
          </p>
        </main>
      </>
    )
  }
  const [groups, claims] = await Promise.all([listOrderGroups(), listDealClaims()])
  return (
    <>
      <SiteHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.account.hello(customer.first_name ?? customer.email)}</h1>
        <form action={signOutAction}>
          <button type="submit" className="button button--quiet">
            {t.account.signOut}
          </button>
        </form>

        <section aria-labelledby="commandes">
          <h2 id="commandes">{t.account.ordersHeading}</h2>
          {groups.length === 0 ? (
            <p>{t.account.noOrders}</p>
          ) : (
            groups.map((group) => (
              <article key={group.id} className="account-group" aria-label={`${t.shop.reference} ${group.id}`}>
                <p>
                  {t.account.placedOn(formatDateTime(group.created_at, locale))} · {t.shop.reference} :{" "}
                  <Link href={`/commande/${group.id}`}>{group.id}</Link>
                </p>
                <OrderGroupView group={group} t={t} locale={locale} level={3} />
              </article>
            ))
          )}
        </section>

        {hasLiveReservations(groups) && <LiveRefresh seconds={30} />}

        <section aria-labelledby="bons-plans">
          <h2 id="bons-plans">{t.account.claimsHeading}</h2>
          {claims.length === 0 ? (
            <p>
              {t.account.noClaims} <Link href="/bons-plans">{t.account.seeDeals}</Link>
            </p>
          ) : (
            <ClaimList claims={claims} t={t} locale={locale} />
          )}
        </section>

        <section aria-labelledby="profil">
          <h2 id="profil">{t.account.profileHeading}</h2>
          <dl className="profile">
            <div>
              <dt>{t.account.firstName}</dt>
              <dd>{customer.first_name}</dd>
            </div>
            <div>
              <dt>{t.account.lastName}</dt>
              <dd>{customer.last_name}</dd>
            </div>
            <div>
              <dt>{t.account.email}</dt>
              <dd>{customer.email}</dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="donnees">
          <h2 id="donnees">{t.account.dataHeading}</h2>
          <p>{t.account.dataIntro}</p>
          <p>
            <a href="/compte/donnees" download>
              {t.account.download}
            </a>
          </p>
          <DeleteAccount
            labels={{ heading: t.account.deleteHeading, intro: t.account.deleteIntro, confirm: t.account.deleteConfirm, submit: t.account.delete }}
          />
        </section>
      </main>
    </>
  )
}
