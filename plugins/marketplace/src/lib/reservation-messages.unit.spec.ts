import { describe, expect, it } from "vitest"
import { parisDateTime, type ReservationFacts, reservationMessages } from "./reservation-messages"

const facts: ReservationFacts = {
  status: "ready",
  order_display_id: 42,
  seller_name: "Boulangerie du Vieux-Lille",
  shopper_email: "lea@exemple.test",
  merchant_emails: ["patron@boulangerie.test", "vendeuse@boulangerie.test"],
  pickup_deadline: "2026-10-25T09:30:00Z",
  lines: [{ title: "Pain de campagne", quantity: 2 }],
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
        "Passez la retirer et la payer avant le dimanche 25 octobre à 10:30.\n\n- 2 × Pain de campagne"
    )
    expect(messages[1].text).toContain("le client en est informé")
  })

  it("gives the shopper the merchant's reason for a refusal", () => {
    const [shopper] = reservationMessages({ ...facts, status: "declined", decline_reason: "Four en panne" })
    expect(shopper.text).toContain("Raison : Four en panne.")
  })
})
