import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { beforeEach, describe, expect, it } from "vitest"
import { operatorHeaders, storeHeaders } from "../helpers/actors"
import { communePayload } from "../helpers/communes"
import { failure } from "../helpers/http"
import { NEVER_OPEN, sellerPayload } from "../helpers/sellers"

export function sellersTests({ api, getContainer }: MedusaSuiteOptions) {
  let operator: { headers: Record<string, string> }
  let store: { headers: Record<string, string> }
  let lille: { id: string }
  let roubaix: { id: string }

  beforeEach(async () => {
    operator = await operatorHeaders(getContainer(), api)
    store = await storeHeaders(getContainer())
    lille = (
      await api.post(
        "/admin/communes",
        communePayload({ name: "Lille", slug: "lille", latitude: 50.6292, longitude: 3.0573 }),
        operator
      )
    ).data.commune
    roubaix = (
      await api.post(
        "/admin/communes",
        communePayload({ name: "Roubaix", slug: "roubaix", latitude: 50.6942, longitude: 3.1746 }),
        operator
      )
    ).data.commune
  })

  const openSeller = async (payload: Record<string, unknown>) => {
    const { data } = await api.post("/admin/sellers", payload, operator)
    await api.post(`/admin/sellers/${data.seller.id}/status`, { status: "pending" }, operator)
    await api.post(`/admin/sellers/${data.seller.id}/status`, { status: "open" }, operator)
    return data.seller
  }

  describe("operator: /admin/sellers", () => {
    it("creates a draft establishment tied to its commune, SIRET normalised", async () => {
      const { status, data } = await api.post("/admin/sellers", sellerPayload(lille.id), operator)
      expect(status).toBe(201)
      expect(data.seller).toMatchObject({
        status: "draft",
        commerce_mode: "showcase",
        siret: "73282932000074",
        pickup_deadline_hours: 48,
        commune: { id: lille.id, slug: "lille" },
      })
    })

    it("answers 400 naming the field for a bad SIRET, far coordinates or bad hours, and writes nothing", async () => {
      const siret = await failure(
        api.post("/admin/sellers", sellerPayload(lille.id, { siret: "73282932000075" }), operator)
      )
      expect(siret.status).toBe(400)
      expect(siret.data.message).toContain("siret")

      const far = await failure(
        api.post("/admin/sellers", sellerPayload(lille.id, { latitude: 48.8566, longitude: 2.3522 }), operator)
      )
      expect(far.status).toBe(400)
      expect(far.data.message).toContain("latitude/longitude")

      const hours = await failure(
        api.post(
          "/admin/sellers",
          sellerPayload(lille.id, {
            opening_hours: { ...NEVER_OPEN, weekly: { ...NEVER_OPEN.weekly, mo: [{ open: "9h", close: "18h" }] } },
          }),
          operator
        )
      )
      expect(hours.status).toBe(400)
      expect(hours.data.message).toContain("opening_hours")

      const unknownCommune = await failure(
        api.post("/admin/sellers", sellerPayload("com_inconnue"), operator)
      )
      expect(unknownCommune.status).toBe(400)
      expect(unknownCommune.data.message).toContain("commune_id")

      expect((await api.get("/admin/sellers", operator)).data.count).toBe(0)
    })

    it("moves along draft → pending → open ↔ suspended → closed, and refuses shortcuts", async () => {
      const { data } = await api.post("/admin/sellers", sellerPayload(lille.id), operator)
      const id = data.seller.id
      const skip = await failure(api.post(`/admin/sellers/${id}/status`, { status: "open" }, operator))
      expect(skip.status).toBe(400)
      expect(skip.data.type).toBe("not_allowed")

      for (const status of ["pending", "open", "suspended", "open", "closed"]) {
        const res = await api.post(`/admin/sellers/${id}/status`, { status }, operator)
        expect(res.data.seller.status).toBe(status)
      }
      const reopen = await failure(api.post(`/admin/sellers/${id}/status`, { status: "open" }, operator))
      expect(reopen.status).toBe(400)
    })

    it("updates a profile, checking moved coordinates against the commune", async () => {
      const { data } = await api.post("/admin/sellers", sellerPayload(lille.id), operator)
      const updated = await api.post(
        `/admin/sellers/${data.seller.id}`,
        { description: "Pain au levain cuit au feu de bois.", commerce_mode: "reservation" },
        operator
      )
      expect(updated.data.seller).toMatchObject({
        description: "Pain au levain cuit au feu de bois.",
        commerce_mode: "reservation",
      })
      const moved = await failure(
        api.post(`/admin/sellers/${data.seller.id}`, { latitude: 43.3 }, operator)
      )
      expect(moved.status).toBe(400)
      const after = await api.get(`/admin/sellers/${data.seller.id}`, operator)
      expect(after.data.seller.latitude).toBeCloseTo(50.6405, 3)
    })
  })

  describe("public: /store/sellers", () => {
    it("shows open establishments only, filtered by commune, kind and open now", async () => {
      await api.post("/admin/sellers", sellerPayload(lille.id, { name: "Brouillon" }), operator)
      await openSeller(sellerPayload(lille.id, { name: "Au Pain Doré", handle: "au-pain-dore" }))
      await openSeller(
        sellerPayload(lille.id, { name: "Musée de l'Hospice", handle: "hospice", kind: "heritage_site", opening_hours: NEVER_OPEN })
      )
      await openSeller(
        sellerPayload(roubaix.id, {
          name: "La Piscine",
          handle: "la-piscine",
          kind: "cultural_site",
          address_1: "23 rue de l'Espérance",
          postal_code: "59100",
          city: "Roubaix",
          latitude: 50.6874,
          longitude: 3.1818,
        })
      )

      const all = await api.get("/store/sellers", store)
      expect(all.data.sellers.map((s: { name: string }) => s.name)).toEqual([
        "Au Pain Doré",
        "La Piscine",
        "Musée de l'Hospice",
      ])
      expect(all.data.sellers[0]).not.toHaveProperty("siret")
      expect(all.data.sellers[0]).not.toHaveProperty("status")

      const inLille = await api.get("/store/sellers?commune=lille", store)
      expect(inLille.data.sellers.map((s: { handle: string }) => s.handle)).toEqual(["au-pain-dore", "hospice"])

      const heritage = await api.get("/store/sellers?kind=heritage_site", store)
      expect(heritage.data.count).toBe(1)

      const openNow = await api.get("/store/sellers?commune=lille&open_now=true", store)
      expect(openNow.data.sellers.map((s: { handle: string }) => s.handle)).toEqual(["au-pain-dore"])
      expect(openNow.data.sellers[0].is_open_now).toBe(true)

      const page = await api.get("/store/sellers?limit=1&offset=1", store)
      expect(page.data).toMatchObject({ count: 3, limit: 1, offset: 1 })
      expect(page.data.sellers.map((s: { name: string }) => s.name)).toEqual(["La Piscine"])
    })

    it("shows one open vitrine by handle, hides the others, and names a bad filter", async () => {
      await openSeller(sellerPayload(lille.id, { handle: "ouverte" }))
      await api.post("/admin/sellers", sellerPayload(lille.id, { handle: "en-brouillon" }), operator)

      const { data } = await api.get("/store/sellers/ouverte", store)
      expect(data.seller).toMatchObject({ handle: "ouverte", is_open_now: true, next_opening: null })
      expect(data.seller.commune.slug).toBe("lille")
      expect((await failure(api.get("/store/sellers/en-brouillon", store))).status).toBe(404)

      const bad = await failure(api.get("/store/sellers?open_now=peut-etre", store))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("open_now")
    })
  })
}
