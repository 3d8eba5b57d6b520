import type { CommerceMode, SellerStatus } from "./seller-status"

export type ItemSeller = { name: string; commerce_mode: CommerceMode; status: SellerStatus }

/**
 * Why an establishment's product cannot go into a cart, or null when it can:
 * a showcase only shows, and only open establishments sell.
 */
export function cartRefusal(seller: ItemSeller): string | null {
  if (seller.status !== "open") {
    return `« ${seller.name} » n'est pas ouvert sur la plateforme : ses produits ne peuvent pas être commandés`
  }
  if (seller.commerce_mode === "showcase") {
    return `« ${seller.name} » présente ses produits en vitrine seulement : ils ne se réservent pas et ne s'achètent pas en ligne`
  }
  return null
}

/** How shoppers pay online on this platform: Stripe, simulated (local demo), or not at all. */
export type OnlinePayment = "stripe" | "simulated" | "none"

export type ModeFacts = { priced_products: number; online_payment: OnlinePayment }

/**
 * What an establishment still lacks to move to a commerce mode (empty when
 * nothing): reserving needs something priced to reserve, selling online needs
 * that and a way to pay online. Moving down a mode needs nothing.
 */
export function missingForMode(target: CommerceMode, facts: ModeFacts): string[] {
  const missing: string[] = []
  if (target !== "showcase" && facts.priced_products === 0) {
    missing.push("un produit publié avec un prix en euros")
  }
  if (target === "online" && facts.online_payment === "none") {
    missing.push("le paiement en ligne sur la plateforme (Stripe n'est pas configuré)")
  }
  return missing
}
