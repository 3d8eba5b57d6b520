import { createNavigation } from "next-intl/navigation"
import { routing } from "./routing"

const navigation = createNavigation(routing)

/** Links, redirects and the current path in the visitor's language: `/panier` stays `/panier` in French, becomes `/en/panier` in English. */
export const { Link, usePathname, useRouter, getPathname } = navigation

// Typed explicitly so that TypeScript knows a redirect ends the function (control flow needs an annotated `never`).
export const redirect: (args: Parameters<typeof navigation.redirect>[0]) => never = navigation.redirect
