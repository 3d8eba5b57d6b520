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

/** A date and time typed in a form, Paris wall-clock time, as an ISO instant: the kernel's luxon reading. */
export { parisLocalToIso } from "@enjoy/kernel/paris-time"

/** "lundi 3 août 2026": a calendar day (YYYY-MM-DD), read at noon so no time zone moves it. */
export const formatCalendarDay = (isoDay: string, locale: Locale) =>
  format(`${isoDay}T12:00:00Z`, locale, { weekday: "long", day: "numeric", month: "long", year: "numeric" })
