import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RawStat } from "../../lib/aggregate"

/**
 * The platform's own activity in a time window, read where it lives (claims
 * and redemptions of bons plans, orders and reservations) and turned into
 * counted events: counts, amounts and places only, never who.
 */
export const readActivityEventsStep = createStep("read-activity-events", async (input: { from: Date; to: Date }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const window = { $gte: input.from, $lt: input.to }
  const [{ data: claimed }, { data: redeemed }, { data: orders }, { data: reservations }] = await Promise.all([
    query.graph({ entity: "deal_claim", fields: ["created_at", "deal.seller_id"], filters: { created_at: window } }),
    query.graph({ entity: "deal_claim", fields: ["redeemed_at", "deal.seller_id"], filters: { redeemed_at: window } }),
    query.graph({ entity: "order", fields: ["id", "created_at", "total", "seller.id"], filters: { created_at: window } }),
    query.graph({ entity: "pickup_reservation", fields: ["order_id", "seller_id", "created_at"], filters: { created_at: window } }),
  ])
  const totals = new Map(orders.map((o) => [o.id as string, Number(o.total ?? 0)]))
  const events: Omit<RawStat, "commune_id">[] = [
    ...claimed.map((c) => ({ kind: "deal_claim" as const, seller_id: (c.deal as { seller_id: string } | null)?.seller_id ?? null, detail: null, amount: null, occurred_at: c.created_at as Date })),
    ...redeemed.map((c) => ({ kind: "deal_redemption" as const, seller_id: (c.deal as { seller_id: string } | null)?.seller_id ?? null, detail: null, amount: null, occurred_at: c.redeemed_at as Date })),
    ...orders.map((o) => ({ kind: "order" as const, seller_id: (o.seller as { id: string } | null)?.id ?? null, detail: null, amount: Number(o.total ?? 0), occurred_at: o.created_at as Date })),
    ...reservations.map((r) => ({ kind: "reservation" as const, seller_id: r.seller_id as string, detail: null, amount: totals.get(r.order_id as string) ?? null, occurred_at: r.created_at as Date })),
  ]
  const sellerIds = [...new Set(events.map((e) => e.seller_id).filter((id): id is string => !!id))]
  const { data: sellers } = sellerIds.length ? await query.graph({ entity: "seller", fields: ["id", "commune.id"], filters: { id: sellerIds } }) : { data: [] }
  const communeOf = new Map(sellers.map((s) => [s.id as string, (s.commune as { id: string } | null)?.id ?? null]))
  return new StepResponse<RawStat[]>(
    events.filter((e) => e.seller_id && communeOf.get(e.seller_id)).map((e) => ({ ...e, commune_id: communeOf.get(e.seller_id!)! }))
  )
})
