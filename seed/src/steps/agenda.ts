import {
  claimDealWorkflow,
  createCommuneEventWorkflow,
  createDealWorkflow,
  createVendorEventWorkflow,
  expireDealWorkflow,
  submitDealWorkflow,
  submitEventWorkflow,
} from "@enjoy/deals/workflows"
import { updateSellerWorkflow } from "@enjoy/marketplace/workflows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DateTime } from "luxon"
import type { SeedDeal, SeedEvent } from "../../data/agenda"
import { agentEmail } from "./people"

const PARIS = "Europe/Paris"
const today = () => DateTime.now().setZone(PARIS).startOf("day")
const day = (offset: number) => today().plus({ days: offset }).toISODate()!

/** A Paris wall-clock time `offset` days from today, as an ISO instant. */
function at(offset: number, time: string) {
  const [hour, minute] = time.split(":").map(Number)
  return today().plus({ days: offset }).set({ hour, minute })
}

/**
 * Bons plans (current, coming, over, exhausted), the agenda's events and the
 * visiting information of five sites — once, on the first run: dates are
 * relative to that day. Everything goes through the same workflows as the
 * API, moderation included (members of `pre` associations stay pending).
 */
export async function seedAgenda(
  container: MedusaContainer,
  data: { deals: SeedDeal[]; events: SeedEvent[]; visitInfo: Record<string, Record<string, unknown>> }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({ entity: "deal", fields: ["id"], pagination: { take: 1 } })
  if (existing.length) {
    return
  }
  const handles = [
    ...data.deals.map((d) => d.handle),
    ...data.events.flatMap((e) => ("handle" in e.organizer ? [e.organizer.handle] : [])),
    ...Object.keys(data.visitInfo),
  ]
  const { data: sellers } = await query.graph({
    entity: "seller",
    fields: ["id", "handle", "visit_info", "members.merchant.id"],
    filters: { handle: handles },
  })
  const seller = (handle: string) => {
    const found = sellers.find((s) => s.handle === handle)
    if (!found) {
      throw new Error(`Seed: unknown establishment ${handle}`)
    }
    return { id: found.id as string, merchant_id: (found.members as { merchant: { id: string } }[])[0].merchant.id }
  }

  for (const [handle, visit_info] of Object.entries(data.visitInfo)) {
    await updateSellerWorkflow(container).run({ input: { id: seller(handle).id, update: { visit_info } } })
  }

  let shopper = 0
  for (const { handle, from, to, claims = 0, ...deal } of data.deals) {
    const { id: seller_id, merchant_id } = seller(handle)
    const { result: created } = await createDealWorkflow(container).run({
      input: { merchant_id, seller_id, deal: { ...deal, starts_on: day(from), ends_on: day(to) } },
    })
    const { result: submitted } = await submitDealWorkflow(container).run({ input: { merchant_id, seller_id, deal_id: created.id } })
    if (submitted.status !== "published") {
      continue
    }
    if (to < 0) {
      await expireDealWorkflow(container).run({ input: { deal_id: created.id, seller_id } })
      continue
    }
    for (let i = 0; i < claims; i++) {
      await claimDealWorkflow(container).run({ input: { deal_id: created.id, email: `client.${++shopper}@exemple.test` } })
    }
  }

  const { data: agents } = await query.graph({ entity: "commune_agent", fields: ["id", "email", "commune.id", "commune.slug"] })
  for (const { organizer, title, category, day: offset, time, hours, weeklyFor, dates, price, booking_url, accessibility_notes } of data.events) {
    const start = at(offset, time)
    const event = {
      title,
      category,
      starts_at: start.toISO()!,
      ends_at: start.plus({ hours }).toISO()!,
      recurrence: weeklyFor
        ? { type: "weekly" as const, until: day(offset + 7 * (weeklyFor - 1)) }
        : dates
          ? { type: "dates" as const, dates: dates.map(day) }
          : null,
      is_free: !price,
      price: price ?? null,
      booking_url: booking_url ?? null,
      accessibility_notes: accessibility_notes ?? null,
    }
    if ("handle" in organizer) {
      const { id: seller_id, merchant_id } = seller(organizer.handle)
      const { result } = await createVendorEventWorkflow(container).run({ input: { merchant_id, seller_id, event } })
      await submitEventWorkflow(container).run({ input: { merchant_id, seller_id, event_id: result.id } })
    } else {
      const agent = agents.find((a) => a.email === agentEmail(organizer.commune))!
      const { commune: _slug, ...place } = organizer
      await createCommuneEventWorkflow(container).run({
        input: { agent_id: agent.id as string, commune_id: (agent.commune as { id: string }).id, event: { ...event, ...place } },
      })
    }
  }
}
