import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { beforeEach, expect, it } from "vitest"
import { merchantHeaders, operatorHeaders, platformStoreHeaders } from "../helpers/actors"
import { communePayload } from "../helpers/communes"
import { failure } from "../helpers/http"
import { sellerPayload } from "../helpers/sellers"

export function cartModesTests({ api, getContainer }: MedusaSuiteOptions) {
  let operator: { headers: Record<string, string> }
  let store: { headers: Record<string, string> }
  let regionId: string
  let communeId: string

  beforeEach(async () => {
    operator = await operatorHeaders(getContainer(), api)
    store = await platformStoreHeaders(getContainer())
    const {
      result: [region],
    } = await createRegionsWorkflow(getContainer()).run({
      input: {
        regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }],
      },
    })
    regionId = region.id
    communeId = (
      await api.post("/admin/communes", communePayload({ latitude: 50.6292, longitude: 3.0573 }), operator)
    ).data.commune.id
  })

  /** An open establishment in the given mode, with one product of 5 units; returns the variant id. */
  const sellingEstablishment = async (mode: string, email: string) => {
    const { data } = await api.post("/admin/sellers", sellerPayload(communeId, { commerce_mode: mode }), operator)
    for (const status of ["pending", "open"]) {
      await api.post(`/admin/sellers/${data.seller.id}/status`, { status }, operator)
    }
    const merchant = await merchantHeaders(api, operator, data.seller.id, email)
    const { data: created } = await api.post(
      `/vendor/sellers/${data.seller.id}/products`,
      { title: `Produit ${mode} de ${email.split("@")[0]}`, price: 10, quantity: 5 },
      merchant
    )
    return {
      sellerId: data.seller.id as string,
      variantId: created.product.variants[0].id as string,
      merchant,
    }
  }

  it("refuses a showcase establishment's product in a cart, with a clear message", async () => {
    const showcase = await sellingEstablishment("showcase", "vitrine@commerce.test")
    const { data } = await api.post("/store/carts", { region_id: regionId }, store)
    const res = await failure(
      api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: showcase.variantId, quantity: 1 }, store)
    )
    expect(res.status).toBe(400)
    expect(res.data.message).toContain("en vitrine seulement")

    const created = await failure(
      api.post("/store/carts", { region_id: regionId, items: [{ variant_id: showcase.variantId, quantity: 1 }] }, store)
    )
    expect(created.status).toBe(400)
    expect((await api.get(`/store/carts/${data.cart.id}`, store)).data.cart.items).toEqual([])
  })

  it("checks out a reservation: pickup in store, paid in store, stock reserved", async () => {
    const reservation = await sellingEstablishment("reservation", "retrait@commerce.test")
    const { data } = await api.post(
      "/store/carts",
      {
        region_id: regionId,
        email: "client@exemple.test",
        shipping_address: { first_name: "Léa", last_name: "Martin", country_code: "fr", city: "Lille" },
        items: [{ variant_id: reservation.variantId, quantity: 2 }],
      },
      store
    )
    const cartId = data.cart.id
    const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
    expect(options.shipping_options.map((o: { name: string; amount: number }) => [o.name, o.amount])).toEqual([
      ["Retrait en boutique", 0],
    ])
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
    const { data: checkout } = await api.post(`/store/carts/${cartId}/checkout`, {}, store)
    const [order] = checkout.order_group.orders
    expect(order.items).toEqual([expect.objectContaining({ quantity: 2 })])
    expect(order.reservation.status).toBe("requested")

    const query = getContainer().resolve<any>("query")
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory.location_levels.*"],
      filters: { id: reservation.variantId },
    })
    const [level] = variant.inventory_items[0].inventory.location_levels
    expect([level.stocked_quantity, level.reserved_quantity]).toEqual([5, 2])

    // The order reaches the establishment, and only it.
    const other = await sellingEstablishment("reservation", "autre-retrait@commerce.test")
    let orders: { id: string; items: { quantity: number }[] }[] = []
    for (let attempt = 0; attempt < 50 && !orders.length; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      orders = (await api.get(`/vendor/sellers/${reservation.sellerId}/orders`, reservation.merchant)).data.orders
    }
    expect(orders.map((o) => [o.id, o.items[0].quantity])).toEqual([[order.id, 2]])
    const theirs = await api.get(`/vendor/sellers/${other.sellerId}/orders`, other.merchant)
    expect(theirs.data.orders).toEqual([])
    const foreign = await failure(api.get(`/vendor/sellers/${reservation.sellerId}/orders`, other.merchant))
    expect(foreign.status).toBe(404)
  })

  it("accepts a reservation establishment's product, until the establishment is suspended", async () => {
    const reservation = await sellingEstablishment("reservation", "resa@commerce.test")
    const { data } = await api.post("/store/carts", { region_id: regionId }, store)
    const added = await api.post(
      `/store/carts/${data.cart.id}/line-items`,
      { variant_id: reservation.variantId, quantity: 2 },
      store
    )
    expect(added.data.cart.items).toEqual([expect.objectContaining({ variant_id: reservation.variantId, quantity: 2 })])

    await api.post(`/admin/sellers/${reservation.sellerId}/status`, { status: "suspended" }, operator)
    const res = await failure(
      api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: reservation.variantId, quantity: 1 }, store)
    )
    expect(res.status).toBe(400)
    expect(res.data.message).toContain("n'est pas ouvert")

    const itemId = added.data.cart.items[0].id
    const more = await failure(
      api.post(`/store/carts/${data.cart.id}/line-items/${itemId}`, { quantity: 3 }, store)
    )
    expect(more.status).toBe(400)
    expect((await api.get(`/store/carts/${data.cart.id}`, store)).data.cart.items[0].quantity).toBe(2)
  })
}
