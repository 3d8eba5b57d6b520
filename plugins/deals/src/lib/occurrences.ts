import { DateTime } from "luxon"

const PARIS = "Europe/Paris"

/** Weekly on the first occurrence's weekday until a last day, or on a list of days; times are Paris wall-clock times. */
export type Recurrence = { type: "weekly"; until: string } | { type: "dates"; dates: string[] } | null

export type Occurrence = { starts_at: Date; ends_at: Date }

/**
 * Every occurrence of an event overlapping [from, to): the first one, then
 * its repetitions at the same Paris wall-clock time (so 19:00 stays 19:00
 * across DST changes), with the same duration.
 */
export function occurrences(
  event: { starts_at: Date | string; ends_at: Date | string; recurrence: Recurrence },
  from: Date,
  to: Date,
  max = 366
): Occurrence[] {
  const first = DateTime.fromJSDate(new Date(event.starts_at), { zone: PARIS })
  const duration = new Date(event.ends_at).getTime() - new Date(event.starts_at).getTime()
  const starts: DateTime[] = [first]
  const recurrence = event.recurrence
  if (recurrence?.type === "weekly") {
    const until = DateTime.fromISO(recurrence.until, { zone: PARIS }).endOf("day")
    for (let next = first.plus({ weeks: 1 }); next <= until && starts.length < max; next = next.plus({ weeks: 1 })) {
      starts.push(next)
    }
  } else if (recurrence?.type === "dates") {
    for (const day of recurrence.dates) {
      const date = DateTime.fromISO(day, { zone: PARIS })
      const start = date.set({ hour: first.hour, minute: first.minute, second: 0, millisecond: 0 })
      if (start.isValid && +start !== +first) {
        starts.push(start)
      }
    }
  }
  return starts
    .map((start) => ({ starts_at: start.toJSDate(), ends_at: new Date(start.toMillis() + duration) }))
    .filter((o) => o.ends_at > from && o.starts_at < to)
    .sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime())
}

/** The end of the last occurrence: when the event is over and can expire. */
export function lastEnd(event: { starts_at: Date | string; ends_at: Date | string; recurrence: Recurrence }): Date {
  const all = occurrences(event, new Date(0), new Date(8.64e15))
  return all.length ? all[all.length - 1].ends_at : new Date(event.ends_at)
}
