import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import type { Commune } from "@/lib/communes"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import { EnjoyLogo } from "./enjoy-logo"
import { LanguageSwitch } from "./language-switch"
import { CartLink } from "./shop/cart-link"
import { SiteMenu } from "./site-menu"

/**
 * The platform's logo always; on a portal, the commune's logo beside it. Mobile first: on a phone the
 * brands, the cart and a "Menu" disclosure; from 60rem the navigation is shown in the bar itself. Each
 * form is hidden (display: none) where the other shows, so assistive technologies meet one of them.
 */
export function SiteHeader({ t, commune }: { t: Dictionary; commune?: Commune }) {
  const navigation: ReactNode = (
    <>
      <nav aria-label={t.mainNav} className="site-header__nav">
        <Link href="/bons-plans">{t.deals.title}</Link>
        <Link href="/agenda">{t.agenda.title}</Link>
        <Link href="/recherche" className="site-header__search">
          {t.search.title}
        </Link>
        <Link href="/compte">{t.account.title}</Link>
      </nav>
      <nav aria-label={t.language} className="site-header__language">
        <LanguageSwitch label={t.language} target={t.switchToLocale} text={t.switchTo} />
      </nav>
    </>
  )
  return (
    <header className="site-header">
      <div className="site-header__brands">
        <Link href="/" className="site-header__home">
          <EnjoyLogo title={t.platformLogo} />
        </Link>
        {commune && (
          <Link href={`/${commune.slug}`} className="site-header__commune">
            {/* A plain img: logos are data URIs or any commune's host, not next/image material. */}
            {commune.logo_url && <img src={commune.logo_url} alt={t.logoOf(commune.name)} width={40} height={45} />}
            <span>{commune.name}</span>
          </Link>
        )}
      </div>
      <div className="site-header__actions">
        <CartLink />
        <SiteMenu label={t.menu}>{navigation}</SiteMenu>
      </div>
      <div className="site-header__tools">{navigation}</div>
    </header>
  )
}
