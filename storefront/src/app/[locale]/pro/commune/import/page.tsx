import type { Metadata } from "next"
import { ImportForm } from "@/components/pro/import-form"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import { requirePro } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.steer.importTitle, robots: { index: false } }
}

/** A commune agent pre-fills its directory from a SIRENE extract or the templates (establishments, products), checking before importing. */
export default async function ImportPage() {
  const [{ t }] = await Promise.all([getDictionary(), requirePro("agent")])
  const i = t.steer.importLabels
  return (
    <>
      <ProHeader t={t} actor="agent" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.steer.importTitle}</h1>
        <p>{t.steer.importIntro}</p>
        <ul className="pro-links">
          <li>
            <a href="/pro/commune/import/modele">{t.steer.importTemplate}</a>
          </li>
          <li>
            <a href="/pro/commune/import/modele?type=produits">{t.steer.importProductTemplate}</a>
          </li>
        </ul>
        <ImportForm labels={i} />
      </main>
    </>
  )
}
