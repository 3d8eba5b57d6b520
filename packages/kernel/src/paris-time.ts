import { DateTime } from "luxon"

/** The metropole's time zone: every day, hour and opening slot is read in it, whatever the server's zone. */
export const PARIS = "Europe/Paris"

/**
 * A wall-clock date and time typed in a form (`2026-12-05T18:30`, Paris time)
 * as an ISO instant; null when it is not a real one (30 February, 25:00) or
 * falls in the hour skipped when clocks go forward.
 */
export function parisLocalToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) {
    return null
  }
  const time = DateTime.fromISO(local, { zone: PARIS })
  if (!time.isValid || time.toFormat("yyyy-MM-dd'T'HH:mm") !== local) {
    return null
  }
  return time.toUTC().toISO()
}

/** An instant as the `datetime-local` value a Paris form shows (`2026-12-05T18:30`). */
export function isoToParisLocal(iso: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setZone(PARIS).toFormat("yyyy-MM-dd'T'HH:mm")
}

/** The Paris calendar day (`2026-12-05`) of an instant. */
export function parisDay(iso: string | Date): string {
  const time = typeof iso === "string" ? DateTime.fromISO(iso, { zone: "utc" }) : DateTime.fromJSDate(iso)
  return time.setZone(PARIS).toISODate()!
}
