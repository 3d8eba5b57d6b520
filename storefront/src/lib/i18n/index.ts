import "server-only"
import { getLocale as localeOfRequest, setRequestLocale } from "next-intl/server"
import { dictionaries, isLocale, type Locale } from "./dictionaries"

/** The language of the URL being rendered (`/…` French, `/en/…` English), as next-intl resolved it. */
export async function getLocale(): Promise<Locale> {
  const locale = await localeOfRequest()
  return isLocale(locale) ? locale : "fr"
}

export async function getDictionary() {
  const locale = await getLocale()
  return { locale, t: dictionaries[locale] }
}

/**
 * For pages rendered once and cached: takes the language from the route's `[locale]` segment and tells
 * next-intl, so that nothing reads the request's headers (which would make the page dynamic).
 */
export async function staticDictionary(params: Promise<{ locale: string }>) {
  const { locale: segment } = await params
  const locale: Locale = isLocale(segment) ? segment : "fr"
  setRequestLocale(locale)
  return { locale, t: dictionaries[locale] }
}

export { formatNumber, formatOpening, formatPrice } from "./dictionaries"
