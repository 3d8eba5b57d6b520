"use client"

import { Link, usePathname } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"

/** The same page in the other language: a plain link to its other address (`/x` ↔ `/en/x`), so it works without JavaScript. */
export function LanguageSwitch({ label, target, text }: { label: string; target: Locale; text: string }) {
  const pathname = usePathname()
  return (
    <Link className="language-switch" href={pathname} locale={target} hrefLang={target} lang={target} aria-label={`${label} : ${text}`}>
      {text}
    </Link>
  )
}
