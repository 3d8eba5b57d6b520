import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { BrandingForm } from "@/components/pro/branding-form"
import { ProHeader } from "@/components/pro/pro-header"
import type { Commune } from "@/lib/communes"
import { getDictionary } from "@/lib/i18n"
import { requirePro } from "@/lib/pro/session"
import { communeTheme } from "@/lib/theme"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ enregistre?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.myCommune, robots: { index: false } }
}

/** A commune agent's co-branding: the logo beside the platform's, the portal's colours, previewed here. */
export default async function CommuneBranding({ searchParams }: Props) {
  const [{ t }, { enregistre }, { me }] = await Promise.all([
    getDictionary(),
    searchParams,
    requirePro<{ agent: { commune: Commune } }>("agent"),
  ])
  const { commune } = me.agent
  return (
    <>
      <ProHeader t={t} actor="agent" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.brandingTitle(commune.name)}</h1>
        <p role="status" className="form-ok">
          {enregistre ? t.pro.brandingSaved : ""}
        </p>
        <p>{t.pro.brandingIntro}</p>
        <div className="portal branding-preview" style={communeTheme(commune)}>
          {commune.logo_url && (
            <figure>
              {/* A plain img: the logo is a data URI. */}
              <img src={commune.logo_url} alt={t.logoOf(commune.name)} width={80} height={90} />
              <figcaption>{t.pro.currentLogo}</figcaption>
            </figure>
          )}
          <div className="portal__banner">
            <p className="portal__kicker">{t.portalOf(commune.name)}</p>
            <p className="branding-preview__title">
              {t.welcomeTo} {commune.name}
            </p>
          </div>
        </div>
        <BrandingForm
          communeId={commune.id}
          colors={{ primary: commune.primary_color, secondary: commune.secondary_color }}
          labels={{ logo: t.pro.logo, primaryColor: t.pro.primaryColor, secondaryColor: t.pro.secondaryColor, save: t.pro.saveBranding }}
        />
        <p>
          <Link href={`/${commune.slug}`}>{t.pro.seePortal}</Link>
        </p>
      </main>
    </>
  )
}
