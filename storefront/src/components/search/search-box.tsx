"use client"

import { useTranslations } from "next-intl"
import { useEffect, useId, useRef, useState } from "react"
import { useRouter } from "@/i18n/navigation"
import { productPath, vitrinePath } from "@/lib/paths"

type Suggestion = { type: "establishment" | "product"; label: string; commune: string; handle: string; establishment?: string }

/** Plain strings from the server's dictionary; the count is an ICU plural from next-intl's client messages. */
type Labels = { label: string; placeholder: string; submit: string; establishment: string; product: string }

const hrefOf = (s: Suggestion) =>
  s.type === "product" ? productPath(s.commune, s.establishment ?? "", s.handle) : vitrinePath(s.commune, s.handle)

/**
 * The search field, a combobox (WAI-ARIA 1.2): suggestions as the visitor
 * types, arrows to move, Enter to open one, Escape to close. Without
 * JavaScript it stays a plain field submitting the form.
 */
export function SearchBox({ defaultValue, labels }: { defaultValue: string; labels: Labels }) {
  const router = useRouter()
  const counts = useTranslations("counts")
  const id = useId()
  const [value, setValue] = useState(defaultValue)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const typed = useRef(false)

  useEffect(() => {
    if (!typed.current || value.trim().length < 2) {
      setSuggestions([])
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/recherche/suggestions?q=${encodeURIComponent(value.trim())}`, { signal: controller.signal })
        const { suggestions: list } = (await res.json()) as { suggestions: Suggestion[] }
        setSuggestions(list)
        setActive(-1)
        setOpen(list.length > 0)
      } catch {
        // Aborted or offline: the form still submits.
      }
    }, 150)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [value])

  const listId = `${id}-suggestions`
  const optionId = (i: number) => `${id}-option-${i}`

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (!open || !suggestions.length) {
      if (event.key === "ArrowDown" && suggestions.length) {
        setOpen(true)
        event.preventDefault()
      }
      return
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault()
      const step = event.key === "ArrowDown" ? 1 : -1
      // -1 is the field itself: moving past either end comes back to it.
      setActive((current) => {
        const next = current + step
        return next < -1 ? suggestions.length - 1 : next >= suggestions.length ? -1 : next
      })
    } else if (event.key === "Escape") {
      setOpen(false)
      setActive(-1)
    } else if (event.key === "Enter" && active >= 0 && active < suggestions.length) {
      event.preventDefault()
      router.push(hrefOf(suggestions[active]))
    }
  }

  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`}>{labels.label}</label>
      <div className="search-box__row">
        <input
          id={`${id}-input`}
          name="q"
          type="search"
          value={value}
          placeholder={labels.placeholder}
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 && active < suggestions.length ? optionId(active) : undefined}
          onChange={(event) => {
            typed.current = true
            setValue(event.target.value)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <button type="submit">{labels.submit}</button>
      </div>
      <ul id={listId} role="listbox" aria-label={labels.label} className="search-box__list" hidden={!open}>
        {suggestions.map((s, i) => (
          <li
            key={`${s.type}-${s.handle}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? "is-active" : undefined}
            onMouseDown={(event) => {
              event.preventDefault()
              router.push(hrefOf(s))
            }}
          >
            <span>{s.label}</span> <span className="search-box__kind">{s.type === "product" ? labels.product : labels.establishment}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {open ? counts("suggestions", { count: suggestions.length }) : ""}
      </p>
    </div>
  )
}
