import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
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
  return { title: "Confidentialité", alternates: alternates("/confidentialite", locale) }
}

export default function Privacy({ params }: Props) {
  return (
    <LegalPage params={params} title="Politique de confidentialité">
      <h2>Ce que nous conservons</h2>
      <ul>
        <li>Pour une commande ou une réservation : vos nom, prénom, adresse e-mail et téléphone, et le contenu de la commande.</li>
        <li>Pour un bon plan : votre adresse e-mail et le code attribué.</li>
        <li>Si vous créez un compte : votre profil et votre mot de passe, conservé sous forme chiffrée (haché).</li>
      </ul>
      <h2>Pourquoi</h2>
      <p>
        Pour exécuter vos commandes et réservations (base légale : le contrat) et pour que les établissements puissent vous
        joindre à leur sujet. Aucune donnée n'est vendue ni utilisée à des fins publicitaires.
      </p>
      <h2>Cookies</h2>
      <p>
        Deux cookies techniques seulement, exemptés de consentement : celui de votre panier et celui de votre session si vous
        êtes connecté, plus celui de la langue choisie. Aucun cookie de suivi ni de mesure d'audience tierce.
      </p>
      <h2>Durées de conservation</h2>
      <p>
        Les commandes sont conservées dix ans pour les obligations comptables des commerçants ; le compte, jusqu'à sa
        suppression.
      </p>
      <h2>Vos droits</h2>
      <p>
        Depuis <Link href="/compte">votre compte</Link>, vous pouvez télécharger toutes vos données (droit d'accès et de
        portabilité) et supprimer votre compte (droit à l'effacement). Vous pouvez aussi saisir la CNIL (cnil.fr).
      </p>
    </LegalPage>
  )
}
