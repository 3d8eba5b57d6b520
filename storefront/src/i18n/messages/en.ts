import type { Messages } from "./fr"

/** English counterparts of ./fr.ts (same keys, same arguments). */
export const en: { [N in keyof Messages]: { [K in keyof Messages[N]]: string } } = {
  errorPage: {
    title: "Service temporarily unavailable",
    text: "The catalogue cannot be reached right now. Please try again in a moment.",
    retry: "Try again",
  },
  counts: {
    cart: "{count, plural, =0 {Cart} one {Cart (# item)} other {Cart (# items)}}",
    reservations: "{count, plural, one {# reservation} other {# reservations}}",
    results: "{count, plural, one {# result} other {# results}}",
    resultsFor: "{count, plural, one {# result} other {# results}} for “{query}”",
    suggestions: "{count, plural, =0 {No suggestions} one {# suggestion; use up and down arrows to choose} other {# suggestions; use up and down arrows to choose}}",
    inStockReserved: "{stocked, number} in stock, {reserved, number} reserved",
    claims: "{claimed, number} claimed, {redeemed, number} used in store",
    activeEstablishments: "{count, plural, one {# establishment} other {# establishments}} open today.",
    keyUsage: "{count, plural, one {# request} other {# requests}} over the last 30 days.",
    imported: "Import done: {count, plural, =0 {nothing} other {#}} created in the directory.",
    importProgress: "{rows, plural, one {# line read…} other {# lines read…}}",
    importSummary: "{lines, plural, one {# line read} other {# lines read}}: {create, number} to create, {present, number} already present, {skipped, number} left out, {errors, number} with errors.",
  },
}
