import { NextResponse, type NextRequest } from "next/server"
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/dictionaries"

/** Switches the language, then returns to the page the visitor was on (same site only). */
export function GET(request: NextRequest) {
  const locale = request.nextUrl.searchParams.get("l") ?? undefined
  const back = request.nextUrl.searchParams.get("retour") ?? "/"
  const target = back.startsWith("/") && !back.startsWith("//") ? back : "/"
  const response = NextResponse.redirect(new URL(target, request.url), 303)
  if (isLocale(locale)) {
    response.cookies.set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
    })
  }
  return response
}
