import type { Metadata } from "next"
import Link from "next/link"
import { LegalPage } from "@/components/legal/legal-page"
import { absolute } from "@/lib/site"

export const metadata: Metadata = { title: "Confidentialité", alternates: { canonical: absolute("/confidentialite") } }

export default function Privacy() {
  return (
    <LegalPage title="Politique de confidentialité">
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
