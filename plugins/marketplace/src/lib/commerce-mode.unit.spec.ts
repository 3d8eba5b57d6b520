import { describe, expect, it } from "vitest"
import { cartRefusal, missingForMode } from "./commerce-mode"

describe("cartRefusal", () => {
  it("lets reservation and online establishments sell", () => {
    expect(cartRefusal({ name: "Fromagerie", commerce_mode: "reservation", status: "open" })).toBeNull()
    expect(cartRefusal({ name: "Brasserie", commerce_mode: "online", status: "open" })).toBeNull()
  })

  it("refuses a showcase, naming the establishment and the reason", () => {
    expect(cartRefusal({ name: "Estaminet", commerce_mode: "showcase", status: "open" })).toMatch(
      /« Estaminet » présente ses produits en vitrine seulement/
    )
  })

  it("refuses an establishment that is not open", () => {
    expect(cartRefusal({ name: "Atelier", commerce_mode: "online", status: "suspended" })).toMatch(/n.est pas ouvert/)
  })
})

describe("missingForMode", () => {
  const ready = { priced_products: 2, online_payment: "stripe" as const }

  it("lets a showcase stay a showcase with nothing", () => {
    expect(missingForMode("showcase", { priced_products: 0, online_payment: "none" })).toEqual([])
  })

  it("needs a priced product to take reservations", () => {
    expect(missingForMode("reservation", { ...ready, priced_products: 0 })).toEqual([
      "un produit publié avec un prix en euros",
    ])
    expect(missingForMode("reservation", ready)).toEqual([])
  })

  it("needs online payment to sell online, simulated payment being enough in the demo", () => {
    expect(missingForMode("online", { ...ready, online_payment: "none" })).toEqual([
      "le paiement en ligne sur la plateforme (Stripe n'est pas configuré)",
    ])
    expect(missingForMode("online", { ...ready, online_payment: "simulated" })).toEqual([])
    expect(missingForMode("online", { priced_products: 0, online_payment: "none" })).toHaveLength(2)
  })
})
