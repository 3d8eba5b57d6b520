import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { SiteHeader } from "@/components/site-header"
import { getDictionary, staticDictionary } from "@/lib/i18n"

/**
 * The tab and a screen reader say the page was not found, not just the site's name. Next.js resolves
 * this with the [locale] segment's params, like a layout's: the language comes from the address, so a
 * cached page that turns out missing stays static.
 */
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await staticDictionary(params)
  return { title: t.notFoundTitle, robots: { index: false } }
}

export default async function NotFound() {
  const { t } = await getDictionary()
  return (
    <>
      <SiteHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <p>
          <Link href="/">{t.backHome}</Link>
        </p>
      </main>
    </>
  )
}
