import opening_hours from "opening_hours"
import {
  emptyWeek,
  minutesOf,
  WEEKDAYS,
  type OpeningHours,
  type TimeRange,
  type WeeklySchedule,
} from "./opening-hours"

/**
 * OpenStreetMap `opening_hours` strings in and out. Parsing is left to the
 * maintained `opening_hours` library; we only write the simple subset we store.
 */
const OSM_DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/** "2026-08-03" as OSM writes a date: "2026 Aug 03". */
function osmDate(isoDay: string): string {
  const [year, month, day] = isoDay.split("-")
  return `${year} ${MONTHS[Number(month) - 1]} ${day}`
}

const rangesText = (ranges: TimeRange[]) =>
  ranges.length ? ranges.map((r) => `${r.open}-${r.close}`).join(",") : "off"

/** Weekly rules with consecutive identical days grouped ("Mo-Fr"), then dated exceptions. */
export function toOsmOpeningHours(hours: OpeningHours): string {
  const rules: string[] = []
  let i = 0
  while (i < WEEKDAYS.length) {
    const text = rangesText(hours.weekly[WEEKDAYS[i]])
    let j = i
    while (j + 1 < WEEKDAYS.length && rangesText(hours.weekly[WEEKDAYS[j + 1]]) === text) j++
    if (text !== "off") {
      rules.push(`${OSM_DAYS[i]}${j > i ? `-${OSM_DAYS[j]}` : ""} ${text}`)
    }
    i = j + 1
  }
  // Later rules override earlier ones in OSM: sorted by start, as the editor shows them.
  for (const exception of [...hours.exceptions].sort((a, b) => a.date.localeCompare(b.date))) {
    const label = exception.label ? ` "${exception.label.replace(/"/g, "'")}"` : ""
    const days = exception.until && exception.until !== exception.date
      ? `${osmDate(exception.date)}-${osmDate(exception.until)}`
      : osmDate(exception.date)
    // A comment alone makes OSM's state "unknown": special hours with a label say "open" explicitly.
    const state = label && exception.ranges.length ? " open" : ""
    rules.push(`${days} ${rangesText(exception.ranges)}${state}${label}`)
  }
  return rules.length ? rules.join("; ") : "off"
}

export class InvalidOpeningHoursError extends Error {}

const hhmm = (date: Date) =>
  `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`

/**
 * Reads the weekly part of an OSM value by evaluating it over a reference week
 * (the library works in the process's local time, consistently on both sides).
 * Dated rules and public holidays are not weekly and are left out.
 */
export function weeklyFromOsmOpeningHours(value: string): WeeklySchedule {
  let parsed: opening_hours
  try {
    parsed = new opening_hours(value, { lat: 50.63, lon: 3.06, address: { country_code: "fr", state: "Hauts-de-France" } })
  } catch (error) {
    throw new InvalidOpeningHoursError(String(error))
  }
  const weekly = emptyWeek()
  // Monday 7 January 2030: a week without French public holiday or clock change.
  for (let d = 0; d < 7; d++) {
    const from = new Date(2030, 0, 7 + d)
    const to = new Date(2030, 0, 8 + d)
    weekly[WEEKDAYS[d]] = parsed
      .getOpenIntervals(from, to)
      .filter(([, , unknown]) => !unknown)
      .map(([start, end]) => ({ open: hhmm(start), close: end.getTime() === to.getTime() ? "24:00" : hhmm(end) }))
  }
  return mergeMidnight(weekly)
}

/** A range ending at 24:00 followed by one starting at 00:00 the next day is one overnight range. */
function mergeMidnight(weekly: WeeklySchedule): WeeklySchedule {
  const merged = structuredClone(weekly)
  WEEKDAYS.forEach((day, i) => {
    const next = WEEKDAYS[(i + 1) % 7]
    const last = merged[day].at(-1)
    const first = merged[next][0]
    if (last?.close === "24:00" && first?.open === "00:00" && minutesOf(last.open) > 0 && minutesOf(first.close) < minutesOf(last.open)) {
      last.close = first.close
      merged[next] = merged[next].slice(1)
    }
  })
  return merged
}
