import type { OpeningException } from "@enjoy/kernel/opening-hours"
import { upperFirst } from "../i18n/case"
import { formatCalendarDay } from "../i18n/dates"
import type { Locale } from "../i18n/dictionaries"
import type { HoursDictionary } from "../i18n/hours"

/** "Du lundi 3 août 2026 au mardi 18 août 2026 : fermé (Fermeture annuelle)": one exception, in a sentence. */
export function exceptionText(exception: OpeningException, locale: Locale, t: HoursDictionary): string {
  const first = formatCalendarDay(exception.date, locale)
  const days = exception.until && exception.until !== exception.date
    ? t.fromTo(first, formatCalendarDay(exception.until, locale))
    : first
  const line = exception.ranges.length
    ? t.openOn(upperFirst(days), exception.ranges.map((r) => `${r.open}–${r.close}`).join(", "))
    : t.closedOn(upperFirst(days))
  return exception.label ? `${line} (${exception.label})` : line
}
