import type { Metadata } from "next"
import { ProHeader } from "@/components/pro/pro-header"
import { Link } from "@/i18n/navigation"
import { getDictionary } from "@/lib/i18n"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.offlineTitle, robots: { index: false } }
}

/**
 * What the installed pro app shows when a page cannot be reached: kept by the service worker
 * (public/pro/sw.js) at install, the only page it keeps. It says what happened and holds no data.
 */
export default async function OfflinePage() {
  const { t } = await getDictionary()
  return (
    <>
      <ProHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.offlineTitle}</h1>
        <p>{t.pro.offlineText}</p>
        <p>
          <Link href="/pro" className="button">
            {t.pro.offlineRetry}
          </Link>
        </p>
      </main>
    </>
  )
}
