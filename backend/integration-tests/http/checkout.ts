import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { beforeEach, describe, expect, it } from "vitest"
import { failure } from "../helpers/http"
import { stripeWebhookTests } from "../suites/stripe-webhooks"
import { shoppingStreet } from "../helpers/shop"

export function checkoutTests({ api, getContainer }: MedusaSuiteOptions) {
  describe("one checkout for every mode", () => {
    let street: Awaited<ReturnType<typeof shoppingStreet>>

    beforeEach(async () => {
      street = await shoppingStreet(api, getContainer())
    })

    it("splits a cart of 3 establishments into 3 grouped orders, reserved in store or paid online", async () => {
      const bakery = await street.establishment("reservation", { price: 4.5 })
      const florist = await street.establishment("reservation", { price: 12 })
      const books = await street.establishment("online", { price: 20 })
      const cartId = await street.cart([
        { variantId: bakery.variantId, quantity: 2 },
        { variantId: florist.variantId, quantity: 1 },
        { variantId: books.variantId, quantity: 3 },
      ])

      // The online part must be paid first: only it, 60 €, not the reservations.
      const unpaid = await failure(api.post(`/store/carts/${cartId}/checkout`, {}, street.store))
      expect([unpaid.status, unpaid.data.message]).toEqual([400, expect.stringContaining("moyen de paiement")])
      const { data: payment } = await api.post(
        `/store/carts/${cartId}/online-payment`,
        { provider_id: "pp_system_default" },
        street.store
      )
      expect(payment.payment_collection.amount).toBe(60)
      expect(payment.payment_collection.payment_sessions).toEqual([
        expect.objectContaining({ provider_id: "pp_system_default", amount: 60 }),
      ])

      // Medusa's single-order completion is refused for such a cart, with the way forward.
      const single = await failure(api.post(`/store/carts/${cartId}/complete`, {}, street.store))
      expect(single.status).toBe(400)
      expect(single.data.message).toContain("/store/carts/:id/checkout")

      const { data } = await api.post(`/store/carts/${cartId}/checkout`, {}, street.store)
      const group = data.order_group
      expect(group.id).toMatch(/^ogrp_/)
      const bySeller = Object.fromEntries(group.orders.map((o: any) => [o.seller.id, o]))
      expect(Object.keys(bySeller).sort()).toEqual([bakery.sellerId, florist.sellerId, books.sellerId].sort())
      expect(bySeller[bakery.sellerId].items.map((i: any) => [i.title, i.quantity])).toEqual([["Article 1 (reservation)", 2]])
      expect(bySeller[books.sellerId].commerce_mode).toBe("online")
      expect(bySeller[books.sellerId].reservation).toBeNull()
      for (const seller of [bakery, florist]) {
        const reservation = bySeller[seller.sellerId].reservation
        expect(reservation.status).toBe("requested")
        const hours = (new Date(reservation.pickup_deadline).getTime() - Date.now()) / 3_600_000
        expect(hours).toBeGreaterThan(47.9)
        expect(hours).toBeLessThanOrEqual(48)
      }

      // Each establishment's stock is reserved in its own location.
      expect(await street.stock(bakery.variantId)).toEqual([5, 2])
      expect(await street.stock(florist.variantId)).toEqual([5, 1])
      expect(await street.stock(books.variantId)).toEqual([5, 3])

      // The online order holds the authorized payment; the reservations have none.
      const query = getContainer().resolve("query")
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.payments.amount", "payment_collections.payments.provider_id"],
        filters: { id: group.orders.map((o: any) => o.id) },
      })
      const paid = Object.fromEntries(orders.map((o: any) => [o.id, o.payment_collections.flatMap((c: any) => c.payments)]))
      expect(paid[bySeller[books.sellerId].id]).toEqual([expect.objectContaining({ amount: 60, provider_id: "pp_system_default" })])
      expect(paid[bySeller[bakery.sellerId].id]).toEqual([])

      // Each merchant sees its own order and reservation, and nobody else's.
      const own = await api.get(`/vendor/sellers/${bakery.sellerId}/orders`, bakery.merchant)
      expect(own.data.orders.map((o: any) => o.id)).toEqual([bySeller[bakery.sellerId].id])
      const reservations = await api.get(`/vendor/sellers/${bakery.sellerId}/reservations`, bakery.merchant)
      // The merchant sees who reserved and how to reach them.
      expect(reservations.data.reservations[0].order).toMatchObject({
        email: "lea.martin@exemple.test",
        shipping_address: { first_name: "Léa", last_name: "Martin", phone: "0320000000" },
      })
      expect(reservations.data.reservations.map((r: any) => [r.id, r.order.items[0].quantity])).toEqual([
        [bySeller[bakery.sellerId].reservation.id, 2],
      ])
      expect((await failure(api.get(`/vendor/sellers/${bakery.sellerId}/reservations`, florist.merchant))).status).toBe(404)

      // Checking out again answers the same group and creates nothing.
      const again = await api.post(`/store/carts/${cartId}/checkout`, {}, street.store)
      expect(again.data.order_group.id).toBe(group.id)
      expect(await street.ordersOf(bakery.variantId)).toEqual([bySeller[bakery.sellerId].id])
      expect(await street.stock(bakery.variantId)).toEqual([5, 2])

      // The shopper is told once for the three establishments, each establishment's merchant once, in French.
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      let sent: { to: string; data: { subject: string; text: string } }[] = []
      for (let attempt = 0; attempt < 50 && sent.length < 4; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        sent = (await notifications.listNotifications({ channel: "email" })) as never
      }
      const toShopper = sent.filter((n) => n.to === "lea.martin@exemple.test")
      expect(toShopper.map((n) => n.data.subject)).toEqual([expect.stringMatching(/^Commande enregistrée chez .+, .+ et .+$/)])
      expect(toShopper[0].data.text).toContain("- 2 × Article 1 (reservation)")
      expect(toShopper[0].data.text).toContain("est payée en ligne")
      expect(sent.filter((n) => n.to !== "lea.martin@exemple.test").map((n) => n.data.subject.split(" ")[0]).sort()).toEqual([
        "Commande",
        "Réservation",
        "Réservation",
      ])
    })

    it("checks out a reservation-only cart without any online payment", async () => {
      const bakery = await street.establishment("reservation")
      const cartId = await street.cart([{ variantId: bakery.variantId, quantity: 1 }])
      // Until it is checked out, a cart has no order group (the card-payment return page waits on this).
      const pending = await failure(api.get(`/store/carts/${cartId}/order-group`, street.store))
      expect([pending.status, pending.data.message]).toEqual([404, "Ce panier n'est pas encore devenu une commande"])
      const { data } = await api.post(`/store/carts/${cartId}/checkout`, {}, street.store)
      expect((await api.get(`/store/carts/${cartId}/order-group`, street.store)).data.order_group.id).toBe(data.order_group.id)
      expect(data.order_group.orders).toEqual([expect.objectContaining({ commerce_mode: "reservation" })])
      const noPayment = await failure(
        api.post(`/store/carts/${cartId}/online-payment`, { provider_id: "pp_system_default" }, street.store)
      )
      expect(noPayment.status).toBe(400)
    })

    it("leaves no order and no reserved stock when the third establishment lacks stock mid-split", async () => {
      const first = await street.establishment("reservation")
      const second = await street.establishment("reservation")
      const third = await street.establishment("reservation", { quantity: 3 })
      const cartId = await street.cart([
        { variantId: first.variantId, quantity: 1 },
        { variantId: second.variantId, quantity: 2 },
        { variantId: third.variantId, quantity: 3 },
      ])
      // The third merchant sells units over the counter meanwhile: only 1 left.
      await api.post(`/vendor/sellers/${third.sellerId}/products/${third.productId}`, { quantity: 1 }, third.merchant)

      const res = await failure(api.post(`/store/carts/${cartId}/checkout`, {}, street.store))
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("Stock insuffisant")
      for (const e of [first, second, third]) {
        expect(await street.ordersOf(e.variantId)).toEqual([])
        expect((await street.stock(e.variantId))[1]).toBe(0)
      }
      const query = getContainer().resolve("query")
      expect((await query.graph({ entity: "order_group", fields: ["id"], filters: { cart_id: cartId } })).data).toEqual([])
      expect((await api.get(`/store/carts/${cartId}`, street.store)).data.cart.completed_at).toBeNull()

      // Nothing was lost: with the quantity adjusted, the same cart checks out.
      const items = (await api.get(`/store/carts/${cartId}`, street.store)).data.cart.items
      const line = items.find((i: any) => i.variant_id === third.variantId)
      await api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 1 }, street.store)
      const { data } = await api.post(`/store/carts/${cartId}/checkout`, {}, street.store)
      expect(data.order_group.orders).toHaveLength(3)
    })

    it("gives the last unit to exactly one of 20 shoppers checking out at once", async () => {
      const last = await street.establishment("reservation", { quantity: 1 })
      const carts = []
      for (let i = 0; i < 20; i++) {
        carts.push(await street.cart([{ variantId: last.variantId, quantity: 1 }]))
      }
      const results = await Promise.allSettled(
        carts.map((cartId) => api.post(`/store/carts/${cartId}/checkout`, {}, street.store))
      )
      const won = results.filter((r) => r.status === "fulfilled")
      expect(won).toHaveLength(1)
      for (const lost of results.filter((r) => r.status === "rejected")) {
        const response = (lost as PromiseRejectedResult).reason.response
        expect([response.status, response.data.message]).toEqual([400, expect.stringContaining("Stock insuffisant")])
      }
      expect(await street.ordersOf(last.variantId)).toHaveLength(1)
      expect(await street.stock(last.variantId)).toEqual([1, 1])
    })

    it("shows a product's establishment in Medusa's product responses, public fields only", async () => {
      const bakery = await street.establishment("reservation")
      const fields = "fields=title,seller.name,seller.handle,seller.commerce_mode,seller.commune.slug"
      const { data } = await api.get(`/store/products/${bakery.productId}?${fields}`, street.store)
      expect(data.product.seller).toEqual({
        id: bakery.sellerId,
        name: expect.stringMatching(/^Boulangerie/),
        handle: expect.any(String),
        commerce_mode: "reservation",
        commune: expect.objectContaining({ slug: expect.any(String) }),
      })
      const list = await api.get(`/store/products?${fields}&limit=50`, street.store)
      expect(list.data.products.find((p: any) => p.id === bakery.productId).seller.name).toBe(data.product.seller.name)
      // Without asking, a product still says who sells it, with Medusa's default product fields.
      const plain = await api.get(`/store/products/${bakery.productId}`, street.store)
      expect(plain.data.product).toMatchObject({ title: expect.any(String), variants: expect.any(Array) })
      expect(plain.data.product.seller).toEqual({
        id: bakery.sellerId,
        name: data.product.seller.name,
        handle: data.product.seller.handle,
        kind: "shop",
        commerce_mode: "reservation",
        commune: { id: expect.any(String), slug: expect.any(String) },
      })
      for (const hidden of ["seller.siret", "seller.status", "seller.members.merchant.email", "seller.orders.id"]) {
        // Medusa drops fields that are not allowed: the product comes back without them.
        const res = await api.get(`/store/products/${bakery.productId}?fields=${hidden}`, street.store)
        expect(res.data.product.seller).toBeUndefined()
      }
    })
  })

  describe("Stripe webhooks", () => stripeWebhookTests({ api, getContainer }))
}
