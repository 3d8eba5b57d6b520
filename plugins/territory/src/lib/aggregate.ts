import type { StatKind } from "./stat-kinds"

export type RawStat = {
  kind: StatKind
  commune_id: string | null
  seller_id: string | null
  detail: string | null
  amount: number | null
  occurred_at: Date | string
}

export type DailyStat = { day: string; kind: StatKind; commune_id: string; seller_id: string; detail: string; count: number; amount: number }

/** The Paris calendar day of an instant: a day's statistics follow the territory's clock, not UTC's. */
export function parisDay(instant: Date | string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(instant))
}

/**
 * A day's aggregates from its raw events: one line per commune and kind, one
 * per establishment and kind when the event concerns one, and searches per
 * term. Events without a commune (a search across the whole territory) count
 * under the commune "" — the territory's own line.
 */
export function aggregateDay(events: RawStat[], day: string): DailyStat[] {
  const lines = new Map<string, DailyStat>()
  const add = (kind: StatKind, commune: string, seller: string, detail: string, amount: number) => {
    const key = [kind, commune, seller, detail].join("\u0000")
    const line = lines.get(key) ?? { day, kind, commune_id: commune, seller_id: seller, detail, count: 0, amount: 0 }
    line.count += 1
    line.amount = Math.round((line.amount + amount) * 100) / 100
    lines.set(key, line)
  }
  for (const event of events) {
    if (parisDay(event.occurred_at) !== day) {
      continue
    }
    const commune = event.commune_id ?? ""
    const amount = event.amount ?? 0
    add(event.kind, commune, "", "", amount)
    if (event.seller_id) {
      add(event.kind, commune, event.seller_id, "", amount)
    }
    if (event.kind === "search" && event.detail) {
      add(event.kind, commune, "", event.detail, 0)
    }
  }
  return [...lines.values()].sort((a, b) =>
    [a.kind, a.commune_id, a.seller_id, a.detail].join("|").localeCompare([b.kind, b.commune_id, b.seller_id, b.detail].join("|"))
  )
}
