import type { ReactNode } from "react"
import { SiteHeader } from "@/components/site-header"
import { getDictionary } from "@/lib/i18n"

/** The frame of the legal pages: their texts are French (the legally binding version). */
export async function LegalPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = await getDictionary()
  return (
    <>
      <SiteHeader t={t} />
      <main id="contenu" tabIndex={-1} lang="fr" className="legal">
        <h1>{title}</h1>
        {children}
      </main>
    </>
  )
}
