/** Crawlers and link previewers announce themselves; they are not an audience. */
const BOT = /bot|crawl|spider|slurp|preview|facebookexternalhit|headless|lighthouse|curl|wget|python-requests|httpclient|axios|node-fetch|undici|monitor/i

export function isBot(userAgent: string | undefined): boolean {
  return !userAgent || BOT.test(userAgent)
}

/**
 * A search as it is counted: lower case, no accents, single spaces, at most
 * 60 characters. Anything that looks like a person's data (an e-mail address,
 * a phone or card number) is not counted at all.
 */
export function normalizeSearchTerm(query: string): string | null {
  const term = query
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 60)
  if (!term || term.includes("@") || /\d[\d .-]{5,}\d/.test(term)) {
    return null
  }
  return term
}
