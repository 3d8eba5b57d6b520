import Stripe from "stripe"
import { beforeEach, expect, it } from "vitest"
import { failure } from "../helpers/http"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { STRIPE_WEBHOOK_SECRET } from "../setup/environment"
import { type Establishment, shoppingStreet } from "../helpers/shop"

/**
 * Stripe's API cannot be reached from here, so the payment session behind
 * the events is held by Medusa's system provider (a stand-in for the Stripe
 * provider: authorizing and capturing it calls no network). Everything else
 * is real: events are built and signed locally with the `stripe` package,
 * posted to POST /hooks/stripe, verified, and applied to real orders.
 */
const SECRET = STRIPE_WEBHOOK_SECRET

/** Stripe's webhooks: verified, deduplicated, safe in any order. */
export function stripeWebhookTests({ api, getContainer }: Pick<MedusaSuiteOptions, "api" | "getContainer">) {
  let street: Awaited<ReturnType<typeof shoppingStreet>>
  let books: Establishment
  let cartId: string
  let sessionId: string

  beforeEach(async () => {
    street = await shoppingStreet(api, getContainer())
    books = await street.establishment("online", { price: 20 })
    cartId = await street.cart([{ variantId: books.variantId, quantity: 2 }])
    const { data } = await api.post(`/store/carts/${cartId}/online-payment`, { provider_id: "pp_system_default" }, street.store)
    sessionId = data.payment_collection.payment_sessions[0].id
  })

  let eventCount = 0
  const stripeEvent = (type: string) => ({
    id: `evt_test_${++eventCount}`,
    object: "event",
    type,
    data: {
      object: {
        id: "pi_test_enjoy",
        object: "payment_intent",
        amount: 4000,
        amount_received: type === "payment_intent.succeeded" ? 4000 : 0,
        currency: "eur",
        metadata: { session_id: sessionId },
      },
    },
  })

  const deliver = (event: object, secret = SECRET, body = JSON.stringify(event)) => {
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: JSON.stringify(event), secret })
    return api.post("/hooks/stripe", body, {
      headers: { "content-type": "application/json", "stripe-signature": signature },
    })
  }

  /** The live orders of the cart's establishment and the captures of the session's payment. */
  const outcome = async () => {
    const query = getContainer().resolve("query")
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: ["id", "captures.amount"],
      filters: { payment_session_id: sessionId },
    })
    return {
      orders: (await street.ordersOf(books.variantId)).length,
      captures: payments.flatMap((p: any) => p.captures.map((c: any) => Number(c.amount))),
    }
  }

  it("refuses unsigned, wrongly signed and tampered events, and changes nothing", async () => {
    const event = stripeEvent("payment_intent.succeeded")
    const unsigned = await failure(api.post("/hooks/stripe", event, { headers: { "content-type": "application/json" } }))
    expect(unsigned.status).toBe(401)
    expect((await failure(deliver(event, "whsec_someone_else"))).status).toBe(401)
    const tampered = JSON.stringify({ ...event, data: { object: { ...event.data.object, amount_received: 1 } } })
    expect((await failure(deliver(event, SECRET, tampered))).status).toBe(401)
    expect(await outcome()).toEqual({ orders: 0, captures: [] })
  })

  it("makes exactly one order and one capture from duplicated deliveries, even at the same time", async () => {
    const authorized = stripeEvent("payment_intent.amount_capturable_updated")
    const succeeded = stripeEvent("payment_intent.succeeded")
    const first = await Promise.all([deliver(authorized), deliver(authorized)])
    expect(first.map((r) => r.data.order_group_id)).toEqual([expect.stringMatching(/^ogrp_/), first[0].data.order_group_id])
    expect(await outcome()).toEqual({ orders: 1, captures: [] })

    await Promise.all([deliver(succeeded), deliver(succeeded), deliver(succeeded)])
    await deliver(succeeded)
    expect(await outcome()).toEqual({ orders: 1, captures: [40] })
  })

  it("gives the same result when the capture arrives before the authorization", async () => {
    const { data } = await deliver(stripeEvent("payment_intent.succeeded"))
    await deliver(stripeEvent("payment_intent.amount_capturable_updated"))
    expect(await outcome()).toEqual({ orders: 1, captures: [40] })

    // The shopper's own checkout call, arriving last, answers the same group.
    const checkout = await api.post(`/store/carts/${cartId}/checkout`, {}, street.store)
    expect(checkout.data.order_group.id).toBe(data.order_group_id)
    expect(await outcome()).toEqual({ orders: 1, captures: [40] })
  })

  it("acknowledges events it has nothing to do with", async () => {
    const { data } = await deliver(stripeEvent("payment_intent.created"))
    expect(data).toEqual({ received: true, handled: false, reason: "nothing to do on payment_intent.created" })
  })
}
