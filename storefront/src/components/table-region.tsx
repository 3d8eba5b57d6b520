import type { ReactNode } from "react"

/**
 * A table wider than a phone scrolls inside its own region, never the whole page (WCAG 1.4.10): the
 * region is focusable so a keyboard can scroll it, named like the table's caption, and its edge shadow
 * shows that more lies to the side.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
