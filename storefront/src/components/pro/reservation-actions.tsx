"use client"

import { useActionState, useId } from "react"
import { moveReservationAction, type MoveState } from "@/app/[locale]/pro/etablissements/[id]/reservations/actions"

type Labels = { confirm: string; ready: string; collected: string; decline: string; declineReason: string }

/** What a merchant can do with a reservation in its current state; declining asks for the reason sent to the customer. */
export function ReservationActions({
  sellerId,
  reservationId,
  status,
  number,
  title,
  labels,
}: {
  sellerId: string
  reservationId: string
  number: number
  status: "requested" | "confirmed" | "ready"
  /** "Réservation n° 12", read after each button's text by screen readers. */
  title: string
  labels: Labels
}) {
  const [state, action, pending] = useActionState<MoveState, FormData>(moveReservationAction, {})
  const id = useId()
  const next = status === "requested" ? "confirmed" : status === "confirmed" ? "ready" : "collected"
  const nextLabel = labels[next === "confirmed" ? "confirm" : next]
  return (
    <div className="reservation__actions">
      <form action={action}>
        <input type="hidden" name="seller_id" value={sellerId} />
        <input type="hidden" name="reservation_id" value={reservationId} />
        <input type="hidden" name="number" value={number} />
        <input type="hidden" name="status" value={next} />
        <button type="submit" className="button" disabled={pending}>
          {nextLabel}
          <span className="visually-hidden"> — {title}</span>
        </button>
      </form>
      {status !== "ready" && (
        <form action={action} className="reservation__decline">
          <input type="hidden" name="seller_id" value={sellerId} />
          <input type="hidden" name="reservation_id" value={reservationId} />
          <input type="hidden" name="number" value={number} />
          <input type="hidden" name="status" value="declined" />
          <label htmlFor={`${id}-reason`}>{labels.declineReason}</label>
          <input id={`${id}-reason`} name="reason" type="text" maxLength={500} />
          <button type="submit" className="button button--quiet" disabled={pending}>
            {labels.decline}
            <span className="visually-hidden"> — {title}</span>
          </button>
        </form>
      )}
      <p role="alert" className="form-error">
        {state.error}
      </p>
    </div>
  )
}
