"use client"

import { type ReactNode, useEffect, useRef } from "react"

/** Where the filters sit beside the results (the search layout's two columns, see globals.css). */
const BESIDE_RESULTS = "(min-width: 50rem)"

/**
 * The search filters behind a "Filtres" button on a phone, so that the results come first; open beside
 * them on a wider screen. A `<details>`: without JavaScript the button still opens them.
 */
export function FiltersDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const wide = window.matchMedia(BESIDE_RESULTS)
    const follow = () => {
      if (details.current && wide.matches) details.current.open = true
    }
    follow()
    wide.addEventListener("change", follow)
    return () => wide.removeEventListener("change", follow)
  }, [])
  return (
    <details ref={details} className="search__filters-disclosure">
      <summary className="search__filters-toggle">{summary}</summary>
      {children}
    </details>
  )
}
