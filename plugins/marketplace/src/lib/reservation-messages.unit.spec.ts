import { describe, expect, it } from "vitest"
import { messageLanguage, parisDateTime, type ReservationFacts, reservationMessages } from "./reservation-messages"

const facts: ReservationFacts = {
  status: "ready",
  order_display_id: 42,
  seller_name: "Boulangerie du Vieux-Lille",
  shopper_email: "lea@exemple.test",
  merchant_emails: ["patron@boulangerie.test", "vendeuse@boulangerie.test"],
  pickup_deadline: "2026-10-25T09:30:00Z",
  lines: [{ title: "Pain de campagne", quantity: 2 }],
  links: { shopper: "https://enjoy.test/commande/og_1", merchant: "https://enjoy.test/pro/etablissements/sel_1/reservations" },
}

describe("reservation messages", () => {
  it("writes dates in Paris time, across the change to winter time", () => {
    expect(parisDateTime("2026-10-24T09:30:00Z")).toBe("samedi 24 octobre à 11:30")
    expect(parisDateTime("2026-10-25T09:30:00Z")).toBe("dimanche 25 octobre à 10:30")
  })

  it("tells the shopper and every merchant of the establishment, in French", () => {
    const messages = reservationMessages(facts)
    expect(messages.map((m) => m.to)).toEqual(["lea@exemple.test", "patron@boulangerie.test", "vendeuse@boulangerie.test"])
    expect(messages[0].subject).toBe("Réservation n° 42 prête — Boulangerie du Vieux-Lille")
    expect(messages[0].text).toBe(
      "Votre réservation n° 42 est prête chez Boulangerie du Vieux-Lille. " +
        "Passez la retirer et la payer avant le dimanche 25 octobre à 10:30.\n\n- 2 × Pain de campagne" +
        "\n\nSuivre ma commande : https://enjoy.test/commande/og_1"
    )
    expect(messages[0].link).toBe("https://enjoy.test/commande/og_1")
    expect(messages[1].text).toContain("le client en est informé")
    expect(messages[1].text).toContain("Ouvrir le tableau des réservations : https://enjoy.test/pro/etablissements/sel_1/reservations")
    expect(messages[1].link).toBe("https://enjoy.test/pro/etablissements/sel_1/reservations")
  })

  it("gives the shopper the merchant's reason for a refusal", () => {
    const [shopper] = reservationMessages({ ...facts, status: "declined", decline_reason: "Four en panne" })
    expect(shopper.text).toContain("Raison : Four en panne.")
  })

  it("writes to an English-speaking shopper in English, and to the merchants in French", () => {
    const [shopper, merchant] = reservationMessages({ ...facts, language: "en", status: "requested" })
    expect(shopper.subject).toBe("Reservation no. 42 booked — Boulangerie du Vieux-Lille")
    expect(shopper.text).toContain("Collect it and pay in the shop before Sunday 25 October at 10:30.")
    expect(shopper.text).toContain("Follow my order: https://enjoy.test/commande/og_1")
    expect(merchant.subject).toBe("Réservation n° 42 demandée — Boulangerie du Vieux-Lille")
    expect(merchant.language).toBe("fr")
  })

  it("reads a cart's locale as the e-mails' language", () => {
    expect([messageLanguage("en"), messageLanguage("en-GB"), messageLanguage("fr"), messageLanguage(null), messageLanguage("de")]).toEqual([
      "en",
      "en",
      "fr",
      "fr",
      "fr",
    ])
  })
})
