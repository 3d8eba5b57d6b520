import { defineRouting } from "next-intl/routing"

/**
 * French at the root, English under /en. The language lives in the URL only (no cookie, no guess from
 * the browser's headers): a page's address says what it shows, so every public page can be rendered
 * once per language and served from cache.
 */
export const routing = defineRouting({
  locales: ["fr", "en"],
  defaultLocale: "fr",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  // The middleware writes the hreflang Link header itself, for French pages too (see alternate-links.ts).
  alternateLinks: false,
})

export type Locale = (typeof routing.locales)[number]
