import { DateTime } from "luxon"
import { minutesOf, WEEKDAYS, type OpeningHours } from "./opening-hours"
import { PARIS } from "./paris-time"

/**
 * "Open now" as a search filter: the week in Paris wall-clock time is cut into
 * quarter-hours (Monday 00:00 is slot 0, Sunday 23:45 slot 671), and an
 * establishment's document lists the slots it is open for entirely. A query
 * asks for the slot holding the instant, converted to Paris time, so daylight
 * saving is handled by the conversion and the index never goes stale. Places
 * opening at 9:10 are shown open from 9:15: never open when they are closed.
 */
export const SLOT_MINUTES = 15
const SLOTS_PER_DAY = (24 * 60) / SLOT_MINUTES
export const SLOTS_PER_WEEK = 7 * SLOTS_PER_DAY

export function weeklyOpenSlots(hours: OpeningHours | null | undefined): number[] {
  if (!hours) {
    return []
  }
  const slots = new Set<number>()
  WEEKDAYS.forEach((day, index) => {
    for (const range of hours.weekly[day] ?? []) {
      const open = minutesOf(range.open)
      let close = minutesOf(range.close)
      if (close <= open) {
        close += 24 * 60 // runs past midnight into the next day
      }
      const first = Math.ceil(open / SLOT_MINUTES)
      const last = Math.floor(close / SLOT_MINUTES) // exclusive
      for (let slot = first; slot < last; slot++) {
        slots.add((index * SLOTS_PER_DAY + slot) % SLOTS_PER_WEEK)
      }
    }
  })
  return [...slots].sort((a, b) => a - b)
}

/** The quarter-hour of the Paris week that holds `at`. */
export function slotAt(at: Date): number {
  const local = DateTime.fromJSDate(at, { zone: PARIS })
  return (local.weekday - 1) * SLOTS_PER_DAY + Math.floor((local.hour * 60 + local.minute) / SLOT_MINUTES)
}
