import { Link } from "@/i18n/navigation"
import { SiteHeader } from "@/components/site-header"
import { getDictionary } from "@/lib/i18n"

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
