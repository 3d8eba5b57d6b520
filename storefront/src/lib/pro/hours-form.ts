import { isValidTime, minutesOf, WEEKDAYS, type OpeningException, type OpeningHours, type TimeRange, type Weekday } from "@enjoy/kernel/opening-hours"
import type { HoursDictionary } from "../i18n/hours"

/*
 * The weekly hours editor's form, read on the server: each day has a "closed" box and numbered
 * ranges (`mo-open-0`, `mo-close-0`…), each kept exception travels as hidden fields with a
 * "remove" box, and one new exception may be added. Errors are French sentences naming the day
 * or the field, as the merchant sees them.
 */

/** Ranges a day shows in the editor: two cover a split day; more are kept when already stored. */
export const RANGES_SHOWN = 2
const MAX_RANGES = 6
const MAX_NOTE = 80
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const WEEKDAYS_WORKED: Weekday[] = ["tu", "we", "th", "fr"]

type Labels = { errors: HoursDictionary["errors"]; range: HoursDictionary["range"]; dayNames: Record<Weekday, string>; startDate: string; endDate: string }
export type HoursFormResult = { hours: OpeningHours } | { error: string }

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** A real calendar day as YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

function readDay(form: FormData, day: Weekday, labels: Labels): TimeRange[] | string {
  if (form.get(`${day}-closed`)) return []
  const name = labels.dayNames[day]
  const ranges: TimeRange[] = []
  for (let i = 0; i < MAX_RANGES; i++) {
    const open = field(form, `${day}-open-${i}`)
    const close = field(form, `${day}-close-${i}`)
    if (!open && !close) continue
    const where = labels.range(name, i + 1)
    if (!open || !close) return labels.errors.incomplete(where)
    if (!isValidTime(open) || !isValidTime(close)) return labels.errors.badTime(where)
    if (open === close) return labels.errors.sameTime(where)
    ranges.push({ open, close })
  }
  ranges.sort((a, b) => minutesOf(a.open) - minutesOf(b.open))
  const overnight = (r: TimeRange) => minutesOf(r.close) < minutesOf(r.open) && r.close !== "00:00"
  if (ranges.slice(0, -1).some(overnight)) return labels.errors.overnightNotLast(name)
  // "18:00–00:00" closes at midnight: it ends the day, it does not run into the next.
  const end = (r: TimeRange) => (r.close === "00:00" || r.close === "24:00" ? 24 * 60 : minutesOf(r.close))
  for (let i = 1; i < ranges.length; i++) {
    if (minutesOf(ranges[i].open) < end(ranges[i - 1])) return labels.errors.overlap(name)
  }
  return ranges
}

function readKeptExceptions(form: FormData): OpeningException[] {
  const kept: OpeningException[] = []
  for (let i = 0; form.has(`exception-${i}-date`); i++) {
    if (form.get(`exception-${i}-remove`)) continue
    const date = field(form, `exception-${i}-date`)
    const until = field(form, `exception-${i}-until`)
    const label = field(form, `exception-${i}-label`)
    const ranges = field(form, `exception-${i}-ranges`)
      .split(",")
      .filter(Boolean)
      .map((text) => {
        const [open, close] = text.split("-")
        return { open, close }
      })
    kept.push({ date, ...(until ? { until } : {}), ranges, ...(label ? { label } : {}) })
  }
  return kept
}

function readNewException(form: FormData, labels: Labels): OpeningException | null | string {
  const date = field(form, "new-date")
  const until = field(form, "new-until")
  const label = field(form, "new-label")
  const open = field(form, "new-open")
  const close = field(form, "new-close")
  if (!date && !until && !label && !open && !close) return null
  const { errors } = labels
  if (!date) return errors.dateMissing
  if (!isCalendarDay(date)) return errors.badDate(labels.startDate)
  if (until && !isCalendarDay(until)) return errors.badDate(labels.endDate)
  if (until && until < date) return errors.untilBefore
  if (until && (Date.parse(until) - Date.parse(date)) / 86_400_000 >= 366) return errors.tooLong
  if (label.length > MAX_NOTE) return errors.noteTooLong
  let ranges: TimeRange[] = []
  if (open || close) {
    const where = labels.startDate
    if (!open || !close) return errors.incomplete(where)
    if (!isValidTime(open) || !isValidTime(close)) return errors.badTime(where)
    if (open === close) return errors.sameTime(where)
    ranges = [{ open, close }]
  }
  return { date, ...(until && until !== date ? { until } : {}), ranges, ...(label ? { label } : {}) }
}

/**
 * The hours the editor's form asks for, or the first thing wrong with it. With `copyMonday`, Monday's
 * ranges (or its closure) are copied to Tuesday through Friday, the working days.
 */
export function hoursFromForm(form: FormData, labels: Labels, options: { copyMonday?: boolean } = {}): HoursFormResult {
  const weekly = {} as OpeningHours["weekly"]
  for (const day of WEEKDAYS) {
    const read = readDay(form, day, labels)
    if (typeof read === "string") return { error: read }
    weekly[day] = read
  }
  if (options.copyMonday) {
    for (const day of WEEKDAYS_WORKED) weekly[day] = weekly.mo.map((r) => ({ ...r }))
  }
  const added = readNewException(form, labels)
  if (typeof added === "string") return { error: added }
  const exceptions = [...readKeptExceptions(form), ...(added ? [added] : [])]
  return { hours: { weekly, exceptions } }
}

/** "07:00-13:00,15:30-19:30": an exception's ranges in one hidden field. */
export const rangesField = (ranges: TimeRange[]) => ranges.map((r) => `${r.open}-${r.close}`).join(",")
