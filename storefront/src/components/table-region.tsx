import type { ReactNode } from "react"

/**
 * A table wider than a phone scrolls inside its own region, never the whole page (WCAG 1.4.10): the
 * region is focusable so a keyboard can scroll it, named by the table's caption, and its edge shadow
 * shows that more lies to the side. Children are the table's rows (thead, tbody).
 */
export function TableRegion({
  caption,
  className = "data-table",
  captionHidden = false,
  children,
}: {
  caption: string
  className?: string
  /** Where the page's heading already says it: the caption is for screen readers only. */
  captionHidden?: boolean
  children: ReactNode
}) {
  return (
    <div className="table-region" role="region" aria-label={caption} tabIndex={0}>
      <table className={className}>
        <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption>
        {children}
      </table>
    </div>
  )
}
