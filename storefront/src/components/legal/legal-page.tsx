import type { ReactNode } from "react"
import { SiteHeader } from "@/components/site-header"
import { staticDictionary } from "@/lib/i18n"

/** The frame of the legal pages: their texts are French (the legally binding version). */
type Props = { params: Promise<{ locale: string }>; title: string; children: ReactNode }

export async function LegalPage({ params, title, children }: Props) {
  const { t } = await staticDictionary(params)
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
