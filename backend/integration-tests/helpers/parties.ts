import type { MedusaContainer } from "@medusajs/framework/types"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { agentHeaders, bearer, merchantHeaders } from "./actors"
import { createAssociation, moderatorHeaders } from "./associations"
import { communePayload } from "./communes"
import { sellerPayload } from "./sellers"

type Headers = { headers: Record<string, string> }
type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}

const parisDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)

/** A region paid in store, once per database: carts need one. */
export async function ensureRegion(api: Api, container: MedusaContainer, store: Headers) {
  const existing = (await api.get("/store/regions", store)).data.regions[0]
  if (existing) return existing.id as string
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }] },
  })
  return region.id
}

/**
 * One party of the territory, with everything its people own: a commune and its agent, an open
 * establishment (reservation mode) with its merchant, a product, a bon plan, an event, an association and
 * its moderator, a moderation case, a partner key, a shopper's account, a cart and a checked-out order
 * group with its reservation. Two parties make "another party's object" for every route.
 */
export async function party(api: Api, container: MedusaContainer, operator: Headers, store: Headers, name: string) {
  const commune = (await api.post("/admin/communes", communePayload({ latitude: 50.63, longitude: 3.06 }), operator)).data.commune
  const seller = (await api.post("/admin/sellers", sellerPayload(commune.id, { commerce_mode: "reservation" }), operator)).data.seller
  for (const status of ["pending", "open"]) {
    await api.post(`/admin/sellers/${seller.id}/status`, { status }, operator)
  }
  const merchant = await merchantHeaders(api, operator, seller.id, `${name}@commerce.test`)
  const product = (await api.post(`/vendor/sellers/${seller.id}/products`, { title: `Pain ${name}`, price: 2, quantity: 50 }, merchant))
    .data.product
  const deal = (
    await api.post(
      `/vendor/sellers/${seller.id}/deals`,
      { title: `Café offert ${name}`, kind: "gift", starts_on: parisDay(0), ends_on: parisDay(7) },
      merchant
    )
  ).data.deal
  const start = new Date(Date.now() + 2 * 86_400_000)
  const event = (
    await api.post(
      `/vendor/sellers/${seller.id}/events`,
      { title: `Atelier ${name}`, category: "atelier", starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 3_600_000).toISOString() },
      merchant
    )
  ).data.event
  await api.post(`/vendor/sellers/${seller.id}`, { description: `Proposition de ${name}` }, merchant)
  const associationId = await createAssociation(api, operator, [commune.id], "pre")
  const moderator = await moderatorHeaders(api, operator, associationId, `${name}@union.test`)
  const agent = await agentHeaders(api, operator, commune.id, `${name}@commune.test`)
  const caseId = (await api.get("/association/cases", agent)).data.cases[0].id as string
  const partnerKey = (await api.post("/admin/partner-keys", { name: `Partenaire ${name}`, commune_ids: [commune.id] }, operator)).data
    .partner_key
  const customer = await (async () => {
    const email = `${name}@client.test`
    const { data } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-client" })
    await api.post("/store/customers", { email }, { headers: { ...store.headers, ...bearer(data.token).headers } })
    return bearer((await api.post("/auth/customer/emailpass", { email, password: "secret-client" })).data.token)
  })()
  const regionId = await ensureRegion(api, container, store)
  const newCart = async () =>
    (
      await api.post(
        "/store/carts",
        { region_id: regionId, email: `${name}@client.test`, items: [{ variant_id: product.variants[0].id, quantity: 1 }] },
        store
      )
    ).data.cart.id as string
  const group = (await api.post(`/store/carts/${await newCart()}/checkout`, {}, store)).data.order_group
  const cartId = await newCart()
  return {
    commune,
    seller,
    merchant,
    product,
    deal,
    event,
    associationId,
    moderator,
    agent,
    caseId,
    partnerKey,
    customer,
    cartId,
    group,
    reservationId: group.orders[0].reservation.id as string,
  }
}

export type Party = Awaited<ReturnType<typeof party>>

/** The id each path parameter of a route names, taken from `owner`'s objects. */
export function partyIds(path: string, owner: Party): Record<string, string> {
  const id =
    /^\/(vendor|admin|association)\/sellers\/:id/.test(path) ? owner.seller.id
    : /^\/(admin|commune)\/communes\/:id/.test(path) ? owner.commune.id
    : /\/associations\/:id/.test(path) ? owner.associationId
    : /\/cases\/:id/.test(path) ? owner.caseId
    : /\/partner-keys\/:id/.test(path) ? owner.partnerKey.id
    : /\/carts\/:id/.test(path) ? owner.cartId
    : /\/order-groups\/:id/.test(path) ? owner.group.id
    : /\/deals\/:id/.test(path) ? owner.deal.id
    : "xyz_01JZZZZZZZZZZZZZZZZZZZZZZZ"
  return {
    id,
    product_id: owner.product.id,
    slug: owner.commune.slug,
    handle: owner.seller.handle,
    resource: "establishments",
    code: "ABCDEF",
    seller_id: owner.seller.id,
    association_id: owner.associationId,
    deal_id: owner.deal.id,
    event_id: owner.event.id,
    reservation_id: owner.reservationId,
  }
}
