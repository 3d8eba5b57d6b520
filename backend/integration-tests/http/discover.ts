import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { parisDay, parisLocalToIso } from "@enjoy/kernel"
import { expect, it } from "vitest"
import { agentHeaders, merchantHeaders, operatorHeaders, platformStoreHeaders } from "../helpers/actors"
import { communePayload } from "../helpers/communes"
import { eventually } from "../helpers/eventually"
import { failure } from "../helpers/http"
import { NEVER_OPEN, sellerPayload } from "../helpers/sellers"
import { pluginJob } from "../helpers/jobs"

const refreshDiscoveryLexicon = pluginJob("deals", "refresh-discovery-lexicon")

/** The Grand-Place of Lille; establishments are placed north of it at known distances. */
const CENTRE = { latitude: 50.6372, longitude: 3.0633 }
const northOf = (km: number) => ({ latitude: CENTRE.latitude + km / 111.195, longitude: CENTRE.longitude })

/** "2026-12-07" as OpenStreetMap writes it: "2026 Dec 07". */
const osmDay = (iso: string) =>
  `${iso.slice(0, 4)} ${"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ")[Number(iso.slice(5, 7)) - 1]} ${iso.slice(8)}`
/** The ISO calendar day `days` after another. */
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

const MONDAY_MORNING = { mo: [{ open: "09:00", close: "12:00" }], tu: [], we: [], th: [], fr: [], sa: [], su: [] }

