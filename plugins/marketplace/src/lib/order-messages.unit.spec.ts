import { describe, expect, it } from "vitest"
import { type CheckoutPart, checkoutShopperMessage, merchantMessages } from "./order-messages"

const links = (seller: string) => ({
  shopper: "https://enjoy.test/commande/og_1",
  merchant: `https://enjoy.test/pro/etablissements/${seller}/reservations`,
})

const bakery: CheckoutPart = {
  reservation: {
    status: "requested",
    order_display_id: 7,
    seller_name: "Boulangerie Lina",
    shopper_email: "lea@exemple.test",
    merchant_emails: ["lina@boulangerie.test"],
    pickup_deadline: "2026-10-24T09:30:00Z",
    lines: [{ title: "Baguette", quantity: 2 }],
    links: links("sel_b"),
  },
}

const cheese: CheckoutPart = {
  online: {
    order_display_id: 8,
    seller_name: "Fromagerie Wazemmes",
    shopper_email: "lea@exemple.test",
    merchant_emails: ["paul@fromagerie.test", "ines@fromagerie.test"],
    lines: [{ title: "Maroilles", quantity: 1 }],
    links: links("sel_f"),
  },
}

describe("checkout e-mails", () => {
  it("gives the shopper one e-mail for a checkout across establishments, each in its paragraph", () => {
    const message = checkoutShopperMessage({
      shopper_email: "lea@exemple.test",
      language: "fr",
      link: "https://enjoy.test/commande/og_1",
      parts: [bakery, cheese],
    })
    expect(message.subject).toBe("Commande enregistrée chez Boulangerie Lina et Fromagerie Wazemmes")
    expect(message.text.split("\n\n")).toEqual([
      "Merci ! Votre commande auprès de 2 établissements est enregistrée.",
      "Votre réservation n° 7 chez Boulangerie Lina est enregistrée. Le commerçant va la confirmer.\n" +
        "À retirer et payer en boutique avant le samedi 24 octobre à 11:30.",
      "- 2 × Baguette",
      "Merci ! Votre commande n° 8 chez Fromagerie Wazemmes est payée en ligne.",
      "- 1 × Maroilles",
      "Suivre ma commande : https://enjoy.test/commande/og_1",
    ])
    expect(message.link).toBe("https://enjoy.test/commande/og_1")
  })

  it("writes it in English for an English-speaking shopper", () => {
    const english = (part: CheckoutPart): CheckoutPart =>
      "reservation" in part ? { reservation: { ...part.reservation, language: "en" } } : { online: { ...part.online, language: "en" } }
    const message = checkoutShopperMessage({
      shopper_email: "lea@exemple.test",
      language: "en",
      link: "https://enjoy.test/en/commande/og_1",
      parts: [english(bakery), english(cheese)],
    })
    expect(message.subject).toBe("Order placed with Boulangerie Lina and Fromagerie Wazemmes")
    expect(message.text).toContain("Thank you! Your order with 2 shops is placed.")
    expect(message.text).toContain("Thank you! Your order no. 8 at Fromagerie Wazemmes is paid online.")
    expect(message.text.endsWith("Follow my order: https://enjoy.test/en/commande/og_1")).toBe(true)
  })

  it("keeps a one-establishment checkout's subject about that establishment", () => {
    const message = checkoutShopperMessage({ shopper_email: "lea@exemple.test", language: "fr", link: "https://enjoy.test/commande/og_2", parts: [cheese] })
    expect(message.subject).toBe("Commande n° 8 — Fromagerie Wazemmes")
    expect(message.text.endsWith("Suivre ma commande : https://enjoy.test/commande/og_2")).toBe(true)
  })

  it("gives each merchant only their establishment's part, with their board", () => {
    const messages = merchantMessages(cheese)
    expect(messages.map((m) => m.to)).toEqual(["paul@fromagerie.test", "ines@fromagerie.test"])
    expect(messages[0].text).toBe(
      "Nouvelle commande n° 8 payée en ligne par lea@exemple.test, à préparer.\n\n- 1 × Maroilles\n\n" +
        "Ouvrir le tableau des réservations : https://enjoy.test/pro/etablissements/sel_f/reservations"
    )
    expect(messages[0].text).not.toContain("Baguette")
    expect(merchantMessages(bakery)[0].subject).toBe("Réservation n° 7 demandée — Boulangerie Lina")
  })
})
