import { describe, expect, it } from "vitest"
import {
  checkReservationMove,
  isActiveReservation,
  isOverdue,
  pickupDeadline,
  RESERVATION_STATUSES,
  releasesStock,
} from "./reservation-status"

describe("reservation state machine", () => {
  it("follows requested → confirmed → ready → collected for the merchant", () => {
    expect(checkReservationMove("requested", "confirmed", "merchant")).toEqual({ ok: true })
    expect(checkReservationMove("confirmed", "ready", "merchant")).toEqual({ ok: true })
    expect(checkReservationMove("ready", "collected", "merchant")).toEqual({ ok: true })
  })

  it("refuses skipping steps and leaving a final state, in French", () => {
    const skip = checkReservationMove("requested", "collected", "merchant")
    expect(skip).toEqual({ ok: false, reason: "Une réservation « demandée » ne peut pas passer à « retirée »" })
    for (const final of ["collected", "declined", "expired", "cancelled"] as const) {
      for (const to of RESERVATION_STATUSES) {
        expect(checkReservationMove(final, to, "merchant").ok).toBe(false)
        expect(checkReservationMove(final, to, "system").ok).toBe(false)
      }
    }
  })

  it("gives each move to one actor", () => {
    expect(checkReservationMove("requested", "cancelled", "merchant")).toMatchObject({ ok: false })
    expect(checkReservationMove("requested", "cancelled", "shopper")).toEqual({ ok: true })
    expect(checkReservationMove("ready", "expired", "merchant")).toMatchObject({ ok: false })
    expect(checkReservationMove("ready", "expired", "system")).toEqual({ ok: true })
    expect(checkReservationMove("requested", "confirmed", "shopper")).toEqual({
      ok: false,
      reason: "Seul le commerçant peut passer une réservation à « confirmée »",
    })
  })

  it("requires a reason to decline, and no decline once ready", () => {
    expect(checkReservationMove("requested", "declined", "merchant", " ")).toEqual({
      ok: false,
      reason: "Indiquez au client la raison du refus (champ « reason »)",
    })
    expect(checkReservationMove("confirmed", "declined", "merchant", "Rupture")).toEqual({ ok: true })
    expect(checkReservationMove("ready", "declined", "merchant", "Rupture").ok).toBe(false)
  })

  it("releases stock exactly when a reservation ends without a sale", () => {
    expect(RESERVATION_STATUSES.filter(releasesStock)).toEqual(["declined", "expired", "cancelled"])
    expect(RESERVATION_STATUSES.filter(isActiveReservation)).toEqual(["requested", "confirmed", "ready"])
  })

  it("computes the deadline and who is overdue", () => {
    const placed = new Date("2026-10-24T10:00:00Z")
    const deadline = pickupDeadline(placed, 48)
    expect(deadline.toISOString()).toBe("2026-10-26T10:00:00.000Z")
    const after = new Date("2026-10-26T10:00:01Z")
    expect(isOverdue({ status: "confirmed", pickup_deadline: deadline }, after)).toBe(true)
    expect(isOverdue({ status: "confirmed", pickup_deadline: deadline }, deadline)).toBe(false)
    expect(isOverdue({ status: "collected", pickup_deadline: deadline }, after)).toBe(false)
  })
})