export function discoverTests({ api, getContainer }: MedusaSuiteOptions) {
  const setup = async () => {
    const operator = await operatorHeaders(getContainer(), api)
    const store = await platformStoreHeaders(getContainer())
    const commune = async (slug: string, name: string) =>
      (await api.post("/admin/communes", communePayload({ slug, name, latitude: 50.6292, longitude: 3.0573 }), operator)).data
        .commune.id as string
    const lille = await commune("lille-test", "Lille")
    const roubaix = await commune("roubaix-test", "Roubaix")
    let merchants = 0
    const open = async (communeId: string, fields: Record<string, unknown>) => {
      const { data } = await api.post("/admin/sellers", sellerPayload(communeId, fields), operator)
      for (const status of ["pending", "open"]) {
        await api.post(`/admin/sellers/${data.seller.id}/status`, { status }, operator)
      }
      merchants += 1
      const merchant = await merchantHeaders(api, operator, data.seller.id, `marchand-${merchants}@discover.test`)
      return { id: data.seller.id as string, merchant }
    }
    const discover = async (params: Record<string, string>) =>
      (await api.get(`/store/discover?${new URLSearchParams(params)}`, store)).data
    return { operator, store, lille, roubaix, open, discover }
  }

  const names = (group: { hits: { name?: string; title?: string }[] } | undefined) =>
    (group?.hits ?? []).map((hit) => hit.name ?? hit.title)

  it("keeps the index consistent through create, update, suspension and deletion", async () => {
    const { operator, lille, open, discover } = await setup()
    const shop = await open(lille, { name: "Fromagerie Vandamme", categories: ["fromagerie"] })
    const { data } = await api.post(
      `/vendor/sellers/${shop.id}/products`,
      { title: "Maroilles fermier", price: 9.5, quantity: 2 },
      shop.merchant
    )
    const productId = data.product.id as string

    // Created: found by its words, a synonym ("fromage"), a plural and a typo.
    const created = await eventually(async () => {
      const result = await discover({ q: "fromages" })
      expect(names(result.groups.establishment)).toEqual(["Fromagerie Vandamme"])
      expect(names(result.groups.product)).toEqual(["Maroilles fermier"])
      return result
    })
    expect(created.groups.product.hits[0]).toMatchObject({ price: 9.5, in_stock: true, seller_id: shop.id, commune: "lille-test" })
    // A typo: without a lexicon the engine's fuzzy matching finds it; once the job has listed the
    // indexed words, the query is corrected and searched exactly.
    expect((await discover({ q: "fromagrie" })).groups.establishment).toMatchObject({ approximate: true, count: 1 })
    expect(await refreshDiscoveryLexicon(getContainer())).toMatchObject({ rebuilt: true })
    expect(await refreshDiscoveryLexicon(getContainer())).toMatchObject({ rebuilt: false })
    const corrected = await discover({ q: "fromagrie vandame" })
    expect(corrected.corrected_q).toBe("fromagerie vandamme")
    expect(names(corrected.groups.establishment)).toEqual(["Fromagerie Vandamme"])
    expect((await discover({ q: "xqzwvk" })).groups.establishment.count).toBe(0)

    // Updated: the new name and price are what is found.
    await api.post(`/admin/sellers/${shop.id}`, { name: "Crèmerie Vandamme" }, operator)
    await api.post(`/vendor/sellers/${shop.id}/products/${productId}`, { price: 11, quantity: 0 }, shop.merchant)
    await eventually(async () => {
      const result = await discover({ q: "cremerie vandamme" })
      expect(names(result.groups.establishment)).toEqual(["Crèmerie Vandamme"])
      expect(result.groups.product.hits[0]).toMatchObject({ price: 11, in_stock: false })
    })
    expect((await discover({ q: "maroilles", in_stock: "true" })).groups.product.count).toBe(0)

    // Suspended: the establishment and its products leave discovery; reopened, they come back.
    await api.post(`/admin/sellers/${shop.id}/status`, { status: "suspended" }, operator)
    await eventually(async () => {
      const result = await discover({ q: "vandamme" })
      expect(result.groups.establishment.count).toBe(0)
      expect((await discover({ q: "maroilles" })).groups.product.count).toBe(0)
    })
    await api.post(`/admin/sellers/${shop.id}/status`, { status: "open" }, operator)
    await eventually(async () => expect((await discover({ q: "maroilles" })).groups.product.count).toBe(1))

    // Deleted: the product is gone from the index.
    await api.delete(`/admin/products/${productId}`, operator)
    await eventually(async () => expect((await discover({ q: "maroilles" })).groups.product.count).toBe(0))
    expect((await discover({ q: "vandamme" })).groups.establishment.count).toBe(1)
  })

  it("finds what lies within a radius, nearest first, with the distances", async () => {
    const { lille, open, discover } = await setup()
    await open(lille, { name: "Cave du Centre", categories: ["caviste"], ...northOf(0.5) })
    await open(lille, { name: "Cave du Faubourg", categories: ["caviste"], ...northOf(1.5) })
    await open(lille, { name: "Cave des Champs", categories: ["caviste"], ...northOf(4) })
    const near = `${CENTRE.latitude},${CENTRE.longitude}`

    const within2 = await eventually(async () => {
      const result = await discover({ near, radius: "2", types: "establishment" })
      expect(names(result.groups.establishment)).toEqual(["Cave du Centre", "Cave du Faubourg"])
      return result
    })
    expect(within2.groups.establishment.hits.map((h: { distance_km: number }) => h.distance_km)).toEqual([0.5, 1.5])
    expect(within2.groups.establishment.facets.categories).toEqual([{ value: "caviste", count: 2 }])

    const within5 = await discover({ q: "vin", near, radius: "5", sort: "distance", types: "establishment" })
    expect(names(within5.groups.establishment)).toEqual(["Cave du Centre", "Cave du Faubourg", "Cave des Champs"])
    const paged = await discover({ near, radius: "5", limit: "1", offset: "1", types: "establishment" })
    expect(paged.groups.establishment).toMatchObject({ count: 3, hits: [expect.objectContaining({ name: "Cave du Faubourg" })] })
  })

  it("tells what is open now in Paris time, summer and winter", async () => {
    const { lille, open, discover } = await setup()
    await open(lille, { name: "Matinale", opening_hours: { weekly: MONDAY_MORNING, exceptions: [] } })
    await open(lille, { name: "Jamais", opening_hours: NEVER_OPEN })
    await eventually(async () => expect((await discover({ types: "establishment" })).groups.establishment.count).toBe(2))

    // Monday 10:00 in Paris is 08:00 UTC in July and 09:00 UTC in January.
    for (const at of ["2026-07-06T08:00:00Z", "2026-01-05T09:00:00Z", "2026-01-05T10:00:00+01:00"]) {
      expect(names((await discover({ open_now: "true", at })).groups.establishment), at).toEqual(["Matinale"])
    }
    // 12:00 in Paris (closed) although it is 11:00 UTC in winter; 08:00 UTC in winter is 09:00 in Paris (open).
    expect((await discover({ open_now: "true", at: "2026-01-05T11:00:00Z" })).groups.establishment.count).toBe(0)
    expect((await discover({ open_now: "true", at: "2026-01-05T08:00:00Z" })).groups.establishment.count).toBe(1)
    // "Open now" is about establishments only: the other groups are left out rather than unfiltered.
    expect(Object.keys((await discover({ open_now: "true" })).groups)).toEqual(["establishment"])
  })

  it("honours closures and special hours: on those days the usual week does not apply", async () => {
    const { lille, open, discover } = await setup()
    // Mondays ahead of today, so the dates stay in the future whenever the suite runs.
    const today = parisDay(new Date())
    const monday = plusDays(today, 14 - ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7))
    const day = (weeks: number) => plusDays(monday, 7 * weeks)
    const at = (weeks: number, time: string) => parisLocalToIso(`${day(weeks)}T${time}`)!
    const sunday = plusDays(monday, 6)
    const exceptions = [
      { date: day(0), until: sunday, ranges: [], label: "Fermeture annuelle" },
      { date: day(1), ranges: [{ open: "14:00", close: "15:00" }] },
    ]
    await open(lille, { name: "Matinale", opening_hours: { weekly: MONDAY_MORNING, exceptions } })
    await eventually(async () => expect((await discover({ types: "establishment" })).groups.establishment.count).toBe(1))

    const openAt = async (when: string) => names((await discover({ open_now: "true", at: when })).groups.establishment)
    expect(await openAt(at(-1, "10:00")), "an ordinary Monday morning").toEqual(["Matinale"])
    expect(await openAt(at(0, "10:00")), "the Monday of the annual closure").toEqual([])
    expect(await openAt(at(1, "10:00")), "a Monday with afternoon hours only").toEqual([])
    expect(await openAt(at(1, "14:30")), "those afternoon hours").toEqual(["Matinale"])
    expect(await openAt(at(2, "10:00")), "the Monday after").toEqual(["Matinale"])

    const csv = (await api.get("/opendata/communes/lille-test/establishments.csv")).data as string
    expect(csv).toContain(`Mo 09:00-12:00; ${osmDay(day(0))}-${osmDay(sunday)} off ""Fermeture annuelle""`)
  })

  it("counts facets over the whole result, not just the page", async () => {
    const { lille, roubaix, open, discover } = await setup()
    await open(lille, { name: "Épicerie A", kind: "shop", categories: ["épicerie"] })
    await open(lille, { name: "Épicerie B", kind: "shop", categories: ["épicerie", "vrac"], commerce_mode: "reservation" })
    await open(roubaix, { name: "Épicerie C", kind: "market", categories: ["épicerie"] })
    const result = await eventually(async () => {
      const r = await discover({ q: "epicerie", limit: "1", types: "establishment" })
      expect(r.groups.establishment.count).toBe(3)
      return r
    })
    const { facets, hits } = result.groups.establishment
    expect(hits).toHaveLength(1)
    expect(facets.commune).toEqual([{ value: "lille-test", count: 2 }, { value: "roubaix-test", count: 1 }])
    expect(facets.kind).toEqual([{ value: "shop", count: 2 }, { value: "market", count: 1 }])
    expect(facets.categories).toEqual([{ value: "épicerie", count: 3 }, { value: "vrac", count: 1 }])
    expect(facets.commerce_mode).toEqual([{ value: "showcase", count: 2 }, { value: "reservation", count: 1 }])
    // Filtering narrows the facets with the hits.
    const inRoubaix = (await discover({ q: "epicerie", commune: "roubaix-test", types: "establishment" })).groups.establishment
    expect(inRoubaix.count).toBe(1)
    expect(inRoubaix.facets.kind).toEqual([{ value: "market", count: 1 }])
    // Disjunctive: the commune facet ignores its own filter (Lille stays there to switch to), the others count in Roubaix.
    expect(inRoubaix.facets.commune).toEqual([{ value: "lille-test", count: 2 }, { value: "roubaix-test", count: 1 }])
    const shops = (await discover({ q: "epicerie", kind: "shop", commune: "lille-test", types: "establishment" })).groups.establishment
    expect([shops.count, shops.facets.kind, shops.facets.commune]).toEqual([
      2,
      [{ value: "shop", count: 2 }],
      [{ value: "lille-test", count: 2 }],
    ])
    expect(shops.facets.categories).toEqual([{ value: "épicerie", count: 2 }, { value: "vrac", count: 1 }])
    const vrac = (await discover({ q: "epicerie", category: "vrac", types: "establishment" })).groups.establishment
    expect([vrac.count, vrac.facets.categories, vrac.facets.commune]).toEqual([
      1,
      [{ value: "épicerie", count: 3 }, { value: "vrac", count: 1 }],
      [{ value: "lille-test", count: 1 }],
    ])
  })

  it("keeps filter values with quotes or operators from changing the query", async () => {
    const { lille, open, discover, store } = await setup()
    await open(lille, { name: "Boulangerie Témoin", categories: ["boulangerie"] })
    await eventually(async () => expect((await discover({ q: "boulangerie" })).groups.establishment.count).toBe(1))

    for (const hostile of [`lille-test" OR commune != "x`, "') OR ('1'='1", "lille-test' OR 1=1 --", `x"}, {"commune": {"$ne": null`]) {
      const result = await discover({ q: "boulangerie", commune: hostile, kind: hostile })
      expect(result.groups.establishment.count, hostile).toBe(0)
    }
    // Free text with tsquery or Meilisearch syntax is only text.
    for (const q of ["boulangerie & !x | (", 'boulangerie" OR "', "boulangerie:* <-> ''"]) {
      const result = await discover({ q })
      expect(result.groups.establishment.hits.map((h: { name: string }) => h.name), q).toEqual(["Boulangerie Témoin"])
    }
    // The documents are intact afterwards.
    expect((await discover({ q: "boulangerie" })).groups.establishment.count).toBe(1)
    // Bad input gets French errors.
    const bad = await failure(api.get("/store/discover?near=lille&radius=2", store))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toContain("latitude,longitude")
    expect((await failure(api.get("/store/discover?sort=distance", store))).data.message).toContain("near")
    expect((await failure(api.get("/store/discover?price_min=20&price_max=5", store))).data.message).toContain("price_max")
  })

  it("finds establishments with a running bon plan and suggests while typing", async () => {
    const { lille, open, discover, store } = await setup()
    const withDeal = await open(lille, { name: "Fleurs de Lys", categories: ["fleuriste"] })
    await open(lille, { name: "Fleurs du Quai", categories: ["fleuriste"] })
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date())
    const { data } = await api.post(
      `/vendor/sellers/${withDeal.id}/deals`,
      { title: "Une rose offerte", kind: "gift", starts_on: today, ends_on: today },
      withDeal.merchant
    )
    await api.post(`/vendor/sellers/${withDeal.id}/deals/${data.deal.id}/submit`, {}, withDeal.merchant)
    await eventually(async () => {
      const result = await discover({ q: "fleurs", has_deal: "true" })
      expect(names(result.groups.establishment)).toEqual(["Fleurs de Lys"])
    })
    expect(names((await discover({ q: "rose" })).groups.deal)).toEqual(["Une rose offerte"])

    const { data: typed } = await api.get("/store/discover/suggest?q=fleu", store)
    expect(typed.suggestions.map((s: { label: string }) => s.label).sort()).toEqual(["Fleurs de Lys", "Fleurs du Quai"])
    expect(typed.suggestions[0]).toMatchObject({ type: "establishment", commune: "lille-test" })
  })

  it("understands what shoppers type: bargains, outings, trades by their repairs, and long queries by most of their words", async () => {
    const { operator, lille, open, discover } = await setup()
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date())
    const withDeal = async (fields: Record<string, unknown>, deal: Record<string, unknown>) => {
      const shop = await open(lille, fields)
      const { data } = await api.post(`/vendor/sellers/${shop.id}/deals`, { starts_on: today, ends_on: today, ...deal }, shop.merchant)
      await api.post(`/vendor/sellers/${shop.id}/deals/${data.deal.id}/submit`, {}, shop.merchant)
    }
    await withDeal({ name: "Boulangerie des Remparts", categories: ["boulangerie"] }, { title: "Une viennoiserie offerte", kind: "gift" })
    await withDeal({ name: "Chocolats du Beffroi", categories: ["chocolatier"] }, { title: "-15 % sur les ballotins", kind: "percent", value: 15 })
    await open(lille, { name: "Cordonnerie Gambetta", categories: ["cordonnerie"], description: "Ressemelage et reproduction de clés minute." })
    const agent = await agentHeaders(api, operator, lille, "agenda@discover.test")
    const soon = Date.now() + 2 * 86_400_000
    for (const [title, category] of [["Atelier céramique en famille", "atelier"], ["Conférence sur la gravure", "conférence"]]) {
      await api.post(
        "/commune/events",
        { title, category, starts_at: new Date(soon).toISOString(), ends_at: new Date(soon + 7_200_000).toISOString(), address: "Place Rihour", latitude: 50.636, longitude: 3.06 },
        agent
      )
    }
    await eventually(async () => expect(names((await discover({ q: "ballotins" })).groups.deal)).toHaveLength(1))

    // A price cut: the percentage bon plan (it names its establishment); no product, no event.
    const promo = await discover({ q: "promo" })
    expect(Object.keys(promo.groups)).toEqual(["deal"])
    expect(names(promo.groups.deal)).toEqual(["-15 % sur les ballotins"])
    // With a trade, the establishments of that trade running a price cut come too.
    expect(names((await discover({ q: "promo chocolats" })).groups.establishment)).toEqual(["Chocolats du Beffroi"])
    expect(promo.intent).toEqual({ deal: { kinds: ["percent", "amount"] } })
    // "réduction" is a French word: read as a price cut, never corrected into a word of the index.
    const reduction = await discover({ q: "réduction" })
    expect([reduction.corrected_q, names(reduction.groups.deal)]).toEqual([null, ["-15 % sur les ballotins"]])
    // "bon plan" and a trade: that trade's bons plans of any kind.
    const bakery = await discover({ q: "bon plan boulangerie" })
    expect([names(bakery.groups.deal), names(bakery.groups.establishment)]).toEqual([["Une viennoiserie offerte"], ["Boulangerie des Remparts"]])

    // An outing with the family: the family workshop, not the lecture.
    const family = await discover({ q: "sortie en famille" })
    expect(Object.keys(family.groups).sort()).toEqual(["establishment", "event"])
    expect(names(family.groups.event)).toEqual(["Atelier céramique en famille"])
    expect(names((await discover({ q: "que faire avec les enfants" })).groups.event)).toEqual(["Atelier céramique en famille"])

    // A repair finds the trade that does it.
    expect(names((await discover({ q: "réparation chaussures" })).groups.establishment)).toEqual(["Cordonnerie Gambetta"])
    // Three words, two of which the cobbler holds: found, flagged as approximate.
    const long = await discover({ q: "cordonnerie clés parapluie" })
    expect([names(long.groups.establishment), long.groups.establishment.approximate, long.groups.establishment.count, long.corrected_q]).toEqual([
      ["Cordonnerie Gambetta"],
      true,
      1,
      null,
    ])
  })
}
