"use client"

import { useEffect, useState } from "react"

/**
 * Text that follows a form field as the merchant types (the vitrine preview): the server renders the
 * saved value, the field's `input` events update it. `empty` stands in when the field is cleared.
 */
export function LiveText({ source, initial, empty = "" }: { source: string; initial: string; empty?: string }) {
  const [text, setText] = useState(initial)
  useEffect(() => {
    const field = document.getElementById(source) as HTMLInputElement | HTMLTextAreaElement | null
    if (!field) return
    const follow = () => setText(field.value)
    field.addEventListener("input", follow)
    return () => field.removeEventListener("input", follow)
  }, [source])
  return <>{text.trim() ? text : empty}</>
}

/** Opens a disclosure on wide screens, where there is room beside the form; on phones it stays a tab to open. */
export function OpenOnWideScreens({ target, query = "(min-width: 64rem)" }: { target: string; query?: string }) {
  useEffect(() => {
    const details = document.getElementById(target) as HTMLDetailsElement | null
    if (details && window.matchMedia(query).matches) details.open = true
  }, [target, query])
  return null
}
