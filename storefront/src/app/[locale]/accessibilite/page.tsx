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
  return { title: "Déclaration d'accessibilité", alternates: alternates("/accessibilite", locale) }
}

/** The RGAA accessibility statement: its structure follows the official model. */
export default function AccessibilityStatement({ params }: Props) {
  return (
    <LegalPage params={params} title="Déclaration d'accessibilité">
      <p>
        La métropole s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n° 2005-102
        du 11 février 2005. Cette déclaration s'applique à la vitrine Enjoy (portails des communes, vitrines, panier,
        commande et compte).
      </p>
      <h2>État de conformité</h2>
      <p>
        La vitrine Enjoy est <strong>partiellement conforme</strong> avec le référentiel général d'amélioration de
        l'accessibilité (RGAA), version 4.1 : aucun audit complet n'a encore été réalisé.
      </p>
      <h2>Résultats des tests</h2>
      <p>
        À chaque modification, des tests automatisés contrôlent les règles WCAG 2.1 niveaux A et AA (axe-core) sur les pages
        d'accueil, de portail, de vitrine, de produit, de recherche, de panier, de commande et de compte, et un parcours
        complet au clavier, de la recherche à la réservation confirmée. Ces tests ne relèvent aucune non-conformité ; les
        tests automatisés ne couvrent qu'une partie des critères.
      </p>
      <h2>Contenus non accessibles</h2>
      <ul>
        <li>La carte des résultats de recherche : chaque information y figure aussi dans la liste, qui reste l'accès principal.</li>
        <li>Les photos fournies par les établissements ont une alternative générique (nom de l'établissement et numéro).</li>
      </ul>
      <h2>Établissement de cette déclaration</h2>
      <p>Déclaration établie le 26 novembre 2026. Technologies : HTML, CSS, JavaScript (facultatif pour les parcours principaux).</p>
      <p>Environnement de test : Chromium, axe-core, navigation au clavier seul.</p>
      <h2>Retour d'information et contact</h2>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez la métropole ou votre commune pour être orienté
        vers une alternative accessible.
      </p>
      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu, que vous nous l'avez signalé et
        n'avez pas obtenu de réponse satisfaisante, vous pouvez écrire au Défenseur des droits (defenseurdesdroits.fr), le
        contacter par téléphone au 09 69 39 00 00, ou lui écrire par courrier gratuit, sans affranchissement : Défenseur des
        droits, Libre réponse 71120, 75342 Paris CEDEX 07.
      </p>
    </LegalPage>
  )
}
