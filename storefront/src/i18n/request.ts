import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { messages } from "./messages"
import { routing } from "./routing"

/** The language comes from the URL's segment (set by each page for static rendering); dates and times are Paris's. */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  return { locale, messages: messages[locale], timeZone: "Europe/Paris" }
})
