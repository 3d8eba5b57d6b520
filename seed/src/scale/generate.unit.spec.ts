import { describe, expect, it } from "vitest"
import { communes, documentsOf, productShare, random } from "./generate"

describe("scale generator", () => {
  it("is deterministic for a given seed", () => {
    const a = documentsOf(3, 5, communes(4, random(1)), random(7))
    const b = documentsOf(3, 5, communes(4, random(1)), random(7))
    expect(a).toEqual(b)
  })

  it("names communes after the metropole's, then numbers them", () => {
    const list = communes(97, random(1))
    expect(list[0]).toMatchObject({ name: "Lille", slug: "lille-echelle" })
    expect(list[5].slug).toBe("marcq-en-baroeul-echelle")
    expect(list[96].name).toBe("Commune 97")
    for (const c of list) {
      expect(c.latitude).toBeGreaterThan(50.5)
      expect(c.longitude).toBeLessThan(3.35)
    }
  })

  it("builds real discovery documents: an open establishment in its commune and its products", () => {
    const territory = communes(10, random(1))
    const rnd = random(42)
    for (let n = 0; n < 50; n++) {
      const { establishment, products } = documentsOf(n, 4, territory, rnd)
      expect(establishment.commune).toBe(territory[n % 10].slug)
      expect(establishment.name).not.toMatch(/[{}]/)
      expect(establishment.open_slots.length).toBeGreaterThan(0)
      for (const product of products) {
        expect(product.seller_id).toBe(establishment.id)
        expect(product.price).toBeGreaterThan(0)
      }
    }
  })

  it("shares products so that the total is exact", () => {
    const total = Array.from({ length: 7 }, (_, n) => productShare(7, 50, n)).reduce((a, b) => a + b, 0)
    expect(total).toBe(50)
  })
})
