/**
 * A reservation ("réservez, payez en boutique") is an order the shopper pays
 * at the counter. requested → confirmed → ready → collected, or it ends
 * declined (by the merchant), cancelled (by the shopper) or expired (pickup
 * deadline passed).
 */
export const RESERVATION_STATUSES = [
  "requested",
  "confirmed",
  "ready",
  "collected",
  "declined",
  "expired",
  "cancelled",
] as const
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number]

/** Who moves a reservation: the establishment's merchant, the shopper, or the expiry job. */
export type ReservationActor = "merchant" | "shopper" | "system"

const MOVES: Record<ReservationStatus, Partial<Record<ReservationStatus, ReservationActor>>> = {
  requested: { confirmed: "merchant", declined: "merchant", cancelled: "shopper", expired: "system" },
  confirmed: { ready: "merchant", declined: "merchant", cancelled: "shopper", expired: "system" },
  ready: { collected: "merchant", cancelled: "shopper", expired: "system" },
  collected: {},
  declined: {},
  expired: {},
  cancelled: {},
}

/** The statuses a merchant can set from the vendor API. */
export const MERCHANT_RESERVATION_STATUSES = ["confirmed", "ready", "collected", "declined"] as const

export type ReservationMove = { ok: true } | { ok: false; reason: string }

/** Whether `actor` may move a reservation from `from` to `to`; the reason when not. */
export function checkReservationMove(
  from: ReservationStatus,
  to: ReservationStatus,
  actor: ReservationActor,
  declineReason?: string | null
): ReservationMove {
  const allowed = MOVES[from][to]
  if (!allowed) {
    return { ok: false, reason: `Une réservation « ${LABELS[from]} » ne peut pas passer à « ${LABELS[to]} »` }
  }
  if (allowed !== actor) {
    return { ok: false, reason: `Seul ${ACTOR_LABELS[allowed]} peut passer une réservation à « ${LABELS[to]} »` }
  }
  if (to === "declined" && !declineReason?.trim()) {
    return { ok: false, reason: "Indiquez au client la raison du refus (champ « reason »)" }
  }
  return { ok: true }
}

/** Still waiting for the shopper: counts against stock and can expire. */
export function isActiveReservation(status: ReservationStatus): boolean {
  return status === "requested" || status === "confirmed" || status === "ready"
}

/** Ends without a sale: the order is cancelled and its stock goes back on the shelf. */
export function releasesStock(status: ReservationStatus): boolean {
  return status === "declined" || status === "expired" || status === "cancelled"
}

/** The pickup deadline of a reservation placed at `placedAt`. */
export function pickupDeadline(placedAt: Date, hours: number): Date {
  return new Date(placedAt.getTime() + hours * 3_600_000)
}

/** Overdue: still active and past its deadline at `now`. */
export function isOverdue(reservation: { status: ReservationStatus; pickup_deadline: Date | string }, now: Date) {
  return isActiveReservation(reservation.status) && new Date(reservation.pickup_deadline).getTime() < now.getTime()
}

export const LABELS: Record<ReservationStatus, string> = {
  requested: "demandée",
  confirmed: "confirmée",
  ready: "prête",
  collected: "retirée",
  declined: "refusée",
  expired: "expirée",
  cancelled: "annulée",
}

const ACTOR_LABELS: Record<ReservationActor, string> = {
  merchant: "le commerçant",
  shopper: "le client",
  system: "l'expiration automatique",
}
