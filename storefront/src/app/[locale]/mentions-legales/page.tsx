import type { Metadata } from "next"
import { LegalPage } from "@/components/legal/legal-page"
import { staticDictionary } from "@/lib/i18n"
import { alternates } from "@/lib/seo/alternates"

// Rendered on the first request in each language, then served from cache (see [commune]/page.tsx).
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await staticDictionary(params)
  return { title: "Mentions légales", alternates: alternates("/mentions-legales", locale) }
}

export default function LegalNotice({ params }: Props) {
  return (
    <LegalPage params={params} title="Mentions légales">
      <h2>Éditeur</h2>
      <p>
        Enjoy est une plateforme ouverte mise à disposition des communes par la métropole. L'éditeur du service est la
        métropole qui l'exploite ; chaque commune est responsable du contenu de son portail, chaque établissement de sa
        vitrine, de ses produits et de ses bons plans.
      </p>
      <h2>Directeur de la publication</h2>
      <p>Le président ou la présidente de la métropole exploitante, ou la personne qu'il ou elle désigne.</p>
      <h2>Hébergement</h2>
      <p>Les coordonnées de l'hébergeur sont celles indiquées par la métropole exploitante dans sa convention d'usage.</p>
      <h2>Logiciel</h2>
      <p>Enjoy est un logiciel libre, publié sous licence MIT ; son code source est public.</p>
      <h2>Contenus et ventes</h2>
      <p>
        Chaque commande est passée auprès de l'établissement qui vend : il est le vendeur, fixe ses prix et assure le
        retrait ou la livraison. Les réservations se règlent sur place, au retrait.
      </p>
    </LegalPage>
  )
}
