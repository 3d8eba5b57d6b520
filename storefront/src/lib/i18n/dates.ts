import type { Locale } from "./dictionaries"

/** Dates as people in the metropole read them: Paris time, in the reader's language. */
const format = (iso: string, locale: Locale, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { ...options, timeZone: "Europe/Paris" }).format(new Date(iso))

/** "3 décembre". */
export const formatDay = (iso: string, locale: Locale) => format(iso, locale, { day: "numeric", month: "long" })

/**
 * The last day of a period whose end is exclusive (a bon plan ending at
 * midnight on the 4th runs until the 3rd): "3 décembre".
 */
export const formatLastDay = (endIso: string, locale: Locale) =>
  formatDay(new Date(new Date(endIso).getTime() - 1).toISOString(), locale)

/** "samedi 28 novembre à 16:41": an appointment (an event, a pickup deadline). */
export const formatWhen = (iso: string, locale: Locale) =>
  format(iso, locale, { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" })

/** "26 novembre 2026 à 16:41": when something happened. */
export const formatDateTime = (iso: string, locale: Locale) => format(iso, locale, { dateStyle: "long", timeStyle: "short" })

/** Minutes Paris is ahead of UTC at an instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(utcMs: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Paris",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, Number(p.value)])
  )
  return (Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - Math.floor(utcMs / 60_000) * 60_000) / 60_000
}

/**
 * A date and time typed in a form (`2026-12-05T18:30`, Paris wall-clock
 * time, whatever the server's zone) as an ISO instant; null when it is not one.
 */
export function parisLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!match) {
    return null
  }
  const [year, month, day, hour, minute] = match.slice(1).map(Number)
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  if (new Date(asUtc).getUTCDate() !== day || hour > 23 || minute > 59) {
    return null
  }
  // The offset at the guess, corrected once with the offset at the result (the guess may sit across a DST change).
  const first = asUtc - parisOffsetMinutes(asUtc) * 60_000
  return new Date(asUtc - parisOffsetMinutes(first) * 60_000).toISOString()
}
