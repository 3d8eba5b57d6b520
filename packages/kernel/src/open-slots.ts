import { DateTime } from "luxon"
import { lastDayOf, minutesOf, rangesOn, WEEKDAYS, type OpeningHours } from "./opening-hours"
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

/** A Paris calendar day as a number (days since 1970-01-01), so a search filter can compare days. */
export function dayNumber(isoDay: string): number {
  return Math.round(DateTime.fromISO(isoDay, { zone: "utc" }).toMillis() / 86_400_000)
}

/** Quarter-hours of one calendar day open entirely, from its own ranges and the night before's. */
function daySlots(hours: OpeningHours, day: DateTime): number[] {
  const intervals: [number, number][] = []
  for (const range of rangesOn(hours, day)) {
    const open = minutesOf(range.open)
    const close = minutesOf(range.close)
    intervals.push([open, close <= open ? 24 * 60 : close])
  }
  for (const range of rangesOn(hours, day.minus({ days: 1 }))) {
    if (minutesOf(range.close) <= minutesOf(range.open)) intervals.push([0, minutesOf(range.close)])
  }
  const slots: number[] = []
  for (let slot = 0; slot < SLOTS_PER_DAY; slot++) {
    const [from, to] = [slot * SLOT_MINUTES, (slot + 1) * SLOT_MINUTES]
    if (intervals.some(([open, close]) => open <= from && to <= close)) slots.push(slot)
  }
  return slots
}

/**
 * The dated side of "open now" for a search document. `days` are the days whose weekly slots do not
 * apply (each exception's days, and the day after, whose night may differ); `slots` are the
 * quarter-hours open on those days, as day × 96 + slot. Exceptions over before `today` are left out.
 */
export function exceptionSlots(hours: OpeningHours | null | undefined, today: string): { days: number[]; slots: number[] } {
  const affected = new Set<string>()
  for (const exception of hours?.exceptions ?? []) {
    if (lastDayOf(exception) < today) continue
    let day = DateTime.fromISO(exception.date, { zone: PARIS })
    const last = DateTime.fromISO(lastDayOf(exception), { zone: PARIS }).plus({ days: 1 })
    for (; day <= last; day = day.plus({ days: 1 })) affected.add(day.toISODate()!)
  }
  const days: number[] = []
  const slots: number[] = []
  for (const iso of [...affected].sort()) {
    const number = dayNumber(iso)
    days.push(number)
    daySlots(hours!, DateTime.fromISO(iso, { zone: PARIS })).forEach((slot) => slots.push(number * SLOTS_PER_DAY + slot))
  }
  return { days, slots }
}

/** What an "open at `at`" search filter compares: the weekly slot, the day, and the dated slot. */
export function openAtKeys(at: Date): { slot: number; day: number; datedSlot: number } {
  const local = DateTime.fromJSDate(at, { zone: PARIS })
  const day = dayNumber(local.toISODate()!)
  const slot = slotAt(at)
  return { slot, day, datedSlot: day * SLOTS_PER_DAY + (slot % SLOTS_PER_DAY) }
}
