import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { beforeEach, expect, it } from "vitest"
import { failure } from "../helpers/http"
import { type Establishment, shoppingStreet } from "../helpers/shop"
import { pluginJob } from "../helpers/jobs"

const expirePickupReservations = pluginJob("marketplace", "expire-pickup-reservations")

export function reservationsTests({ api, getContainer }: MedusaSuiteOptions) {
  let street: Awaited<ReturnType<typeof shoppingStreet>>
  let bakery: Establishment

  beforeEach(async () => {
    street = await shoppingStreet(api, getContainer())
    bakery = await street.establishment("reservation", { quantity: 5, price: 3.2 })
  })

  /** A guest reserves `quantity` units at the bakery; returns the group and its reservation. */
  const reserve = async (quantity: number) => {
    const cartId = await street.cart([{ variantId: bakery.variantId, quantity }])
    const { data } = await api.post(`/store/carts/${cartId}/checkout`, {}, street.store)
    const [order] = data.order_group.orders
    return { groupId: data.order_group.id as string, orderId: order.id as string, reservationId: order.reservation.id as string }
  }

  const move = (reservationId: string, body: object, merchant = bakery.merchant, sellerId = bakery.sellerId) =>
    api.post(`/vendor/sellers/${sellerId}/reservations/${reservationId}`, body, merchant)

  const orderState = async (orderId: string) => {
    const query = getContainer().resolve("query")
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["status", "payment_collections.status", "fulfillments.id"],
      filters: { id: orderId },
    })
    return [order.status, (order.payment_collections ?? []).map((c: any) => c.status), order.fulfillments?.length]
  }

  it("goes requested → confirmed → ready → collected: fulfilled, paid in store, shopper told at each step", async () => {
    const { reservationId, orderId } = await reserve(2)

    // Another establishment's merchant does not see it and changes nothing.
    const other = await street.establishment("reservation")
    const foreign = await failure(move(reservationId, { status: "confirmed" }, other.merchant, other.sellerId))
    expect(foreign.status).toBe(404)
    const stolen = await failure(move(reservationId, { status: "confirmed" }, other.merchant))
    expect(stolen.status).toBe(404)

    const early = await failure(move(reservationId, { status: "collected" }))
    expect([early.status, early.data.message]).toEqual([400, "Une réservation « demandée » ne peut pas passer à « retirée »"])

    expect((await move(reservationId, { status: "confirmed" })).data.reservation.status).toBe("confirmed")
    expect((await move(reservationId, { status: "ready" })).data.reservation.status).toBe("ready")
    const collected = (await move(reservationId, { status: "collected" })).data.reservation
    expect(collected.status).toBe("collected")
    expect(collected.collected_at).toBeTruthy()

    // The units left the shelf, and the order is paid (in store) and fulfilled.
    expect(await street.stock(bakery.variantId)).toEqual([3, 0])
    expect(await orderState(orderId)).toEqual(["pending", ["completed"], 1])

    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    let subjects: string[] = []
    for (let attempt = 0; attempt < 50 && subjects.length < 4; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      const sent = await notifications.listNotifications({ to: "lea.martin@exemple.test" })
      subjects = sent.map((n) => String(n.data?.subject))
    }
    expect(subjects.map((s) => s.split(" ")[3]).sort()).toEqual(["confirmée", "demandée", "prête", "retirée"])
  })

  it("requires a reason to decline, then cancels the order and puts the stock back", async () => {
    const { reservationId, orderId } = await reserve(3)
    expect(await street.stock(bakery.variantId)).toEqual([5, 3])
    const bare = await failure(move(reservationId, { status: "declined" }))
    expect([bare.status, bare.data.message]).toEqual([400, "Indiquez au client la raison du refus (champ « reason »)"])

    const declined = (await move(reservationId, { status: "declined", reason: "Four en panne" })).data.reservation
    expect([declined.status, declined.decline_reason]).toEqual(["declined", "Four en panne"])
    expect(await street.stock(bakery.variantId)).toEqual([5, 0])
    expect((await orderState(orderId))[0]).toBe("canceled")
    const again = await failure(move(reservationId, { status: "confirmed" }))
    expect(again.status).toBe(400)
  })

  it("lets the shopper cancel from their checkout, and only from it", async () => {
    const mine = await reserve(1)
    const theirs = await reserve(1)
    const wrong = await failure(
      api.post(`/store/order-groups/${theirs.groupId}/reservations/${mine.reservationId}/cancel`, {}, street.store)
    )
    expect(wrong.status).toBe(404)
    const { data } = await api.post(
      `/store/order-groups/${mine.groupId}/reservations/${mine.reservationId}/cancel`,
      {},
      street.store
    )
    expect(data.order_group.orders[0].reservation.status).toBe("cancelled")
    expect(await street.stock(bakery.variantId)).toEqual([5, 1])
  })

  it("expires overdue reservations with the scheduled job, releasing their stock", async () => {
    const overdue = await reserve(2)
    const onTime = await reserve(1)
    await move(overdue.reservationId, { status: "confirmed" })
    // Time travel: the pickup deadline passed an hour ago.
    const service = getContainer().resolve<any>("seller")
    await service.updatePickupReservations({ id: overdue.reservationId, pickup_deadline: new Date(Date.now() - 3_600_000) })

    expect(await expirePickupReservations(getContainer())).toEqual({ expired: 1, overdue: 1 })
    const { data } = await api.get(`/vendor/sellers/${bakery.sellerId}/reservations`, bakery.merchant)
    const statuses = Object.fromEntries(data.reservations.map((r: any) => [r.id, r.status]))
    expect(statuses).toEqual({ [overdue.reservationId]: "expired", [onTime.reservationId]: "requested" })
    expect(await street.stock(bakery.variantId)).toEqual([5, 1])
    expect((await orderState(overdue.orderId))[0]).toBe("canceled")

    // Running again finds nothing left to expire.
    expect(await expirePickupReservations(getContainer())).toEqual({ expired: 0, overdue: 0 })
  })
}
