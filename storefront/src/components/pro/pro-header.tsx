import { signOutProAction } from "@/app/[locale]/pro/actions"
import { EnjoyLogo } from "@/components/enjoy-logo"
import { SiteMenu } from "@/components/site-menu"
import { Link } from "@/i18n/navigation"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { ProActor } from "@/lib/pro/actors"

/**
 * The pro space's header: the platform's logo, what this professional can reach, and signing out; on a
 * phone behind a "Menu" disclosure, from 60rem in the bar (see SiteHeader).
 */
export function ProHeader({ t, actor }: { t: Dictionary; actor?: ProActor }) {
  const tools = actor && (
    <>
      <nav aria-label={t.pro.nav} className="site-header__nav">
        <Link href="/pro">{t.pro.dashboard}</Link>
        {actor === "merchant" && <Link href="/pro/bons-plans/valider">{t.pro.redeem}</Link>}
        {actor !== "merchant" && <Link href="/pro/moderation">{t.pro.moderation}</Link>}
        {actor !== "merchant" && <Link href="/pro/journal">{t.pro.audit}</Link>}
        {actor === "agent" && <Link href="/pro/commune">{t.pro.myCommune}</Link>}
      </nav>
      <form action={signOutProAction}>
        <button type="submit" className="button button--quiet">
          {t.pro.signOut}
        </button>
      </form>
    </>
  )
  return (
    <header className="site-header site-header--pro">
      <div className="site-header__brands">
        <Link href="/" className="site-header__home">
          <EnjoyLogo title={t.platformLogo} />
        </Link>
        <span className="site-header__space">{t.pro.space}</span>
      </div>
      {tools && (
        <>
          <div className="site-header__actions">
            <SiteMenu label={t.menu}>{tools}</SiteMenu>
          </div>
          <div className="site-header__tools">{tools}</div>
        </>
      )}
    </header>
  )
}
