import { navigation } from "./navigation-core"

/** Links, redirects and the current path in the visitor's language: `/panier` stays `/panier` in French, becomes `/en/panier` in English. */
export const { usePathname, useRouter, getPathname } = navigation
// Links fetch their page on intent (hover, touch, focus) rather than on sight: see intent-link.tsx.
export { Link } from "./intent-link"

// Typed explicitly so that TypeScript knows a redirect ends the function (control flow needs an annotated `never`).
export const redirect: (args: Parameters<typeof navigation.redirect>[0]) => never = navigation.redirect
