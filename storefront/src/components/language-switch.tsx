"use client"

import { usePathname } from "next/navigation"

/** A plain link (works without JavaScript); the route sets the cookie and comes back here. */
export function LanguageSwitch({ label, target, text }: { label: string; target: string; text: string }) {
  const pathname = usePathname() ?? "/"
  return (
    <a
      className="language-switch"
      href={`/langue?l=${target}&retour=${encodeURIComponent(pathname)}`}
      hrefLang={target}
      lang={target}
      aria-label={`${label} : ${text}`}
    >
      {text}
    </a>
  )
}
