/** What a merchant's dashboard sums up for each establishment: pure, from what the vendor API returns. */

/** Reservations by what the merchant has to do next: confirm them, prepare them, hand them over. */
export function reservationsToDo(reservations: { status: string }[]) {
  const count = (status: string) => reservations.filter((r) => r.status === status).length
  return { toConfirm: count("requested"), toPrepare: count("confirmed"), toHandOver: count("ready") }
}

/**
 * Each indicator's total over the last `n` days of a statistics period. The backend lists every day of
 * the period in order, zeros included, so the last `n` entries are the last `n` days.
 */
export function lastDaysTotals(days: { counts: Record<string, number> }[], n: number): Record<string, number> {
  const totals: Record<string, number> = {}
  for (const { counts } of days.slice(-n)) {
    for (const [kind, value] of Object.entries(counts)) {
      totals[kind] = (totals[kind] ?? 0) + value
    }
  }
  return totals
}

/** How long a proposal sent back by a moderator stays on the dashboard: long enough to be read. */
export const RETURNED_SHOWN_DAYS = 14

/**
 * The proposals a moderator sent back (refused, or asking for changes) with a reason, in the last
 * `days` days, newest first: what the merchant should read and act on.
 */
export function returnedProposals<P extends { status: string; reason: string | null; updated_at: string }>(
  cases: P[],
  now: Date,
  days = RETURNED_SHOWN_DAYS
): P[] {
  const since = now.getTime() - days * 86_400_000
  return cases
    .filter((c) => (c.status === "rejected" || c.status === "changes_requested") && !!c.reason?.trim())
    .filter((c) => new Date(c.updated_at).getTime() >= since)
    .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
}

/** The getting-started steps still to do, in the checklist's order; empty once it is complete. */
export function stepsLeft<K extends string>(steps: Record<K, boolean>, order: readonly K[]): K[] {
  return order.filter((step) => !steps[step])
}
