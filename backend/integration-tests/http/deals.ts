import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { beforeEach, expect, it } from "vitest"
import { agentHeaders, merchantHeaders, operatorHeaders, platformStoreHeaders } from "../helpers/actors"
import { createAssociation, moderatorHeaders } from "../helpers/associations"
import { communePayload } from "../helpers/communes"
import { failure } from "../helpers/http"
import { sellerPayload } from "../helpers/sellers"
import { pluginJob } from "../helpers/jobs"

const expireDeals = pluginJob("deals", "expire-deals")
const expireEvents = pluginJob("deals", "expire-events")

type Headers = { headers: Record<string, string> }

/** A day in Paris time, `offset` days from today, as the vendor API takes it. */
const parisDay = (offset: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + offset * 86_400_000))

export function dealsTests({ api, getContainer }: MedusaSuiteOptions) {
  let operator: Headers
  let store: Headers
  let communeId: string

  beforeEach(async () => {
    operator = await operatorHeaders(getContainer(), api)
    store = await platformStoreHeaders(getContainer())
    communeId = (await api.post("/admin/communes", communePayload({ latitude: 50.6292, longitude: 3.0573 }), operator)).data
      .commune.id
  })

  /** An open establishment, its merchant, and a published deal with the given settings. */
  const shopWithDeal = async (email: string, deal: Record<string, unknown> = {}) => {
    const { data } = await api.post("/admin/sellers", sellerPayload(communeId), operator)
    for (const status of ["pending", "open"]) {
      await api.post(`/admin/sellers/${data.seller.id}/status`, { status }, operator)
    }
    const merchant = await merchantHeaders(api, operator, data.seller.id, email)
    const created = await api.post(
      `/vendor/sellers/${data.seller.id}/deals`,
      { title: "-10 % sur les pâtisseries", kind: "percent", value: 10, starts_on: parisDay(-1), ends_on: parisDay(30), quota: 10, ...deal },
      merchant
    )
    const dealId = created.data.deal.id as string
    // In no association: the commune's agents review it afterwards, it is published at once.
    const submitted = await api.post(`/vendor/sellers/${data.seller.id}/deals/${dealId}/submit`, {}, merchant)
    expect(submitted.data.deal.status).toBe("published")
    return { sellerId: data.seller.id as string, merchant, dealId }
  }

  const claim = (dealId: string, email: string) => api.post(`/store/deals/${dealId}/claim`, { email }, store)
  const attempts = async () => {
    const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    return (await pg.raw("select outcome, reason from deal_redemption_attempt order by created_at")).rows
  }

  it("claims with a readable code, redeems it once at the counter, and records every attempt", async () => {
    const shop = await shopWithDeal("patissier@deal.test")
    const { data } = await claim(shop.dealId, "lea@exemple.test")
    expect(data.claim.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/)
    expect(data.claim.qr_payload).toBe(`ENJOY-BONPLAN:${shop.dealId}:${data.claim.code.replace("-", "")}`)
    expect((await api.get(`/store/deals/${shop.dealId}`, store)).data.deal.remaining).toBe(9)
    expect((await api.get("/store/deals?active_now=true", store)).data.deals.map((d: any) => d.id)).toEqual([shop.dealId])

    const typed = data.claim.code.toLowerCase()
    const redeemed = await api.post("/vendor/deals/redeem", { code: typed }, shop.merchant)
    expect(redeemed.data.claim).toMatchObject({ status: "redeemed", code: data.claim.code })
    const twice = await failure(api.post("/vendor/deals/redeem", { code: data.claim.qr_payload }, shop.merchant))
    expect([twice.status, twice.data.message]).toEqual([400, "Ce code a déjà été utilisé"])

    const other = await shopWithDeal("voisin@deal.test")
    const { data: theirs } = await claim(other.dealId, "lea@exemple.test")
    const foreign = await failure(api.post("/vendor/deals/redeem", { code: theirs.claim.code }, shop.merchant))
    expect(foreign.status).toBe(404)
    const notACode = await failure(api.post("/vendor/deals/redeem", { code: "OOOO-0000" }, shop.merchant))
    expect(notACode.status).toBe(400)
    expect((await attempts()).map((a: any) => a.outcome)).toEqual(["redeemed", "refused", "refused", "refused"])
  })

  it("refuses paused and ended deals, at claim and at the counter; the job expires them", async () => {
    const shop = await shopWithDeal("pause@deal.test")
    const { data } = await claim(shop.dealId, "tom@exemple.test")
    await api.post(`/vendor/sellers/${shop.sellerId}/deals/${shop.dealId}`, { status: "paused" }, shop.merchant)
    expect((await failure(claim(shop.dealId, "zoe@exemple.test"))).data.message).toBe("Ce bon plan est en pause")
    expect((await failure(api.post("/vendor/deals/redeem", { code: data.claim.code }, shop.merchant))).data.message).toBe(
      "Ce bon plan est en pause"
    )
    await api.post(`/vendor/sellers/${shop.sellerId}/deals/${shop.dealId}`, { status: "published" }, shop.merchant)

    // Time travel: the deal ended yesterday.
    const deals = getContainer().resolve<any>("deals")
    await deals.updateDeals({ id: shop.dealId, ends_at: new Date(Date.now() - 86_400_000) })
    expect((await failure(claim(shop.dealId, "zoe@exemple.test"))).data.message).toBe("Ce bon plan est terminé")
    const late = await failure(api.post("/vendor/deals/redeem", { code: data.claim.code }, shop.merchant))
    expect([late.status, late.data.message]).toEqual([400, "Ce bon plan est terminé"])
    expect(await expireDeals(getContainer())).toEqual({ expired: 1 })
    expect((await api.get(`/vendor/sellers/${shop.sellerId}/deals`, shop.merchant)).data.deals[0].status).toBe("expired")
    expect((await failure(api.get(`/store/deals/${shop.dealId}`, store))).status).toBe(404)
  })

  it("gives exactly 10 claims to 30 shoppers racing for a quota of 10", async () => {
    const shop = await shopWithDeal("quota@deal.test", { quota: 10 })
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => claim(shop.dealId, `client-${i}@exemple.test`))
    )
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10)
    for (const lost of results.filter((r) => r.status === "rejected")) {
      expect((lost as PromiseRejectedResult).reason.response.data.message).toBe("Ce bon plan est épuisé")
    }
    const listed = (await api.get(`/vendor/sellers/${shop.sellerId}/deals`, shop.merchant)).data.deals[0]
    expect(listed.claimed).toBe(10)
    expect((await api.get(`/store/deals/${shop.dealId}`, store)).data.deal.remaining).toBe(0)
  })

  it("holds the per-shopper limit, also under concurrency", async () => {
    const once = await shopWithDeal("limite@deal.test", { quota: null })
    await claim(once.dealId, "lea@exemple.test")
    expect((await failure(claim(once.dealId, "LEA@exemple.test"))).data.message).toBe("Vous avez déjà profité de ce bon plan")

    const twice = await shopWithDeal("limite2@deal.test", { quota: null, per_shopper_limit: 2 })
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => claim(twice.dealId, "tom@exemple.test")))
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2)
  })

  it("lists a signed-in shopper's claims in their wallet", async () => {
    const shop = await shopWithDeal("wallet@deal.test")
    const email = "client@wallet.test"
    const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-client" })
    await api.post("/store/customers", { email, first_name: "Camille" }, { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } })
    const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "secret-client" })
    const customer = { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
    const { data } = await api.post(`/store/deals/${shop.dealId}/claim`, {}, customer)
    const wallet = await api.get("/store/customers/me/deal-claims", customer)
    expect(wallet.data.claims).toEqual([expect.objectContaining({ id: data.claim.id, status: "claimed", code: data.claim.code })])
    expect((await failure(api.get("/store/customers/me/deal-claims", store))).status).toBe(401)
  })

  it("holds a deal under a pre association until a moderator approves it", async () => {
    const { data } = await api.post("/admin/sellers", sellerPayload(communeId), operator)
    for (const status of ["pending", "open"]) {
      await api.post(`/admin/sellers/${data.seller.id}/status`, { status }, operator)
    }
    const merchant = await merchantHeaders(api, operator, data.seller.id, "modere@deal.test")
    const association = await createAssociation(api, operator, [communeId], "pre")
    const moderator = await moderatorHeaders(api, operator, association, "moderation@deal.test", "president")
    await api.post(`/association/associations/${association}/members`, { seller_id: data.seller.id }, moderator)
    await api.post(`/vendor/sellers/${data.seller.id}/memberships/${association}`, { status: "active" }, merchant)

    const { data: created } = await api.post(
      `/vendor/sellers/${data.seller.id}/deals`,
      { title: "Café offert", kind: "gift", starts_on: parisDay(0), ends_on: parisDay(7) },
      merchant
    )
    const direct = await failure(
      api.post(`/vendor/sellers/${data.seller.id}/deals/${created.deal.id}`, { status: "published" }, merchant)
    )
    expect(direct.data.message).toContain("Soumettez le brouillon")
    const submitted = await api.post(`/vendor/sellers/${data.seller.id}/deals/${created.deal.id}/submit`, {}, merchant)
    expect(submitted.data.deal.status).toBe("pending")
    expect((await failure(api.get(`/store/deals/${created.deal.id}`, store))).status).toBe(404)
    expect((await failure(claim(created.deal.id, "lea@exemple.test"))).status).toBe(400)

    const queue = (await api.get("/association/cases?subject=deal", moderator)).data
    expect(queue.cases).toEqual([expect.objectContaining({ subject_id: created.deal.id, status: "pending", policy: "pre" })])
    await api.post(`/association/cases/${queue.cases[0].id}/decision`, { decision: "approved" }, moderator)
    expect((await api.get(`/store/deals/${created.deal.id}`, store)).data.deal.title).toBe("Café offert")
    expect((await claim(created.deal.id, "lea@exemple.test")).data.claim.code).toEqual(expect.any(String))
  })

  it("lists the agenda with its filters, each weekly or dated occurrence expanded in Paris time", async () => {
    const shop = await shopWithDeal("agenda@deal.test")
    const start = new Date(Date.now() + 2 * 86_400_000)
    start.setUTCHours(17, 0, 0, 0)
    const iso = (d: Date) => d.toISOString()
    const workshop_ = {
      title: "Atelier dégustation",
      category: "atelier",
      starts_at: iso(start),
      ends_at: iso(new Date(start.getTime() + 2 * 3_600_000)),
      recurrence: { type: "weekly", until: parisDay(2 + 21) },
      is_free: false,
      price: 12,
    }
    const { data: created } = await api.post(
      `/vendor/sellers/${shop.sellerId}/events`,
      { ...workshop_, title: "Atelier (brouillon)" },
      shop.merchant
    )
    const route = `/vendor/sellers/${shop.sellerId}/events/${created.event.id}`
    expect((await api.post(route, workshop_, shop.merchant)).data.event.title).toBe("Atelier dégustation")
    expect((await api.get("/store/events", store)).data.occurrences).toEqual([])
    await api.post(`${route}/submit`, {}, shop.merchant)
    const published = await failure(api.post(route, { ...workshop_, title: "Changé en douce" }, shop.merchant))
    expect(published.status).toBe(400)

    const agent = await agentHeaders(api, operator, communeId, "agenda@commune.test")
    const noPlace = await failure(
      api.post("/commune/events", { title: "Marché de Noël", category: "marché", starts_at: iso(start), ends_at: iso(start) }, agent)
    )
    expect(noPlace.status).toBe(400)
    await api.post(
      "/commune/events",
      {
        title: "Marché de Noël",
        category: "marché",
        starts_at: iso(new Date(start.getTime() + 86_400_000)),
        ends_at: iso(new Date(start.getTime() + 86_400_000 + 6 * 3_600_000)),
        recurrence: { type: "dates", dates: [parisDay(10)] },
        address: "Place de la mairie",
        latitude: 50.63,
        longitude: 3.06,
      },
      agent
    )

    const agenda = (await api.get("/store/events", store)).data
    const workshop = agenda.occurrences.filter((o: any) => o.title === "Atelier dégustation")
    expect(workshop).toHaveLength(4)
    expect(workshop[0]).toMatchObject({ is_free: false, price: 12, seller: expect.objectContaining({ id: shop.sellerId }) })
    // Every week at the same Paris wall-clock time.
    const parisTime = (d: string) => new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" }).format(new Date(d))
    expect(new Set(workshop.map((o: any) => parisTime(o.starts_at))).size).toBe(1)
    expect(agenda.occurrences.filter((o: any) => o.title === "Marché de Noël")).toHaveLength(2)

    const titles = async (q: string) => [...new Set((await api.get(`/store/events?${q}`, store)).data.occurrences.map((o: any) => o.title))]
    expect(await titles("free=true")).toEqual(["Marché de Noël"])
    expect(await titles("category=atelier")).toEqual(["Atelier dégustation"])
    expect(await titles("commune=ailleurs")).toEqual([])
    const week = `from=${encodeURIComponent(iso(new Date(start.getTime() - 3_600_000)))}&to=${encodeURIComponent(iso(new Date(start.getTime() + 6 * 86_400_000)))}`
    expect((await api.get(`/store/events?${week}&category=atelier`, store)).data.count).toBe(1)

    // Once its last occurrence is over, the job retires it.
    const deals = getContainer().resolve<any>("deals")
    await deals.updateAgendaEvents({ id: created.event.id, last_ends_at: new Date(Date.now() - 1000) })
    expect(await expireEvents(getContainer())).toEqual({ expired: 1 })
  })

  it("shows cultural sites with how to visit them and their coming events", async () => {
    const visit_info = { conditions: "Visite guidée le samedi, sur réservation", languages: ["français", "anglais"], labels: ["Tourisme & Handicap"] }
    const { data } = await api.post(
      "/admin/sellers",
      sellerPayload(communeId, { kind: "heritage_site", name: "Beffroi", visit_info }),
      operator
    )
    for (const status of ["pending", "open"]) {
      await api.post(`/admin/sellers/${data.seller.id}/status`, { status }, operator)
    }
    const merchant = await merchantHeaders(api, operator, data.seller.id, "beffroi@site.test")
    const start = new Date(Date.now() + 3 * 86_400_000)
    const { data: created } = await api.post(
      `/vendor/sellers/${data.seller.id}/events`,
      { title: "Montée au sommet", category: "visite", starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 3_600_000).toISOString() },
      merchant
    )
    await api.post(`/vendor/sellers/${data.seller.id}/events/${created.event.id}/submit`, {}, merchant)
    await shopWithDeal("pas-un-site@deal.test")

    const slug = (await api.get(`/admin/communes/${communeId}`, operator)).data.commune.slug
    const { sites } = (await api.get(`/store/cultural-sites?commune=${slug}`, store)).data
    expect(sites).toEqual([
      expect.objectContaining({
        id: data.seller.id,
        kind: "heritage_site",
        visit_info,
        events: [expect.objectContaining({ title: "Montée au sommet" })],
      }),
    ])
    expect((await api.get(`/store/sellers/${data.seller.handle}`, store)).data.seller.visit_info).toEqual(visit_info)
  })

  it("backs an online establishment's deal with a promotion code that works in the cart while the deal is published", async () => {
    const {
      result: [region],
    } = await createRegionsWorkflow(getContainer()).run({
      input: { regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }] },
    })
    const { data } = await api.post("/admin/sellers", sellerPayload(communeId, { commerce_mode: "online" }), operator)
    for (const status of ["pending", "open"]) {
      await api.post(`/admin/sellers/${data.seller.id}/status`, { status }, operator)
    }
    const merchant = await merchantHeaders(api, operator, data.seller.id, "en-ligne@deal.test")
    const { data: product } = await api.post(`/vendor/sellers/${data.seller.id}/products`, { title: "Roman", price: 20, quantity: 5 }, merchant)
    const { data: created } = await api.post(
      `/vendor/sellers/${data.seller.id}/deals`,
      { title: "-10 % sur les romans", kind: "percent", value: 10, starts_on: parisDay(0), ends_on: parisDay(10), promotion_code: "roman10" },
      merchant
    )
    await api.post(`/vendor/sellers/${data.seller.id}/deals/${created.deal.id}/submit`, {}, merchant)

    const { data: cart } = await api.post(
      "/store/carts",
      { region_id: region.id, items: [{ variant_id: product.product.variants[0].id, quantity: 1 }] },
      store
    )
    const { data: discounted } = await api.post(`/store/carts/${cart.cart.id}/promotions`, { promo_codes: ["ROMAN10"] }, store)
    expect([discounted.cart.discount_total, discounted.cart.total]).toEqual([2, 18])

    await api.post(`/vendor/sellers/${data.seller.id}/deals/${created.deal.id}`, { status: "paused" }, merchant)
    const [promotion] = await getContainer().resolve(Modules.PROMOTION).listPromotions({ code: "ROMAN10" })
    expect(promotion.status).toBe("inactive")
  })
}
