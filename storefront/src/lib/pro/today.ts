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
