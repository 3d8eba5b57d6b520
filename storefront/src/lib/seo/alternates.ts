import type { Metadata } from "next"
import { getPathname } from "@/i18n/navigation"
import { routing, type Locale } from "@/i18n/routing"
import { absolute } from "@/lib/site"

/** A page's address in a language: `/lille` in French, `/en/lille` in English. */
export function localizedUrl(path: string, locale: Locale): string {
  return absolute(getPathname({ href: path, locale }))
}

/** The canonical address of this language's page and its `hreflang` pairs (French is the default for other languages). */
export function alternates(path: string, locale: Locale): NonNullable<Metadata["alternates"]> {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, localizedUrl(path, l)]))
  return { canonical: localizedUrl(path, locale), languages: { ...languages, "x-default": localizedUrl(path, routing.defaultLocale) } }
}

export const openGraphLocale = (locale: Locale) => (locale === "fr" ? "fr_FR" : "en_GB")
