import { DateTime } from "luxon"
import { PARIS } from "./paris-time"

/*
 * Opening hours stored structured (so they can be validated, shown and
 * searched) and always read in Europe/Paris time, whatever the server's zone.
 */
export const WEEKDAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** "HH:MM" in local time; a range whose close is not after its open runs past midnight. */
export type TimeRange = { open: string; close: string }
export type WeeklySchedule = Record<Weekday, TimeRange[]>
/**
 * A dated exception: closed (no ranges) or special hours, on `date` or from `date` to `until`
 * (inclusive: "fermeture annuelle du 3 au 18 août"); `label` is shown to shoppers.
 */
export type OpeningException = { date: string; until?: string; ranges: TimeRange[]; label?: string }
export type OpeningHours = { weekly: WeeklySchedule; exceptions: OpeningException[] }

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/

export function isValidTime(value: string): boolean {
  return TIME.test(value)
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number)
  return h * 60 + m
}

const overnight = (r: TimeRange) => minutesOf(r.close) <= minutesOf(r.open)

export function emptyWeek(): WeeklySchedule {
  return { mo: [], tu: [], we: [], th: [], fr: [], sa: [], su: [] }
}

/** The last day an exception covers (ISO dates compare as strings). */
export const lastDayOf = (exception: OpeningException) => exception.until ?? exception.date

/** The exception covering an ISO calendar day, if any (the most recent one set wins on overlap). */
export function exceptionOn(hours: OpeningHours, isoDay: string): OpeningException | undefined {
  return [...hours.exceptions].reverse().find((e) => e.date <= isoDay && isoDay <= lastDayOf(e))
}

/** The ranges of a local calendar day: its exception if there is one, else its weekday's. */
export function rangesOn(hours: OpeningHours, day: DateTime): TimeRange[] {
  const exception = exceptionOn(hours, day.toISODate()!)
  return exception ? exception.ranges : hours.weekly[WEEKDAYS[day.weekday - 1]]
}

/**
 * The exceptions a shopper should know of at `at`: those not over yet that start within `days`,
 * in date order (a vitrine announces "Fermeture annuelle du 3 au 18 août" a few weeks ahead).
 */
export function upcomingExceptions(hours: OpeningHours, at: Date, days = 60): OpeningException[] {
  const today = DateTime.fromJSDate(at, { zone: PARIS }).toISODate()!
  const horizon = DateTime.fromJSDate(at, { zone: PARIS }).plus({ days }).toISODate()!
  return hours.exceptions
    .filter((e) => lastDayOf(e) >= today && e.date <= horizon)
    .sort((a, b) => a.date.localeCompare(b.date))
}

export function isOpenAt(hours: OpeningHours, at: Date): boolean {
  const local = DateTime.fromJSDate(at, { zone: PARIS })
  const minute = local.hour * 60 + local.minute
  const today = rangesOn(hours, local.startOf("day")).some((r) =>
    overnight(r)
      ? minute >= minutesOf(r.open)
      : minute >= minutesOf(r.open) && minute < minutesOf(r.close)
  )
  if (today) {
    return true
  }
  // Yesterday's ranges that run past midnight (a bar open 18:00–02:00).
  return rangesOn(hours, local.minus({ days: 1 }).startOf("day")).some(
    (r) => overnight(r) && minute < minutesOf(r.close)
  )
}

/**
 * The next instant after `at` when an opening range starts, looking up to
 * `horizonDays` ahead; null when the place never opens in that window.
 */
export function nextOpening(hours: OpeningHours, at: Date, horizonDays = 14): Date | null {
  const start = DateTime.fromJSDate(at, { zone: PARIS }).startOf("day")
  for (let offset = 0; offset <= horizonDays; offset++) {
    const day = start.plus({ days: offset })
    const candidates = rangesOn(hours, day)
      .map((r) => day.set({ hour: Math.floor(minutesOf(r.open) / 60), minute: minutesOf(r.open) % 60 }))
      .map((local) => local.toJSDate())
      .filter((instant) => instant.getTime() > at.getTime())
      .sort((a, b) => a.getTime() - b.getTime())
    if (candidates.length) {
      return candidates[0]
    }
  }
  return null
}
