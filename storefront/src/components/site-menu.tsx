"use client"

import { type ReactNode, useEffect, useRef } from "react"

/**
 * The header's navigation on narrow screens: a disclosure that works without JavaScript (`<details>`,
 * whose summary browsers expose as expanded or collapsed); with it, Escape closes the menu and gives the
 * focus back to its button, and following a link closes it.
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const details = menu.current
    if (!details) return
    const close = (focus: boolean) => {
      details.open = false
      if (focus) details.querySelector("summary")?.focus()
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && details.open) close(true)
    }
    const onClick = (event: MouseEvent) => {
      if ((event.target as HTMLElement).closest("a")) close(false)
    }
    details.addEventListener("keydown", onKey)
    details.addEventListener("click", onClick)
    return () => {
      details.removeEventListener("keydown", onKey)
      details.removeEventListener("click", onClick)
    }
  }, [])
  return (
    <details ref={menu} className="site-menu">
      <summary className="site-menu__button">{label}</summary>
      <div className="site-menu__panel">{children}</div>
    </details>
  )
}
