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

/** A commune agent pre-fills its directory from a SIRENE extract or the template, checking before importing. */
export default async function ImportPage() {
  const [{ t }] = await Promise.all([getDictionary(), requirePro("agent")])
  const i = t.steer.importLabels
  return (
    <>
      <ProHeader t={t} actor="agent" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.steer.importTitle}</h1>
        <p>{t.steer.importIntro}</p>
        <p>
          <a href="/pro/commune/import/modele">{t.steer.importTemplate}</a>
        </p>
        <ImportForm labels={i} />
      </main>
    </>
  )
}
