import type { Messages } from "./fr"

/** English counterparts of ./fr.ts (same keys, same arguments). */
export const en: { [N in keyof Messages]: { [K in keyof Messages[N]]: string } } = {
  errorPage: {
    title: "Service temporarily unavailable",
    text: "The catalogue cannot be reached right now. Please try again in a moment.",
    retry: "Try again",
  },
  counts: {
    cart: "Cart",
    cartItems: "{count, plural, =0 {} one {(# item)} other {(# items)}}",
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
    stepsLeft: "To get started, {count, plural, one {# step is left} other {# steps are left}}",
    toConfirm: "{count, plural, =0 {No reservation to confirm} one {# reservation to confirm} other {# reservations to confirm}}",
    toPrepare: "{count, plural, =0 {none to prepare} other {# to prepare}}",
    toHandOver: "{count, plural, =0 {none to hand over} other {# to hand over}}",
    weekViews: "{count, plural, =0 {No vitrine view} one {# vitrine view} other {# vitrine views}} over the last 7 days",
    weekDeals: "Deals over the last 7 days: {claimed, number} claimed, {redeemed, number} redeemed in store",
    importSummary: "{lines, plural, one {# line read} other {# lines read}}: {create, number} to create, {present, number} already present, {skipped, number} left out, {errors, number} with errors.",
  },
}
