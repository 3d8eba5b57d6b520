/** `/en/lille` → `{ locale: "en", path: "/lille" }`; paths without a prefix are French. */
export function splitLocale(pathname: string): { locale: "fr" | "en"; path: string } {
  const match = /^\/(en|fr)(\/.*)?$/.exec(pathname)
  return match ? { locale: match[1] as "fr" | "en", path: match[2] ?? "/" } : { locale: "fr", path: pathname }
}

/** The page's address in each language: French without a prefix, English under /en. */
export function addressIn(locale: "fr" | "en", path: string): string {
  return locale === "fr" ? path : path === "/" ? "/en" : `/en${path}`
}

/**
 * The HTTP `Link` header pairing a page with its other language (`hreflang`), on every page including
 * those per visitor, whose HTML carries no metadata of its own. French is the default for other languages.
 */
export function alternateLinks(origin: string, pathname: string): string {
  const { path } = splitLocale(pathname)
  const link = (locale: "fr" | "en", hreflang: string) => `<${origin}${addressIn(locale, path)}>; rel="alternate"; hreflang="${hreflang}"`
  return [link("fr", "fr"), link("en", "en"), link("fr", "x-default")].join(", ")
}
