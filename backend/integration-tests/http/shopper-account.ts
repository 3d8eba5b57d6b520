import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeEach, expect, it } from "vitest"
import { failure } from "../helpers/http"
import { shoppingStreet } from "../helpers/shop"

type Headers = { headers: Record<string, string> }

const ERASED = "compte-supprime@enjoy.invalid"
const parisDay = (offset: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + offset * 86_400_000))

export function shopperAccountTests({ api, getContainer }: MedusaSuiteOptions) {
  let street: Awaited<ReturnType<typeof shoppingStreet>>

  beforeEach(async () => {
    street = await shoppingStreet(api, getContainer())
  })

  /** A registered shopper, signed in (bearer token) with the store's key. */
  const shopper = async (email: string): Promise<Headers> => {
    const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-client" })
    await api.post(
      "/store/customers",
      { email, first_name: "Chloé", last_name: "Lefebvre" },
      { headers: { ...street.store.headers, authorization: `Bearer ${registered.token}` } }
    )
    const { data } = await api.post("/auth/customer/emailpass", { email, password: "secret-client" })
    return { headers: { ...street.store.headers, authorization: `Bearer ${data.token}` } }
  }

  /** The shopper checks out one reservation, its cart tied to its account. */
  const reserve = async (customer: Headers) => {
    const bakery = await street.establishment("reservation", { price: 4.5 })
    const { data } = await api.post(
      "/store/carts",
      {
        region_id: street.region.id,
        email: "chloe@exemple.test",
        shipping_address: { first_name: "Chloé", last_name: "Lefebvre", phone: "0612345678", address_1: "1 rue Nationale", city: "Lille", country_code: "fr" },
        items: [{ variant_id: bakery.variantId, quantity: 2 }],
      },
      customer
    )
    const { data: checkout } = await api.post(`/store/carts/${data.cart.id}/checkout`, {}, street.store)
    return { bakery, group: checkout.order_group }
  }

  /** A published bon plan of a new establishment, claimed by the shopper; redeemed at the counter if asked. */
  const claimDeal = async (customer: Headers, redeem: boolean) => {
    const shop = await street.establishment("reservation")
    const { data } = await api.post(
      `/vendor/sellers/${shop.sellerId}/deals`,
      { title: redeem ? "Café offert" : "-10 % sur tout", kind: "gift", starts_on: parisDay(-1), ends_on: parisDay(10), quota: 10 },
      shop.merchant
    )
    await api.post(`/vendor/sellers/${shop.sellerId}/deals/${data.deal.id}/submit`, {}, shop.merchant)
    const { data: claimed } = await api.post(`/store/deals/${data.deal.id}/claim`, {}, customer)
    if (redeem) {
      await api.post("/vendor/deals/redeem", { code: claimed.claim.code }, shop.merchant)
    }
    return claimed.claim as { id: string; code: string }
  }

  it("lists a signed-in shopper's checkouts with their live reservation status, and nobody else's", async () => {
    const chloe = await shopper("chloe@exemple.test")
    const { bakery, group } = await reserve(chloe)
    const { data } = await api.get("/store/customers/me/order-groups", chloe)
    expect(data.count).toBe(1)
    expect(data.order_groups[0].id).toBe(group.id)
    const [order] = data.order_groups[0].orders
    expect(order.reservation.status).toBe("requested")

    await api.post(`/vendor/sellers/${bakery.sellerId}/reservations/${order.reservation.id}`, { status: "confirmed" }, bakery.merchant)
    const after = await api.get("/store/customers/me/order-groups", chloe)
    expect(after.data.order_groups[0].orders[0].reservation.status).toBe("confirmed")

    const other = await shopper("other@exemple.test")
    expect((await api.get("/store/customers/me/order-groups", other)).data.order_groups).toEqual([])
    expect((await failure(api.get("/store/customers/me/order-groups", street.store))).status).toBe(401)
  })

  it("exports everything kept about the shopper, and only theirs", async () => {
    const chloe = await shopper("chloe@exemple.test")
    const { group } = await reserve(chloe)
    const claim = await claimDeal(chloe, false)
    const { data } = await api.get("/store/customers/me/export", chloe)
    expect(data.customer).toMatchObject({ email: "chloe@exemple.test", first_name: "Chloé", last_name: "Lefebvre" })
    expect(data.order_groups.map((g: any) => g.id)).toEqual([group.id])
    expect(data.order_groups[0].orders[0].shipping_address).toMatchObject({ first_name: "Chloé", phone: "0612345678" })
    expect(data.pickup_reservations.map((r: any) => r.status)).toEqual(["requested"])
    expect(data.deal_claims.map((c: any) => [c.id, c.deal.title])).toEqual([[claim.id, "-10 % sur tout"]])
    expect((await failure(api.get("/store/customers/me/export", street.store))).status).toBe(401)
  })

  it("erases an account: login and profile gone, unused bons plans withdrawn, sales kept without the shopper", async () => {
    const chloe = await shopper("chloe@exemple.test")
    const { group } = await reserve(chloe)
    const unused = await claimDeal(chloe, false)
    const used = await claimDeal(chloe, true)

    const { data } = await api.delete("/store/customers/me", chloe)
    expect(data).toMatchObject({ deleted: true, claims: { withdrawn: 1, anonymized: 1 }, orders: { groups: 1, orders: 1 } })

    expect((await failure(api.post("/auth/customer/emailpass", { email: "chloe@exemple.test", password: "secret-client" }))).status).toBe(401)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: "chloe@exemple.test" } })
    expect(customers).toEqual([])

    const { data: claims } = await query.graph({ entity: "deal_claim", fields: ["id", "email", "customer_id"], filters: { id: [unused.id, used.id] } })
    expect(claims).toEqual([{ id: used.id, email: ERASED, customer_id: null }])

    const { data: groups } = await query.graph({
      entity: "order_group",
      fields: ["email", "customer_id", "orders.email", "orders.shipping_address.first_name", "orders.shipping_address.phone", "orders.shipping_address.city", "orders.items.quantity"],
      filters: { id: group.id },
    })
    expect(groups[0]).toMatchObject({
      email: ERASED,
      customer_id: null,
      orders: [{ email: ERASED, items: [{ quantity: 2 }], shipping_address: { first_name: null, phone: null, city: "Lille" } }],
    })
  })

  it("leaves the account whole when the erasure fails halfway", async () => {
    const chloe = await shopper("chloe@exemple.test")
    const { group } = await reserve(chloe)
    const unused = await claimDeal(chloe, false)
    const customerId = (await api.get("/store/customers/me", chloe)).data.customer.id
    // Without its login, Medusa's last step (removing the account) fails after ours have run.
    const auth = getContainer().resolve(Modules.AUTH)
    const [identity] = await auth.listAuthIdentities({ app_metadata: { customer_id: customerId } } as never)
    await auth.deleteAuthIdentities([identity.id])

    expect((await failure(api.delete("/store/customers/me", chloe))).status).toBeGreaterThanOrEqual(400)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: claims } = await query.graph({ entity: "deal_claim", fields: ["id", "email"], filters: { id: unused.id } })
    expect(claims).toEqual([{ id: unused.id, email: "chloe@exemple.test" }])
    const { data: groups } = await query.graph({
      entity: "order_group",
      fields: ["email", "customer_id", "orders.email", "orders.shipping_address.first_name"],
      filters: { id: group.id },
    })
    expect(groups[0]).toMatchObject({
      email: "chloe@exemple.test",
      customer_id: customerId,
      orders: [{ email: "chloe@exemple.test", shipping_address: { first_name: "Chloé" } }],
    })
  })
}
