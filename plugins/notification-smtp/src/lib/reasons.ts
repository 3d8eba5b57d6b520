/**
 * Why the person receives the e-mail, written in its footer (a transactional
 * e-mail says so; it is not a newsletter one can leave). Chosen by the
 * template's family: `marketplace-order-confirmed` → `marketplace-order`.
 */
type Language = "fr" | "en"

const REASONS: [prefix: string, reason: string][] = [
  ["marketplace-order", "Vous recevez ce message parce qu'une commande ou une réservation a été faite avec cette adresse sur Enjoy, ou qu'elle concerne votre établissement."],
  ["moderation", "Vous recevez ce message parce que vous gérez un établissement dont le contenu est relu par son association de commerçants ou sa commune."],
  ["password-reset", "Vous recevez ce message parce qu'un nouveau mot de passe a été demandé pour l'accès Enjoy lié à cette adresse."],
  ["establishment-claim", "Vous recevez ce message parce que vous avez demandé à gérer la vitrine d'un établissement sur Enjoy."],
]

const DEFAULT_REASON = "Vous recevez ce message parce que cette adresse est liée à un accès Enjoy."

/** Shoppers may read English; the pro space's messages stay French. */
const REASONS_EN: [prefix: string, reason: string][] = [
  ["marketplace-order", "You receive this message because an order or a reservation was made with this address on Enjoy."],
  ["password-reset", "You receive this message because a new password was requested for the Enjoy account of this address."],
]

const DEFAULT_REASON_EN = "You receive this message because this address belongs to an Enjoy account."

const matches = (template: string) => ([prefix]: [string, string]) => template === prefix || template.startsWith(`${prefix}-`)

export function reasonFor(template: string, language: Language = "fr"): string {
  if (language === "en") {
    return REASONS_EN.find(matches(template))?.[1] ?? DEFAULT_REASON_EN
  }
  return REASONS.find(matches(template))?.[1] ?? DEFAULT_REASON
}
