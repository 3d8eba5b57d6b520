import { describe, expect, it } from "vitest"
import { agendaEventDocument, dealDocument } from "./search-documents"

const seller = { id: "sel_1", name: "Fleurs de la Marque", handle: "fleurs", status: "open", latitude: 50.6, longitude: 3.1, commune: { slug: "marcq-en-baroeul", name: "Marcq-en-Barœul" } }
const deal = {
  id: "deal_1", title: "Un bouquet offert", kind: "gift", starts_at: "2026-12-01T00:00:00+01:00", ends_at: "2026-12-08T00:00:00+01:00", status: "published", seller,
}

describe("discovery documents for deals and events", () => {
  it("indexes a published bon plan of an open establishment with its window", () => {
    expect(dealDocument(deal)).toMatchObject({
      seller_handle: "fleurs", commune: "marcq-en-baroeul", starts_at: "2026-11-30T23:00:00.000Z", ends_at: "2026-12-07T23:00:00.000Z",
    })
    expect(dealDocument(deal)!.terms).toContain("fleuriste")
  })

  it("leaves out drafts, paused deals and those of suspended establishments", () => {
    expect(dealDocument({ ...deal, status: "paused" })).toBeNull()
    expect(dealDocument({ ...deal, seller: { ...seller, status: "suspended" } })).toBeNull()
  })

  it("places an event at its own address, else at its organiser's", () => {
    const event = {
      id: "evt_1", title: "Marché de Noël", category: "marché", starts_at: "2026-12-02T10:00:00Z", last_ends_at: "2026-12-20T18:00:00Z",
      status: "published", commune_id: "com_1", seller,
    }
    const commune = { slug: "lille", name: "Lille" }
    expect(agendaEventDocument(event, commune)).toMatchObject({ commune: "lille", latitude: 50.6, ends_at: "2026-12-20T18:00:00.000Z" })
    expect(agendaEventDocument({ ...event, latitude: 50.63, longitude: 3.06 }, commune)).toMatchObject({ latitude: 50.63 })
    expect(agendaEventDocument(event, undefined)).toBeNull()
    expect(agendaEventDocument({ ...event, status: "draft" }, commune)).toBeNull()
  })
})
