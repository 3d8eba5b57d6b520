import { describe, expect, it } from "vitest"
import { establishmentDocument, isInStock, lowestEuroPrice, productDocument, type SellerRow } from "./search-documents"

const seller: SellerRow = {
  id: "sel_1",
  name: "Boulangerie du Vieux-Lille",
  handle: "boulangerie-du-vieux-lille",
  kind: "shop",
  categories: ["boulangerie"],
  description: "Pains au levain",
  photos: ["https://example.test/a.png"],
  address_1: "3 rue de la Monnaie",
  postal_code: "59000",
  city: "Lille",
  latitude: 50.64,
  longitude: 3.06,
  opening_hours: { weekly: { mo: [{ open: "08:00", close: "08:30" }], tu: [], we: [], th: [], fr: [], sa: [], su: [] }, exceptions: [] },
  commerce_mode: "reservation",
  status: "open",
  commune: { slug: "lille", name: "Lille" },
}

describe("search documents", () => {
  it("indexes a closure's days, and the special hours of a day as its own quarter-hours", () => {
    const hours = {
      ...seller.opening_hours!,
      exceptions: [
        { date: "2026-08-03", until: "2026-08-04", ranges: [], label: "Congés" },
        { date: "2026-08-10", ranges: [{ open: "10:00", close: "10:30" }] },
      ],
    }
    const doc = establishmentDocument({ ...seller, opening_hours: hours }, "2026-08-01")!
    const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000)
    expect(doc.exception_days).toEqual(["2026-08-03", "2026-08-04", "2026-08-05", "2026-08-10", "2026-08-11"].map(day))
    // 10 August 2026 is a Monday: its special hours replace 08:00–08:30; the 5th and the 11th keep theirs.
    expect(doc.exception_slots).toEqual([day("2026-08-10") * 96 + 40, day("2026-08-10") * 96 + 41])
  })

  it("indexes an open establishment with its synonyms and open quarter-hours", () => {
    const doc = establishmentDocument(seller)!
    expect(doc).toMatchObject({ id: "sel_1", commune: "lille", photo: "https://example.test/a.png", open_slots: [32, 33] })
    expect(doc).toMatchObject({ exception_days: [], exception_slots: [] })
    expect(doc.terms.split(" ")).toEqual(expect.arrayContaining(["boulangerie", "pain", "croissant"]))
    expect(doc.address).toBe("3 rue de la Monnaie, 59000, Lille")
  })

  it("leaves out establishments that are not open to the public", () => {
    for (const status of ["draft", "pending", "suspended", "closed"]) {
      expect(establishmentDocument({ ...seller, status })).toBeNull()
    }
  })

  it("prices a product at its lowest euro price and checks its stock", () => {
    const product = {
      id: "prod_1",
      title: "Baguette tradition",
      handle: "baguette",
      status: "published",
      seller,
      variants: [
        {
          prices: [{ amount: 1.4, currency_code: "eur" }, { amount: 1, currency_code: "usd" }],
          inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 3, reserved_quantity: 3 }] } }],
        },
        { prices: [{ amount: 1.2, currency_code: "eur" }], manage_inventory: true, inventory_items: [] },
      ],
    }
    expect(lowestEuroPrice(product)).toBe(1.2)
    expect(isInStock(product)).toBe(false)
    expect(isInStock({ ...product, variants: [{ manage_inventory: false }] })).toBe(true)
    expect(productDocument(product)).toMatchObject({ price: 1.2, in_stock: false, seller_handle: "boulangerie-du-vieux-lille" })
  })

  it("drops products that are drafts or whose establishment is not open", () => {
    const base = { id: "prod_1", title: "Baguette", handle: "b", status: "published", seller }
    expect(productDocument({ ...base, status: "draft" })).toBeNull()
    expect(productDocument({ ...base, seller: { ...seller, status: "suspended" } })).toBeNull()
    expect(productDocument({ ...base, seller: null })).toBeNull()
  })
})
